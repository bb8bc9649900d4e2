import { expect, waitUntil } from '@open-wc/testing';
import { catalogus } from '../src/catalogus.js';
import { tekstVan } from './helpers/dom.js';
import { laadPagina } from './helpers/pagina.js';
import { axeOverPagina, ingedrukt, laadVoorbeeld, markeer, type Voorbeeld } from './helpers/voorbeeld.js';

/**
 * examples/react-componenten: de componenten uit `maatwerk-kaarten/react` (@lit/react) in React 19, zoals Vite ze
 * bouwt en Node ze rendert (`npm run voorbeelden`): dist/index.html is op de server gerenderd (`renderToString`) en
 * wordt gehydrateerd (`hydrateRoot`), dist/client.html rendert alleen in de browser (`createRoot`).
 */
const MAP = '/examples/react-componenten/dist/';
const inhoud = (id: string) => catalogus.find((kaart) => kaart.id === id)!.inhoud;
const itemsVan = (id: string) => inhoud(id).delen.flatMap((d) => d.groepen.flatMap((g) => g.items));
const tekstVanItem = (item: string) => itemsVan('signalen').find((i) => i.id === item)!.tekst;
const itemsInDeel = (deel: string) =>
  inhoud('signalen').delen.find((d) => d.id === deel)!.groepen.reduce((som, groep) => som + groep.items.length, 0);

type Pagina = Voorbeeld & { venster: Voorbeeld['venster'] & { __server?: { kop: Element; kaart: Element }; __fouten?: string[] } };

/**
 * Laadt dist/index.html zoals de server het stuurt, met vóór de module van React één klein script dat de knopen van
 * de server onthoudt en elke fout en `console.error` opvangt. Zo ziet de test of React hydrateert (dezelfde knopen)
 * of na een mismatch alles opnieuw rendert (nieuwe knopen, een fout).
 */
async function laadServerPagina(): Promise<Pagina> {
  const html = await (await fetch(`${MAP}index.html`)).text();
  const verklikker = `<script>
    window.__fouten = [];
    window.__server = { kop: document.querySelector('h1'), kaart: document.querySelector('mw-signalen-kaart') };
    addEventListener('error', (e) => __fouten.push(String(e.message)));
    const fout = console.error;
    console.error = (...args) => { __fouten.push(args.map(String).join(' ')); fout(...args); };
  </script>`;
  const frame = document.createElement('iframe');
  frame.title = 'react-componenten, op de server gerenderd';
  frame.style.cssText = 'width: 1024px; height: 800px; border: 0';
  const geladen = new Promise((klaar) => frame.addEventListener('load', klaar, { once: true }));
  frame.srcdoc = html.replaceAll('"./assets/', `"${MAP}assets/`).replace('</body>', `${verklikker}</body>`);
  document.body.append(frame);
  await geladen;
  const venster = frame.contentWindow as Pagina['venster'];
  const doc = frame.contentDocument!;
  const kaart = () => doc.querySelector('mw-signalen-kaart') as ReturnType<Voorbeeld['kaart']>;
  await waitUntil(() => kaart()?.shadowRoot && kaart().getAttribute('kant') === 'inwoner', 'de kaart is niet gehydrateerd', { timeout: 5000 });
  await kaart().updateComplete;
  return { frame, venster, document: doc, kaart: kaart as Voorbeeld['kaart'] };
}

/** Wat beide pagina's moeten laten zien: props, de bewaarde markering en een nieuwe markering via onMwMarkering. */
function gedragAlsReactComponent(laad: () => Promise<Voorbeeld>) {
  let pagina: Voorbeeld;
  before(async () => {
    pagina = await laad();
  });
  after(() => pagina?.frame.remove());

  it('zet de props als eigenschappen: kant, headingLevel, markeerbaar en compact komen aan', () => {
    const kaart = pagina.kaart<{ markeerbaar: boolean; compact: boolean; kant?: string; headingLevel: number }>('mw-signalen-kaart');
    expect([kaart.kant, kaart.headingLevel, kaart.markeerbaar, kaart.compact]).to.deep.equal(['inwoner', 2, true, true]);
    expect(kaart.shadowRoot!.querySelector('.titel')!.localName).to.equal('h2');
    expect(kaart.shadowRoot!.querySelectorAll('li.item:not([hidden])').length).to.equal(itemsInDeel('signalen-inwoner'));
  });

  it('zet de prop markeringen: de bewaarde markering staat ingedrukt, met haar notitie', () => {
    const kaart = pagina.kaart('mw-signalen-kaart');
    expect(kaart.markeringen.map(({ item, notitie }) => ({ item, notitie }))).to.deep.equal([{ item: 'signalen-passief-2', notitie: 'uit het dossier' }]);
    expect(ingedrukt(kaart, 'signalen-passief-2')).to.equal('true');
    expect(kaart.shadowRoot!.querySelector<HTMLTextAreaElement>('#_notitie-signalen-passief-2')!.value).to.equal('uit het dossier');
  });

  it('geeft een klik op „Markeer” via onMwMarkering aan de React-component, die haar toont', async () => {
    const kaart = pagina.kaart('mw-signalen-kaart');
    const ontvangen = pagina.document.querySelector('#ontvangen')!;
    expect(tekstVan(ontvangen)).to.equal('Nog niets gemarkeerd.');
    await markeer(kaart, 'signalen-passief', 'signalen-passief-5');
    await waitUntil(() => ontvangen.querySelectorAll('li').length === 2, 'React toont de markeringen niet');
    expect([...ontvangen.querySelectorAll('li')].map(tekstVan)).to.deep.equal([
      `${tekstVanItem('signalen-passief-2')} (notitie: uit het dossier)`,
      tekstVanItem('signalen-passief-5'),
    ]);
    // React geeft de nieuwe lijst weer als prop terug; de kaart houdt beide.
    await kaart.updateComplete;
    expect(kaart.markeringen.map(({ item }) => item)).to.deep.equal(['signalen-passief-2', 'signalen-passief-5']);
  });

  it('heeft geen axe-meldingen', async () => {
    expect(await axeOverPagina(pagina)).to.deep.equal([]);
  });

  return () => pagina;
}

describe('maatwerk-kaarten/react: renderToString in Node (examples/react-componenten/dist/index.html)', () => {
  let doc: Document;
  before(async () => {
    doc = new DOMParser().parseFromString(await (await fetch(`${MAP}index.html`)).text(), 'text/html');
  });

  it('rendert de pagina van React, met de kaart als kale tag: @lit/react zet eigenschappen pas in de browser', () => {
    expect(tekstVan(doc.querySelector('#app h1'))).to.equal('Casus 2026-0415');
    expect(tekstVan(doc.querySelector('#ontvangen'))).to.equal('Nog niets gemarkeerd.');
    const kaart = doc.querySelector('#app aside mw-signalen-kaart')!;
    expect(kaart, 'de tag staat in de server-HTML').to.exist;
    expect(kaart.getAttributeNames()).to.deep.equal([]);
    expect(kaart.childNodes.length).to.equal(0);
  });
});

describe('maatwerk-kaarten/react: na hydrateRoot over de server-HTML', () => {
  const pagina = gedragAlsReactComponent(laadServerPagina) as () => Pagina;

  it('hydrateert: React houdt de knopen van de server, zonder fout of mismatch', () => {
    const { venster, document: doc } = pagina();
    expect(venster.__server!.kop, 'de h1 van de server').to.equal(doc.querySelector('h1'));
    expect(venster.__server!.kaart, 'de kaart van de server').to.equal(doc.querySelector('mw-signalen-kaart'));
    expect(venster.__fouten).to.deep.equal([]);
  });
});

describe('maatwerk-kaarten/react: alleen in de browser gerenderd (createRoot, dist/client.html)', () => {
  gedragAlsReactComponent(() => laadVoorbeeld(`${MAP}client.html`, ['mw-signalen-kaart'], { breedte: 1024 }));
});

describe('maatwerk-kaarten/react: wie één component gebruikt, laadt de tekst van één kaart', () => {
  it('de pagina laadt de tekst van de Signalenkaart en van geen andere kaart (die zijn losse stukken die niet laden)', async () => {
    const { venster, frame } = await laadPagina(`${MAP}client.html`, { breedte: 1024, tags: ['mw-signalen-kaart'] });
    const scripts = venster.performance
      .getEntriesByType('resource')
      .map((bron) => bron.name)
      .filter((adres) => adres.endsWith('.js') && !adres.includes('__web-dev-server'));
    const geladen = (await Promise.all(scripts.map(async (adres) => (await fetch(adres)).text()))).join('\n');
    frame.remove();
    // Het langste stuk zonder bijzondere tekens: de server mag ‘ en ë als \u-escape leveren.
    const kenmerk = (tekst: string) => tekst.split(/[^\x20-\x7e]|["\\]/).reduce((a, b) => (b.length > a.length ? b : a));
    const aanwezig = catalogus.map(({ id }) => [id, itemsVan(id).filter((item) => geladen.includes(kenmerk(item.tekst))).length]);
    expect(Object.fromEntries(aanwezig)).to.deep.equal(
      Object.fromEntries(catalogus.map(({ id }) => [id, id === 'signalen' ? itemsVan('signalen').length : 0])),
    );
  });
});
