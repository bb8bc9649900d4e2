/** Het kopniveau waarmee een kaart begint als er niets (geldigs) is opgegeven. */
export const STANDAARD_KOPNIVEAU = 2;

/** Een geldig kopniveau (1–6), of `undefined` als de waarde dat niet is. */
export const geldigKopniveau = (waarde: number): number | undefined =>
  Number.isInteger(waarde) && waarde >= 1 && waarde <= 6 ? waarde : undefined;
