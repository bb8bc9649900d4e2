/**
 * De zes kaarten uit het boek, in de volgorde van het boek: id, element, het attribuut dat een deel kiest, en
 * haar tekst (content/) om te laden. De ene lijst waar `data-mw-kaart`, `<mw-kaart basis>`, de catalogus van
 * tests en verhalen, de export en de bundel uit lezen. Elk element importeert zijn eigen tekst; `laad` is voor wie
 * een kaart op id nodig heeft zonder alle zes te importeren (`<mw-kaart basis>`).
 */
export interface KaartUitHetBoek {
  id: string;
  tag: `mw-${string}-kaart`;
  attribuut: string;
  laad: () => Promise<{ default: unknown }>;
}

export const kaarten: readonly KaartUitHetBoek[] = [
  { id: 'signalen', tag: 'mw-signalen-kaart', attribuut: 'kant', laad: () => import('../content/signalen.json') },
  { id: 'argumenten', tag: 'mw-argumenten-kaart', attribuut: 'thema', laad: () => import('../content/argumenten.json') },
  { id: 'vragen', tag: 'mw-vragen-kaart', attribuut: 'fase', laad: () => import('../content/vragen.json') },
  { id: 'vragen-beleid', tag: 'mw-vragen-beleid-kaart', attribuut: 'stap', laad: () => import('../content/vragen-beleid.json') },
  { id: 'vragen-maatwerk', tag: 'mw-vragen-maatwerk-kaart', attribuut: 'stap', laad: () => import('../content/vragen-maatwerk.json') },
  { id: 'lessen', tag: 'mw-lessen-kaart', attribuut: 'doelgroep', laad: () => import('../content/lessen.json') },
];

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
