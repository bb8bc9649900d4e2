import { toJsonSchema } from '@valibot/to-json-schema';
import { BegrippenSchema } from '../src/inhoud/begrippen.schema.js';
import { KaartVorm } from '../src/inhoud/kaart.schema.js';
import { VerslagSchema } from '../src/verslag/verslag.schema.js';

/**
 * Het JSON Schema van een kaart. De controles over de hele kaart (unieke ids, bekende
 * kanten) kent JSON Schema niet; die doet `valideerKaart`.
 */
export function kaartschemaAlsJson(): object {
  return {
    ...toJsonSchema(KaartVorm, { errorMode: 'ignore' }),
    title: 'Kaart uit de Denkhulp maatwerk',
    description:
      'De vorm van één kaart van maatwerk-kaarten. Ids zijn kebab-case en uniek over de hele kaart; groepen op een kaart met kanten hebben een bekende kant. Die twee controles doet valideerKaart in src/inhoud/kaart.schema.ts.',
  };
}

/** Het JSON Schema van `content/begrippen.json`. */
export function begrippenschemaAlsJson(): object {
  return {
    ...toJsonSchema(BegrippenSchema, { errorMode: 'ignore' }),
    title: 'Begrippen uit de Denkhulp maatwerk',
  };
}

/** Het JSON Schema van het verslag van `<mw-verslag>` (`content/verslag.schema.json`). */
export function verslagschemaAlsJson(): object {
  return {
    ...toJsonSchema(VerslagSchema, { errorMode: 'ignore' }),
    title: 'Verslag van de afweging (maatwerk-kaarten)',
    description:
      'Wat <mw-verslag> geeft met mw-verslag en terugzet met de eigenschap verslag: per kaart de gemarkeerde items met deel, kant en notitie, en de afweging. Item-ids zijn de vaste ids uit content/. Er staat nooit iets in dat telt, weegt of noemt wat niet gemarkeerd is.',
  };
}
