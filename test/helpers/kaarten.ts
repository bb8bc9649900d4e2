import { catalogus, type KaartInCatalogus } from '../../src/catalogus.js';
import type { Kaart } from '../../src/inhoud/kaart.js';

/** Het aantal items per kaart, geteld in het boek (niet afgeleid uit content/). */
const itemsInHetBoek: Record<string, number> = {
  signalen: 38,
  argumenten: 55,
  vragen: 47,
  'vragen-beleid': 23,
  'vragen-maatwerk': 45,
  lessen: 36,
};

export interface KaartGeval extends KaartInCatalogus {
  items: number;
}

/** De zes kaarten zoals de tests ze gebruiken: uit de catalogus, met het aantal items uit het boek. */
export const kaarten: KaartGeval[] = catalogus.map((kaart) => ({ ...kaart, items: itemsInHetBoek[kaart.id] }));

export const alleItems = (kaart: Kaart) => kaart.delen.flatMap((d) => d.groepen.flatMap((g) => g.items));
