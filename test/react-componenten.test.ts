import { expect, waitUntil } from '@open-wc/testing';
import { catalogus } from '../src/catalogus.js';
import { tekstVan } from './helpers/dom.js';
import { describeAlleenChromium } from './helpers/motor.js';
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

/** De knopen die de test volgt, en waar ze staan (x, y, breedte en hoogte, afgerond; één tekst per knoop). */
interface Stand {
  kop: Element;
  kaart: Element;
  titel: Element | null;
  maten: string;
}
type Pagina = Voorbeeld & {
  venster: Voorbeeld['venster'] & {
    __server?: Stand;
    __hydratie?: Stand & { verschuiving: number };
    __stand?: () => Stand;
    __verschuiving?: number;
    __fouten?: string[];
  };
};

/**
 * Laadt dist/index.html zoals de server het stuurt, met één klein script dat de knopen van de server en hun plek
 * onthoudt, de layout shift optelt (Chromium) en elke fout, `console.error` en `console.warn` opvangt. De module van
 * React en de kaart laadt het pas twee frames later, zoals over een traag netwerk: de browser heeft de server-HTML
 * dan al getekend. Zo ziet de test of React en Lit hydrateren (dezelfde knopen, op dezelfde plek) of na een mismatch
 * opnieuw renderen (nieuwe knopen, een fout) en of iets verspringt.
 */
async function laadServerPagina(): Promise<Pagina> {
  const html = await (await fetch(`${MAP}index.html`)).text();
  const module = /<script type="module" crossorigin src="\.\/([^"]+)"><\/script>/.exec(html)!;
  const verklikker = `<script>
    window.__fouten = [];
    addEventListener('error', (e) => __fouten.push(String(e.message)));
    for (const soort of ['error', 'warn']) {
      const origineel = console[soort];
      console[soort] = (...args) => { __fouten.push(args.map(String).join(' ')); origineel(...args); };
    }
    window.__stand = () => {
      const kaart = document.querySelector('mw-signalen-kaart');
      const titel = kaart.shadowRoot?.querySelector('#_titel') ?? null;
      const plek = (el) => { if (!el) return '-'; const r = el.getBoundingClientRect(); return [r.x, r.y, r.width, r.height].map(Math.round).join(','); };
      const knopen = [kaart, titel, kaart.shadowRoot?.querySelector('.groep-knop'), document.querySelector('#onder-de-kaart'), document.querySelector('#ontvangen')];
      return { kop: document.querySelector('h1'), kaart, titel, maten: knopen.map(plek).join(' ') };
    };
    window.__server = __stand();
    window.__verschuiving = 0;
    if (PerformanceObserver.supportedEntryTypes.includes('layout-shift'))
      new PerformanceObserver((lijst) => lijst.getEntries().forEach((e) => (__verschuiving += e.value))).observe({ type: 'layout-shift', buffered: true });
    requestAnimationFrame(() => requestAnimationFrame(() => {
      const script = document.createElement('script');
      script.type = 'module';
      script.src = ${JSON.stringify(`${MAP}${module[1]}`)};
      document.head.append(script);
    }));
  </script>`;
  const frame = document.createElement('iframe');
  frame.title = 'react-componenten, op de server gerenderd';
  frame.style.cssText = 'width: 1024px; height: 800px; border: 0';
  const geladen = new Promise((klaar) => frame.addEventListener('load', klaar, { once: true }));
  frame.srcdoc = html.replace(module[0], '').replaceAll('"./assets/', `"${MAP}assets/`).replace('</body>', `${verklikker}</body>`);
  document.body.append(frame);
  await geladen;
  const venster = frame.contentWindow as Pagina['venster'];
  const doc = frame.contentDocument!;
  const kaart = () => doc.querySelector('mw-signalen-kaart') as ReturnType<Voorbeeld['kaart']>;
  // De shadow root en `kant` staan er al vóór het script; gehydrateerd is de kaart als ze geregistreerd is en @lit/react
  // defer-hydration weghaalde.
  await waitUntil(() => venster.customElements.get('mw-signalen-kaart') && !kaart().hasAttribute('defer-hydration'), 'de kaart is niet gehydrateerd', {
    timeout: 5000,
  });
  await kaart().updateComplete;
  // Vóór de tests klikken: de stand na de hydratie, en de layout shift tot twee frames erna (dan is die gemeld).
  await new Promise((klaar) => venster.requestAnimationFrame(() => venster.requestAnimationFrame(() => setTimeout(klaar))));
  venster.__hydratie = { ...venster.__stand!(), verschuiving: venster.__verschuiving! };
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

  it('rendert de pagina van React, met de shadow DOM van de kaart als <template shadowrootmode> (@lit-labs/ssr-react)', () => {
    expect(tekstVan(doc.querySelector('#app h1'))).to.equal('Casus 2026-0415');
    expect(tekstVan(doc.querySelector('#ontvangen'))).to.equal('Nog niets gemarkeerd.');
    const kaart = doc.querySelector('#app aside mw-signalen-kaart')!;
    expect(kaart, 'de tag staat in de server-HTML').to.exist;
    // kant reflecteert; defer-hydration: de kaart hydrateert pas als @lit/react de props in de browser gezet heeft.
    expect(kaart.getAttributeNames()).to.deep.equal(['defer-hydration', 'kant']);
    expect(kaart.nextElementSibling!.id, 'de alinea onder de kaart').to.equal('onder-de-kaart');
    // DOMParser maakt van de template geen shadow root: de inhoud staat in template.content.
    const schaduw = kaart.querySelector<HTMLTemplateElement>(':scope > template[shadowrootmode="open"]')!.content;
    // De props kwamen als eigenschappen aan bij Lit SSR: headingLevel, kant, markeerbaar en markeringen.
    expect(schaduw.querySelector('#_titel')!.localName).to.equal('h2');
    expect(tekstVan(schaduw.querySelector('#_titel'))).to.equal(inhoud('signalen').titel);
    expect([...schaduw.querySelectorAll('li.item')].map((li) => li.id)).to.deep.equal(
      inhoud('signalen').delen.find((d) => d.id === 'signalen-inwoner')!.groepen.flatMap((g) => g.items.map((i) => i.id)),
    );
    expect(tekstVan(schaduw.querySelector('#signalen-passief-5 .item-tekst'))).to.equal(tekstVanItem('signalen-passief-5'));
    expect(schaduw.querySelector('#signalen-passief-2 .markeer-knop')!.getAttribute('aria-pressed')).to.equal('true');
  });
});

describe('maatwerk-kaarten/react: na hydrateRoot over de server-HTML', () => {
  const pagina = gedragAlsReactComponent(laadServerPagina) as () => Pagina;

  it('hydrateert: React houdt de knopen van de server, zonder fout of mismatch', () => {
    const { venster, document: doc } = pagina();
    expect(venster.__server!.kop, 'de h1 van de server').to.equal(doc.querySelector('h1'));
    expect(venster.__server!.kaart, 'de kaart van de server').to.equal(doc.querySelector('mw-signalen-kaart'));
    expect(venster.__fouten, 'fouten en waarschuwingen').to.deep.equal([]);
  });

  it('Lit hydrateert de shadow root van de server: dezelfde knopen, alles op dezelfde plek', () => {
    const { venster } = pagina();
    const [server, hydratie] = [venster.__server!, venster.__hydratie!];
    expect(server.titel, 'de titel stond er vóór het script').to.exist;
    expect(hydratie.titel, 'dezelfde titel na de hydratie').to.equal(server.titel);
    expect(hydratie.kaart.hasAttribute('defer-hydration')).to.be.false;
    expect(hydratie.maten, 'kaart, titel, eerste groepknop, de alinea eronder en #ontvangen').to.equal(server.maten);
  });

  it('de kaart reageert: een groepknop klapt haar groep open en weer dicht', async () => {
    const kaart = pagina().kaart('mw-signalen-kaart');
    const [knop, items] = ['#_knop-signalen-ontevreden', '#_items-signalen-ontevreden'].map((id) => kaart.shadowRoot!.querySelector(id)!);
    const open = () => [knop.getAttribute('aria-expanded'), items.hasAttribute('hidden')];
    expect(open()).to.deep.equal(['false', true]);
    (knop as HTMLButtonElement).click();
    await kaart.updateComplete;
    expect(open()).to.deep.equal(['true', false]);
    (knop as HTMLButtonElement).click();
    await kaart.updateComplete;
    expect(open()).to.deep.equal(['false', true]);
  });

  describeAlleenChromium('layout shift', () => {
    it('niets verspringt als het script komt: layout shift 0', () => {
      expect(pagina().venster.__hydratie!.verschuiving).to.equal(0);
    });
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
