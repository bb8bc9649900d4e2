import argumenten from '../content/argumenten.json';
import lessen from '../content/lessen.json';
import signalen from '../content/signalen.json';
import vragenBeleid from '../content/vragen-beleid.json';
import vragenMaatwerk from '../content/vragen-maatwerk.json';
import vragen from '../content/vragen.json';
import type { Kaart } from './inhoud/kaart.js';

/**
 * De attributen die elke kaart kent (naast het keuze-attribuut van de kaart zelf), voor wie een kaart
 * vanuit data maakt: `data-mw-kaart` en de iframe-pagina's van de export.
 */
export const ALGEMENE_ATTRIBUTEN = [
  'heading-level',
  'toelichting-open',
  'compact',
  'markeerbaar',
  'toon',
  'statisch',
  'zonder-zoeken',
  'zonder-afdrukken',
  'zonder-gespreksmodus',
] as const;

/** Eén kaart uit het boek: het element, het attribuut dat een deel kiest, en de inhoud. */
export interface KaartInCatalogus {
  id: string;
  tag: `mw-${string}-kaart`;
  attribuut: string;
  inhoud: Kaart;
}

/**
 * De zes kaarten, in de volgorde van het boek. Verhalen, tests en documentatie gebruiken
 * deze ene lijst, zodat ze over dezelfde kaarten gaan.
 */
export const catalogus: readonly KaartInCatalogus[] = [
  { id: 'signalen', tag: 'mw-signalen-kaart', attribuut: 'kant', inhoud: signalen as Kaart },
  { id: 'argumenten', tag: 'mw-argumenten-kaart', attribuut: 'thema', inhoud: argumenten as Kaart },
  { id: 'vragen', tag: 'mw-vragen-kaart', attribuut: 'fase', inhoud: vragen as Kaart },
  { id: 'vragen-beleid', tag: 'mw-vragen-beleid-kaart', attribuut: 'stap', inhoud: vragenBeleid as Kaart },
  { id: 'vragen-maatwerk', tag: 'mw-vragen-maatwerk-kaart', attribuut: 'stap', inhoud: vragenMaatwerk as Kaart },
  { id: 'lessen', tag: 'mw-lessen-kaart', attribuut: 'doelgroep', inhoud: lessen as Kaart },
];

/** De kaart met dit id; een onbekend id is een programmeerfout. */
export function kaartUitCatalogus(id: string): KaartInCatalogus {
  const kaart = catalogus.find((k) => k.id === id);
  if (!kaart) throw new Error(`Geen kaart met id "${id}" in de catalogus.`);
  return kaart;
}
