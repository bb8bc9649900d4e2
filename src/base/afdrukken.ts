/** Attribuut op het element dat wordt afgedrukt, zolang het afdrukvenster open is. */
const AFDRUKKEN = 'data-mw-afdrukken';

const AFDRUKSTIJL = `@media print {
  @page { size: A4; margin: 15mm; }
  body * { visibility: hidden !important; }
  [${AFDRUKKEN}], [${AFDRUKKEN}] * { visibility: visible !important; }
  [${AFDRUKKEN}] { position: absolute !important; inset-block-start: 0 !important; inset-inline-start: 0 !important; inline-size: 100% !important; margin: 0 !important; }
}`;

const bladen = new WeakMap<Document, CSSStyleSheet>();

/** Een stylesheet via CSSOM: dat mag ook onder een Content-Security-Policy zonder 'unsafe-inline'. */
function afdrukblad(document: Document): CSSStyleSheet {
  let blad = bladen.get(document);
  if (!blad) {
    const Blad = (document.defaultView ?? window).CSSStyleSheet;
    blad = new Blad();
    blad.replaceSync(AFDRUKSTIJL);
    bladen.set(document, blad);
  }
  return blad;
}

/**
 * Drukt alleen dit element af, op A4: de rest van de pagina blijft zolang onzichtbaar voor de printer.
 * Na het afdrukken (`afterprint`) is de pagina weer zoals ze was.
 */
export function drukAf(element: HTMLElement): void {
  const document = element.ownerDocument;
  const venster = document.defaultView ?? window;
  const blad = afdrukblad(document);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, blad];
  element.setAttribute(AFDRUKKEN, '');
  const opruimen = () => {
    element.removeAttribute(AFDRUKKEN);
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== blad);
  };
  venster.addEventListener('afterprint', opruimen, { once: true });
  venster.print();
}
