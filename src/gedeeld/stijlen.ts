import type { CSSResultOrNative, LitElement } from 'lit';

/** Per document de kopieën van de stylesheets: een constructed stylesheet hoort bij één document. */
const kopieen = new WeakMap<Document, Map<CSSResultOrNative, CSSStyleSheet>>();

function kopieVoor(document: Document, stijl: CSSResultOrNative, Blad: typeof CSSStyleSheet): CSSStyleSheet {
  let perStijl = kopieen.get(document);
  if (!perStijl) kopieen.set(document, (perStijl = new Map()));
  let blad = perStijl.get(stijl);
  if (!blad) {
    const tekst = stijl instanceof CSSStyleSheet ? [...stijl.cssRules].map((regel) => regel.cssText).join('\n') : stijl.cssText;
    blad = new Blad();
    blad.replaceSync(tekst);
    perStijl.set(stijl, blad);
  }
  return blad;
}

/** Per element de stijlen van stukken die later laadden (gespreksmodus, overzicht). */
const later = new WeakMap<LitElement, CSSResultOrNative[]>();

/** Stijlen van het element die ná de later geladen stijlen blijven komen, zoals de afdrukstijl. */
const laatst = new WeakSet<CSSResultOrNative>();

/** Houdt deze stijl achter de later geladen stijlen: de afdrukstijl wint zo op papier van de schermstijl van elk stuk. */
export function blijftLaatst<T extends CSSResultOrNative>(stijl: T): T {
  laatst.add(stijl);
  return stijl;
}

const eigen = (stijl: CSSResultOrNative): CSSStyleSheet | undefined => (stijl instanceof CSSStyleSheet ? stijl : stijl.styleSheet);

/**
 * Na een verhuizing naar een ander document (een iframe, `adoptNode`) zijn de stylesheets van Lit daar niet
 * bruikbaar: de browser laat ze vallen. Dan krijgt de shadow root kopieën die bij het nieuwe document horen,
 * gemaakt via CSSOM (dus ook onder een CSP zonder 'unsafe-inline'); terug in het eigen document weer de
 * oorspronkelijke. Een document zonder venster (zonder weergave) krijgt niets.
 */
export function stijlenNaVerhuizen(element: LitElement): void {
  const wortel = element.shadowRoot;
  const Blad = wortel && element.ownerDocument.defaultView?.CSSStyleSheet;
  if (!wortel || !Blad) return;
  const eigenStijlen = (element.constructor as typeof LitElement).elementStyles;
  const stijlen = [...eigenStijlen.filter((s) => !laatst.has(s)), ...(later.get(element) ?? []), ...eigenStijlen.filter((s) => laatst.has(s))];
  const thuis = element.ownerDocument === document;
  wortel.adoptedStyleSheets = stijlen.map((stijl) => (thuis && eigen(stijl)) || kopieVoor(element.ownerDocument, stijl, Blad));
}

/**
 * Voegt de stijl van een stuk dat later laadde toe aan de shadow root van het element (één keer), via
 * `adoptedStyleSheets`: ook onder een CSP zonder 'unsafe-inline'. Na een verhuizing gaat hij mee.
 */
export function voegStijlToe(element: LitElement, stijl: CSSResultOrNative): void {
  const lijst = later.get(element) ?? [];
  if (lijst.includes(stijl)) return;
  later.set(element, [...lijst, stijl]);
  stijlenNaVerhuizen(element);
}
