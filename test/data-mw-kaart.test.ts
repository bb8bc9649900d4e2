import { expect, waitUntil } from '@open-wc/testing';
import { laadPagina } from './helpers/pagina.js';

type KaartElement = HTMLElement & { updateComplete: Promise<boolean> };

/** De weg voor intranetten waarvan de editor onbekende tags weghaalt: `<div data-mw-kaart="vragen" data-fase="tijdens">`. */
describe('data-mw-kaart: een gewoon element wordt een kaart', () => {
  it('zet de kaart in het element, met de attributen uit data-*', async () => {
    const { document: doc, venster } = await laadPagina('/test/paginas/cms.html', { tags: ['mw-vragen-kaart'] });
    const [vragenPlek, signalenPlek] = doc.querySelectorAll<HTMLElement>('[data-mw-kaart]');
    const vragen = vragenPlek.querySelector('mw-vragen-kaart') as KaartElement;
    expect(vragen, 'mw-vragen-kaart in de div').to.exist;
    expect(vragenPlek.classList.contains('cms-blok')).to.equal(true);
    await vragen.updateComplete;
    expect(vragen.getAttribute('fase')).to.equal('tijdens');
    expect(vragen.shadowRoot!.querySelector('.titel')!.localName).to.equal('h3');
    expect([...vragen.shadowRoot!.querySelectorAll('.deel')].map((d) => d.id)).to.deep.equal(['vragen-tijdens']);

    const signalen = signalenPlek.querySelector('mw-signalen-kaart') as KaartElement;
    await signalen.updateComplete;
    expect(signalen.hasAttribute('markeerbaar') && signalen.hasAttribute('compact')).to.equal(true);
    expect(signalen.shadowRoot!.querySelectorAll('.markeer-knop').length).to.equal(38);
    expect(venster.__fouten).to.deep.equal([]);
  });

  it('neemt nooit iets anders over dan de attributen van de kaart (geen onclick, geen style)', async () => {
    const { document: doc, venster } = await laadPagina('/test/paginas/cms.html', { tags: ['mw-signalen-kaart'] });
    const signalen = doc.querySelector('mw-signalen-kaart')!;
    expect(signalen.hasAttribute('onclick')).to.equal(false);
    expect(signalen.hasAttribute('style')).to.equal(false);
    (signalen as HTMLElement).click();
    expect((venster as { __aangevallen?: boolean }).__aangevallen).to.equal(undefined);
    expect(venster.__waarschuwingen.some((w) => w.includes('data-onclick') && w.includes('data-style'))).to.equal(true);
  });

  it('meldt een onbekende kaart in het element zelf en in de console', async () => {
    const { document: doc, venster } = await laadPagina('/test/paginas/cms.html', { tags: ['mw-vragen-kaart'] });
    const plek = doc.querySelector('[data-mw-kaart="communicatie"]')!;
    expect(plek.textContent).to.contain('‘communicatie’ is geen bekende kaart');
    expect(plek.querySelector('[role="status"]')).to.exist;
    expect(venster.__waarschuwingen.some((w) => w.includes('communicatie'))).to.equal(true);
  });

  it('werkt ook voor <mw-begrippen> en voor elementen die later op de pagina komen', async () => {
    const { document: doc } = await laadPagina('/test/paginas/cms.html', { tags: ['mw-begrippen'] });
    expect(doc.querySelector('[data-mw-kaart="begrippen"] mw-begrippen')).to.exist;
    const later = doc.createElement('section');
    later.innerHTML = '<div data-mw-kaart="lessen" data-doelgroep="bestuurders"></div>';
    doc.querySelector('main')!.append(later);
    await waitUntil(() => later.querySelector('mw-lessen-kaart'), 'later toegevoegd element wordt geen kaart');
    const lessen = later.querySelector('mw-lessen-kaart') as KaartElement;
    await lessen.updateComplete;
    expect([...lessen.shadowRoot!.querySelectorAll('.deel')].map((d) => d.id)).to.deep.equal(['lessen-bestuurders']);
    expect(doc.querySelectorAll('mw-lessen-kaart')).to.have.length(1);
  });
});
