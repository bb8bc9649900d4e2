import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BESTANDEN, schrijfEditorData } from '../../scripts/editor-data/integraties.mjs';

const WORTEL = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Web Test Runner-commando `editor-data-vers`: maakt de editorgegevens en JSX-typen opnieuw uit het gecommitte
 * custom-elements.json, met dezelfde generatoren als `npm run editor-data`, in een tijdelijke map, en geeft
 * per pad (zoals in BESTANDEN) de inhoud terug.
 */
export function editorDataPlugin() {
  return {
    name: 'editor-data-vers',
    async executeCommand({ command }) {
      if (command !== 'editor-data-vers') return undefined;
      const map = await mkdtemp(path.join(tmpdir(), 'mw-editor-data-'));
      try {
        schrijfEditorData(JSON.parse(await readFile(path.join(WORTEL, 'custom-elements.json'), 'utf8')), map);
        const bestanden = {};
        for (const pad of Object.values(BESTANDEN)) bestanden[pad] = await readFile(path.join(map, pad), 'utf8');
        return bestanden;
      } finally {
        await rm(map, { recursive: true, force: true });
      }
    },
  };
}
