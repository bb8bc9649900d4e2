/** Mediaan en percentielen van een reeks metingen (in milliseconden). */

/** Het p-de percentiel (0–100) met lineaire interpolatie tussen de twee dichtstbijzijnde waarden. */
export function percentiel(waarden, p) {
  if (waarden.length === 0) return Number.NaN;
  const gesorteerd = [...waarden].sort((a, b) => a - b);
  const plek = ((gesorteerd.length - 1) * p) / 100;
  const onder = Math.floor(plek);
  const boven = Math.ceil(plek);
  return gesorteerd[onder] + (gesorteerd[boven] - gesorteerd[onder]) * (plek - onder);
}

export const mediaan = (waarden) => percentiel(waarden, 50);

/** Rondt af op één decimaal, voor tabellen en JSON. */
export const rond = (getal, decimalen = 1) => Math.round(getal * 10 ** decimalen) / 10 ** decimalen;
