import { fixture } from '@open-wc/testing';
import type { MwKaartBase } from '../../src/base/kaart-base.js';

/** Tekst zoals een lezer haar ziet: witruimte samengevoegd. */
export const tekstVan = (element: Element | null | undefined): string =>
  (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

export const schaduw = (element: Element): ShadowRoot => {
  if (!element.shadowRoot) throw new Error(`<${element.localName}> heeft geen shadow root`);
  return element.shadowRoot;
};

export const alle = (element: Element, selector: string): Element[] => [...schaduw(element).querySelectorAll(selector)];

export const een = (element: Element, selector: string): Element => {
  const gevonden = schaduw(element).querySelector(selector);
  if (!gevonden) throw new Error(`geen ${selector} in <${element.localName}>`);
  return gevonden;
};

export interface Kop {
  niveau: number;
  tekst: string;
}

/** Alle zichtbare koppen in de kaart, in volgorde, met hun niveau zoals de toegankelijkheidsboom het ziet. */
export const koppen = (element: Element): Kop[] =>
  alle(element, 'h1, h2, h3, h4, h5, h6, [role="heading"]')
    .filter((kop) => kop.checkVisibility())
    .map((kop) => ({
    niveau: kop.getAttribute('role') === 'heading' ? Number(kop.getAttribute('aria-level')) : Number(kop.localName.slice(1)),
      tekst: tekstVan(kop),
    }));

/** De tekst van een item zoals de kaart hem toont, zonder label van een aanvulling, markering of notitie. */
export const itemtekst = (item: Element): string => {
  const kopie = item.cloneNode(true) as Element;
  for (const extra of kopie.querySelectorAll('.herkomst, .markering-label, .notitie')) extra.remove();
  return tekstVan(kopie);
};

/** De tekst van elk getoond item, in volgorde. */
export const itemteksten = (binnen: Element | ShadowRoot): string[] => [...binnen.querySelectorAll('li.item:not([hidden])')].map(itemtekst);

/** Maakt een kaart-element met attributen en wacht tot het getekend is. */
export async function kaartMet<T extends MwKaartBase = MwKaartBase>(tag: string, attributen: Record<string, string> = {}): Promise<T> {
  const element = document.createElement(tag) as T;
  for (const [naam, waarde] of Object.entries(attributen)) element.setAttribute(naam, waarde);
  return fixture<T>(element);
}
