import * as v from 'valibot';
import type { Aanvulling } from './aanvulling.js';
import { alsTekst } from '../gedeeld/als-tekst.js';
import type { Kaart } from './kaart.js';

export const Id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'een id is kebab-case: kleine letters, cijfers en streepjes'));
export const Tekst = v.pipe(v.string(), v.trim(), v.nonEmpty('mag niet leeg zijn'));

const Passage = v.strictObject({ tekst: Tekst, pagina: v.optional(Tekst) });

export const Bron = v.strictObject({
  titel: Tekst,
  uitgever: Tekst,
  opdrachtgever: v.optional(Tekst),
  auteurs: v.optional(v.array(Tekst)),
  jaar: v.pipe(v.number(), v.integer()),
  pagina: v.optional(Tekst),
});

const Item = v.strictObject({ id: Id, tekst: Tekst, herkomst: v.optional(Tekst) });

const Groep = v.strictObject({
  id: Id,
  titel: Tekst,
  kant: v.optional(Id),
  herkomst: v.optional(Tekst),
  items: v.pipe(v.array(Item), v.minLength(1, 'een groep heeft minstens één item')),
});

const Deel = v.strictObject({
  id: Id,
  sleutel: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'een sleutel is kebab-case')),
  titel: Tekst,
  nummer: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  groepen: v.pipe(v.array(Groep), v.minLength(1, 'een deel heeft minstens één groep')),
});

const Erratum = v.strictObject({ item: Id, gedrukt: Tekst, verbeterd: Tekst, toelichting: Tekst });

/** De vorm van één kaart, zonder de controles die de hele kaart overzien. */
export const KaartVorm = v.strictObject({
  $schema: v.optional(v.string()),
  id: Id,
  titel: Tekst,
  vraag: v.optional(Tekst),
  deelSoort: v.picklist(['kant', 'thema', 'fase', 'stap', 'doelgroep', 'deel']),
  itemNaam: v.optional(v.strictObject({ enkelvoud: Tekst, meervoud: Tekst })),
  doel: v.optional(v.array(Passage)),
  toelichting: v.array(Tekst),
  voetnoten: v.optional(v.array(Tekst)),
  geenAfvinklijst: v.optional(Passage),
  begrippen: v.optional(v.array(Id)),
  bron: Bron,
  kanten: v.optional(v.pipe(v.array(v.strictObject({ id: Id, titel: Tekst })), v.minLength(2))),
  delen: v.pipe(v.array(Deel), v.minLength(1, 'een kaart heeft minstens één deel')),
  errata: v.optional(v.array(Erratum)),
  aanvullers: v.optional(v.array(Tekst)),
});

function dubbeleIds(kaart: v.InferOutput<typeof KaartVorm>): string[] {
  const ids = [kaart.id, ...kaart.delen.flatMap((d) => [d.id, ...d.groepen.flatMap((g) => [g.id, ...g.items.map((i) => i.id)])])];
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

function groepenZonderGeldigeKant(kaart: v.InferOutput<typeof KaartVorm>): string[] {
  const kanten = kaart.kanten?.map((k) => k.id);
  const groepen = kaart.delen.flatMap((d) => d.groepen);
  return kanten
    ? groepen.filter((g) => !g.kant || !kanten.includes(g.kant)).map((g) => g.id)
    : groepen.filter((g) => g.kant).map((g) => g.id);
}

/** Het schema van een kaart: de vorm plus unieke ids, unieke sleutels en kloppende kanten. */
export const KaartSchema = v.pipe(
  KaartVorm,
  v.check((k) => dubbeleIds(k).length === 0, (issue) => `dubbele ids: ${dubbeleIds(issue.input as Kaart).join(', ')}`),
  v.check((k) => new Set(k.delen.map((d) => d.sleutel)).size === k.delen.length, 'de sleutels van de delen zijn niet uniek'),
  v.check(
    (k) => groepenZonderGeldigeKant(k).length === 0,
    (issue) => `groepen met een ontbrekende of onbekende kant: ${groepenZonderGeldigeKant(issue.input as Kaart).join(', ')}`,
  ),
);

export type KaartUitvoer = v.InferOutput<typeof KaartSchema>;

// Het schema en het type `Kaart` moeten hetzelfde beschrijven.
const vormPastOpType: (k: Omit<KaartUitvoer, '$schema'>) => Kaart = (k) => k;
const typePastOpVorm: (k: Kaart) => Omit<KaartUitvoer, '$schema'> = (k) => k;
void vormPastOpType;
void typePastOpVorm;

export type Validatie = { geldig: true; kaart: Kaart } | { geldig: false; fouten: string[] };

const SOORTEN: Record<string, string> = { string: 'tekst', number: 'een getal', Array: 'een lijst', Object: 'een object' };

/** Een fout in gewone taal, met het pad van het veld ervoor, zoals `delen.0.titel: ontbreekt`. */
function melding(issue: v.BaseIssue<unknown>): string {
  const pad = v.getDotPath(issue);
  let tekst = issue.message;
  if (issue.type === 'strict_object' && issue.received === 'undefined') tekst = 'ontbreekt';
  else if (issue.type === 'strict_object' && issue.expected === 'never') tekst = 'dit veld kent een kaart niet';
  else if (issue.message.startsWith('Invalid type')) tekst = `verwacht ${SOORTEN[issue.expected ?? ''] ?? issue.expected}, maar kreeg ${issue.received}`;
  else if (issue.message.startsWith('Invalid')) tekst = `ongeldige waarde ${issue.received} (verwacht ${issue.expected})`;
  return pad ? `${pad}: ${tekst}` : tekst;
}

/**
 * Controleert met valibot, maar gooit nooit: een getter of Proxy die bij het lezen gooit, wordt één fout
 * (valibot leest de invoer zelf en geeft zo'n fout anders door).
 */
function veiligParse<S extends v.GenericSchema>(schema: S, invoer: unknown): v.SafeParseResult<S> | { success: false; fout: string } {
  try {
    return v.safeParse(schema, invoer);
  } catch (fout) {
    return { success: false, fout: `de invoer is niet te lezen (${alsTekst(fout)})` };
  }
}

/** Controleert onbekende invoer tegen het kaartschema en zegt per veld wat er mis is. */
export function valideerKaart(invoer: unknown): Validatie {
  const uitkomst = veiligParse(KaartSchema, invoer);
  if ('fout' in uitkomst) return { geldig: false, fouten: [uitkomst.fout] };
  if (uitkomst.success) return { geldig: true, kaart: uitkomst.output };
  return { geldig: false, fouten: uitkomst.issues.map(melding) };
}

/** De vorm van een aanvulling op een kaart (zie `src/inhoud/aanvulling.ts`). */
export const AanvullingSchema = v.strictObject({
  $schema: v.optional(v.string()),
  organisatie: Tekst,
  items: v.optional(v.array(v.strictObject({ groep: Id, id: Id, tekst: Tekst }))),
  groepen: v.optional(
    v.array(
      v.strictObject({
        deel: Id,
        id: Id,
        titel: Tekst,
        kant: v.optional(Id),
        items: v.pipe(v.array(v.strictObject({ id: Id, tekst: Tekst })), v.minLength(1, 'een groep heeft minstens één item')),
      }),
    ),
  ),
});

/** Controleert een aanvulling en zegt per veld wat er mis is. */
export function valideerAanvulling(invoer: unknown): { geldig: true; aanvulling: Aanvulling } | { geldig: false; fouten: string[] } {
  const uitkomst = veiligParse(AanvullingSchema, invoer);
  if ('fout' in uitkomst) return { geldig: false, fouten: [uitkomst.fout] };
  if (uitkomst.success) return { geldig: true, aanvulling: uitkomst.output };
  return { geldig: false, fouten: uitkomst.issues.map(melding) };
}
