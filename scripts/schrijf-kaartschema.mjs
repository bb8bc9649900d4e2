/**
 * Schrijft content/kaart.schema.json, content/begrippen.schema.json en content/verslag.schema.json: JSON Schema's, afgeleid
 * van de valibot-schema's in src/inhoud/. Voor editors en voor wie kaarten maakt
 * zonder TypeScript. `npm run schema`; een test controleert dat het bestand bij is.
 */
import { writeFile } from 'node:fs/promises';
import { laadTypeScript } from './gedeeld/laad-typescript.mjs';

const module = await laadTypeScript('scripts/kaartschema-als-json.ts');
for (const [bestand, maak] of [
  ['content/kaart.schema.json', module.kaartschemaAlsJson],
  ['content/begrippen.schema.json', module.begrippenschemaAlsJson],
  ['content/verslag.schema.json', module.verslagschemaAlsJson],
]) {
  await writeFile(bestand, `${JSON.stringify(maak(), null, 2)}\n`);
  console.log(`${bestand} geschreven`);
}
