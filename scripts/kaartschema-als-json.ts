import { toJsonSchema } from '@valibot/to-json-schema';
import { BegrippenSchema } from '../src/inhoud/begrippen.schema.js';
import { KaartVorm } from '../src/inhoud/kaart.schema.js';

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
