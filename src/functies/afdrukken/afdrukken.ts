/** Attribuut op het element dat wordt afgedrukt, zolang het afdrukvenster open is. */
const AFDRUKKEN = 'data-mw-afdrukken';

/** Attribuut op de hosts waarbinnen het element staat (shadow roots), zodat het niet onzichtbaar erft. */
const PAD = 'data-mw-afdrukken-pad';

/** Op `html` bij `alleen`: de rest van de pagina neemt dan ook geen ruimte (geen lege bladzijden erna). */
const ALLEEN = 'data-mw-afdrukken-alleen';

const AFDRUKSTIJL = `@media print {
  @page { size: A4; margin: 15mm; }
  body * { visibility: hidden !important; }
  [${AFDRUKKEN}], [${AFDRUKKEN}] *, [${PAD}] { visibility: visible !important; }
  [${AFDRUKKEN}] { position: absolute !important; inset-block-start: 0 !important; inset-inline-start: 0 !important; inline-size: 100% !important; margin: 0 !important; }
  [${ALLEEN}] body *:not([${PAD}], [${AFDRUKKEN}], [${AFDRUKKEN}] *) { display: none !important; }
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

/** Alle voorouders van het element, ook door shadow roots heen, van binnen naar buiten. */
function voorouders(element: Element): Element[] {
  const uit: Element[] = [];
  const ouder = (knoop: Element): Element | undefined => knoop.parentElement ?? (knoop.getRootNode() as ShadowRoot).host;
  for (let knoop = ouder(element); knoop; knoop = ouder(knoop)) uit.push(knoop);
  return uit;
}

/**
 * Uiterlijk zo lang na `print()` ruimt het afdrukken op, ook als `afterprint` en `focus` nooit komen (een iframe
 * met sandbox zonder `allow-modals`, sommige ingebouwde browsers): daarna is de pagina onder print-media weer heel.
 */
export const UITERLIJK_OPRUIMEN = 60_000;

/** Per document het opruimen van de afdruk die nog loopt: er loopt er hooguit één. */
const lopend = new WeakMap<Document, () => void>();

/**
 * Drukt alleen dit element af, op A4: de rest van de pagina blijft zolang onzichtbaar voor de printer.
 * Staat het element in de shadow root van een ander component, dan blijft die host zichtbaar (de pagina-CSS
 * kan niet in zijn shadow root kijken). Na het afdrukken (`afterprint`) is de pagina weer zoals ze was; komt
 * `afterprint` nooit, dan ruimt de volgende afdruk op, of het venster dat weer focus krijgt, of uiterlijk een klok.
 * Er blijft nooit een luisteraar, een tweede afdrukblad of een `data-mw-afdrukken` achter. Met `alleen` neemt de rest
 * van de pagina ook geen ruimte: één verslag onder lange kaarten wordt één bladzijde, niet een bladzijde na lege.
 */
export function drukAf(element: HTMLElement, alleen = false): void {
  const document = element.ownerDocument;
  lopend.get(document)?.();
  const venster = document.defaultView ?? window;
  const blad = afdrukblad(document);
  const hosts = alleen ? voorouders(element) : hostsRond(element);
  if (!document.adoptedStyleSheets.includes(blad)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, blad];
  element.setAttribute(AFDRUKKEN, '');
  for (const host of hosts) host.setAttribute(PAD, '');
  if (alleen) document.documentElement.setAttribute(ALLEEN, '');
  let klok: number | undefined;
  const opruimen = () => {
    if (lopend.get(document) !== opruimen) return;
    lopend.delete(document);
    venster.removeEventListener('afterprint', opruimen);
    venster.removeEventListener('focus', opruimen);
    if (klok !== undefined) venster.clearTimeout(klok);
    element.removeAttribute(AFDRUKKEN);
    for (const host of hosts) host.removeAttribute(PAD);
    document.documentElement.removeAttribute(ALLEEN);
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== blad);
  };
  lopend.set(document, opruimen);
  venster.addEventListener('afterprint', opruimen);
  try {
    venster.print();
  } finally {
    // Pas na print(): waar print() wacht tot het venster dicht is, kwam afterprint al; elders is focus het teken.
    if (lopend.get(document) === opruimen) {
      venster.addEventListener('focus', opruimen);
      klok = venster.setTimeout(opruimen, UITERLIJK_OPRUIMEN);
    }
  }
}
