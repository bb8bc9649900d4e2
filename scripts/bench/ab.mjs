/**
 * Een snelle vergelijking om en om van twee bouwsels van dist/mw-kaarten.js (A en B) naast statische HTML, voor een
 * experiment: `node scripts/bench/ab.mjs A.js B.js [rondes]`. Meet zes kaarten (weergave, layout shift) en de eerste
 * kaarttekst op het niveau van de gebruiker (processor 4 × trager, 40 ms per verzoek), en de toetsaanslagen in het
 * zoekveld (p95 van het werk per aanslag, A en B om en om). Geen budgetten, geen bestand.
 */
import { readFile } from 'node:fs/promises';
import { startChromium } from '../gedeeld/chromium.mjs';
import { startServer } from '../gedeeld/server.mjs';
import { maakPaginas } from './paginas.mjs';
import { meetToetsaanslagen, vergelijk } from './tijden.mjs';

const [a, b, rondes = '11'] = process.argv.slice(2);
const code = { A: await readFile(a), B: await readFile(b) };
const paginas = await maakPaginas({ bundels: [{ fileName: 'mw-kaarten.js', code: code.A }], losseSignalen: [{ fileName: 'x.js', code: '' }] });
const zes = paginas.get('/zes.html');
paginas.set('/b/mw-kaarten.js', code.B);
// MW_AB_ATTRIBUTEN="blocking=render": extra attributen op het script van B (hetzelfde bouwsel mag twee keer).
const extra = process.env.MW_AB_ATTRIBUTEN ? ` ${process.env.MW_AB_ATTRIBUTEN}` : '';
paginas.set('/b/zes.html', zes.replace('src="/mw-kaarten.js"', `src="/b/mw-kaarten.js"${extra}`));
paginas.set('/b/zoeken.html', paginas.get('/zoeken.html').replace('src="/mw-kaarten.js"', 'src="/b/mw-kaarten.js"'));

const server = await startServer(paginas);
const browser = await startChromium();
try {
  const lijst = { '/zes.html': 'A', '/b/zes.html': 'B', '/zes-statisch.html': 'statisch' };
  for (const [naam, opties] of [
    ['zes kaarten', { rondes: Number(rondes) }],
    ['gebruiker', { rondes: Number(rondes), cpu: 4, latentie: 40 }],
  ]) {
    const uit = await vergelijk(browser, server.adres, lijst, opties);
    const s = uit.statisch.mediaan;
    console.log(naam);
    for (const [n, { mediaan: m }] of Object.entries(uit)) {
      console.log(`  ${n.padEnd(9)} frame ${m.frame} (${(m.frame / s.frame).toFixed(2)}×)  eerste tekst ${m.eersteTekst} (${(m.eersteTekst / s.eersteTekst).toFixed(2)}×)  shift max ${uit[n].verschuiving?.max}`);
    }
  }
  const toetsen = { A: [], B: [] };
  for (let ronde = 0; ronde < Number(process.env.MW_AB_TOETSRONDES ?? 3); ronde++) {
    for (const [n, pagina] of [['A', '/zoeken.html'], ['B', '/b/zoeken.html']]) toetsen[n].push((await meetToetsaanslagen(browser, server.adres, { pagina })).werk.p95);
  }
  console.log(`toetsaanslag, p95 van het werk (ms) per ronde: A ${toetsen.A.join(' ')}  B ${toetsen.B.join(' ')}`);
} finally {
  await browser.close();
  await server.sluit();
}
