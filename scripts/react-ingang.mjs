/**
 * `npm run react-ingang`: schrijft src/react/index.ts (zie scripts/react/genereer.mjs) uit src/catalogus.ts en
 * custom-elements.json. Draait vanzelf na `npm run analyze`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { leesCatalogus } from './gedeeld/catalogus.mjs';
import { genereerReactIngang, PAD } from './react/genereer.mjs';

const WORTEL = fileURLToPath(new URL('../', import.meta.url));
const manifest = JSON.parse(await readFile(`${WORTEL}custom-elements.json`, 'utf8'));
const tags = (await leesCatalogus()).map((kaart) => kaart.tag);
await writeFile(`${WORTEL}${PAD}`, genereerReactIngang({ tags, manifest }));
console.log(`Geschreven: ${PAD}`);
