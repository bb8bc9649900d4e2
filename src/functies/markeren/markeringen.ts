import type { Deel, Groep, Item, Kaart, Kant } from '../../inhoud/kaart.js';

/** Eén markering zoals de pagina haar krijgt en kan bewaren. */
export interface Markering {
  /** Id van het item (stabiel, zie content/README.md). */
  item: string;
  /** De tekst van het item, letterlijk van de kaart. */
  tekst: string;
  /** Id en titel van de groep. */
  groep: string;
  groepTitel: string;
  /** Id en titel van het deel (kant, thema, fase, stap of doelgroep). */
  deel: string;
  deelTitel: string;
  /** Alleen op kaarten met kanten, zoals de Argumentenkaart: `voor` of `tegen`. */
  kant?: string;
  /** De notitie van de gebruiker bij deze markering; leeg als er geen is. */
  notitie: string;
  /** Alleen bij een eigen aanvulling: de organisatie die het item toevoegde. */
  herkomst?: string;
}

/** Wat `markeringen` accepteert om een eerdere stand terug te zetten: minstens het item-id. */
export interface MarkeringInvoer {
  item: string;
  notitie?: string;
}

/** De inhoud van de gebeurtenis `mw-markering`. */
export interface MarkeringDetail {
  /** Id van de kaart, zoals `argumenten`. */
  kaart: string;
  /** Alle markeringen van deze kaart, in de volgorde van de kaart. */
  markeringen: Markering[];
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mw-markering': CustomEvent<MarkeringDetail>;
  }
}

/** Een item met alles eromheen, voor markeringen en overzichten. */
export interface ItemPlek {
  item: Item;
  groep: Groep;
  deel: Deel;
  kant?: Kant;
}

/** Alle items van de kaart met hun groep, deel en kant, in de volgorde van de kaart. */
export function itemPlekken(kaart: Kaart): ItemPlek[] {
  return kaart.delen.flatMap((deel) =>
    deel.groepen.flatMap((groep) =>
      groep.items.map((item) => ({ item, groep, deel, kant: kaart.kanten?.find((k) => k.id === groep.kant) })),
    ),
  );
}

/** De markeringen als lijst, in de volgorde van de kaart. */
export function markeringenLijst(kaart: Kaart, notities: ReadonlyMap<string, string>): Markering[] {
  return itemPlekken(kaart)
    .filter(({ item }) => notities.has(item.id))
    .map(({ item, groep, deel, kant }) => ({
      item: item.id,
      tekst: item.tekst,
      groep: groep.id,
      groepTitel: groep.titel,
      deel: deel.id,
      deelTitel: deel.titel,
      ...(kant ? { kant: kant.id } : {}),
      notitie: notities.get(item.id) ?? '',
      ...(item.herkomst ? { herkomst: item.herkomst } : {}),
    }));
}

/** Een korte, veilige beschrijving van een onbekende waarde voor een melding. */
function beschrijf(waarde: unknown): string {
  try {
    return (JSON.stringify(waarde) ?? String(waarde)).slice(0, 80);
  } catch {
    return Object.prototype.toString.call(waarde);
  }
}

/**
 * Leest een lijst markeringen van buiten (bijvoorbeeld uit het dossier) als item → notitie.
 * Wat niet klopt, komt in `onbekend`, zodat het element erover kan melden.
 */
export function leesMarkeringen(kaart: Kaart, invoer: unknown): { notities: Map<string, string>; onbekend: string[] } {
  const bekend = new Set(itemPlekken(kaart).map(({ item }) => item.id));
  const notities = new Map<string, string>();
  const onbekend: string[] = [];
  for (const waarde of Array.isArray(invoer) ? invoer : [invoer]) {
    const item = typeof waarde === 'string' ? waarde : (waarde as Partial<MarkeringInvoer> | null)?.item;
    if (typeof item !== 'string' || !bekend.has(item)) {
      onbekend.push(typeof item === 'string' ? item : beschrijf(waarde));
      continue;
    }
    const notitie = (waarde as Partial<MarkeringInvoer>).notitie;
    notities.set(item, typeof notitie === 'string' ? notitie : '');
  }
  return { notities, onbekend };
}

/** Markeringen per deel en, op kaarten met kanten, per kant: de indeling van overzicht en samenvatting. */
export interface MarkeringenVanDeel {
  deel: Deel;
  perKant: { kant?: Kant; markeringen: Markering[] }[];
}

export function perDeel(kaart: Kaart, markeringen: Markering[]): MarkeringenVanDeel[] {
  return kaart.delen
    .map((deel) => {
      const vanDeel = markeringen.filter((m) => m.deel === deel.id);
      const perKant = kaart.kanten
        ? kaart.kanten.map((kant) => ({ kant, markeringen: vanDeel.filter((m) => m.kant === kant.id) }))
        : [{ markeringen: vanDeel }];
      return { deel, perKant };
    })
    .filter(({ perKant }) => perKant.some(({ markeringen: lijst }) => lijst.length > 0));
}
