import { expect, waitUntil } from '@open-wc/testing';
import { catalogus } from '../src/catalogus.js';
import begrippen from '../content/begrippen.json';
import { tekstVan } from './helpers/dom.js';
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

describe('examples/zaaksysteem: de kaart in de zijbalk, het zaaksysteem bewaart de markeringen per casus', () => {
  let pagina: Voorbeeld;
  const kies = async (casus: string) => {
    const keuze = pagina.document.querySelector<HTMLSelectElement>('#casus')!;
    keuze.value = casus;
    keuze.dispatchEvent(new Event('change', { bubbles: true }));
    // De melding komt als laatste, nadat het zaaksysteem de markeringen heeft teruggezet.
    await waitUntil(() => tekstVan(pagina.document.querySelector('#melding')).startsWith(`Casus ${casus} geopend`), `casus ${casus} niet geopend`);
    expect(tekstVan(pagina.document.querySelector('#casustitel'))).to.equal(`Casus ${casus}`);
    await pagina.kaart('mw-signalen-kaart').updateComplete;
  };
  const dossier = () => [...pagina.document.querySelectorAll('#dossier li')].map(tekstVan);

  before(async () => {
    localStorage.clear();
    sessionStorage.clear();
    pagina = await laadVoorbeeld('/examples/zaaksysteem/index.html', ['mw-signalen-kaart'], { breedte: 1024 });
  });
  after(() => pagina?.frame.remove());

  it('zet de kaart in een zijbalk van 320 pixels, compact en markeerbaar', () => {
    const kaart = pagina.kaart('mw-signalen-kaart');
    expect(kaart.closest('aside')!.getBoundingClientRect().width).to.equal(320);
    expect(kaart.hasAttribute('compact') && kaart.hasAttribute('markeerbaar')).to.be.true;
    expect(zichtbareItems(kaart)).to.equal(38);
  });

  it('krijgt de markeringen per casus terug na wisselen, via de eigenschap markeringen, en bewaart niets in de browser', async () => {
    const kaart = pagina.kaart('mw-signalen-kaart');
    // Elke toewijzing aan `markeringen` opvangen, en elke mw-markering die de kaart vuurt.
    const toewijzingen: unknown[] = [];
    let proto = Object.getPrototypeOf(kaart);
    while (proto && !Object.getOwnPropertyDescriptor(proto, 'markeringen')) proto = Object.getPrototypeOf(proto);
    const eigenschap = Object.getOwnPropertyDescriptor(proto, 'markeringen')!;
    Object.defineProperty(kaart, 'markeringen', {
      configurable: true,
      get() {
        return eigenschap.get!.call(this);
      },
      set(waarde) {
        toewijzingen.push(waarde);
        eigenschap.set!.call(this, waarde);
      },
    });
    const gevuurd: string[] = [];
    pagina.document.addEventListener('mw-markering', () => gevuurd.push('mw-markering'));

    // Casus A: één signaal met een notitie.
    await markeer(kaart, 'signalen-passief', 'signalen-passief-5', 'na eerdere afwijzing');
    expect(dossier()).to.deep.equal([`${tekstVanItem('signalen', 'signalen-passief-5')} (notitie: na eerdere afwijzing)`]);

    // Casus B: leeg, en daar een ander signaal.
    gevuurd.length = 0;
    await kies('2026-0522');
    expect(gevuurd, 'wisselen vuurt geen mw-markering').to.deep.equal([]);
    expect(toewijzingen).to.deep.equal([[]]);
    expect(kaart.markeringen).to.deep.equal([]);
    expect(ingedrukt(kaart, 'signalen-passief-5')).to.equal('false');
    expect(tekstVan(pagina.document.querySelector('#dossier'))).to.equal('Nog niets gemarkeerd op de kaart.');
    await markeer(kaart, 'signalen-passief', 'signalen-passief-2');

    // Terug naar A: het zaaksysteem zet zijn eigen stand terug.
    await kies('2026-0415');
    expect(toewijzingen).to.have.length(2);
    expect(kaart.markeringen.map(({ item, notitie }) => ({ item, notitie }))).to.deep.equal([
      { item: 'signalen-passief-5', notitie: 'na eerdere afwijzing' },
    ]);
    expect(ingedrukt(kaart, 'signalen-passief-5')).to.equal('true');
    expect(ingedrukt(kaart, 'signalen-passief-2')).to.equal('false');
    expect(kaart.shadowRoot!.querySelector<HTMLTextAreaElement>('#_notitie-signalen-passief-5')!.value).to.equal('na eerdere afwijzing');

    // En weer B.
    await kies('2026-0522');
    expect(kaart.markeringen.map(({ item }) => item)).to.deep.equal(['signalen-passief-2']);
    expect(gevuurd.filter((naam) => naam === 'mw-markering').length, 'alleen de gebruiker liet de kaart vuren').to.equal(1);

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
