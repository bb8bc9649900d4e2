import type { Kaart } from './kaart.js';

/**
 * Vult ontbrekende item-ids aan volgens de vaste regel `<groep-id>-<n>` (zie content/README.md).
 * De bundel laat die ids weg om bytes te sparen; in content/ en in de npm-modules staan ze gewoon.
 */
export function metItemIds(kaart: Kaart): Kaart {
  for (const deel of kaart.delen) {
    for (const groep of deel.groepen) {
      groep.items.forEach((item, i) => {
        item.id ??= `${groep.id}-${i + 1}`;
      });
    }
  }
  return kaart;
}
