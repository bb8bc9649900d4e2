import { expect, waitUntil } from '@open-wc/testing';
import { laadPagina } from './helpers/pagina.js';

const zonderTestserver = (lijst: string[]) => lijst.filter((regel) => !regel.includes('__web-dev-server'));

/**
 * Issue 12, punt 6: mw-kaarten.js en mw-eigen-kaart.js op één pagina, onder de policy uit SECURITY.md
 * (`trusted-types lit-html`, zonder 'allow-duplicates') als echte HTTP-header, en elk twee keer geladen.
 */
describe('beide bundels onder Trusted Types zonder allow-duplicates', () => {
  it('registreren en tekenen alle elementen, met één Lit en zonder één schending of fout', async () => {
    const { venster, document: doc } = await laadPagina('/test/vijandig/csp-eigen-beide-bundels.html', { tags: ['mw-signalen-kaart', 'mw-kaart'] });
    const [eigen, aangevuld] = doc.querySelectorAll('mw-kaart');
    await waitUntil(() => eigen.shadowRoot!.querySelectorAll('li.item').length === 10, 'de eigen kaart verschijnt niet');
    await waitUntil(() => aangevuld.shadowRoot!.querySelector('.titel'), 'de aangevulde kaart verschijnt niet');
    expect(eigen.shadowRoot!.querySelector('.titel')!.textContent).to.equal('Dilemma’s van maatwerk voor loyaliteiten uitvoeringsambtenaren');
    expect(aangevuld.shadowRoot!.querySelectorAll('li.item').length).to.be.greaterThan(38);
    expect(doc.querySelector('mw-signalen-kaart')!.shadowRoot!.querySelectorAll('li.item')).to.have.length(38);
    // Eén Lit op de pagina: de klasse van <mw-kaart> erft van dezelfde basis als de kaarten uit het boek.
    const basisVan = (tag: string) => Object.getPrototypeOf(venster.customElements.get(tag)!);
    expect(basisVan('mw-kaart')).to.equal(basisVan('mw-signalen-kaart'));
    expect(zonderTestserver(venster.__schendingen)).to.deep.equal([]);
    expect(venster.__fouten).to.deep.equal([]);
    expect(venster.__waarschuwingen).to.deep.equal([]);
  });

  it('Lit staat alleen in mw-kaarten.js; mw-eigen-kaart.js importeert het van daar', async () => {
    const [kaarten, eigen] = await Promise.all(['/dist/mw-kaarten.js', '/dist/mw-eigen-kaart.js'].map(async (pad) => (await fetch(pad)).text()));
    expect(kaarten.split('createPolicy("lit-html"').length - 1).to.equal(1);
    expect(eigen).not.to.contain('lit-html');
    expect(eigen).to.match(/from\s*"\.\/mw-kaarten\.js"/);
    expect(eigen.length, 'mw-eigen-kaart.js zonder Lit en zonder de kaarten').to.be.below(kaarten.length / 4);
  });

  it('<mw-kaart src> heeft connect-src nodig: zonder meldt het element dat de kaart niet te laden is (geen eindeloos laden)', async () => {
    const { venster, document: doc } = await laadPagina('/test/vijandig/csp-zonder-connect-src.html', { tags: ['mw-kaart'] });
    const kaart = doc.querySelector('mw-kaart')!;
    await waitUntil(() => kaart.shadowRoot!.querySelector('.melding'), 'geen melding: de kaart blijft laden');
    expect(kaart.shadowRoot!.querySelector('.melding')!.textContent).to.contain('kon niet geladen worden');
    await waitUntil(() => venster.__schendingen.some((schending) => schending.startsWith('connect-src')), `geen schending van connect-src: ${venster.__schendingen.join(' | ')}`);
    expect(venster.__fouten).to.deep.equal([]);
  });
});
