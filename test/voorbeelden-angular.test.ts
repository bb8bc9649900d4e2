import { expect, waitUntil } from '@open-wc/testing';
import { catalogus } from '../src/catalogus.js';
import { tekstVan } from './helpers/dom.js';
import { typ } from './helpers/toetsenbord.js';
import { axeOverPagina, ingedrukt, laadVoorbeeld, markeer, type Voorbeeld } from './helpers/voorbeeld.js';

/**
 * examples/angular zoals Angulars eigen builder het bouwt (`@angular/build:application`, in `npm run voorbeelden`):
 * een standalone component met `CUSTOM_ELEMENTS_SCHEMA` die bewaarde markeringen geeft met `[markeringen]` en
 * nieuwe krijgt via `(mw-markering)`, en een `<mw-denkhulp>` waarvan ze het verslag krijgt via `(mw-verslag)`.
 */
const lessen = catalogus.find((kaart) => kaart.id === 'lessen')!.inhoud;
const tekstVanItem = (item: string) => lessen.delen.flatMap((d) => d.groepen.flatMap((g) => g.items)).find((i) => i.id === item)!.tekst;
const signalen = catalogus.find((kaart) => kaart.id === 'signalen')!.inhoud;
const signaal = (item: string) => signalen.delen.flatMap((d) => d.groepen.flatMap((g) => g.items)).find((i) => i.id === item)!.tekst;
const itemsInDeel = (deel: string) => lessen.delen.find((d) => d.id === deel)!.groepen.reduce((som, groep) => som + groep.items.length, 0);

describe('examples/angular: Angular gebruikt de elementen zelf (gebouwd met @angular/build)', () => {
  let pagina: Voorbeeld;
  before(async () => {
    pagina = await laadVoorbeeld('/examples/angular/dist/index.html', ['mw-lessen-kaart', 'mw-denkhulp'], { breedte: 1024 });
  });
  after(() => pagina?.frame.remove());

  it('rendert de Angular-component, met de kaart en haar attributen: doelgroep, heading-level, markeerbaar, compact', () => {
    expect(tekstVan(pagina.document.querySelector('mw-casusoverleg h1'))).to.equal('Casus 2026-0415');
    const kaart = pagina.kaart<{ markeerbaar: boolean; compact: boolean; doelgroep?: string }>('mw-lessen-kaart');
    expect([kaart.doelgroep, kaart.markeerbaar, kaart.compact]).to.deep.equal(['uitvoerders', true, true]);
    expect(kaart.shadowRoot!.querySelector('.titel')!.localName).to.equal('h2');
    expect(kaart.shadowRoot!.querySelectorAll('li.item:not([hidden])').length).to.equal(itemsInDeel('lessen-uitvoerders'));
  });

  it('zet de bewaarde markering met [markeringen]: ingedrukt, met haar notitie', () => {
    const kaart = pagina.kaart('mw-lessen-kaart');
    expect(ingedrukt(kaart, 'lessen-afwegen-1')).to.equal('true');
    expect(kaart.shadowRoot!.querySelector<HTMLTextAreaElement>('#_notitie-lessen-afwegen-1')!.value).to.equal('uit het dossier');
  });

  it('geeft een markering via (mw-markering) aan de toestand van de Angular-component, die haar toont', async () => {
    const kaart = pagina.kaart('mw-lessen-kaart');
    const ontvangen = pagina.document.querySelector('#ontvangen')!;
    expect(tekstVan(ontvangen)).to.equal('Nog niets gemarkeerd.');
    await markeer(kaart, 'lessen-signalen', 'lessen-signalen-1', 'in het teamoverleg');
    await waitUntil(() => tekstVan(ontvangen).includes('in het teamoverleg'), 'Angular toont de markering niet');
    expect([...ontvangen.querySelectorAll('li')].map((li) => [li.getAttribute('data-item'), tekstVan(li)])).to.deep.equal([
      ['lessen-signalen-1', `${tekstVanItem('lessen-signalen-1')} (notitie: in het teamoverleg)`],
      ['lessen-afwegen-1', `${tekstVanItem('lessen-afwegen-1')} (notitie: uit het dossier)`],
    ]);
  });

  it('<mw-denkhulp>: een markering op een kaart in de denkhulp staat in het verslag, en (mw-verslag) geeft het aan de Angular-component', async () => {
    const denkhulp = pagina.kaart<{ kaarten: string }>('mw-denkhulp');
    expect(denkhulp.kaarten).to.equal('signalen argumenten');
    const tabs = () => [...denkhulp.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    expect(tabs().map(tekstVan)).to.deep.equal(['Signalenkaart', 'Argumentenkaart', 'Verslag']);
    const ontvangen = pagina.document.querySelector('#verslag-ontvangen')!;
    expect(tekstVan(ontvangen)).to.equal('Nog geen verslag.');
    const kaart = denkhulp.shadowRoot!.querySelector('mw-signalen-kaart') as Parameters<typeof markeer>[0];
    expect(kaart.shadowRoot!.querySelector('.titel')!.localName, 'heading-level gaat door naar de kaart').to.equal('h3');
    await markeer(kaart, 'signalen-bijzondere-vraag', 'signalen-bijzondere-vraag-1', 'spoed');
    await waitUntil(() => ontvangen.querySelector('li'), 'Angular kreeg geen mw-verslag');
    expect([...ontvangen.querySelectorAll('li')].map((li) => [li.getAttribute('data-item'), tekstVan(li)])).to.deep.equal([
      ['signalen-bijzondere-vraag-1', `Signalenkaart: ${signaal('signalen-bijzondere-vraag-1')}`],
    ]);
    tabs()[2].click();
    await denkhulp.updateComplete;
    const verslag = denkhulp.shadowRoot!.querySelector('mw-verslag') as HTMLElement & { updateComplete: Promise<boolean> };
    await verslag.updateComplete;
    expect([...verslag.shadowRoot!.querySelectorAll('.samenvatting dd')].map(tekstVan)).to.deep.equal([
      `${signaal('signalen-bijzondere-vraag-1')} Notitie: spoed`,
    ]);
    // Typen in de afweging komt ook als mw-verslag bij Angular aan.
    verslag.shadowRoot!.querySelector<HTMLTextAreaElement>('#_afweging')!.focus();
    await typ('Eerst de huur.');
    await waitUntil(() => tekstVan(ontvangen.querySelector('.afweging')).endsWith('Eerst de huur.'), 'Angular kreeg de afweging niet');
    expect(tekstVan(ontvangen.querySelector('.afweging'))).to.equal('Afweging: Eerst de huur.');
  });

  it('heeft geen axe-meldingen', async () => {
    expect(await axeOverPagina(pagina)).to.deep.equal([]);
  });
});
