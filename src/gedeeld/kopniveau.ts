/** Het kopniveau waarmee een kaart begint als er niets (geldigs) is opgegeven. */
export const STANDAARD_KOPNIVEAU = 2;

/** Een kopniveau: 1–6, of `auto` voor „één dieper dan de kop die op de pagina vóór de kaart staat”. */
export type Kopniveau = number | 'auto';

/** Leest `heading-level`: `auto` blijft `auto`, al het andere wordt een getal (of NaN). */
export const kopniveauConverter = {
  fromAttribute: (waarde: string | null): Kopniveau =>
    waarde === null ? STANDAARD_KOPNIVEAU : waarde.trim().toLowerCase() === 'auto' ? 'auto' : Number(waarde),
  toAttribute: (waarde: Kopniveau): string => String(waarde),
};

/** Een geldig kopniveau (1–6), of `undefined` als de waarde dat niet is. */
export const geldigKopniveau = (waarde: Kopniveau): number | undefined =>
  typeof waarde === 'number' && Number.isInteger(waarde) && waarde >= 1 && waarde <= 6 ? waarde : undefined;
