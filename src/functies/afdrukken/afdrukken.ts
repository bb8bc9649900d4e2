/** Attribuut op het element dat wordt afgedrukt, zolang het afdrukvenster open is. */
const AFDRUKKEN = 'data-mw-afdrukken';

/** Attribuut op de hosts waarbinnen het element staat (shadow roots), zodat het niet onzichtbaar erft. */
const PAD = 'data-mw-afdrukken-pad';

const AFDRUKSTIJL = `@media print {
  @page { size: A4; margin: 15mm; }
  body * { visibility: hidden !important; }
  [${AFDRUKKEN}], [${AFDRUKKEN}] *, [${PAD}] { visibility: visible !important; }
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

/** De hosts van de shadow roots waar het element in staat, van binnen naar buiten. */
function hostsRond(element: Element): Element[] {
  const hosts: Element[] = [];
  let wortel = element.getRootNode();
  while (wortel instanceof ShadowRoot) {
    hosts.push(wortel.host);
    wortel = wortel.host.getRootNode();
  }
  return hosts;
}

/**
 * Drukt alleen dit element af, op A4: de rest van de pagina blijft zolang onzichtbaar voor de printer.
 * Staat het element in de shadow root van een ander component, dan blijft die host zichtbaar (de pagina-CSS
 * kan niet in zijn shadow root kijken). Na het afdrukken (`afterprint`) is de pagina weer zoals ze was.
 */
export function drukAf(element: HTMLElement): void {
  const document = element.ownerDocument;
  const venster = document.defaultView ?? window;
  const blad = afdrukblad(document);
  const hosts = hostsRond(element);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, blad];
  element.setAttribute(AFDRUKKEN, '');
  for (const host of hosts) host.setAttribute(PAD, '');
  const opruimen = () => {
    element.removeAttribute(AFDRUKKEN);
    for (const host of hosts) host.removeAttribute(PAD);
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== blad);
  };
  venster.addEventListener('afterprint', opruimen, { once: true });
  venster.print();
}
