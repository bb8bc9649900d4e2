/**
 * `npm run bench` (na `npm run build`): groottes en tijden van de kaarten in headless Chromium,
 * als tabel in de terminal en in bench/results.json. Eindigt met status 1 als een budget
 * (scripts/bench/budgetten.mjs) niet gehaald is, maar drukt altijd eerst alles af.
 * Werkt op een kopie van dist/ van het begin; daarna maakt een nieuwe build niets meer uit.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import os from 'node:os';
import { startChromium } from '../gedeeld/chromium.mjs';
import { startServer } from '../gedeeld/server.mjs';
import { toetsBudgetten } from './budgetten.mjs';
import { casusBudgetten, casusPaginas, meetBijwerken, meetCasusBytes, meetDenkhulpDom } from './casus.mjs';
import { bundelMetStukken, inKopie, kopieVanDist, meetGroottes } from './groottes.mjs';
import { meetOpsplitsing } from './opsplitsing.mjs';
import { meetPerModule } from './per-module.mjs';
import { maakPaginas, VEEL } from './paginas.mjs';
import { meetToetsaanslagen, meetVeel, vergelijk } from './tijden.mjs';
import { drukVerslag } from './verslag.mjs';

/** Rondes per vergelijking (om en om, na twee om op te warmen). Oneven, zodat de mediaan een echte meting is. */
const RONDES = 21;

/** Op het niveau van de gebruiker: de processor vier keer trager, 40 ms latentie per verzoek, 15 rondes om en om. */
const GEBRUIKER = { cpu: 4, latentie: 40, rondes: 15 };

/** De scripts in `dist` en in `dist/gedeeld/` (als die map er is), als `{ fileName, code }` met het pad vanaf dist/. */
async function scriptsVan(dist) {
  const bestanden = await readdir(dist, { recursive: true });
  const scripts = bestanden.filter((b) => b.endsWith('.js') && (!b.includes(path.sep) || path.dirname(b) === 'gedeeld'));
  return Promise.all(scripts.map(async (b) => ({ fileName: b.split(path.sep).join('/'), code: await readFile(path.join(dist, b)) })));
}

// De belasting van de machine (load average over 1, 5 en 15 minuten) voor en na: andere processen maken de tijden onbetrouwbaar.
const belastingVoor = os.loadavg();
const kopie = await kopieVanDist();
let groottes, bundels, losseSignalen;
try {
  console.log('Groottes meten…');
  groottes = await meetGroottes(kopie.dist);
  console.log('Opsplitsing van de bundel (opnieuw bouwen in het geheugen)…');
  groottes.opsplitsing = await meetOpsplitsing();
  // Per module van de grootste kaart, zonder Lit.
  const grootste = groottes.perElement.filter((e) => e.element.endsWith('-kaart')).reduce((a, b) => (b.metLit.gzip > a.metLit.gzip ? b : a));
  groottes.perModule = { element: grootste.element, modules: await meetPerModule(inKopie(kopie.dist, grootste.ingang)) };
  // De scripts uit dist/ die een pagina laadt: de bundels naast elkaar en, als die er zijn, de stukken in gedeeld/.
  bundels = await scriptsVan(kopie.dist);
  losseSignalen = await bundelMetStukken(inKopie(kopie.dist, 'dist/esm/src/signalen-kaart/signalen-kaart.js'));
  console.log('Verslag en denkhulp: wat ze aan de bundel toevoegen (opnieuw bouwen in het geheugen)…');
  groottes.casus = await meetCasusBytes();
} finally {
  await kopie.weg();
}

const server = await startServer(new Map([...(await maakPaginas({ bundels, losseSignalen })), ...(await casusPaginas())]));
const browser = await startChromium(['--js-flags=--expose-gc']);
let resultaten;
try {
  console.log(`Zes kaarten, ${RONDES} rondes om en om…`);
  const zes = await vergelijk(
    browser,
    server.adres,
    { '/zes.html': 'componenten', '/zes-server.html': 'server', '/zes-statisch.html': 'statisch', '/leeg.html': 'alleen bundel' },
    { rondes: RONDES },
  );
  console.log(`Zijbalk, ${RONDES} rondes om en om…`);
  const zijbalk = await vergelijk(
    browser,
    server.adres,
    { '/zijbalk.html': 'componenten', '/zijbalk-los.html': 'los', '/zijbalk-statisch.html': 'statisch' },
    { rondes: RONDES, breedte: 320, hoogte: 800 },
  );
  console.log(`Gebruiker (processor ${GEBRUIKER.cpu}× trager, ${GEBRUIKER.latentie} ms per verzoek), ${GEBRUIKER.rondes} rondes om en om…`);
  const gebruiker = {
    ...GEBRUIKER,
    uitkomst: await vergelijk(browser, server.adres, { '/zes.html': 'componenten', '/zes-server.html': 'server', '/zes-statisch.html': 'statisch' }, GEBRUIKER),
  };
  console.log('Toetsaanslagen…');
  const toets = await meetToetsaanslagen(browser, server.adres);
  console.log(`${VEEL} kaarten…`);
  const veel = { aantal: VEEL, ...(await meetVeel(browser, server.adres)) };
  console.log('Verslag en denkhulp: bijwerken en DOM…');
  const casus = { bytes: groottes.casus, bijwerken: await meetBijwerken(browser, server.adres), dom: await meetDenkhulpDom(browser, server.adres) };

  resultaten = {
    gemeten: new Date().toISOString(),
    machine: {
      processors: os.availableParallelism(),
      processor: os.cpus()[0]?.model ?? 'onbekend',
      geheugenGB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
      systeem: `${os.type()} ${os.release()} ${os.arch()}`,
      node: process.version,
      chromium: await browser.version(),
      belasting: { voor: belastingVoor.map((b) => Math.round(b * 100) / 100), na: os.loadavg().map((b) => Math.round(b * 100) / 100) },
    },
    groottes,
    weergave: { zes, zijbalk },
    gebruiker,
    toets,
    veel,
    casus,
  };
} finally {
  await browser.close();
  await server.sluit();
}

resultaten.budgetten = [...toetsBudgetten(resultaten), ...casusBudgetten(resultaten.casus)];
drukVerslag(resultaten);
await writeFile('bench/results.json', `${JSON.stringify(resultaten, null, 2)}\n`);
console.log('\nbench/results.json geschreven.');
if (resultaten.budgetten.some((b) => !b.gehaald)) {
  console.log('Niet alle budgetten gehaald (zie hierboven): status 1.');
  process.exitCode = 1;
}
