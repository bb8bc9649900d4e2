/**
 * `npm run voorbeelden`: controleert de typen van de voorbeelden in React en Vue (`tsc --noEmit`) en bouwt ze
 * met Vite naar examples/<naam>/dist/ (niet in git). test/voorbeelden.test.ts laadt die builds.
 * examples/react-componenten rendert daarna ook op de server (scripts/voorbeelden/server-render.mjs).
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

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const typecontrole = (naam) =>
  new Promise((klaar, fout) => {
    const proces = spawn(process.execPath, [tsc, '--noEmit', '-p', `examples/${naam}`], { cwd: WORTEL, stdio: 'inherit' });
    proces.on('error', fout);
    proces.on('exit', (code) => (code === 0 ? klaar() : fout(new Error(`tsc --noEmit -p examples/${naam} faalde (${code})`))));
  });

const begin = performance.now();
const typen = Promise.all(VOORBEELDEN.map(typecontrole));
typen.catch(() => {}); // de fout komt bij `await typen` hieronder
try {
  for (const naam of VOORBEELDEN) await build({ configFile: `${WORTEL}examples/${naam}/vite.config.js` });
  await rendereOpServer(`${WORTEL}examples/react-componenten/`);
  await typen;
} catch (fout) {
  console.error(fout.message);
  process.exit(1);
}
console.log(`Voorbeelden gecontroleerd en gebouwd: ${VOORBEELDEN.map((naam) => `examples/${naam}/dist/`).join(', ')} (${Math.round(performance.now() - begin)} ms)`);
