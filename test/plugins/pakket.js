import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const WORTEL = fileURLToPath(new URL('../..', import.meta.url));
const voerUit = promisify(execFile);

/**
 * Pakt het pakket in zoals `npm publish` het zou doen (`npm pack`, zonder `prepack`: de tests hebben dist/ net
 * gebouwd) en geeft terug
 * - `bestanden`: de paden in de tarball;
 * - `publint`: de meldingen van publint over die tarball (ook suggesties);
 * - `attw`: de afsluitcode en uitvoer van @arethetypeswrong/cli met profiel `esm-only` (het pakket is alleen ESM:
 *   `require` uit CommonJS en de oude resolutie `node10` doen niet mee).
 */
async function controleer() {
  const map = await mkdtemp(path.join(tmpdir(), 'mw-pakket-'));
  try {
    const { stdout } = await voerUit('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', map], { cwd: WORTEL });
    const [{ filename, files }] = JSON.parse(stdout);
    const tarball = path.join(map, filename);
    const pakketJson = JSON.parse(await readFile(path.join(WORTEL, 'package.json'), 'utf8'));
    const { messages } = await publint({ pack: { tarball: (await readFile(tarball)).buffer }, strict: true });
    const attwBin = path.join(path.dirname(createRequire(import.meta.url).resolve('@arethetypeswrong/cli/package.json')), 'dist/index.js');
    const attw = await voerUit(process.execPath, [attwBin, tarball, '--profile', 'esm-only', '--format', 'ascii', '--no-color', '--no-emoji'], {
      cwd: WORTEL,
    }).then(
      ({ stdout: uitvoer }) => ({ code: 0, uitvoer }),
      (fout) => ({ code: fout.code, uitvoer: `${fout.stdout}${fout.stderr}` }),
    );
    return {
      bestanden: files.map((bestand) => bestand.path),
      publint: messages.map((melding) => `${melding.type}: ${formatMessage(melding, pakketJson)}`),
      attw,
    };
  } finally {
    await rm(map, { recursive: true, force: true });
  }
}

/**
 * Web Test Runner-commando's voor test/pakket.test.ts. `npm pack`, publint en attw duren samen langer dan de
 * 20 s die één commando mag duren: `pakket-controle-start` begint, `pakket-controle-uitkomst` geeft
 * `{ klaar: false }` of `{ klaar: true, waarde }` (of `fout`).
 */
export function pakketPlugin() {
  let uitkomst;
  return {
    name: 'pakket-controle',
    async executeCommand({ command }) {
      if (command === 'pakket-controle-start') {
        uitkomst = { klaar: false };
        controleer().then(
          (waarde) => (uitkomst = { klaar: true, waarde }),
          (fout) => (uitkomst = { klaar: true, fout: String(fout?.stack ?? fout) }),
        );
        return true;
      }
      if (command === 'pakket-controle-uitkomst') return uitkomst ?? { klaar: false };
      return undefined;
    },
  };
}
