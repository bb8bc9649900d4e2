/**
 * Schrijft content/kaart.schema.json en content/begrippen.schema.json: JSON Schema's, afgeleid
 * van de valibot-schema's in src/inhoud/. Voor editors en voor wie kaarten maakt
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
for (const [bestand, maak] of [
  ['content/kaart.schema.json', module.kaartschemaAlsJson],
  ['content/begrippen.schema.json', module.begrippenschemaAlsJson],
]) {
  await writeFile(bestand, `${JSON.stringify(maak(), null, 2)}\n`);
  console.log(`${bestand} geschreven`);
}
