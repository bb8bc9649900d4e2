/**
 * `npm run editor-data`: schrijft uit custom-elements.json de gegevens voor editors en de JSX-typen, met de
 * generatoren van het ecosysteem (scripts/editor-data/integraties.mjs): editor/vscode.html-custom-data.json,
 * editor/vscode.css-custom-data.json, editor/web-types.json en types/custom-element-jsx.d.ts.
 * Draait vanzelf na `npm run analyze`.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { BESTANDEN, schrijfEditorData } from './editor-data/integraties.mjs';

const WORTEL = fileURLToPath(new URL('../', import.meta.url));

schrijfEditorData(JSON.parse(await readFile(`${WORTEL}custom-elements.json`, 'utf8')), WORTEL);
console.log(`Geschreven: ${Object.values(BESTANDEN).join(', ')}`);
