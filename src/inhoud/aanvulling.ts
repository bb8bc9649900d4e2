import type { Kaart } from './kaart.js';

/**
 * Wat een organisatie aan een kaart toevoegt: items in bestaande groepen en nieuwe groepen in
 * bestaande delen. De kaart toont alles daarvan zichtbaar als aanvulling van die organisatie,
 * niet als tekst uit de bron.
 */
export interface Aanvulling {
  /** De organisatie die aanvult, zoals zij op de kaart genoemd wordt. */
  organisatie: string;
  items?: { groep: string; id: string; tekst: string }[];
  groepen?: { deel: string; id: string; titel: string; kant?: string; items: { id: string; tekst: string }[] }[];
}

/** Wat een aanvulling niet kan plaatsen, zodat het element erover kan melden. */
export interface Plaatsing {
  kaart: Kaart;
  fouten: string[];
}

/** Voegt een aanvulling in een kopie van de kaart in; de bron blijft onaangeroerd. */
export function metAanvulling(bron: Kaart, aanvulling: Aanvulling): Plaatsing {
  const kaart = structuredClone(bron);
  const fouten: string[] = [];
  const herkomst = aanvulling.organisatie;
  for (const [i, item] of (aanvulling.items ?? []).entries()) {
    const groep = kaart.delen.flatMap((d) => d.groepen).find((g) => g.id === item.groep);
    if (!groep) fouten.push(`items.${i}.groep: er is geen groep ‘${item.groep}’ op deze kaart`);
    else groep.items.push({ id: item.id, tekst: item.tekst, herkomst });
  }
  for (const [i, nieuw] of (aanvulling.groepen ?? []).entries()) {
    const deel = kaart.delen.find((d) => d.id === nieuw.deel);
    if (!deel) {
      fouten.push(`groepen.${i}.deel: er is geen deel ‘${nieuw.deel}’ op deze kaart`);
      continue;
    }
    deel.groepen.push({
      id: nieuw.id,
      titel: nieuw.titel,
      ...(nieuw.kant ? { kant: nieuw.kant } : {}),
      herkomst,
      items: nieuw.items.map((item) => ({ ...item, herkomst })),
    });
  }
  kaart.aanvullers = [...(kaart.aanvullers ?? []), herkomst];
  return { kaart, fouten };
}
