/**
 * maatwerk-kaarten: de kaarten uit de Denkhulp maatwerk als web components.
 * Dit bestand registreert de zes kaarten, <mw-begrippen>, <mw-verslag> en <mw-denkhulp>, en exporteert hun klassen en typen.
 */
export { MwSignalenKaart } from './signalen-kaart/signalen-kaart.js';
export { MwArgumentenKaart } from './argumenten-kaart/argumenten-kaart.js';
export { MwVragenKaart } from './vragen-kaart/vragen-kaart.js';
export { MwVragenBeleidKaart } from './vragen-beleid-kaart/vragen-beleid-kaart.js';
export { MwVragenMaatwerkKaart } from './vragen-maatwerk-kaart/vragen-maatwerk-kaart.js';
export { MwLessenKaart } from './lessen-kaart/lessen-kaart.js';
export { MwBegrippen } from './begrippen/begrippen.js';
export { MwVerslag } from './verslag/verslag.js';
export { MwDenkhulp } from './denkhulp/denkhulp.js';
export { MwKaartBase, type DeelKeuze } from './base/kaart-base.js';
export type { Kaart, Deel, Groep, Item, Kant, Bron, Passage, Erratum, DeelSoort, ItemNaam } from './inhoud/kaart.js';
export type { Begrippen, Begrip, Dienstverlening, Dienstverleningstype } from './inhoud/begrippen.js';
export type { Markering, MarkeringDetail, MarkeringInvoer } from './functies/markeren/markeringen.js';
export type { Verslag, VerslagKaart } from './verslag/verslag-model.js';
export { versie } from './versie.js';
