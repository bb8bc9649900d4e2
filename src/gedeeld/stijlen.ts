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
  const stijlen = (element.constructor as typeof LitElement).elementStyles;
  const thuis = element.ownerDocument === document;
  wortel.adoptedStyleSheets = stijlen.map((stijl) => (thuis && eigen(stijl)) || kopieVoor(element.ownerDocument, stijl, Blad));
}
