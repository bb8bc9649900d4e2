import * as v from 'valibot';
import type { Begrippen } from './begrippen.js';
import { Bron, Id, Tekst } from './kaart.schema.js';

/** De vorm van `content/begrippen.json`. */
export const BegrippenSchema = v.strictObject({
  $schema: v.optional(v.string()),
  id: Id,
  titel: Tekst,
  vraag: Tekst,
  inleiding: v.array(Tekst),
  begrippen: v.pipe(
    v.array(v.strictObject({ id: Id, term: Tekst, tekst: v.pipe(v.array(Tekst), v.minLength(1)), pagina: v.optional(Tekst) })),
    v.minLength(1),
  ),
  dienstverlening: v.strictObject({
    titel: Tekst,
    toelichting: Tekst,
    kolommen: v.strictObject({ type: Tekst, omschrijving: Tekst, aandeel: Tekst }),
    typen: v.array(
      v.strictObject({
        id: Id,
        naam: Tekst,
        ondertitel: v.optional(Tekst),
        omschrijving: v.array(Tekst),
        aandeel: Tekst,
        procent: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
      }),
    ),
    pagina: v.optional(Tekst),
  }),
  voetnoten: v.optional(v.array(Tekst)),
  bron: Bron,
});

// Het schema en het type `Begrippen` moeten hetzelfde beschrijven.
const vormPastOpType: (b: Omit<v.InferOutput<typeof BegrippenSchema>, '$schema'>) => Begrippen = (b) => b;
void vormPastOpType;
