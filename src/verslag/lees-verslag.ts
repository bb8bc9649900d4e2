import { itemPlekken, type MarkeringInvoer } from '../functies/markeren/markeringen.js';
import { alsTekst } from '../gedeeld/als-tekst.js';
import type { Kaart } from '../inhoud/kaart.js';
import { MAXIMUM_TEKENS, VERSLAG_VERSIE } from './verslag-model.js';
import type { VerslagTeksten } from './verslag.teksten.js';

/** Wat er van een verslag van buiten terugkomt: per kaart de markeringen, de afweging, en wat niet klopte. */
export interface GelezenVerslag {
  kaarten: Map<string, { inhoud: Kaart; markeringen: MarkeringInvoer[] }>;
  afweging: string;
  /** Per soort probleem één zin in de taal van de interface; leeg als alles klopte. */
  opmerkingen: string[];
}

/** Zoveel namen noemt een melding hooguit; de rest is „…”. */
const HOOGUIT_GENOEMD = 8;

type Object_ = Record<string, unknown>;

const isObject = (waarde: unknown): waarde is Object_ => typeof waarde === 'object' && waarde !== null && !Array.isArray(waarde);

/** Tekst die op HTML lijkt: een tag of commentaar, niet een los `<` zoals in „< 5 jaar”. */
const OPMAAK = /<\s*[a-z!/][^>]*>/i;

/** Een waarde kort en veilig als tekst voor een melding. */
const kort = (waarde: unknown): string => {
  const tekst = typeof waarde === 'string' ? waarde : alsTekst(waarde);
  return tekst.length > 60 ? `${tekst.slice(0, 60)}…` : tekst;
};

const noem = (namen: string[]): string[] =>
  namen.length > HOOGUIT_GENOEMD ? [...namen.slice(0, HOOGUIT_GENOEMD), '…'] : namen;

/**
 * Leest een verslag van buiten (uit het dossier, of vijandig): alles wat klopt, blijft; wat niet klopt, wordt
 * overgeslagen en genoemd. Gooit nooit, ook niet bij een Proxy die bij het lezen gooit. Alleen `item` en `notitie`
 * tellen per markering (besluit 6): de tekst van een item komt altijd van de kaart, nooit uit het verslag.
 */
export function leesVerslag(invoer: unknown, inhoudVan: (id: string) => Kaart | undefined, teksten: VerslagTeksten): GelezenVerslag {
  const gelezen: GelezenVerslag = { kaarten: new Map(), afweging: '', opmerkingen: [] };
  /** Velden die ontbreken of niet kloppen. */
  const klopt: string[] = [];
  const onbekend: string[] = [];
  const ingekort: string[] = [];
  let opmaak = false;
  let andereVersie: string | undefined;

  const tekst = (waarde: unknown, pad: string): string => {
    if (typeof waarde !== 'string') {
      klopt.push(pad);
      return '';
    }
    let uit = waarde;
    if (uit.length > MAXIMUM_TEKENS) {
      ingekort.push(pad);
      uit = uit.slice(0, MAXIMUM_TEKENS);
    }
    if (OPMAAK.test(uit)) opmaak = true;
    return uit;
  };
  const veld = (object: Object_, naam: string, pad: string): unknown => {
    if (object[naam] === undefined) klopt.push(pad);
    return object[naam];
  };

  try {
    if (!isObject(invoer)) return { ...gelezen, opmerkingen: [teksten.geenVerslag] };
    const versie = veld(invoer, 'versie', 'versie');
    if (versie !== undefined && versie !== VERSLAG_VERSIE) andereVersie = kort(versie);
    const datum = veld(invoer, 'datum', 'datum');
    if (datum !== undefined && typeof datum !== 'string') klopt.push('datum');
    const afweging = veld(invoer, 'afweging', 'afweging');
    if (afweging !== undefined) gelezen.afweging = tekst(afweging, 'afweging');
    const lijst = veld(invoer, 'kaarten', 'kaarten');
    if (lijst !== undefined && !Array.isArray(lijst)) klopt.push('kaarten');
    (Array.isArray(lijst) ? lijst : []).forEach((kaart: unknown, k) => {
      const pad = `kaarten.${k}`;
      if (!isObject(kaart)) return void klopt.push(pad);
      const id = veld(kaart, 'kaart', `${pad}.kaart`);
      if (id === undefined) return;
      if (typeof id !== 'string') return void klopt.push(`${pad}.kaart`);
      const inhoud = inhoudVan(id);
      if (!inhoud) return void onbekend.push(kort(id));
      const markeringen = veld(kaart, 'markeringen', `${pad}.markeringen`);
      if (markeringen === undefined) return;
      if (!Array.isArray(markeringen)) return void klopt.push(`${pad}.markeringen`);
      const bekend = new Set(itemPlekken(inhoud).map(({ item }) => item.id));
      const uit = gelezen.kaarten.get(id)?.markeringen ?? [];
      markeringen.forEach((markering: unknown, m) => {
        const plek = `${pad}.markeringen.${m}`;
        if (!isObject(markering)) return void klopt.push(plek);
        const item = veld(markering, 'item', `${plek}.item`);
        if (item === undefined) return;
        if (typeof item !== 'string') return void klopt.push(`${plek}.item`);
        if (!bekend.has(item)) return void onbekend.push(kort(item));
        const notitie = markering.notitie === undefined ? '' : tekst(markering.notitie, `${plek}.notitie`);
        uit.push({ item, notitie });
      });
      gelezen.kaarten.set(id, { inhoud, markeringen: uit });
    });
  } catch {
    return { kaarten: new Map(), afweging: '', opmerkingen: [teksten.geenVerslag] };
  }

  const opmerkingen = gelezen.opmerkingen;
  if (andereVersie !== undefined) opmerkingen.push(teksten.andereVersie(andereVersie, VERSLAG_VERSIE));
  if (klopt.length) opmerkingen.push(teksten.klopt(noem(klopt)));
  if (onbekend.length) opmerkingen.push(teksten.onbekendInVerslag(noem(onbekend)));
  if (ingekort.length) opmerkingen.push(teksten.ingekort(noem(ingekort), MAXIMUM_TEKENS));
  if (opmaak) opmerkingen.push(teksten.opmaakAlsTekst);
  return gelezen;
}
