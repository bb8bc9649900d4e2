import { ALGEMENE_ATTRIBUTEN, kaarten } from '../kaarten.js';
import { taalVan, tekstenVoor } from '../teksten.js';

/** Het attribuut dat een gewoon element tot plek van een kaart maakt: `<div data-mw-kaart="vragen">`. */
export const DATA_KAART = 'data-mw-kaart';
const KLAAR = 'data-mw-kaart-klaar';

/**
 * Per id in `data-mw-kaart`: het element en de attributen die het kent (de rest wordt genegeerd).
 * Een `Map`, geen gewoon object: `constructor`, `__proto__` of `toString` zijn zo gewoon onbekende namen.
 */
const plekken = new Map<string, { tag: string; attributen: readonly string[] }>([
  ...kaarten.map((kaart) => [kaart.id, { tag: kaart.tag, attributen: [...ALGEMENE_ATTRIBUTEN, kaart.attribuut] }] as const),
  ['begrippen', { tag: 'mw-begrippen', attributen: ['heading-level'] }],
]);

function meld(plek: HTMLElement, tekst: string): void {
  const melding = document.createElement('p');
  melding.setAttribute('role', 'status');
  melding.textContent = tekst;
  plek.append(melding);
  console.warn(`${DATA_KAART}: ${tekst}`);
}

/**
 * Zet in één element met `data-mw-kaart` de kaart: `data-fase="tijdens"` wordt `fase="tijdens"`,
 * `data-heading-level="3"` wordt `heading-level="3"`. Alleen de attributen die de kaart kent, gaan mee:
 * een `data-onclick` wordt nooit een `onclick`. Het element zelf blijft staan, met de kaart erin.
 */
export function zetKaartIn(plek: HTMLElement): void {
  if (plek.hasAttribute(KLAAR)) return;
  plek.setAttribute(KLAAR, '');
  const id = (plek.getAttribute(DATA_KAART) ?? '').trim().toLowerCase();
  const bekend = plekken.get(id);
  if (!bekend) {
    meld(plek, tekstenVoor(taalVan(plek)).onbekendeKaart(id, [...plekken.keys()]));
    return;
  }
  const kaart = plek.ownerDocument.createElement(bekend.tag);
  const genegeerd: string[] = [];
  for (const { name, value } of [...plek.attributes]) {
    if (!name.startsWith('data-') || name === DATA_KAART || name === KLAAR) continue;
    const attribuut = name.slice('data-'.length);
    if (bekend.attributen.includes(attribuut)) kaart.setAttribute(attribuut, value);
    else genegeerd.push(name);
  }
  if (genegeerd.length) console.warn(`${DATA_KAART}="${id}": ${tekstenVoor(taalVan(plek)).genegeerdeAttributen(genegeerd)}`);
  plek.append(kaart);
}

/** Zet in alle elementen met `data-mw-kaart` binnen `wortel` de kaart. */
export function werkDataKaartenBij(wortel: ParentNode = document): void {
  for (const plek of wortel.querySelectorAll<HTMLElement>(`[${DATA_KAART}]:not([${KLAAR}])`)) zetKaartIn(plek);
}

/**
 * Doet `werkDataKaartenBij` nu en telkens als de pagina nieuwe inhoud krijgt (een CMS of app die later tekent).
 * Gebeurt vanzelf als de bundel `mw-kaarten.js` laadt.
 */
export function volgDataKaarten(document: Document = window.document): MutationObserver {
  werkDataKaartenBij(document);
  let gepland = false;
  const waarnemer = new MutationObserver(() => {
    if (gepland) return;
    gepland = true;
    queueMicrotask(() => {
      gepland = false;
      werkDataKaartenBij(document);
    });
  });
  waarnemer.observe(document.documentElement, { childList: true, subtree: true });
  return waarnemer;
}
