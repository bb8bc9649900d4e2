import type { ComplexAttributeConverter } from 'lit';
import { alsTekst } from './als-tekst.js';

/**
 * Voor het attribuut waarmee een kaart een deel kiest (`kant`, `fase`, …), dat als attribuut terugkomt zodat
 * CSS het ziet. Een eigenschap van elk type (ook `Object.create(null)` of een symbool) wordt als tekst
 * teruggeschreven in plaats van bij het bijwerken te gooien; de kaart meldt daarna dat de waarde onbekend is.
 */
export const keuzeConverter: ComplexAttributeConverter<unknown> = {
  fromAttribute: (waarde) => waarde,
  toAttribute: (waarde) => (waarde == null ? waarde : alsTekst(waarde)),
};
