/**
 * `node scripts/bench/heap-opbouw.mjs` (na `npm run build`): waar het JS-geheugen van de pagina met vijftig kaarten
 * heen gaat. Bouwt niets: serveert /veel.html en /leeg.html van de benchmark (scripts/bench/paginas.mjs) met
 * dist/mw-kaarten.js, neemt na garbage collection van elk een heap snapshot (CDP `HeapProfiler.takeHeapSnapshot`) en
 * telt de eigen grootte (self size) per soort: de parts en template-instanties van Lit, arrays, closures, strings,
 * objecten per constructor. Het verschil tussen de twee pagina's, gedeeld door het aantal kaarten, is wat één kaart kost.
 * Daarnaast, uit de pagina zelf: per sjabloon van Lit hoeveel instanties en bindingen een kaart gemiddeld heeft.
 *
 * `--bundel <pad>`: een andere bundel dan dist/mw-kaarten.js (bijvoorbeeld een proefbouw); `--top <n>`: aantal rijen.
 * De DOM-knopen zelf (Blink) tellen niet mee in het JS-geheugen; hun wrappers wel, maar die voegt de snapshot samen met
 * de knoop, zodat ze hier niet apart staan: het totaal van de tabel is daardoor iets lager dan `JSHeapUsedSize`.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { startChromium } from '../gedeeld/chromium.mjs';
import { startServer } from '../gedeeld/server.mjs';
import { maakPaginas, VEEL } from './paginas.mjs';

const { values: opties } = parseArgs({ options: { bundel: { type: 'string', default: 'dist/mw-kaarten.js' }, top: { type: 'string', default: '40' } } });

/** Wacht in de pagina tot alle kaarten getekend zijn (of vier seconden, als er geen items zijn), en ruimt dan op. */
async function klaarEnOpgeruimd() {
  await Promise.race([window.__meting, new Promise((klaar) => setTimeout(klaar, 4000))]);
  await Promise.all([...document.querySelectorAll('[data-kaart-host]')].map((kaart) => kaart.updateComplete));
  window.gc?.();
  window.gc?.();
}

/**
 * In de pagina: loopt de parts van Lit af vanaf de shadow root van elke kaart, via de stabiele (niet verkleinde)
 * velden `_$litPart$`, `_$AH` (de waarde van een part), `_$AV` (de parts van een instantie) en `_$AD` (haar sjabloon).
 * Geeft per sjabloon het aantal instanties en parts per soort, en welke (verkleinde) klassenaam bij welke soort hoort.
 */
function litOpbouw() {
  const SOORTEN = { 1: 'AttributePart', 2: 'ChildPart', 3: 'PropertyPart', 4: 'BooleanAttributePart', 5: 'EventPart', 6: 'ElementPart' };
  const namen = {};
  const perSjabloon = new Map();
  let lijstParts = 0;
  const bezoek = (part) => {
    namen[part.constructor.name] = SOORTEN[part.type];
    const waarde = part._$AH;
    if (Array.isArray(waarde)) {
      lijstParts += waarde.length;
      waarde.forEach(bezoek);
      return;
    }
    if (!waarde?._$AD || !waarde._$AV) return;
    namen[waarde.constructor.name] = 'TemplateInstance';
    const sleutel = waarde._$AD.el.innerHTML.replace(/<!--\?lit\$\d+\$-->/g, '${}').replace(/lit\$\d+\$/g, '${}').replace(/\s+/g, ' ');
    const rij = perSjabloon.get(sleutel) ?? { instanties: 0, parts: {} };
    rij.instanties += 1;
    for (const binnen of waarde._$AV) {
      if (!binnen) continue;
      namen[binnen.constructor.name] = SOORTEN[binnen.type];
      rij.parts[SOORTEN[binnen.type]] = (rij.parts[SOORTEN[binnen.type]] ?? 0) + 1;
      if (binnen.type === 2) bezoek(binnen);
    }
    perSjabloon.set(sleutel, rij);
  };
  const kaarten = [...document.querySelectorAll('[data-kaart-host]')];
  for (const kaart of kaarten) bezoek(kaart.renderRoot._$litPart$);
  return { kaarten: kaarten.length, lijstParts, namen, sjablonen: [...perSjabloon] };
}

/** Een heap snapshot van het tabblad na garbage collection, als object. */
async function snapshot(tab) {
  const cdp = await tab.createCDPSession();
  const stukken = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => stukken.push(chunk));
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  return JSON.parse(stukken.join(''));
}

/** Soorten knopen van V8 die we bij elkaar nemen in plaats van per naam. */
const STRINGS = new Set(['string', 'concatenated string', 'sliced string']);

/**
 * Telt de eigen grootte per soort. Parts en instanties van Lit heten naar hun soort (`namen`: verkleinde klassenaam →
 * soort); arrays, `Array`, `Object`, closures en contexten naar hun eerste houder (bijvoorbeeld
 * `Array ← TemplateInstance._$AV`), want hun eigen naam zegt niet waar ze vandaan komen.
 */
function telSnapshot(snap, namen) {
  const { meta } = snap.snapshot;
  const nVelden = meta.node_fields.length;
  const eVelden = meta.edge_fields.length;
  const [knoopSoorten] = meta.node_types;
  const [randSoorten] = meta.edge_types;
  const { nodes, edges, strings } = snap;
  const [iSoort, iNaam, iGrootte, iRanden] = ['type', 'name', 'self_size', 'edge_count'].map((veld) => meta.node_fields.indexOf(veld));
  const [iRandSoort, iRandNaam, iNaar] = ['type', 'name_or_index', 'to_node'].map((veld) => meta.edge_fields.indexOf(veld));

  // De eerste sterke houder van elke knoop: de knoop (index in `nodes`) en de rand die ernaar wijst.
  const houder = new Int32Array(nodes.length / nVelden).fill(-1);
  const houderRand = new Int32Array(nodes.length / nVelden);
  for (let knoop = 0, rand = 0; knoop < nodes.length; knoop += nVelden) {
    const einde = rand + nodes[knoop + iRanden] * eVelden;
    for (; rand < einde; rand += eVelden) {
      const soort = randSoorten[edges[rand + iRandSoort]];
      const naar = edges[rand + iNaar] / nVelden;
      if (soort === 'weak' || soort === 'shortcut' || houder[naar] !== -1) continue;
      houder[naar] = knoop;
      houderRand[naar] = rand;
    }
  }
  const soortVan = (knoop) => knoopSoorten[nodes[knoop + iSoort]];
  const eigenNaam = (knoop) => {
    const soort = soortVan(knoop);
    const naam = strings[nodes[knoop + iNaam]];
    if (STRINGS.has(soort)) return '(string)';
    if (soort === 'object') return namen[naam] ?? naam.replace(/ @\d+$/, '');
    return `${soort} ${naam}`.replace(/ @\d+$/, '');
  };
  const randNaam = (rand) => {
    const soort = randSoorten[edges[rand + iRandSoort]];
    return soort === 'element' || soort === 'hidden' ? '[]' : String(strings[edges[rand + iRandNaam]]);
  };
  const metHouder = (knoop, diepte = 0) => {
    const naam = eigenNaam(knoop);
    const boven = houder[knoop / nVelden];
    const algemeen = /^(Array|Object|array |closure |system \/ Context|\(string\))/.test(naam);
    if (!algemeen || boven === -1 || diepte > 1) return naam;
    return `${naam} ← ${metHouder(boven, diepte + 1)}.${randNaam(houderRand[knoop / nVelden])}`;
  };

  const perSoort = new Map();
  let totaal = 0;
  for (let knoop = 0; knoop < nodes.length; knoop += nVelden) {
    const soort = soortVan(knoop);
    // De knopen van Blink (DOM, opmaak) tellen niet mee in het JS-geheugen; `synthetic` zijn de wortels.
    if (soort === 'native' || soort === 'synthetic' || soort === 'hidden') continue;
    const sleutel = soort === 'code' ? '(code: bytecode, machinecode, feedback)' : metHouder(knoop);
    const rij = perSoort.get(sleutel) ?? { aantal: 0, grootte: 0 };
    rij.aantal += 1;
    rij.grootte += nodes[knoop + iGrootte];
    totaal += nodes[knoop + iGrootte];
    perSoort.set(sleutel, rij);
  }
  return { perSoort, totaal };
}

/** Laadt een pagina in een nieuw tabblad en meet: `JSHeapUsedSize`, de snapshot geteld, de opbouw van Lit. */
async function meet(browser, adres, pad) {
  const tab = await browser.newPage();
  try {
    await tab.setViewport({ width: 1280, height: 900 });
    await tab.goto(`${adres}${pad}`, { waitUntil: 'load' });
    await tab.evaluate(klaarEnOpgeruimd);
    const { JSHeapUsedSize } = await tab.metrics();
    const opbouw = await tab.evaluate(litOpbouw);
    return { heap: JSHeapUsedSize, opbouw, snap: await snapshot(tab) };
  } finally {
    await tab.close();
  }
}

const kb = (bytes) => (bytes / 1024).toFixed(2).padStart(7);
const perKaart = (getal) => (getal / VEEL).toFixed(1).padStart(7);

const bundel = await readFile(opties.bundel);
// Alleen de bundel en de pagina's; de losse ingang van de zijbalk gebruikt deze meting niet.
const paginas = await maakPaginas({ bundels: [{ fileName: 'mw-kaarten.js', code: bundel }], losseSignalen: [{ fileName: 'niet-gebruikt.js', code: '' }] });
const server = await startServer(paginas);
const browser = await startChromium(['--js-flags=--expose-gc']);
try {
  const veel = await meet(browser, server.adres, '/veel.html');
  const leeg = await meet(browser, server.adres, '/leeg.html');
  const namen = veel.opbouw.namen;
  const metVeel = telSnapshot(veel.snap, namen);
  const metLeeg = telSnapshot(leeg.snap, namen);

  console.log(`${opties.bundel}, ${VEEL} kaarten tegenover de bundel zonder kaarten`);
  console.log(`JSHeapUsedSize: ${(veel.heap / 1e6).toFixed(2)} MB tegen ${(leeg.heap / 1e6).toFixed(2)} MB, ${kb((veel.heap - leeg.heap) / VEEL).trim()} KB per kaart`);
  console.log(`V8-objecten in de snapshot (zonder DOM): ${kb((metVeel.totaal - metLeeg.totaal) / VEEL).trim()} KB per kaart\n`);

  const rijen = [...metVeel.perSoort].map(([sleutel, rij]) => {
    const zonder = metLeeg.perSoort.get(sleutel) ?? { aantal: 0, grootte: 0 };
    return { sleutel, aantal: rij.aantal - zonder.aantal, grootte: rij.grootte - zonder.grootte };
  });
  rijen.sort((a, b) => b.grootte - a.grootte);
  console.log('KB per kaart  aantal per kaart  soort (← eerste houder)');
  for (const rij of rijen.slice(0, Number(opties.top))) console.log(`${kb(rij.grootte / VEEL)}       ${perKaart(rij.aantal)}       ${rij.sleutel}`);

  const { kaarten, lijstParts, sjablonen } = veel.opbouw;
  console.log(`\nLit per kaart: ${(lijstParts / kaarten).toFixed(1)} parts voor de items van lijsten; per sjabloon:`);
  console.log('instanties  parts per kaart                                    sjabloon (begin)');
  const totalen = {};
  sjablonen.sort((a, b) => b[1].instanties - a[1].instanties);
  for (const [sleutel, { instanties, parts }] of sjablonen) {
    const tekst = Object.entries(parts)
      .map(([soort, aantal]) => {
        totalen[soort] = (totalen[soort] ?? 0) + aantal;
        return `${(aantal / kaarten).toFixed(1)} ${soort.replace('Part', '')}`;
      })
      .join(', ');
    console.log(`${(instanties / kaarten).toFixed(1).padStart(10)}  ${tekst.padEnd(50)} ${sleutel.slice(0, 90)}`);
  }
  const instanties = sjablonen.reduce((som, [, rij]) => som + rij.instanties, 0);
  const som = Object.entries(totalen).map(([soort, aantal]) => `${(aantal / kaarten).toFixed(1)} ${soort}`);
  console.log(`totaal per kaart: ${(instanties / kaarten).toFixed(1)} TemplateInstance, ${som.join(', ')}`);
} finally {
  await browser.close();
  await server.sluit();
}
