/**
 * `npm run editor-data`: schrijft uit custom-elements.json de gegevens voor editors en TypeScript
 * (zie scripts/editor-data/genereer.mjs): editor/vscode.html-custom-data.json, editor/vscode.css-custom-data.json,
 * editor/web-types.json en types/react-jsx.d.ts. Draait vanzelf na `npm run analyze`.
 *
 * `npm run editor-data -- --controleer` schrijft niets en faalt als een bestand niet bij is (voor CI).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { genereer } from './editor-data/genereer.mjs';

const WORTEL = fileURLToPath(new URL('../', import.meta.url));
const lees = async (pad) => readFile(`${WORTEL}${pad}`, 'utf8').catch(() => undefined);

const manifest = JSON.parse(await lees('custom-elements.json'));
const { name, version } = JSON.parse(await lees('package.json'));
const bestanden = genereer(manifest, { name, version });

if (process.argv.includes('--controleer')) {
  const verouderd = [];
  for (const [pad, inhoud] of Object.entries(bestanden)) if ((await lees(pad)) !== inhoud) verouderd.push(pad);
  if (verouderd.length) {
    console.error(`Niet bij met custom-elements.json: ${verouderd.join(', ')}. Draai 'npm run editor-data' en commit het resultaat.`);
    process.exit(1);
  }
  console.log(`Editorgegevens zijn bij (${Object.keys(bestanden).length} bestanden).`);
} else {
  for (const [pad, inhoud] of Object.entries(bestanden)) {
    await mkdir(dirname(`${WORTEL}${pad}`), { recursive: true });
    await writeFile(`${WORTEL}${pad}`, inhoud);
  }
  console.log(`Geschreven: ${Object.keys(bestanden).join(', ')}`);
}
