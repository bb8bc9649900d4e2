import { leesMarkeringen, type MarkeringInvoer } from '../functies/markeren/markeringen.js';
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

const isObject = (waarde: unknown): waarde is Record<string, unknown> => typeof waarde === 'object' && waarde !== null && !Array.isArray(waarde);

/** Tekst die op HTML lijkt: een tag of commentaar, niet een los `<` zoals in „< 5 jaar”. */
const OPMAAK = /<\s*[a-z!/][^>]*>/i;

/** Een waarde kort en veilig als tekst voor een melding. */
const kort = (waarde: unknown): string => alsTekst(waarde).slice(0, 60);

/** Hooguit acht namen in een melding, dan „…”. */
const noem = (namen: string[]): string[] => (namen.length > 8 ? [...namen.slice(0, 8), '…'] : namen);

/**
 * Leest een verslag van buiten (uit het dossier, of vijandig): alles wat klopt, blijft; wat niet klopt, wordt
 * overgeslagen en genoemd. Gooit nooit, ook niet bij een Proxy die bij het lezen gooit. Per kaart leest het de
 * markeringen zoals de kaart zelf (`leesMarkeringen`): alleen `item` en `notitie` tellen (besluit 6), de tekst van
 * een item komt altijd van de kaart, nooit uit het verslag.
 */
export function leesVerslag(invoer: unknown, inhoudVan: (id: string) => Kaart | undefined, teksten: VerslagTeksten): GelezenVerslag {
  const gelezen: GelezenVerslag = { kaarten: new Map(), afweging: '', opmerkingen: [] };
  /** Velden die ontbreken of niet kloppen. */
  const klopt: string[] = [];
  const onbekend: string[] = [];
  const ingekort: string[] = [];
  let opmaak = false;
  const tekst = (waarde: string, naam: string): string => {
    opmaak ||= OPMAAK.test(waarde);
    if (waarde.length <= MAXIMUM_TEKENS) return waarde;
    ingekort.push(naam);
    return waarde.slice(0, MAXIMUM_TEKENS);
  };
  try {
    if (!isObject(invoer)) return { ...gelezen, opmerkingen: [teksten.geenVerslag] };
    const { versie, datum, afweging, kaarten } = invoer;
    if (versie === undefined) klopt.push('versie');
    if (typeof datum !== 'string') klopt.push('datum');
    if (typeof afweging === 'string') gelezen.afweging = tekst(afweging, 'afweging');
    else klopt.push('afweging');
    if (!Array.isArray(kaarten)) klopt.push('kaarten');
    (Array.isArray(kaarten) ? kaarten : []).forEach((kaart: unknown, k) => {
      const id = isObject(kaart) ? kaart.kaart : undefined;
      const inhoud = typeof id === 'string' ? inhoudVan(id) : undefined;
      if (!inhoud) return void (typeof id === 'string' ? onbekend.push(kort(id)) : klopt.push(`kaarten.${k}`));
      const lijst = (kaart as Record<string, unknown>).markeringen ?? [];
      const { notities, onbekend: weg } = leesMarkeringen(inhoud, lijst);
      onbekend.push(...weg.map(kort));
      // Een notitie die er is maar geen tekst is (een getal, null, een object), telt als leeg: dat wordt gemeld.
      (Array.isArray(lijst) ? lijst : [lijst]).forEach((m: unknown, i) => {
        if (isObject(m) && m.notitie !== undefined && typeof m.notitie !== 'string') klopt.push(`kaarten.${k}.markeringen.${i}.notitie`);
      });
      const markeringen = gelezen.kaarten.get(inhoud.id)?.markeringen ?? [];
      for (const [item, notitie] of notities) markeringen.push({ item, notitie: tekst(notitie, item) });
      gelezen.kaarten.set(inhoud.id, { inhoud, markeringen });
    });
    if (versie !== undefined && versie !== VERSLAG_VERSIE) gelezen.opmerkingen.push(teksten.andereVersie(kort(versie), VERSLAG_VERSIE));
  } catch {
    return { kaarten: new Map(), afweging: '', opmerkingen: [teksten.geenVerslag] };
  }
  const opmerkingen = gelezen.opmerkingen;
  if (klopt.length) opmerkingen.push(teksten.klopt(noem(klopt)));
  if (onbekend.length) opmerkingen.push(teksten.onbekendInVerslag(noem(onbekend)));
  if (ingekort.length) opmerkingen.push(teksten.ingekort(noem(ingekort), MAXIMUM_TEKENS));
  if (opmaak) opmerkingen.push(teksten.opmaakAlsTekst);
  return gelezen;
}
