import type { Kaart } from './inhoud/kaart.js';
import { kaarten, type KaartUitHetBoek } from './kaarten.js';

export { ALGEMENE_ATTRIBUTEN } from './kaarten.js';

/** Eén kaart uit het boek met haar inhoud: voor verhalen, tests en scripts, die de tekst meteen willen hebben. */
export interface KaartInCatalogus extends Omit<KaartUitHetBoek, 'laad'> {
  inhoud: Kaart;
}

/**
 * De zes kaarten met hun inhoud, in de volgorde van het boek, uit de ene lijst in src/kaarten.ts. Verhalen,
 * tests en documentatie gebruiken deze lijst, zodat ze over dezelfde kaarten gaan. Niet voor de elementen
 * zelf: die laden hun tekst pas als ze getekend worden.
 */
export const catalogus: readonly KaartInCatalogus[] = await Promise.all(
  kaarten.map(async ({ laad, ...kaart }) => ({ ...kaart, inhoud: (await laad()).default as Kaart })),
);

/** De kaart met dit id; een onbekend id is een programmeerfout. */
export function kaartUitCatalogus(id: string): KaartInCatalogus {
  const kaart = catalogus.find((k) => k.id === id);
  if (!kaart) throw new Error(`Geen kaart met id "${id}" in de catalogus.`);
  return kaart;
}
