/**
 * Schrijft content/kaart.schema.json: het JSON Schema van een kaart, afgeleid van het
 * valibot-schema in src/inhoud/kaart.schema.ts. Voor editors en voor wie kaarten maakt
 * zonder TypeScript. `npm run schema`; een test controleert dat het bestand bij is.
 */
import { build } from 'esbuild';
import { writeFile } from 'node:fs/promises';

const { outputFiles } = await build({
  entryPoints: ['scripts/kaartschema-als-json.ts'],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
});
const module = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
await writeFile('content/kaart.schema.json', `${JSON.stringify(module.kaartschemaAlsJson(), null, 2)}\n`);
console.log('content/kaart.schema.json geschreven');
