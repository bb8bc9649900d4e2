/** Kleine hulpjes om DOM te maken zonder sjabloon (besluit 17): tekst wordt altijd een tekstknoop. */

/** Een element met attributen en kinderen (tekst wordt een tekstknoop). */
export function maak(doc: Document, naam: string, attributen: Record<string, string>, ...kinderen: (Node | string)[]): HTMLElement {
  const element = doc.createElement(naam);
  for (const [sleutel, waarde] of Object.entries(attributen)) element.setAttribute(sleutel, waarde);
  element.append(...kinderen);
  return element;
}

/** Zet of verwijder een attribuut (`null`: weg), en raakt het niet aan als het al klopt. */
export function zet(element: Element, naam: string, waarde: string | null): void {
  if (waarde === null) element.removeAttribute(naam);
  else if (element.getAttribute(naam) !== waarde) element.setAttribute(naam, waarde);
}
