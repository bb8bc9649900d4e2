/**
 * Wat het toegankelijkheidsrapport test: per kaart de hele kaart, elk deel (via het attribuut uit
 * src/catalogus.ts), markeerbaar met twee markeringen, en de toelichting open; daarnaast <mw-begrippen>.
 * Elke variant in vier situaties: 320 px, 1280 px, hoog contrast (forced colors) en afdrukken.
 */
import { leesCatalogus } from '../gedeeld/catalogus.mjs';

export const SITUATIES = [
  { id: '320', naam: '320 px', beschrijving: 'venster van 320 × 800 px (smalle zijbalk, telefoon; WCAG 1.4.10 Reflow)', breedte: 320, hoogte: 800 },
  { id: '1280', naam: '1280 px', beschrijving: 'venster van 1280 × 900 px (bureaublad)', breedte: 1280, hoogte: 900 },
  {
    id: 'hoog-contrast',
    naam: 'hoog contrast',
    beschrijving: 'forced colors (hoog contrast van Windows), nagebootst met CDP Emulation.setEmulatedMedia, 1280 × 900 px',
    breedte: 1280,
    hoogte: 900,
    forcedColors: true,
  },
  { id: 'afdrukken', naam: 'afdrukken', beschrijving: 'media print, venster van 794 × 1123 px (A4 bij 96 dpi)', breedte: 794, hoogte: 1123, print: true },
];

/** Alle varianten: `{ kaart, element, variant, attributen, markeringen? }`. */
export async function varianten() {
  const lijst = [];
  for (const { tag, attribuut, inhoud } of await leesCatalogus()) {
    const eersteItems = inhoud.delen.flatMap((d) => d.groepen.flatMap((g) => g.items)).slice(0, 2);
    lijst.push({ kaart: inhoud.titel, element: tag, variant: 'hele kaart', attributen: {} });
    for (const deel of inhoud.delen) {
      lijst.push({ kaart: inhoud.titel, element: tag, variant: `${attribuut}="${deel.sleutel}"`, attributen: { [attribuut]: deel.sleutel } });
    }
    lijst.push({
      kaart: inhoud.titel,
      element: tag,
      variant: 'markeerbaar, twee markeringen',
      attributen: { markeerbaar: '' },
      markeringen: [
        { item: eersteItems[0].id, notitie: 'Speelt een rol in deze casus.' },
        { item: eersteItems[1].id, notitie: '' },
      ],
    });
    lijst.push({ kaart: inhoud.titel, element: tag, variant: 'toelichting open', attributen: { 'toelichting-open': '' } });
  }
  lijst.push({ kaart: 'Begrippen', element: 'mw-begrippen', variant: 'hele element', attributen: {} });
  return lijst.map((v, i) => ({ nummer: i + 1, ...v }));
}
