/**
 * Vangrail voor CI (`npm run grootte`): faalt als dist/mw-kaarten.js met gzip groter is dan 35 KB
 * (35 × 1024 = 35 840 bytes). Gzip op niveau 9 met Node's zlib, dus elke keer hetzelfde getal.
 * Bouwt niets: draai eerst `npm run build` (in CI doet de testopdracht dat).
 */
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

const BESTAND = 'dist/mw-kaarten.js';
const GRENS = 35 * 1024;

let code;
try {
  code = await readFile(BESTAND);
} catch {
  console.error(`${BESTAND} ontbreekt: draai eerst 'npm run build'.`);
  process.exit(2);
}
const gzip = gzipSync(code, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const regel = `${BESTAND}: ${code.length} bytes, gzip (niveau 9) ${gzip} bytes = ${kb(gzip)}; grens ${GRENS} bytes = ${kb(GRENS)}`;
if (gzip > GRENS) {
  console.error(`${regel}: TE GROOT (${gzip - GRENS} bytes erboven).`);
  process.exit(1);
}
console.log(`${regel}: goed (nog ${GRENS - gzip} bytes ruimte).`);
