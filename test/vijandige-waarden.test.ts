import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import manifest from '../custom-elements.json';
import nsob from '../demo/eigen-kaart/nsob-loyaliteiten.json';
import '../src/index.js';
import '../src/kaart/kaart.js';
import '../src/denkhulp/denkhulp.js';
import '../src/verslag/verslag.js';
import { catalogus } from '../src/catalogus.js';

/**
 * Issue 12, punt 4: waarden van elk type (tekst met opmaak en een kanarie, getallen, NaN, symbolen, objecten zonder
 * prototype of met een gooiende toString, Proxies, lijsten, BigInt, functies…) in elk attribuut en elke eigenschap van
 * elk element. De elementen komen uit src/catalogus.ts, hun attributen en eigenschappen uit custom-elements.json.
 * Per waarde: geen exception, geen onafgehandelde weigering, de kaart reageert nog, een zichtbare melding waar de
 * waarde fout is, en tekst blijft tekst (de kanarie gaat nooit af, er komt geen element bij).
 */

type Element = HTMLElement & { updateComplete: Promise<boolean> };
interface Veld {
  naam: string;
  attribuut?: string;
  type: string;
}
interface Declaratie {
  tagName?: string;
  attributes?: { name: string; fieldName?: string }[];
  members?: { kind: string; name: string; privacy?: string; static?: boolean; readonly?: boolean; type?: { text: string }; attribute?: string }[];
}

const TAGS = [...catalogus.map((kaart) => kaart.tag), 'mw-begrippen', 'mw-kaart', 'mw-denkhulp', 'mw-verslag'];

/** Wat elk element na alle waarden nog moet tonen: items, begrippen, de tabbladen, het veld van de afweging. */
const INHOUD: Record<string, string> = { 'mw-begrippen': 'dt', 'mw-denkhulp': '[role="tab"]', 'mw-verslag': '#_afweging' };
const declaraties = (manifest as { modules: { declarations?: Declaratie[] }[] }).modules.flatMap((module) => module.declarations ?? []);
const declaratieVan = (tag: string) => declaraties.find((d) => d.tagName === tag)!;

/** De publieke, schrijfbare eigenschappen van een element, volgens custom-elements.json. */
const eigenschappenVan = (tag: string): Veld[] =>
  (declaratieVan(tag).members ?? [])
    .filter((lid) => lid.kind === 'field' && !lid.privacy && !lid.static && !lid.readonly)
    .map((lid) => ({ naam: lid.name, attribuut: lid.attribute, type: lid.type?.text ?? '' }));
const attributenVan = (tag: string): string[] => (declaratieVan(tag).attributes ?? []).map((a) => a.name);

/** De geldige tekstwaarden van een keuze als `'voor' | 'tijdens' | 'na' | undefined`; leeg als het type geen keuze is. */
const keuzesUit = (type: string) => [...type.matchAll(/'([^']*)'/g)].map((m) => m[1]);

const KANARIE = [
  '<img src=x onerror="window.__kanarie = 1">',
  '<script>window.__kanarie = 1</script>',
  '"><svg onload="window.__kanarie = 1"></svg>',
  '${window.__kanarie = 1}',
  'javascript:window.__kanarie = 1',
];

/** Een gooiende Proxy, een ingetrokken Proxy, en objecten die bij String() gooien. */
const gooiendeProxy = () =>
  new Proxy({}, {
    get: () => { throw new Error('proxy get'); },
    has: () => { throw new Error('proxy has'); },
    ownKeys: () => { throw new Error('proxy ownKeys'); },
    getPrototypeOf: () => { throw new Error('proxy getPrototypeOf'); },
  });
const ingetrokkenProxy = () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};

/**
 * Een waarde als maker: fast-check zelf kijkt in elke gegenereerde waarde (`in`, voor `cloneMethod`), en een gooiende
 * Proxy zou dan fast-check laten struikelen in plaats van het element. De maker maakt de waarde pas in de test.
 */
type Maker = (() => unknown) & { toString(): string };
const maker = (maak: () => unknown, naam: string): Maker => Object.assign(() => maak(), { toString: () => naam });
const gewoon = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<Maker> => arb.map((waarde) => maker(() => waarde, fc.stringify(waarde)));
const exotisch = (maak: () => unknown, naam: string): fc.Arbitrary<Maker> => fc.constant(null).map(() => maker(maak, naam));

/** Soorten waarden, met naam, zodat een mislukte soort in de uitzonderingslijst hieronder kan staan. */
const SOORTEN = {
  tekst: gewoon(fc.string({ maxLength: 40 })),
  unicode: gewoon(fc.string({ unit: 'binary', maxLength: 20 })),
  kanarie: gewoon(fc.constantFrom(...KANARIE)),
  lang: gewoon(fc.constant('x'.repeat(5000))),
  getal: gewoon(fc.oneof(fc.integer(), fc.double())),
  bijzonderGetal: gewoon(fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, 1, 6, 7, 1e21)),
  bigint: gewoon(fc.bigInt()),
  waarheid: gewoon(fc.boolean()),
  leeg: gewoon(fc.constantFrom(null, undefined, '')),
  symbool: fc.string({ maxLength: 5 }).map((s) => maker(() => Symbol(s), `Symbol(${JSON.stringify(s)})`)),
  zonderPrototype: exotisch(() => Object.create(null), 'Object.create(null)'),
  gooiendeToString: exotisch(() => ({ toString: () => { throw new Error('toString gooit'); } }), '{ toString() { throw } }'),
  gooiendeProxy: exotisch(gooiendeProxy, 'Proxy die bij elke handeling gooit'),
  ingetrokkenProxy: exotisch(ingetrokkenProxy, 'ingetrokken Proxy'),
  lijst: gewoon(fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(null)), { maxLength: 4 })),
  functie: exotisch(() => () => { (window as { __kanarie?: number }).__kanarie = 1; }, 'functie die de kanarie zet'),
  datum: gewoon(fc.date()),
  willekeurig: gewoon(fc.anything({ withNullPrototype: false, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, maxDepth: 2 })),
} satisfies Record<string, fc.Arbitrary<Maker>>;
type Soort = keyof typeof SOORTEN;

/** Klein gehouden zodat dit bestand in minder dan 30 seconden draait; elke run kiest soort en waarde opnieuw. */
const RUNS_EIGENSCHAP = 3;
const RUNS_ATTRIBUUT = 2;

/** Tekstsoorten voor attributen (een attribuut is altijd tekst). */
const TEKSTSOORTEN: Soort[] = ['tekst', 'unicode', 'kanarie', 'lang'];

const waardenVoor = (soorten: Soort[]) =>
  fc.constantFrom(...soorten).chain((soort) => SOORTEN[soort].map((maak) => ({ soort, maak })));

const kanarie = () => (window as { __kanarie?: number }).__kanarie;
const wacht = (ms = 0) => new Promise((klaar) => setTimeout(klaar, ms));
const VERDACHT = 'img, script, iframe, object, embed, [onerror], [onload], [onclick]';

async function klaar(element: Element): Promise<void> {
  await element.updateComplete;
  if (element.localName === 'mw-kaart') {
    const einde = Date.now() + 2000;
    while (element.shadowRoot!.textContent!.includes('wordt geladen') && Date.now() < einde) await wacht(5);
    await element.updateComplete;
  }
}

/** Een groepknop die aria-expanded wisselt: de kaart reageert nog. Leeg als het goed gaat. */
async function reageert(element: Element): Promise<string[]> {
  const knop = element.shadowRoot!.querySelector<HTMLButtonElement>('.groep-knop');
  if (!knop) return [];
  const voor = knop.getAttribute('aria-expanded');
  try {
    knop.click();
    await element.updateComplete;
    const na = knop.getAttribute('aria-expanded');
    knop.click();
    await element.updateComplete;
    if (voor === na) return [`groepknop wisselt niet (aria-expanded blijft ${voor})`];
  } catch (fout) {
    return [`groepknop: updateComplete weigert: ${fout instanceof Error ? fout.stack : String(fout)}`];
  }
  return [];
}

describe('vijandige waarden in elk attribuut en elke eigenschap (fast-check)', () => {
  const problemen: unknown[] = [];
  const opvang = (gebeurtenis: ErrorEvent | PromiseRejectionEvent) => {
    problemen.push('reason' in gebeurtenis ? gebeurtenis.reason : gebeurtenis.error ?? gebeurtenis.message);
    gebeurtenis.preventDefault();
  };
  let waarschuwingen = 0;
  let origineel: typeof console.warn;
  before(() => {
    window.addEventListener('error', opvang);
    window.addEventListener('unhandledrejection', opvang);
    origineel = console.warn;
    console.warn = () => (waarschuwingen += 1);
  });
  after(() => {
    window.removeEventListener('error', opvang);
    window.removeEventListener('unhandledrejection', opvang);
    console.warn = origineel;
  });

  async function maak(tag: string): Promise<Element> {
    const element = await fixture<Element>(html`<div style="width: 600px"></div>`);
    const kaart = document.createElement(tag) as Element;
    if (tag === 'mw-kaart') Object.assign(kaart, { inhoud: nsob });
    element.append(kaart);
    await klaar(kaart);
    return kaart;
  }

  /** Zet één waarde, kijkt wat er gebeurt, en zet de standaard terug. Geeft de problemen als tekst. */
  async function probeer(element: Element, zet: () => void, herstel: () => void, moetMelden: boolean): Promise<string[]> {
    const gevonden: string[] = [];
    problemen.length = 0;
    waarschuwingen = 0;
    try {
      zet();
    } catch (fout) {
      gevonden.push(`exception bij zetten: ${String(fout)}`);
    }
    try {
      await klaar(element);
    } catch (fout) {
      gevonden.push(`updateComplete weigert: ${fout instanceof Error ? fout.stack : String(fout)}`);
    }
    await wacht();
    if (moetMelden && !element.shadowRoot!.querySelector('.melding')?.textContent?.trim()) gevonden.push('geen zichtbare melding');
    if (waarschuwingen > 1) gevonden.push(`${waarschuwingen} waarschuwingen`);
    gevonden.push(...(await reageert(element)));
    if (kanarie()) gevonden.push('de kanarie ging af');
    if (element.shadowRoot!.querySelector(VERDACHT)) gevonden.push(`ingevoegd element: ${element.shadowRoot!.querySelector(VERDACHT)!.outerHTML.slice(0, 80)}`);
    try {
      herstel();
      await klaar(element);
    } catch (fout) {
      gevonden.push(`herstellen mislukt: ${String(fout)}`);
    }
    await wacht();
    gevonden.push(...problemen.map((p) => `onafgehandeld: ${p instanceof Error ? p.stack : String(p)}`));
    return gevonden;
  }

  for (const tag of TAGS) {
    it(`<${tag}>: elke eigenschap uit custom-elements.json`, async () => {
      const element = await maak(tag);
      for (const veld of eigenschappenVan(tag)) {
        const standaard = (element as unknown as Record<string, unknown>)[veld.naam];
        const keuzes = keuzesUit(veld.type);
        await fc.assert(
          fc.asyncProperty(waardenVoor(Object.keys(SOORTEN) as Soort[]), async ({ soort, maak }) => {
            const waarde = maak();
            const meldt = soort === 'kanarie' && (keuzes.length > 0 || veld.naam === 'headingLevel');
            const gevonden = await probeer(
              element,
              () => ((element as unknown as Record<string, unknown>)[veld.naam] = waarde),
              () => ((element as unknown as Record<string, unknown>)[veld.naam] = standaard),
              meldt,
            );
            expect(gevonden.join(' | '), `<${tag}>.${veld.naam} = ${soort}: ${String(maak)}`).to.equal('');
          }),
          { numRuns: RUNS_EIGENSCHAP, includeErrorInReport: true },
        );
        expect((await reageert(element)).join(' | '), `<${tag}> na ${veld.naam}`).to.equal('');
      }
      expect(element.shadowRoot!.querySelector(INHOUD[tag] ?? 'li.item'), `<${tag}> toont nog inhoud`).to.exist;
    });

    it(`<${tag}>: elk attribuut uit custom-elements.json`, async () => {
      const element = await maak(tag);
      for (const attribuut of attributenVan(tag)) {
        const veld = eigenschappenVan(tag).find((v) => v.attribuut === attribuut);
        const keuzes = keuzesUit(veld?.type ?? '');
        await fc.assert(
          fc.asyncProperty(waardenVoor(TEKSTSOORTEN), async ({ soort, maak }) => {
            const waarde = maak();
            const meldt = soort === 'kanarie' && (keuzes.length > 0 || attribuut === 'heading-level');
            const gevonden = await probeer(
              element,
              () => element.setAttribute(attribuut, waarde as string),
              () => element.removeAttribute(attribuut),
              meldt,
            );
            expect(gevonden.join(' | '), `<${tag} ${attribuut}="${String(maak).slice(0, 60)}"> (${soort})`).to.equal('');
          }),
          { numRuns: RUNS_ATTRIBUUT, includeErrorInReport: true },
        );
        expect((await reageert(element)).join(' | '), `<${tag}> na ${attribuut}`).to.equal('');
      }
      expect(element.shadowRoot!.querySelector(INHOUD[tag] ?? 'li.item'), `<${tag}> toont nog inhoud`).to.exist;
    });
  }
});
