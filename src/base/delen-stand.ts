import type { Bereik } from '../functies/zoeken/treffers.js';
import type { Deel, Groep, Item, Kant } from '../inhoud/kaart.js';
import type { WeergaveContext } from './weergave-context.js';

/** Een tekst van de kaart zoals hij getoond wordt: met de treffers van de zoekopdracht en, bij een eigen aanvulling, het label. */
export interface TekstStand {
  tekst: string;
  bereiken?: Bereik[];
  /** Het label bij een eigen aanvulling (wie het toevoegde), in de taal van de interface. */
  herkomst?: { tekst: string; taal: string };
}

/** Wat één item toont. */
export interface ItemStand extends TekstStand {
  id: string;
  /** `undefined`: het item valt buiten de zoekopdracht en is verborgen. */
  bereiken: Bereik[] | undefined;
  /** Het item is het doel van een deeplink: het kan de focus krijgen. */
  doelwit: boolean;
}

export interface GroepStand {
  groep: Groep;
  niveau: number;
  titel: TekstStand;
  zichtbaar: boolean;
  open: boolean;
  doelwit: boolean;
  /** Het id van de knop van de groep. */
  knopId: string;
  /** Het id van de lijst met haar items (`aria-controls` van de knop). */
  lijstId: string;
  /** Het id van het element dat de tabstop van de groep is (roving tabindex). */
  stop: string | undefined;
  items: ItemStand[];
}

export interface KantStand {
  kant: Kant;
  niveau: number;
  zichtbaar: boolean;
  groepen: GroepStand[];
}

export interface DeelStand {
  /** Het deel uit de inhoud (id, sleutel, titel); zolang het hetzelfde object is, blijft de opbouw dezelfde. */
  deel: Deel;
  niveau: number;
  /** Bij genummerde stappen: het nummer, en wat een schermlezer ervoor hoort („Stap 3: ”). */
  nummer?: { teken: string; label: string };
  zichtbaar: boolean;
  /** Bij een kaart met kanten (vóór en tegen): de groepen per kant. */
  kanten?: KantStand[];
  /** Zonder kanten: de groepen van het deel (met kanten leeg). */
  groepen: GroepStand[];
}

/**
 * Wat de delen, kanten, groepen en items van een kaart nu tonen: open of dicht, zichtbaar bij de zoekopdracht,
 * doelwit van een deeplink, tabstop. De enige plek waar die keuzes vallen; `delen-weergave.ts` tekent alleen wat
 * hier staat.
 */
export function delenStand(c: WeergaveContext, niveau: number): DeelStand[] {
  const kanten = c.kaart.kanten;
  return c.delen.map((deel) => {
    const metKanten = kanten?.flatMap((kant) => {
      const groepen = deel.groepen.filter((groep) => groep.kant === kant.id).map((groep) => groepStand(c, groep, niveau + 2));
      return groepen.length ? [{ kant, niveau: niveau + 1, zichtbaar: groepen.some((g) => g.zichtbaar), groepen }] : [];
    });
    return {
      deel,
      niveau,
      nummer: deel.nummer ? { teken: String(deel.nummer), label: `${c.teksten.stap(deel.nummer)}: ` } : undefined,
      zichtbaar: deel.groepen.some((groep) => c.zoeken.treffers.get(groep.id)?.zichtbaar),
      kanten: metKanten,
      groepen: metKanten ? [] : deel.groepen.map((groep) => groepStand(c, groep, niveau + 1)),
    };
  });
}

/** Het id van de markeerknop van een item (met `markeerbaar`). */
export const markeerId = (item: Item): string => `_markeer-${item.id}`;

/**
 * De ids van de knop en de lijst van een groep, één keer per groep uit de inhoud: een binding van Lit houdt haar
 * waarde vast, en zo delen alle kaarten met dezelfde inhoud (en elke weergave) dezelfde string.
 */
const groepIds = new WeakMap<Groep, { knopId: string; lijstId: string }>();

function idsVan(groep: Groep): { knopId: string; lijstId: string } {
  let ids = groepIds.get(groep);
  if (!ids) {
    ids = { knopId: `_knop-${groep.id}`, lijstId: `_items-${groep.id}` };
    groepIds.set(groep, ids);
  }
  return ids;
}

function groepStand(c: WeergaveContext, groep: Groep, niveau: number): GroepStand {
  const gevonden = c.zoeken.treffers.get(groep.id);
  const open = c.statisch || c.openDicht.isOpen(groep.id);
  const { knopId, lijstId } = idsVan(groep);
  // Eén tabstop per groep: de knop van de groep en (met `markeerbaar`) de knoppen van de getoonde items.
  const leden = [knopId, ...(c.markeerbaar && open ? groep.items.filter((item) => gevonden?.items.has(item.id)).map(markeerId) : [])];
  return {
    groep,
    niveau,
    titel: tekstStand(c, groep.titel, gevonden?.titel, groep.herkomst),
    zichtbaar: gevonden?.zichtbaar ?? false,
    open,
    doelwit: c.deeplinks.doelwit === groep.id,
    knopId,
    lijstId,
    stop: c.roving.stop(groep.id, leden),
    items: groep.items.map((item) => ({
      ...tekstStand(c, item.tekst, undefined, item.herkomst),
      id: item.id,
      bereiken: gevonden?.items.get(item.id),
      doelwit: c.deeplinks.doelwit === item.id,
    })),
  };
}

const tekstStand = (c: WeergaveContext, tekst: string, bereiken: Bereik[] | undefined, herkomst: string | undefined): TekstStand => ({
  tekst,
  bereiken,
  herkomst: herkomst ? { tekst: c.teksten.herkomst(herkomst), taal: c.taal } : undefined,
});
