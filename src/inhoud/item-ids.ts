import type { Item, Kaart } from './kaart.js';

/**
 * Maakt items compleet zoals de bundel ze aanlevert. De bundel spaart bytes (rollup.config.js, `compacteInhoud`):
 * een item-id dat de vaste regel `<groep-id>-<n>` volgt valt weg (zie content/README.md), en een item met
 * alleen tekst staat er als kale tekst. In content/ en in de npm-modules staan de items gewoon volledig.
 */
export function metItemIds(kaart: Kaart): Kaart {
  for (const deel of kaart.delen) {
    for (const groep of deel.groepen) {
      const items = groep.items as (Partial<Item> | string)[];
      items.forEach((item, i) => {
        const volledig = typeof item === 'string' ? { tekst: item } : item;
        volledig.id ??= `${groep.id}-${i + 1}`;
        items[i] = volledig;
      });
    }
  }
  return kaart;
}
