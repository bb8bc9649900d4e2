import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import pakket from '../package.json';
import { catalogus } from '../src/catalogus.js';
import { afwijkendeAttributen, htmlTag, npmIngang, reactNaam, tagOmTePlakken, type PlakElement } from '../stories/tag-om-te-plakken.js';
import { declaratie } from '../stories/manifest.js';

/**
 * Issue 23, punt 4: de tag om te plakken uit de Storybook (stories/tag-om-te-plakken.ts, dezelfde functie als het
 * blok onder elk verhaal). Eerst wat de functie schrijft; dan dat die tekst, geplakt in een lege pagina met de
 * gebouwde bundel, dezelfde kaart tekent als een element met álle waarden uit Controls als attribuut.
 */

const BUNDEL = '/dist/mw-kaarten.js';

describe('tag om te plakken: de tekst', () => {
  it('alleen de attributen die afwijken van de standaard uit custom-elements.json, in HTML', () => {
    const waarden = { fase: 'tijdens', 'heading-level': 2, 'toelichting-open': false, compact: false, toon: '', markeringen: [] };
    expect(htmlTag({ tag: 'mw-vragen-kaart', waarden })).to.equal('<mw-vragen-kaart fase="tijdens"></mw-vragen-kaart>');
  });

  it('booleans kaal als ze aan staan; getallen en auto als tekst; onbekende args en eigenschappen vallen weg', () => {
    const waarden = { compact: true, markeerbaar: true, 'heading-level': 'auto', lang: 'en', markeringen: [{ item: 'x' }], iets: 'anders' };
    expect(htmlTag({ tag: 'mw-lessen-kaart', waarden })).to.equal('<mw-lessen-kaart lang="en" compact markeerbaar heading-level="auto"></mw-lessen-kaart>');
    expect(htmlTag({ tag: 'mw-begrippen', waarden: { 'heading-level': 2 } })).to.equal('<mw-begrippen></mw-begrippen>');
    expect(htmlTag({ tag: 'mw-begrippen', waarden: { 'heading-level': 4 } })).to.equal('<mw-begrippen heading-level="4"></mw-begrippen>');
  });

  it('tekst in een attribuut is geëscaped: een waarde kan de tag niet openbreken', () => {
    const tag = htmlTag({ tag: 'mw-signalen-kaart', waarden: { toon: '"><script>alert(1)</script>' } });
    expect(tag).to.equal('<mw-signalen-kaart toon="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"></mw-signalen-kaart>');
    const pagina = new DOMParser().parseFromString(tag, 'text/html');
    expect(pagina.querySelectorAll('script')).to.have.length(0);
    expect(pagina.querySelector('mw-signalen-kaart')?.getAttribute('toon')).to.equal('"><script>alert(1)</script>');
  });

  it('de scriptregel noemt de bundel; standaard naast de pagina', () => {
    const element: PlakElement = { tag: 'mw-vragen-kaart', waarden: { fase: 'na' } };
    expect(tagOmTePlakken([element]).html).to.equal(
      '<script type="module" src="mw-kaarten.js"></script>\n<mw-vragen-kaart fase="na"></mw-vragen-kaart>',
    );
    expect(tagOmTePlakken([element], 'https://intranet.example/mw/mw-kaarten.js').script).to.equal(
      '<script type="module" src="https://intranet.example/mw/mw-kaarten.js"></script>',
    );
  });

  it('npm, React en Vue: ingangen en componenten die het pakket echt heeft', async () => {
    const plak = tagOmTePlakken([{ tag: 'mw-vragen-kaart', waarden: { fase: 'tijdens', 'heading-level': 3, compact: true } }]);
    expect(plak.npm).to.equal("npm install maatwerk-kaarten\n\nimport 'maatwerk-kaarten/vragen-kaart.js';");
    expect(plak.react).to.equal("import { MwVragenKaart } from 'maatwerk-kaarten/react';\n\n<MwVragenKaart fase=\"tijdens\" compact headingLevel={3} />");
    expect(plak.vue).to.contain('<mw-vragen-kaart fase="tijdens" compact heading-level="3"></mw-vragen-kaart>');
    const react = await (await fetch('/src/react/index.ts')).text();
    for (const tag of [...catalogus.map((k) => k.tag), 'mw-begrippen']) {
      expect(Object.keys(pakket.exports), tag).to.include(`./${npmIngang(tag)}`);
      expect(react, tag).to.contain(`export const ${reactNaam(tag)} =`);
    }
  });
});

/** Een lege pagina met alleen de geplakte tekst, in een iframe (eigen document, eigen registry). */
async function plakInLegePagina(geplakt: string, tags: string[]): Promise<Document> {
  const omhulsel = await fixture<HTMLDivElement>(html`<div></div>`);
  const frame = document.createElement('iframe');
  frame.title = 'Lege pagina met de geplakte tag';
  frame.style.cssText = 'width: 1024px; height: 700px; border: 0';
  const geladen = new Promise((klaar) => frame.addEventListener('load', klaar, { once: true }));
  frame.srcdoc = `<!doctype html>\n<html lang="nl">\n<head><meta charset="utf-8"><title>Plakproef</title></head>\n<body>\n${geplakt}\n</body>\n</html>`;
  omhulsel.append(frame);
  await geladen;
  const doc = frame.contentDocument!;
  await waitUntil(() => tags.every((tag) => doc.querySelector(tag)?.shadowRoot?.textContent?.trim()), 'de geplakte tag tekent geen kaart', { timeout: 5000 });
  await Promise.all(tags.map((tag) => (doc.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
  return doc;
}

/** Een element met álle waarden als attribuut (ook die gelijk zijn aan de standaard), zoals Controls ze zet. */
async function metAlleWaarden({ tag, waarden }: PlakElement): Promise<HTMLElement> {
  const element = document.createElement(tag);
  for (const lid of declaratie(tag).attributes ?? []) {
    const waarde = waarden[lid.name];
    if (waarde === true) element.setAttribute(lid.name, '');
    else if (waarde !== undefined && waarde !== false && waarde !== '') element.setAttribute(lid.name, String(waarde));
  }
  const omhulsel = await fixture<HTMLDivElement>(html`<div></div>`);
  omhulsel.append(element);
  await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return element;
}

/**
 * De tekst van een kaart, zonder witruimte: de bundel heeft verkleinde templates (minify-literals), dus de witruimte
 * tussen twee elementen verschilt van die uit src/; de tekens en hun volgorde niet.
 */
const tekst = (element: Element | null) => (element?.shadowRoot?.textContent ?? '').replace(/\s+/g, '');

describe('tag om te plakken: geplakt in een lege pagina met de bundel', () => {
  const gevallen: PlakElement[] = [
    ...catalogus.map((kaart) => ({
      tag: kaart.tag,
      waarden: { [kaart.attribuut]: kaart.inhoud.delen[0].sleutel, 'heading-level': 3, compact: true, markeerbaar: true, 'toelichting-open': false },
    })),
    { tag: 'mw-vragen-kaart', waarden: { fase: 'na', lang: 'en', 'toelichting-open': true, 'heading-level': 2 } },
    { tag: 'mw-begrippen', waarden: { 'heading-level': 4 } },
  ];

  for (const geval of gevallen) {
    it(`${htmlTag(geval)} tekent dezelfde kaart`, async () => {
      const plak = tagOmTePlakken([geval], BUNDEL);
      expect(afwijkendeAttributen(geval).length, 'het geval zet minstens één attribuut').to.be.greaterThan(0);
      const geplakt = await plakInLegePagina(plak.html, [geval.tag]);
      const verwacht = await metAlleWaarden(geval);
      const kaart = geplakt.querySelector(geval.tag);
      expect(tekst(kaart)).to.have.length.greaterThan(50);
      expect(tekst(kaart)).to.equal(tekst(verwacht));
      // Het is echt de bundel die tekent, niet de modules van deze testpagina.
      expect(geplakt.defaultView?.customElements.get(geval.tag)).to.not.equal(customElements.get(geval.tag));
    });
  }

  it('alle zes kaarten in één geplakt stuk, met één script', async () => {
    const elementen = catalogus.map((kaart) => ({ tag: kaart.tag, waarden: { 'heading-level': 3 } }));
    const plak = tagOmTePlakken(elementen, BUNDEL);
    expect(plak.html.match(/<script/g)).to.have.length(1);
    const geplakt = await plakInLegePagina(plak.html, elementen.map((e) => e.tag));
    for (const kaart of catalogus) expect(tekst(geplakt.querySelector(kaart.tag))).to.contain(kaart.inhoud.titel.replace(/\s+/g, ''));
  });
});
