import { expect, waitUntil } from '@open-wc/testing';
import { catalogus } from '../src/catalogus.js';
import begrippen from '../content/begrippen.json';
import { tekstVan } from './helpers/dom.js';
import { typ } from './helpers/toetsenbord.js';
import { axeOverPagina, ingedrukt, laadVoorbeeld, markeer, type Voorbeeld } from './helpers/voorbeeld.js';

/**
 * De voorbeelden uit examples/, zoals een bezoeker ze ziet: de gewone pagina's vanuit hun bron, React en Vue
 * zoals Vite ze bouwt (`npm run voorbeelden`, dat `npm test` vooraf draait).
 */
const inhoud = (id: string) => catalogus.find((kaart) => kaart.id === id)!.inhoud;
const itemsInDeel = (kaart: string, deel: string) =>
  inhoud(kaart).delen.find((d) => d.id === deel)!.groepen.reduce((som, groep) => som + groep.items.length, 0);
const tekstVanItem = (kaart: string, item: string) =>
  inhoud(kaart).delen.flatMap((d) => d.groepen.flatMap((g) => g.items)).find((i) => i.id === item)!.tekst;

const zichtbareItems = (element: Element) => element.shadowRoot!.querySelectorAll('li.item:not([hidden])').length;
const titelkop = (element: Element) => element.shadowRoot!.querySelector('.titel');
const scriptsVan = (doc: Document) =>
  [...doc.querySelectorAll('script[src]')].map((script) => script.getAttribute('src')).filter((src) => !src!.includes('__web-dev-server'));

describe('examples/intranet: een gewone intranetpagina met alleen de bundel', () => {
  const tags = ['mw-begrippen', 'mw-vragen-kaart', 'mw-argumenten-kaart', 'mw-lessen-kaart', 'mw-signalen-kaart'];
  let pagina: Voorbeeld;
  before(async () => {
    pagina = await laadVoorbeeld('/examples/intranet/index.html', tags);
  });
  after(() => pagina?.frame.remove());

  it('laadt één script, de bundel, zonder bouwstap', () => {
    expect(scriptsVan(pagina.document)).to.deep.equal(['../../dist/mw-kaarten.js']);
  });

  it('toont de gekozen delen van de kaarten, met de kaarttitels als h3 onder de h2 van hun sectie', () => {
    const verwacht = [
      { tag: 'mw-vragen-kaart', kaart: 'vragen', deel: 'vragen-tijdens' },
      { tag: 'mw-argumenten-kaart', kaart: 'argumenten', deel: 'argumenten-financien' },
      { tag: 'mw-lessen-kaart', kaart: 'lessen', deel: 'lessen-uitvoerders' },
    ];
    for (const { tag, kaart, deel } of verwacht) {
      const element = pagina.kaart(tag);
      expect(itemsInDeel(kaart, deel), deel).to.be.greaterThan(0);
      expect(zichtbareItems(element), tag).to.equal(itemsInDeel(kaart, deel));
      expect(titelkop(element)!.localName, tag).to.equal('h3');
      expect(tekstVan(titelkop(element)), tag).to.equal(inhoud(kaart).titel);
      expect(element.closest('section')!.querySelector('h2'), tag).to.exist;
    }
    const begrippenElement = pagina.kaart('mw-begrippen');
    expect(tekstVan(begrippenElement.shadowRoot!.querySelector('h3'))).to.equal(begrippen.titel);
  });

  it('maakt van <div data-mw-kaart> uit de CMS-editor een kaart, met de data-attributen als attributen', () => {
    const plek = pagina.document.querySelector('#signalen [data-mw-kaart="signalen"]')!;
    const kaart = plek.querySelector('mw-signalen-kaart')!;
    expect(kaart, 'de kaart staat in de div').to.exist;
    expect(['kant', 'heading-level', 'compact'].map((naam) => kaart.getAttribute(naam))).to.deep.equal(['uitvoerder', '3', '']);
    expect(zichtbareItems(kaart)).to.equal(itemsInDeel('signalen', 'signalen-uitvoerder'));
    expect(titelkop(kaart)!.localName).to.equal('h3');
  });

  it('heeft geen axe-meldingen, ook niet in de kaarten', async () => {
    expect(await axeOverPagina(pagina)).to.deep.equal([]);
  });
});

describe('examples/zaaksysteem: de denkhulp in de zijbalk, het zaaksysteem bewaart het verslag per casus', () => {
  let pagina: Voorbeeld;
  type Denkhulp = HTMLElement & { updateComplete: Promise<boolean>; verslag: { afweging: string } };
  const denkhulp = () => pagina.kaart<Denkhulp>('mw-denkhulp');
  const tabblad = (naam: string) => [...denkhulp().shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]')].find((t) => tekstVan(t) === naam)!;
  /** Kiest een tabblad en geeft het element dat het toont. */
  const toon = async (naam: string, tag: string) => {
    tabblad(naam).click();
    await denkhulp().updateComplete;
    const element = denkhulp().shadowRoot!.querySelector(tag) as Parameters<typeof markeer>[0];
    await element.updateComplete;
    return element;
  };
  const kies = async (casus: string) => {
    const keuze = pagina.document.querySelector<HTMLSelectElement>('#casus')!;
    keuze.value = casus;
    keuze.dispatchEvent(new Event('change', { bubbles: true }));
    // De melding komt als laatste, nadat het zaaksysteem het verslag heeft teruggezet.
    await waitUntil(() => tekstVan(pagina.document.querySelector('#melding')).startsWith(`Casus ${casus} geopend`), `casus ${casus} niet geopend`);
    expect(tekstVan(pagina.document.querySelector('#casustitel'))).to.equal(`Casus ${casus}`);
    await denkhulp().updateComplete;
  };
  const dossier = () => [...pagina.document.querySelectorAll('#dossier li')].map(tekstVan);
  const afwegingInDossier = () => tekstVan(pagina.document.querySelector('#afweging'));
  const typAfweging = async (tekst: string) => {
    const verslag = await toon('Verslag', 'mw-verslag');
    const veld = verslag.shadowRoot!.querySelector<HTMLTextAreaElement>('#_afweging')!;
    veld.focus();
    veld.select();
    await typ(tekst);
    await verslag.updateComplete;
  };
  const afwegingInZijbalk = async () => (await toon('Verslag', 'mw-verslag')).shadowRoot!.querySelector<HTMLTextAreaElement>('#_afweging')!.value;
  const notitie = (kaart: Element, item: string) => kaart.shadowRoot!.querySelector<HTMLTextAreaElement>(`#_notitie-${item}`)?.value;

  before(async () => {
    localStorage.clear();
    sessionStorage.clear();
    pagina = await laadVoorbeeld('/examples/zaaksysteem/index.html', ['mw-denkhulp'], { breedte: 1024 });
  });
  after(() => pagina?.frame.remove());

  it('zet de denkhulp in een zijbalk van 320 pixels: drie kaarten en het verslag als laatste tabblad', () => {
    expect(denkhulp().closest('aside')!.getBoundingClientRect().width).to.equal(320);
    expect([...denkhulp().shadowRoot!.querySelectorAll('[role="tab"]')].map(tekstVan)).to.deep.equal(['Signalenkaart', 'Vragenkaart', 'Argumentenkaart', 'Verslag']);
    expect(scriptsVan(pagina.document)).to.deep.equal(['../../dist/mw-kaarten.js', 'zaaksysteem.js']);
  });

  it('wisselt twee casussen heen en weer zonder een markering, notitie of afweging te verliezen, en bewaart niets in de browser', async () => {
    let gevuurd = 0;
    pagina.document.addEventListener('mw-verslag', () => (gevuurd += 1));
    pagina.document.addEventListener('mw-markering', () => (gevuurd += 1));

    // Casus A: een signaal met notitie, een vraag, een argument, en een afweging.
    await markeer(await toon('Signalenkaart', 'mw-signalen-kaart'), 'signalen-passief', 'signalen-passief-5', 'na eerdere afwijzing');
    await markeer(await toon('Vragenkaart', 'mw-vragen-kaart'), 'vragen-aanleiding', 'vragen-aanleiding-1');
    await markeer(await toon('Argumentenkaart', 'mw-argumenten-kaart'), 'argumenten-grip', 'argumenten-grip-1', 'perspectief');
    await typAfweging('Casus A: maatwerk, eerst de schulden.');
    const dossierA = [
      `${tekstVanItem('signalen', 'signalen-passief-5')} (notitie: na eerdere afwijzing)`,
      tekstVanItem('argumenten', 'argumenten-grip-1') + ' (notitie: perspectief)',
      tekstVanItem('vragen', 'vragen-aanleiding-1'),
    ];
    expect(dossier()).to.deep.equal(dossierA);
    expect(afwegingInDossier()).to.equal('Casus A: maatwerk, eerst de schulden.');

    // Casus B: leeg, en daar iets anders.
    gevuurd = 0;
    await kies('2026-0522');
    expect(gevuurd, 'wisselen vuurt niets').to.equal(0);
    expect(dossier()).to.deep.equal([]);
    expect(await afwegingInZijbalk()).to.equal('');
    const signalenB = await toon('Signalenkaart', 'mw-signalen-kaart');
    expect(ingedrukt(signalenB, 'signalen-passief-5')).to.equal('false');
    await markeer(signalenB, 'signalen-passief', 'signalen-passief-2', 'huurachterstand');
    await typAfweging('Casus B: geen maatwerk nodig.');

    // Terug naar A: alles van A is terug, op elke kaart en in het verslag.
    gevuurd = 0;
    await kies('2026-0415');
    expect(gevuurd, 'wisselen vuurt niets').to.equal(0);
    const signalenA = await toon('Signalenkaart', 'mw-signalen-kaart');
    expect(ingedrukt(signalenA, 'signalen-passief-5')).to.equal('true');
    expect(ingedrukt(signalenA, 'signalen-passief-2')).to.equal('false');
    expect(notitie(signalenA, 'signalen-passief-5')).to.equal('na eerdere afwijzing');
    expect(ingedrukt(await toon('Vragenkaart', 'mw-vragen-kaart'), 'vragen-aanleiding-1')).to.equal('true');
    const argumentenA = await toon('Argumentenkaart', 'mw-argumenten-kaart');
    expect(ingedrukt(argumentenA, 'argumenten-grip-1')).to.equal('true');
    expect(notitie(argumentenA, 'argumenten-grip-1')).to.equal('perspectief');
    expect(await afwegingInZijbalk()).to.equal('Casus A: maatwerk, eerst de schulden.');
    expect(dossier()).to.deep.equal(dossierA);

    // En weer B.
    await kies('2026-0522');
    const signalenB2 = await toon('Signalenkaart', 'mw-signalen-kaart');
    expect(ingedrukt(signalenB2, 'signalen-passief-2')).to.equal('true');
    expect(notitie(signalenB2, 'signalen-passief-2')).to.equal('huurachterstand');
    expect(ingedrukt(await toon('Argumentenkaart', 'mw-argumenten-kaart'), 'argumenten-grip-1')).to.equal('false');
    expect(await afwegingInZijbalk()).to.equal('Casus B: geen maatwerk nodig.');
    expect(gevuurd, 'alleen de gebruiker liet iets vuren').to.equal(0);

    expect(pagina.venster.localStorage.length, 'localStorage').to.equal(0);
    expect(pagina.venster.sessionStorage.length, 'sessionStorage').to.equal(0);
    expect(pagina.document.cookie, 'cookies').to.equal('');
  });

  it('heeft geen axe-meldingen', async () => {
    expect(await axeOverPagina(pagina)).to.deep.equal([]);
  });
});

describe('examples/react: React 19 gebruikt de elementen zelf (gebouwd met Vite)', () => {
  let pagina: Voorbeeld;
  before(async () => {
    pagina = await laadVoorbeeld('/examples/react/dist/index.html', ['mw-signalen-kaart'], { breedte: 1024 });
  });
  after(() => pagina?.frame.remove());

  it('zet props als eigenschap of attribuut: kant, heading-level, markeerbaar en compact komen aan', () => {
    const kaart = pagina.kaart<{ markeerbaar: boolean; compact: boolean; kant?: string }>('mw-signalen-kaart');
    expect(kaart.markeerbaar && kaart.compact).to.be.true;
    expect(kaart.kant).to.equal('inwoner');
    expect(kaart.getAttribute('heading-level')).to.equal('2');
    expect(titelkop(kaart)!.localName).to.equal('h2');
    expect(zichtbareItems(kaart)).to.equal(itemsInDeel('signalen', 'signalen-inwoner'));
  });

  it('geeft een markering via onmw-markering aan de React-component, die haar toont', async () => {
    const kaart = pagina.kaart('mw-signalen-kaart');
    const ontvangen = pagina.document.querySelector('#ontvangen')!;
    expect(tekstVan(ontvangen)).to.equal('Nog niets gemarkeerd.');
    await markeer(kaart, 'signalen-passief', 'signalen-passief-5', 'eerst bellen');
    await waitUntil(() => ontvangen.querySelector('[data-item="signalen-passief-5"]'), 'React toont de markering niet');
    await waitUntil(() => tekstVan(ontvangen).includes('eerst bellen'), 'React toont de notitie niet');
    expect(tekstVan(ontvangen)).to.equal(`${tekstVanItem('signalen', 'signalen-passief-5')} (notitie: eerst bellen)`);
  });

  it('heeft geen axe-meldingen', async () => {
    expect(await axeOverPagina(pagina)).to.deep.equal([]);
  });
});

describe('examples/vue: Vue 3 gebruikt de elementen zelf (gebouwd met Vite)', () => {
  let pagina: Voorbeeld;
  before(async () => {
    pagina = await laadVoorbeeld('/examples/vue/dist/index.html', ['mw-vragen-kaart'], { breedte: 1024 });
  });
  after(() => pagina?.frame.remove());

  it('ziet mw-* als custom elements: fase, heading-level, markeerbaar en compact komen aan', () => {
    const kaart = pagina.kaart<{ markeerbaar: boolean; compact: boolean; fase?: string }>('mw-vragen-kaart');
    expect(kaart.markeerbaar && kaart.compact).to.be.true;
    expect(kaart.fase).to.equal('tijdens');
    expect(titelkop(kaart)!.localName).to.equal('h2');
    expect(zichtbareItems(kaart)).to.equal(itemsInDeel('vragen', 'vragen-tijdens'));
  });

  it('geeft een markering via @mw-markering aan de Vue-component, die haar toont', async () => {
    const kaart = pagina.kaart('mw-vragen-kaart');
    const ontvangen = pagina.document.querySelector('#ontvangen')!;
    expect(tekstVan(ontvangen)).to.equal('Nog niets gemarkeerd.');
    await markeer(kaart, 'vragen-aanleiding', 'vragen-aanleiding-1', 'teamleider vragen');
    await waitUntil(() => tekstVan(ontvangen).includes('teamleider vragen'), 'Vue toont de markering niet');
    expect(tekstVan(ontvangen)).to.equal(`${tekstVanItem('vragen', 'vragen-aanleiding-1')} (notitie: teamleider vragen)`);
  });

  it('heeft geen axe-meldingen', async () => {
    expect(await axeOverPagina(pagina)).to.deep.equal([]);
  });
});
