import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BESTANDEN, schrijfEditorData } from '../../scripts/editor-data/integraties.mjs';

const WORTEL = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Maakt de editorgegevens en JSX-typen opnieuw uit het gecommitte custom-elements.json, met dezelfde generatoren
 * als `npm run editor-data`, in een tijdelijke map, en geeft per pad (zoals in BESTANDEN) de inhoud terug.
 */
async function maakVers() {
  const map = await mkdtemp(path.join(tmpdir(), 'mw-editor-data-'));
  try {
    schrijfEditorData(JSON.parse(await readFile(path.join(WORTEL, 'custom-elements.json'), 'utf8')), map);
    const bestanden = {};
    for (const pad of Object.values(BESTANDEN)) bestanden[pad] = await readFile(path.join(map, pad), 'utf8');
    return bestanden;
  } finally {
    await rm(map, { recursive: true, force: true });
  }
}

/**
 * Web Test Runner-commando's voor test/editor-data.test.ts: `editor-data-start` begint (op een drukke machine kan
 * het langer duren dan de 20 s die één commando mag duren), `editor-data-uitkomst` geeft `{ klaar, waarde, fout }`.
 */
export function editorDataPlugin() {
  let uitkomst;
  return {
    name: 'editor-data-vers',
    async executeCommand({ command }) {
      if (command === 'editor-data-start') {
        uitkomst = { klaar: false };
        maakVers().then(
          (waarde) => (uitkomst = { klaar: true, waarde }),
          (fout) => (uitkomst = { klaar: true, fout: String(fout?.stack ?? fout) }),
        );
        return true;
      }
      if (command === 'editor-data-uitkomst') return uitkomst ?? { klaar: false };
      return undefined;
    },
  };
}
