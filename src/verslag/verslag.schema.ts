import * as v from 'valibot';
import { Id, Tekst } from '../inhoud/kaart.schema.js';
import { MAXIMUM_TEKENS, VERSLAG_VERSIE, type Verslag } from './verslag-model.js';

/** Eigen tekst van de professional: mag leeg zijn, niet langer dan `MAXIMUM_TEKENS`. */
const EigenTekst = v.pipe(v.string(), v.maxLength(MAXIMUM_TEKENS));

/** Eén markering, zoals in `mw-markering`: het item-id en de notitie tellen, de rest is afgeleid van de kaart. */
const Markering = v.strictObject({
  item: Id,
  tekst: Tekst,
  groep: Id,
  groepTitel: Tekst,
  deel: Id,
  deelTitel: Tekst,
  kant: v.optional(Id),
  notitie: EigenTekst,
  herkomst: v.optional(Tekst),
});

/**
 * De vorm van het verslag van `<mw-verslag>` (`mw-verslag`, de eigenschap `verslag`), met `versie`. Alleen voor het
 * JSON Schema (`content/verslag.schema.json`) en de tests: het element zelf leest een verslag zonder valibot
 * (src/verslag/lees-verslag.ts), zodat de drop-in klein blijft, en houdt daarbij alles wat klopt.
 */
export const VerslagSchema = v.strictObject({
  $schema: v.optional(v.string()),
  versie: v.literal(VERSLAG_VERSIE),
  datum: v.pipe(v.string(), v.isoDate()),
  kaarten: v.array(v.strictObject({ kaart: Id, titel: Tekst, markeringen: v.array(Markering) })),
  afweging: EigenTekst,
});

// Het schema en het type `Verslag` moeten hetzelfde beschrijven.
const vormPastOpType: (verslag: Omit<v.InferOutput<typeof VerslagSchema>, '$schema'>) => Verslag = (verslag) => verslag;
const typePastOpVorm: (verslag: Verslag) => Omit<v.InferOutput<typeof VerslagSchema>, '$schema'> = (verslag) => verslag;
void vormPastOpType;
void typePastOpVorm;
