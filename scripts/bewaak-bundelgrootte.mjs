/**
 * Vangrail voor CI (`npm run grootte`): faalt als dist/mw-kaarten.js met gzip groter is dan 35 KB
 * (35 × 1024 = 35 840 bytes), samen met alles wat het statisch importeert (gedeelde chunks in dist/, als die er zijn):
 * wat een pagina met alleen `<script type="module" src="mw-kaarten.js">` binnenhaalt. Elk bestand apart met gzip,
 * zoals een server ze levert; niveau 9 met Node's zlib, dus elke keer hetzelfde getal.
 * Bouwt niets: draai eerst `npm run build` (in CI doet de testopdracht dat).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const BESTAND = 'dist/mw-kaarten.js';
const GRENS = 35 * 1024;

/** De statische imports van een gebouwde module: `import … from "./x.js"` en `import "./x.js"` (geen `import()`). */
const statischeImports = (code) => [...code.matchAll(/(?:^|[;}\s])import\s*(?:[^"'();]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)].map((m) => m[1]);

async function metImports(bestand, gezien = new Map()) {
  if (gezien.has(bestand)) return gezien;
  let code;
  try {
    code = await readFile(bestand);
  } catch {
    console.error(`${bestand} ontbreekt: draai eerst 'npm run build'.`);
    process.exit(2);
  }
  gezien.set(bestand, code);
  for (const pad of statischeImports(code.toString('utf8'))) await metImports(path.join(path.dirname(bestand), pad), gezien);
  return gezien;
}

const bestanden = await metImports(BESTAND);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
let gzip = 0;
let ruw = 0;
for (const [bestand, code] of bestanden) {
  const eigen = gzipSync(code, { level: 9 }).length;
  if (bestanden.size > 1) console.log(`  ${bestand}: ${code.length} bytes, gzip ${eigen} bytes`);
  gzip += eigen;
  ruw += code.length;
}
const naam = bestanden.size > 1 ? `${BESTAND} met ${bestanden.size - 1} gedeelde chunk(s)` : BESTAND;
const regel = `${naam}: ${ruw} bytes, gzip (niveau 9) ${gzip} bytes = ${kb(gzip)}; grens ${GRENS} bytes = ${kb(GRENS)}`;
if (gzip > GRENS) {
  console.error(`${regel}: TE GROOT (${gzip - GRENS} bytes erboven).`);
  process.exit(1);
}
console.log(`${regel}: goed (nog ${GRENS - gzip} bytes ruimte).`);
