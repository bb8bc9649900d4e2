/**
 * Het stuk van de bundel dat pas laadt als een kaart `markeerbaar` is: het overzicht, de samenvatting als tekst,
 * kopiëren naar het klembord en de stijl van markeren. Zonder `markeerbaar` laadt niets hiervan.
 */
export { Kopieren } from '../kopieren/kopieren.js';
export { markerenStijl } from './markeren.styles.js';
export { overzichtWeergave } from './overzicht-weergave.js';
export { samenvattingAlsTekst } from './samenvatting.js';
