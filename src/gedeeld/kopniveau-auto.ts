import { STANDAARD_KOPNIVEAU } from './kopniveau.js';

/** Het niveau van een kop (h1–h6 of role="heading" met aria-level), of `undefined`. */
function niveauVan(element: Element): number | undefined {
  const rol = element.getAttribute('role');
  if (rol === 'heading') {
    const niveau = Number(element.getAttribute('aria-level'));
    return Number.isInteger(niveau) && niveau > 0 ? niveau : undefined;
  }
  if (rol && rol !== 'heading') return undefined;
  const match = /^h([1-6])$/i.exec(element.localName);
  return match ? Number(match[1]) : undefined;
}

/**
 * De kinderen zoals ze op het scherm staan (de „flat tree”): van een element met een open shadow root
 * de inhoud daarvan, van een slot wat erin geplaatst is.
 */
function kinderen(knoop: Node): Node[] {
  if (knoop instanceof HTMLSlotElement) {
    const geplaatst = knoop.assignedNodes({ flatten: true });
    if (geplaatst.length) return geplaatst;
  }
  return [...((knoop as Element).shadowRoot ?? knoop).childNodes];
}

/** Het niveau van de eerste kop binnen een knoop, in documentvolgorde. */
function eersteKopIn(knoop: Node): number | undefined {
  const eigen = knoop instanceof Element ? niveauVan(knoop) : undefined;
  if (eigen) return eigen;
  for (const kind of kinderen(knoop)) {
    const gevonden = eersteKopIn(kind);
    if (gevonden) return gevonden;
  }
  return undefined;
}

const SECTIES = new Set(['section', 'article', 'aside', 'nav']);

/**
 * Of een knoop een afgesloten sectie is, zoals een andere kaart of een `<section>`: een kaart die erna
 * komt, staat er naast, niet onder.
 */
function isSectie(knoop: Node): knoop is Element {
  if (!(knoop instanceof Element)) return false;
  if (SECTIES.has(knoop.localName) || knoop.getAttribute('role') === 'region') return true;
  const eerste = knoop.shadowRoot?.firstElementChild;
  return !!eerste && (SECTIES.has(eerste.localName) || eerste.getAttribute('role') === 'region');
}

/**
 * Het niveau voor een kaart ná deze knoop: na een afgesloten sectie op het niveau van haar eerste kop
 * (ernaast), anders één dieper dan de laatste kop erin.
 */
function niveauNa(knoop: Node): number | undefined {
  if (isSectie(knoop)) return eersteKopIn(knoop);
  const lijst = kinderen(knoop);
  for (let i = lijst.length - 1; i >= 0; i -= 1) {
    const gevonden = niveauNa(lijst[i]);
    if (gevonden) return gevonden;
  }
  const eigen = knoop instanceof Element ? niveauVan(knoop) : undefined;
  return eigen ? eigen + 1 : undefined;
}

/**
 * Het kopniveau voor `heading-level="auto"`: één dieper dan de dichtstbijzijnde kop die vóór het element
 * op de pagina staat, ook door shadow roots heen; na een afgesloten sectie (zoals een andere kaart) op het
 * niveau van die sectie. Zonder kop ervoor het standaardniveau. Nooit dieper dan 6.
 */
export function automatischKopniveau(element: Element): number {
  let knoop: Node = element;
  for (;;) {
    // Een geplaatst element staat op de plek van zijn slot.
    while ((knoop as Element).assignedSlot) knoop = (knoop as Element).assignedSlot as HTMLSlotElement;
    let vorige = knoop.previousSibling;
    while (vorige) {
      const gevonden = niveauNa(vorige);
      if (gevonden) return Math.min(gevonden, 6);
      vorige = vorige.previousSibling;
    }
    const ouder: Node | null = knoop.parentNode;
    if (ouder instanceof ShadowRoot) knoop = ouder.host;
    else if (ouder) knoop = ouder;
    else return STANDAARD_KOPNIVEAU;
    const eigen = knoop instanceof Element ? niveauVan(knoop) : undefined;
    if (eigen) return Math.min(eigen + 1, 6);
  }
}
