import { expect } from '@open-wc/testing';
import begrippen from '../content/begrippen.json';
import { catalogus } from '../src/catalogus.js';
import { nl } from '../src/teksten.js';
import type { MwKaartBase } from '../src/base/kaart-base.js';
import { alle, een, itemteksten, koppen, tekstVan } from './helpers/dom.js';
import { menuKeuzes } from './helpers/menu.js';
import { EXPORT, laadZonderJavaScript, leesExport, statischePaginas, verwachteItems, zetInTestdocument } from './helpers/export.js';
import { laadPagina } from './helpers/pagina.js';

/**
 * De export zonder JavaScript (`npm run export`, scripts/export/): elke kaart en elk deel als statische pagina
 * met declaratieve shadow DOM, een iframe-pagina per kaart die een deel kiest met `?fase=…`, en de index.
 * De statische pagina's worden geladen in een iframe zonder `allow-scripts`, zoals op een intranet zonder scripts.
 */
describe('export: de kaarten zonder JavaScript', () => {
  for (const pagina of statischePaginas) {
    const { pad, kaart, deel } = pagina;

    describe(pad, () => {
      it('is een complete pagina zonder script, met lang, titel en declaratieve shadow DOM', async () => {
        const tekst = await leesExport(pad);
        // Booleans, zodat een fout niet de hele pagina afdrukt.
        expect(tekst.startsWith('<!doctype html>\n<html lang="nl">'), 'doctype en lang').to.be.true;
        expect(/<script/i.test(tekst), 'een script').to.be.false;
        expect(/\son[a-z]+=/i.test(tekst), 'een inline event handler').to.be.false;
        expect(new RegExp(`<${kaart.tag}\\s+heading-level="1"`).test(tekst), `<${kaart.tag} heading-level="1">`).to.be.true;
        expect(tekst.includes('<template shadowroot="open" shadowrootmode="open">'), 'declaratieve shadow root').to.be.true;
        const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(tekst)?.[1] ?? '';
        expect(csp).to.match(/^default-src 'none';/);
        expect(csp).not.to.include('script-src');
      });

      it('toont zonder JavaScript alle tekst van dit deel onder koppen en in lijsten', async () => {
        const { document: doc, venster } = await laadZonderJavaScript(pad);
        expect(doc.documentElement.lang).to.equal('nl');
        expect(doc.title).to.equal(deel ? `${kaart.inhoud.titel} – ${deelNaam(deel)} – Denkhulp maatwerk` : `${kaart.inhoud.titel} – Denkhulp maatwerk`);
        expect(venster.customElements.get(kaart.tag), 'geen script heeft het element geregistreerd').to.be.undefined;
        const element = doc.querySelector(kaart.tag)!;
        expect(element.closest('main')).to.exist;
        const root = element.shadowRoot!;
        expect(root, 'declaratieve shadow root').to.exist;

        // De stijlen van de kaart gelden (de CSP in de pagina laat precies deze stijlblokken toe).
        const titel = een(element, '#_titel');
        expect(titel.localName).to.equal('h1');
        expect(tekstVan(titel)).to.equal(kaart.inhoud.titel);
        expect(venster.getComputedStyle(titel).color).to.equal('rgb(1, 104, 155)');

        // Elk item van dit deel, in de volgorde van de kaart, zichtbaar; niets van andere delen.
        const items = verwachteItems(pagina);
        expect(itemteksten(root)).to.deep.equal(items.map((item) => item.tekst));
        const zichtbaar = alle(element, 'li.item').filter((li) => li.checkVisibility());
        expect(zichtbaar.map((li) => li.id)).to.deep.equal(items.map((item) => item.id));

        // Koppen: titel, vraag, delen en groepen; de items staan in lijsten, één per groep.
        const gekozen = deel ? [deel] : kaart.inhoud.delen;
        const groepen = gekozen.flatMap((d) => d.groepen);
        const kopteksten = koppen(element).map((kop) => kop.tekst);
        expect(kopteksten).to.include(kaart.inhoud.vraag);
        for (const d of gekozen) expect(kopteksten.some((kop) => kop.endsWith(d.titel)), d.id).to.be.true;
        for (const groep of groepen) expect(kopteksten, groep.id).to.include(groep.titel);
        expect(alle(element, 'ul.items').map((ul) => ul.id)).to.deep.equal(groepen.map((groep) => `_items-${groep.id}`));
        for (const ul of alle(element, 'ul.items')) expect(ul.checkVisibility(), ul.id).to.be.true;

        // De toelichting staat open; de centrale vraag en de bron staan er.
        const toelichting = een(element, '#_toelichting-inhoud');
        expect(toelichting.checkVisibility()).to.be.true;
        for (const alinea of kaart.inhoud.toelichting) expect(tekstVan(toelichting)).to.include(alinea);
        expect(tekstVan(een(element, '.bron'))).to.match(/^Bron: De Argumentenfabriek/);

        // Statisch: geen knoppen, velden of venster die zonder JavaScript niets doen, en geen afdrukdatum
        // (die zou de datum van de export zijn).
        expect([...root.querySelectorAll('button, input, textarea, dialog, .afdrukdatum, .werkbalk')].map((e) => e.localName)).to.deep.equal([]);
      });

      it('linkt naar de andere delen van de kaart', async () => {
        const { document: doc } = await laadZonderJavaScript(pad);
        const nav = doc.querySelector(`nav[aria-label="Delen van de ${kaart.inhoud.titel}"]`)!;
        expect(nav).to.exist;
        const huidig = nav.querySelector('[aria-current="page"]')!;
        expect(tekstVan(huidig)).to.equal(deel ? deelNaam(deel) : 'Hele kaart');
        const adressen = [...nav.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => new URL(a.href).pathname);
        const andere = statischePaginas.filter((p) => p.kaart === kaart && p.pad !== pad).map((p) => p.pad);
        expect(adressen).to.deep.equal(andere);
      });

      it('is toegankelijk (axe)', async () => {
        const container = await zetInTestdocument(await leesExport(pad));
        expect(container.querySelector(kaart.tag)!.shadowRoot).to.exist;
        await expect(container).to.be.accessible();
      });
    });
  }

  describe(`${EXPORT}/begrippen.html`, () => {
    it('toont zonder JavaScript alle begrippen en de tabel', async () => {
      const tekst = await leesExport(`${EXPORT}/begrippen.html`);
      expect(/<script/i.test(tekst), 'een script').to.be.false;
      const { document: doc } = await laadZonderJavaScript(`${EXPORT}/begrippen.html`);
      expect(doc.documentElement.lang).to.equal('nl');
      expect(doc.title).to.equal('Begrippen – Denkhulp maatwerk');
      const element = doc.querySelector('mw-begrippen')!;
      const root = element.shadowRoot!;
      expect(root).to.exist;
      expect(tekstVan(een(element, 'h1'))).to.equal(begrippen.titel);
      expect([...root.querySelectorAll('dt')].map(tekstVan)).to.deep.equal(begrippen.begrippen.map((b) => b.term));
      const inhoud = tekstVan(root.querySelector('.kaart'));
      for (const alinea of begrippen.begrippen.flatMap((b) => b.tekst)) expect(inhoud).to.include(alinea);
      expect(root.querySelectorAll('tbody tr')).to.have.length(begrippen.dienstverlening.typen.length);
    });

    it('is toegankelijk (axe)', async () => {
      const container = await zetInTestdocument(await leesExport(`${EXPORT}/begrippen.html`));
      await expect(container).to.be.accessible();
    });
  });

  describe(`${EXPORT}/index.html`, () => {
    it('linkt naar elke statische pagina, elke iframe-pagina en de begrippen, en alle links werken', async () => {
      const { document: doc } = await laadZonderJavaScript(`${EXPORT}/index.html`);
      expect(doc.documentElement.lang).to.equal('nl');
      expect(doc.querySelector('h1')).to.exist;
      const adressen = [...doc.querySelectorAll<HTMLAnchorElement>('main a[href]')].map((a) => new URL(a.href).pathname);
      expect(adressen).to.have.members([
        ...statischePaginas.map((p) => p.pad),
        ...catalogus.map((kaart) => `${EXPORT}/iframe/${kaart.id}.html`),
        `${EXPORT}/begrippen.html`,
      ]);
      const kapot: string[] = [];
      for (const adres of adressen) if (!(await fetch(adres, { method: 'HEAD' })).ok) kapot.push(adres);
      expect(kapot).to.deep.equal([]);
    });

    it('is toegankelijk (axe)', async () => {
      const container = await zetInTestdocument(await leesExport(`${EXPORT}/index.html`));
      await expect(container).to.be.accessible();
    });
  });
});

describe('export: iframe-pagina’s voor een CMS (met JavaScript)', () => {
  /** Laadt een iframe-pagina mét scripts en wacht tot de kaart getekend is. */
  async function laadIframePagina(adres: string, tag: string): Promise<MwKaartBase> {
    const { document: doc } = await laadPagina(adres, { breedte: 800, hoogte: 600, tags: [tag] });
    return doc.querySelector(tag) as MwKaartBase;
  }

  it('zijn complete pagina’s die alleen externe scripts laden: de parameters en de bundel', async () => {
    for (const kaart of catalogus) {
      const tekst = await leesExport(`${EXPORT}/iframe/${kaart.id}.html`);
      expect(tekst.startsWith('<!doctype html>\n<html lang="nl">'), kaart.id).to.be.true;
      expect(tekst, kaart.id).to.include(`<title>${kaart.inhoud.titel} – Denkhulp maatwerk</title>`);
      const scripts = [...tekst.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(scripts.map(([, attributen]) => attributen.trim()), kaart.id).to.deep.equal([
        'type="module" src="parameters.js"',
        'type="module" src="../mw-kaarten.js"',
      ]);
      expect(scripts.every(([, , inhoud]) => inhoud === ''), 'geen inline script').to.be.true;
    }
  });

  for (const kaart of catalogus) {
    const deel = kaart.inhoud.delen[kaart.inhoud.delen.length - 1];
    const adres = `${EXPORT}/iframe/${kaart.id}.html?${kaart.attribuut}=${encodeURIComponent(deel.sleutel)}`;
    it(`${adres} toont alleen dat deel`, async () => {
      const element = await laadIframePagina(adres, kaart.tag);
      expect(element.getAttribute(kaart.attribuut)).to.equal(deel.sleutel);
      expect(alle(element, '.deel').map((d) => d.id)).to.deep.equal([deel.id]);
      expect(itemteksten(element.shadowRoot!)).to.deep.equal(deel.groepen.flatMap((g) => g.items.map((item) => item.tekst)));
      expect(een(element, '#_titel').localName).to.equal('h1');
    });
  }

  it('/export/iframe/vragen.html?fase=tijdens: de fase uit het adres, aan/uit-attributen, en niets anders', async () => {
    const element = await laadIframePagina(`${EXPORT}/iframe/vragen.html?fase=tijdens&toelichting-open&zonder-gespreksmodus&heading-level=5&onclick=x`, 'mw-vragen-kaart');
    expect(alle(element, '.deel').map((d) => d.id)).to.deep.equal(['vragen-tijdens']);
    expect(element.toelichtingOpen).to.be.true;
    expect(menuKeuzes(element).map((k) => k.textContent?.trim())).to.not.include('Gespreksmodus');
    // Wat niet in data-parameters staat, blijft buiten het element.
    expect(element.hasAttribute('onclick')).to.be.false;
    expect(element.getAttribute('heading-level')).to.equal('1');
  });

  it('zonder JavaScript: de iframe-pagina linkt naar de statische pagina’s van de kaart', async () => {
    const { document: doc } = await laadZonderJavaScript(`${EXPORT}/iframe/vragen.html?fase=tijdens`);
    const links = [...doc.querySelectorAll<HTMLAnchorElement>('noscript a[href], main a[href]')].map((a) => new URL(a.href).pathname);
    expect(links).to.deep.equal(statischePaginas.filter((p) => p.kaart.id === 'vragen').map((p) => p.pad));
  });
});

/** Hoe de export een deel noemt: zijn titel, met stapnummer als het een stap is („Stap 3: Opties”). */
function deelNaam(deel: { titel: string; nummer?: number }): string {
  return deel.nummer ? `${nl.stap(deel.nummer)}: ${deel.titel}` : deel.titel;
}

describe('export: op de server gerenderd en gehydrateerd (met JavaScript)', () => {
  for (const kaart of catalogus) {
    const adres = `${EXPORT}/server/${kaart.id}.html`;
    it(`${adres}: de tekst staat als HTML in de pagina en de bundel hydrateert haar, zonder haar opnieuw te tekenen`, async () => {
      const tekst = await leesExport(adres);
      expect(tekst.includes('<template shadowroot="open" shadowrootmode="open">'), 'declaratieve shadow root').to.be.true;
      expect(tekst.includes('<!--lit-part'), 'markeringen voor hydratie').to.be.true;
      expect([...tekst.matchAll(/<script\b([^>]*)>/g)].map(([, attributen]) => attributen.trim())).to.deep.equal(['type="module" src="../mw-kaarten-hydratie.js"']);
      const { document: doc, venster } = await laadPagina(adres, { breedte: 800, hoogte: 600, tags: [kaart.tag] });
      const element = doc.querySelector(kaart.tag) as MwKaartBase;
      // Eén bestand, met de hydratieondersteuning erin (besluit 18): verder vraagt de pagina niets.
      const scripts = venster.performance.getEntriesByType('resource').map((regel) => new URL(regel.name).pathname).filter((pad) => pad.endsWith('.js') && !pad.startsWith('/__web-dev-server'));
      expect(scripts).to.deep.equal([`${EXPORT}/mw-kaarten-hydratie.js`]);
      const root = element.shadowRoot!;
      // Opnieuw tekenen in een shadow root die al inhoud heeft, zou alles een tweede keer toevoegen.
      expect(root.querySelectorAll('li.item'), 'elk item één keer').to.have.length(verwachteItems({ pad: adres, kaart }).length);
      expect(root.querySelectorAll('section.kaart')).to.have.length(1);
      expect(een(element, '#_titel').localName).to.equal('h1');
      // De delen en items blijven die van de server, met de markeringen van Lit: de kaart tekent ze niet zelf opnieuw.
      const eersteLijst = root.querySelector('ul.items')!;
      expect([...eersteLijst.childNodes].some((knoop) => knoop.nodeType === Node.COMMENT_NODE), 'markeringen van de server in de lijst').to.equal(true);
      // Gedrag erbij: een groep sluit, en zoeken filtert.
      const knop = root.querySelector('.groep-knop') as HTMLButtonElement;
      knop.click();
      await element.updateComplete;
      expect(knop.getAttribute('aria-expanded')).to.equal('false');
      const eerste = kaart.inhoud.delen[0].groepen[0].items[0];
      const zoekveld = root.querySelector('#_zoekveld') as HTMLInputElement;
      zoekveld.value = eerste.tekst;
      zoekveld.dispatchEvent(new Event('input'));
      await element.updateComplete;
      const gevonden = itemteksten(root);
      expect(gevonden).to.include(eerste.tekst);
      expect(gevonden.length).to.be.lessThan(verwachteItems({ pad: adres, kaart }).length);
      expect(root.querySelectorAll('li.item'), 'nog steeds elk item één keer').to.have.length(verwachteItems({ pad: adres, kaart }).length);
    });
  }
});
