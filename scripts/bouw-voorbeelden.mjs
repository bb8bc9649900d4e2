/**
 * `npm run voorbeelden`: controleert de typen van de voorbeelden in React en Vue (`tsc --noEmit`, `vue-tsc --noEmit`)
 * en bouwt ze met Vite naar examples/<naam>/dist/ (niet in git); examples/react-componenten rendert daarna ook op de
 * server (scripts/voorbeelden/server-render.mjs). examples/angular bouwt Angulars eigen builder naar
 * examples/angular/dist/. test/voorbeelden.test.ts en test/react-componenten.test.ts laden die builds.
 * Draait vóór de tests (`pretest`), na `npm run build`: de voorbeelden gebruiken het pakket uit dist/.
 *
 * De typecontroles lopen als eigen processen naast de Vite-builds; zonder netwerk, zonder telemetrie.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { rendereOpServer } from './voorbeelden/server-render.mjs';

const WORTEL = fileURLToPath(new URL('../', import.meta.url));
const VOORBEELDEN = ['react', 'react-componenten', 'vue'];

if (!existsSync(`${WORTEL}dist/esm/src/index.js`)) {
  console.error("dist/esm ontbreekt: draai eerst 'npm run build'.");
  process.exit(1);
}

const pad = createRequire(import.meta.url).resolve;
/** Een controle of build als eigen proces (Node), naast de Vite-builds in dit proces. */
const proces = (omschrijving, script, args, cwd = WORTEL) =>
  new Promise((klaar, fout) => {
    // De uitvoer alleen bij een fout: de architect-CLI meldt ook een geslaagde build uitgebreid.
    const kind = spawn(process.execPath, [script, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const uitvoer = [];
    kind.stdout.on('data', (stuk) => uitvoer.push(stuk));
    kind.stderr.on('data', (stuk) => uitvoer.push(stuk));
    kind.on('error', fout);
    kind.on('close', (code) => {
      if (code === 0) return klaar();
      process.stderr.write(Buffer.concat(uitvoer));
      fout(new Error(`${omschrijving} faalde (${code})`));
    });
  });
const tsc = pad('typescript/bin/tsc');
const vueTsc = pad('vue-tsc/bin/vue-tsc.js');
// Vue: vue-tsc controleert ook de templates in .vue-bestanden, met de typen uit types/vue.d.ts.
const typecontrole = (naam) =>
  naam === 'vue'
    ? proces('vue-tsc --noEmit -p examples/vue', vueTsc, ['--noEmit', '-p', 'examples/vue'])
    : proces(`tsc --noEmit -p examples/${naam}`, tsc, ['--noEmit', '-p', `examples/${naam}`]);
// Angular: zijn eigen builder (@angular/build:application, met de compiler en strictTemplates) via de
// architect-CLI van @angular-devkit/architect, met examples/angular/angular.json; zonder cache, zonder telemetrie.
const angular = () =>
  proces('@angular/build:application (examples/angular)', pad('@angular-devkit/architect/bin/cli.js'), ['casusoverleg:build'], `${WORTEL}examples/angular`);

const begin = performance.now();
const processen = Promise.all([...VOORBEELDEN.map(typecontrole), angular()]);
processen.catch(() => {}); // de fout komt bij `await processen` hieronder
try {
  for (const naam of VOORBEELDEN) await build({ configFile: `${WORTEL}examples/${naam}/vite.config.js` });
  await rendereOpServer(`${WORTEL}examples/react-componenten/`);
  await processen;
} catch (fout) {
  console.error(fout.message);
  process.exit(1);
}
const gebouwd = [...VOORBEELDEN, 'angular'].map((naam) => `examples/${naam}/dist/`).join(', ');
console.log(`Voorbeelden gecontroleerd en gebouwd: ${gebouwd} (${Math.round(performance.now() - begin)} ms)`);
