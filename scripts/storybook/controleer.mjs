/**
 * `npm run test:storybook`: de browsercontrole van de statische Storybook (storybook-static/, na
 * `npm run build-storybook`), in headless Chromium (alleen Chromium). Naast de bundel dist/mw-kaarten.js
 * (`npm run build`) voor de plakproef.
 *
 * Per verhaal (elk verhaal uit storybook-static/index.json):
 * - het verhaal (met zijn play-functie en de test van de a11y-addon) eindigt zonder fout;
 * - elk attribuut en elke eigenschap met een control heeft een beschrijving en een type;
 * - elke kaart tekent haar tekst (bij de zes kaarten: haar titel uit content/);
 * - axe-core (WCAG 2.0–2.2 A en AA) vindt niets in het canvas;
 * - de console heeft geen waarschuwing of fout, behalve wat het verhaal met `verwachteMeldingen` aankondigt (dat
 *   moet er dan ook zijn); geen mislukt verzoek;
 * - heeft het verhaal een tag om te plakken (en geen play-functie, markeringen of verslag), dan tekent die tag, geplakt in
 *   een lege HTML-pagina naast dist/mw-kaarten.js, dezelfde kaart: dezelfde tekst in dezelfde volgorde;
 * - `afdrukvoorbeeld`: als afdruk (print-media en beforeprint) staan er geen knoppen en staat de toelichting erbij.
 * Daarna: elke Docs-pagina tekent zonder waarschuwing; de manager opent op de Introductie zonder onboarding en
 * zonder waarschuwing; de knop Kopieer zet de tag op het klembord en meldt dat; markeren geeft in Actions
 * `mw-markering` met haar detail; elk thema uit de werkbalk verandert
 * de kaart (donker waar het thema donker is) en elke breedte zet de kaart op die breedte.
 *
 * Laatste regel: `N passed, N failed`; status 1 bij een fout. `MW_VERHALEN=zoeken,afdrukken` controleert alleen de
 * verhalen en Docs-pagina's met een van die stukken in hun id (en de knoppen en de manager).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { leesCatalogus } from '../gedeeld/catalogus.mjs';
import { startChromium } from '../gedeeld/chromium.mjs';
import { TAGS } from '../toegankelijkheid/axe.mjs';

const STATISCH = 'storybook-static';
const BUNDEL = 'dist/mw-kaarten.js';
/** Tabbladen tegelijk (de machine van CI heeft twee kernen). */
const TABBLADEN = 2;
const WACHT_MS = 30_000;

const begin = performance.now();
for (const nodig of [join(STATISCH, 'index.json'), BUNDEL]) {
  if (!existsSync(nodig)) {
    console.error(`${nodig} ontbreekt: draai eerst npm run build en npm run build-storybook (of npm run test:storybook).`);
    process.exit(1);
  }
}

// ——— Een server voor storybook-static/ en de plakproeven ———

const SOORTEN = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};
/** Plakproeven: `/plakproef/<naam>.html` → een lege pagina met alleen de geplakte tekst. */
const plakproeven = new Map();
const server = createServer(async (verzoek, antwoord) => {
  const pad = decodeURIComponent(new URL(verzoek.url, 'http://127.0.0.1').pathname);
  let inhoud;
  if (plakproeven.has(pad)) inhoud = plakproeven.get(pad);
  else if (pad === '/plakproef/mw-kaarten.js') inhoud = await readFile(BUNDEL).catch(() => undefined);
  else if (!normalize(pad).includes('..')) inhoud = await readFile(join(STATISCH, pad.endsWith('/') ? `${pad}index.html` : pad)).catch(() => undefined);
  if (inhoud === undefined) {
    antwoord.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('niet gevonden');
    return;
  }
  const soort = SOORTEN[extname(pad.endsWith('/') ? 'index.html' : pad)] ?? 'application/octet-stream';
  antwoord.writeHead(200, { 'content-type': soort, 'cache-control': 'no-store' }).end(inhoud);
});
await new Promise((klaar) => server.listen(0, '127.0.0.1', klaar));
const ADRES = `http://127.0.0.1:${server.address().port}`;

const index = JSON.parse(await readFile(join(STATISCH, 'index.json'), 'utf8'));
const catalogus = await leesCatalogus();
const TITELS = Object.fromEntries(catalogus.map((kaart) => [kaart.tag, kaart.inhoud.titel]));
const axeBron = await readFile('node_modules/axe-core/axe.min.js', 'utf8');

const browser = await startChromium();
const uitkomsten = [];

/** Houdt bij wat de console van een tabblad zegt, en welke verzoeken mislukken. */
function volgConsole(tab) {
  const meldingen = [];
  tab.on('console', (bericht) => {
    if (['warn', 'warning', 'error', 'assert'].includes(bericht.type())) meldingen.push(`${bericht.type()}: ${bericht.text()}`);
  });
  tab.on('pageerror', (fout) => meldingen.push(`pageerror: ${fout.message}`));
  tab.on('requestfailed', (verzoek) => meldingen.push(`verzoek mislukt: ${verzoek.url()} (${verzoek.failure()?.errorText})`));
  tab.on('response', (antwoord) => {
    if (antwoord.status() >= 400) meldingen.push(`HTTP ${antwoord.status()}: ${antwoord.url()}`);
  });
  return meldingen;
}

/**
 * Vangt de gebeurtenissen van Storybook in de pagina op (het kanaal bestaat pas als de preview start): het einde
 * van een verhaal (met de uitkomst van play en de a11y-addon), een fout, of een getekende Docs-pagina.
 */
function luisterNaarStorybook() {
  window.__mwGebeurtenissen = [];
  let kanaal;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => kanaal,
    set: (nieuw) => {
      kanaal = nieuw;
      for (const naam of ['storyFinished', 'storyErrored', 'storyThrewException', 'playFunctionThrewException', 'storyMissing', 'docsRendered', 'storybook/actions/action-event']) {
        nieuw.on(naam, (gegeven) => window.__mwGebeurtenissen.push({ naam, gegeven: JSON.parse(JSON.stringify(gegeven ?? null)) }));
      }
    },
  });
}

/** Wacht tot het verhaal of de Docs-pagina klaar is, en geeft de gebeurtenissen. */
async function wachtOpStorybook(tab, klaarNaam) {
  await tab.waitForFunction(
    (klaarNaam) => window.__mwGebeurtenissen?.some((g) => [klaarNaam, 'storyErrored', 'storyThrewException', 'storyMissing'].includes(g.naam)),
    { timeout: WACHT_MS },
    klaarNaam,
  );
  // Wat de kaarten na hun eerste weergave nog doen (een melding, een tweede update), mag nog binnenkomen.
  await tab.evaluate(() => new Promise((klaar) => requestAnimationFrame(() => requestAnimationFrame(klaar))));
  return tab.evaluate(() => window.__mwGebeurtenissen);
}

/**
 * In de pagina: per element van ons (mw-*) in `wortel` de tag en de tekst van zijn shadow root, met `vergelijk`
 * zonder witruimte: de bundel heeft verkleinde templates, dus de witruimte tussen twee elementen verschilt van die
 * van de Storybook (uit src/); de tekens en hun volgorde niet.
 */
function kaartTeksten(selector) {
  const wortel = document.querySelector(selector) ?? document.body;
  const elementen = [...wortel.querySelectorAll('*')].filter((e) => e.localName.startsWith('mw-') && customElements.get(e.localName));
  return elementen.map((e) => ({
    tag: e.localName,
    tekst: (e.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    vergelijk: (e.shadowRoot?.textContent ?? '').replace(/\s+/g, ''),
  }));
}

/** In de pagina: wacht tot elk element van ons geregistreerd is en zijn update af heeft (hoogstens 10 s). */
async function wachtOpKaarten() {
  const elementen = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('mw-'));
  const klaar = Promise.all(elementen.map(async (e) => {
    await customElements.whenDefined(e.localName);
    await e.updateComplete;
  }));
  await Promise.race([klaar, new Promise((_, mislukt) => setTimeout(() => mislukt(new Error('een element werd niet getekend binnen 10 s')), 10_000))]);
}

/** De parameters en args van het getoonde verhaal, uit de preview van Storybook. */
function verhaalGegevens() {
  const render = window.__STORYBOOK_PREVIEW__?.currentRender;
  const verhaal = render?.story;
  return {
    verwachteMeldingen: verhaal?.parameters?.verwachteMeldingen ?? [],
    afdrukvoorbeeld: Boolean(verhaal?.parameters?.afdrukvoorbeeld),
    heeftPlay: Boolean(verhaal?.playFunction),
    // Een eigenschap die de pagina zet (markeringen, een bewaard verslag) staat niet in de tag om te plakken.
    eigenschap: (Array.isArray(verhaal?.initialArgs?.markeringen) && verhaal.initialArgs.markeringen.length > 0) || verhaal?.initialArgs?.verslag != null,
    // Controls: elk attribuut en elke eigenschap met een control heeft een beschrijving en een type (uit het manifest).
    zonderUitleg: Object.entries(verhaal?.argTypes ?? {})
      .filter(([, a]) => ['attributes', 'properties'].includes(a.table?.category) && a.control !== false && !a.control?.disable && !a.table?.disable)
      .filter(([, a]) => !a.description?.trim() || !a.table?.type?.summary)
      .map(([naam]) => naam),
  };
}

async function draaiAxe(tab, selector) {
  await tab.evaluate(axeBron);
  return tab.evaluate(
    async (selector, tags) => {
      const uitkomst = await window.axe.run(document.querySelector(selector), { runOnly: { type: 'tag', values: tags } });
      return uitkomst.violations.map((v) => `${v.id} (${v.nodes.length}×): ${v.help} — ${v.nodes[0]?.target.flat().join(' ⟫ ')}`);
    },
    selector,
    TAGS,
  );
}

/** Zet de plakbare HTML in een lege pagina naast de bundel, opent die en geeft de teksten van de kaarten. */
async function plakproef(tab, naam, geplakt) {
  const pad = `/plakproef/${naam}.html`;
  plakproeven.set(pad, `<!doctype html>\n<html lang="nl">\n<head><meta charset="utf-8"><title>Plakproef</title><link rel="icon" href="data:,"></head>\n<body>\n${geplakt}\n</body>\n</html>\n`);
  const meldingen = volgConsole(tab);
  await tab.goto(`${ADRES}${pad}`, { waitUntil: 'load' });
  await tab.evaluate(wachtOpKaarten);
  await tab.evaluate(() => new Promise((klaar) => requestAnimationFrame(() => requestAnimationFrame(klaar))));
  const teksten = await tab.evaluate(kaartTeksten, 'body');
  plakproeven.delete(pad);
  return { teksten, meldingen };
}

/** Controleert één verhaal; geeft de fouten (leeg: geslaagd). */
async function controleerVerhaal(tab, id) {
  const fouten = [];
  const meldingen = volgConsole(tab);
  await tab.evaluateOnNewDocument(luisterNaarStorybook);
  await tab.goto(`${ADRES}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`, { waitUntil: 'load' });
  const gebeurtenissen = await wachtOpStorybook(tab, 'storyFinished');
  await tab.evaluate(wachtOpKaarten);
  for (const { naam, gegeven } of gebeurtenissen) {
    if (naam === 'storyFinished' && gegeven?.status !== 'success') {
      const a11y = gegeven?.reporters?.find((r) => r.type === 'a11y')?.result?.violations?.map((v) => v.id) ?? [];
      fouten.push(`het verhaal eindigde met status ${gegeven?.status}${a11y.length ? ` (a11y-addon: ${a11y.join(', ')})` : ''}`);
    }
    if (['storyErrored', 'storyThrewException', 'playFunctionThrewException', 'storyMissing'].includes(naam)) fouten.push(`${naam}: ${JSON.stringify(gegeven).slice(0, 400)}`);
  }
  const gegevens = await tab.evaluate(verhaalGegevens);

  for (const naam of gegevens.zonderUitleg) fouten.push(`Controls: ${naam} heeft geen beschrijving of type`);

  // De kaarttekst.
  const teksten = await tab.evaluate(kaartTeksten, '#storybook-root');
  if (teksten.length === 0) fouten.push('geen element van maatwerk-kaarten in het canvas');
  for (const { tag, tekst } of teksten) {
    if (tekst.length < 20) fouten.push(`<${tag}> tekent (bijna) geen tekst: "${tekst}"`);
    if (TITELS[tag] && !tekst.includes(TITELS[tag])) fouten.push(`<${tag}> toont de titel "${TITELS[tag]}" niet`);
  }

  // axe.
  for (const overtreding of await draaiAxe(tab, '#storybook-root')) fouten.push(`axe: ${overtreding}`);

  // Afdrukvoorbeeld.
  if (gegevens.afdrukvoorbeeld) {
    await tab.emulateMediaType('print');
    await tab.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await tab.evaluate(wachtOpKaarten);
    const afdruk = await tab.evaluate(() => {
      const kaart = [...document.querySelectorAll('#storybook-root *')].find((e) => e.localName.endsWith('-kaart'));
      const wortel = kaart?.shadowRoot;
      const zichtbaar = (e) => e.checkVisibility({ visibilityProperty: true }) && e.getBoundingClientRect().height > 0;
      return {
        // Op papier: geen werkbalk, zoekveld, knoppen van de werkbalk en het overzicht, of invoervelden (notities staan
        // er als tekst). De items van een markeerbare kaart zijn knoppen die op papier gewone tekst zijn; die tellen niet.
        knoppen: [...(wortel?.querySelectorAll('[part~="werkbalk"], [part~="zoekveld"], [part~="knop"], input, textarea') ?? [])]
          .filter(zichtbaar)
          .map((e) => `${e.localName}[part=${e.getAttribute('part')}] ${e.textContent?.trim().slice(0, 40) ?? ''}`),
        toelichting: [...(wortel?.querySelectorAll('[part~="toelichting"]') ?? [])].some(zichtbaar),
      };
    });
    if (afdruk.knoppen.length) fouten.push(`afdrukvoorbeeld: zichtbare werkbalk, knoppen of velden: ${afdruk.knoppen.join(', ')}`);
    if (!afdruk.toelichting) fouten.push('afdrukvoorbeeld: de toelichting staat er niet bij');
    await tab.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await tab.emulateMediaType(null);
  }

  // De tag om te plakken, in een lege pagina naast de bundel.
  const geplakt = await tab.evaluate(() => document.querySelector('.mw-tag-om-te-plakken pre[data-soort="html"]')?.textContent ?? null);
  let plak = null;
  if (geplakt !== null && !gegevens.heeftPlay && !gegevens.eigenschap) {
    const resultaat = await plakproef(tab, id, geplakt);
    plak = resultaat.teksten;
    for (const melding of resultaat.meldingen) {
      if (!gegevens.verwachteMeldingen.some((verwacht) => melding.includes(verwacht))) fouten.push(`plakproef, console: ${melding}`);
    }
    const inVerhaal = teksten.filter((t) => plak.some((p) => p.tag === t.tag));
    const vergelijk = (lijst) => JSON.stringify(lijst.map(({ tag, vergelijk }) => [tag, vergelijk]));
    if (plak.length === 0 || vergelijk(plak) !== vergelijk(inVerhaal)) {
      fouten.push(
        `de geplakte tag tekent niet dezelfde kaart.\n      geplakt: ${geplakt.replace(/\n/g, ' ')}\n      verhaal: ${inVerhaal.map((t) => `${t.tag}: ${t.tekst.slice(0, 120)}`).join(' | ')}\n      pagina:  ${plak.map((t) => `${t.tag}: ${t.tekst.slice(0, 120)}`).join(' | ')}`,
      );
    }
  }

  // De console van het verhaal.
  for (const melding of meldingen) {
    if (!gegevens.verwachteMeldingen.some((verwacht) => melding.includes(verwacht))) fouten.push(`console: ${melding.slice(0, 400)}`);
  }
  for (const verwacht of gegevens.verwachteMeldingen) {
    if (!meldingen.some((melding) => melding.includes(verwacht))) fouten.push(`de verwachte melding „${verwacht}” kwam niet`);
  }
  return { fouten, geplakt: plak !== null };
}

/** Controleert een Docs-pagina: tekent zonder waarschuwing, en elke kaart erop heeft tekst. */
async function controleerDocs(tab, id) {
  const fouten = [];
  const meldingen = volgConsole(tab);
  await tab.evaluateOnNewDocument(luisterNaarStorybook);
  await tab.goto(`${ADRES}/iframe.html?id=${encodeURIComponent(id)}&viewMode=docs`, { waitUntil: 'load' });
  await wachtOpStorybook(tab, 'docsRendered');
  // De verhalen op een Docs-pagina tekenen na docsRendered; wacht tot het aantal kaarten stil staat.
  await tab.waitForNetworkIdle({ idleTime: 300, timeout: WACHT_MS });
  await tab.evaluate(wachtOpKaarten);
  for (const { tag, tekst } of await tab.evaluate(kaartTeksten, '#storybook-docs')) {
    if (tekst.length < 20) fouten.push(`<${tag}> tekent (bijna) geen tekst`);
  }
  // De interface van de kaarten is Nederlands, ook al zet Storybook lang="en" om elk verhaal op een Docs-pagina.
  const talen = await tab.evaluate(() =>
    [...document.querySelectorAll('#storybook-docs *')]
      .filter((e) => e.localName.startsWith('mw-') && !e.hasAttribute('lang'))
      .map((e) => `${e.localName}: ${e.closest('[lang]')?.getAttribute('lang')}`),
  );
  for (const taal of talen.filter((t) => !t.endsWith(': nl'))) fouten.push(`interface niet in het Nederlands: ${taal}`);
  for (const melding of meldingen) fouten.push(`console: ${melding.slice(0, 400)}`);
  return { fouten };
}

/** Draait `taken` met `TABBLADEN` tabbladen tegelijk; elke taak krijgt een nieuw tabblad. */
async function metTabbladen(taken) {
  const wachtrij = [...taken];
  await Promise.all(
    Array.from({ length: TABBLADEN }, async () => {
      for (let taak = wachtrij.shift(); taak; taak = wachtrij.shift()) {
        const context = await browser.createBrowserContext();
        const tab = await context.newPage();
        await tab.setViewport({ width: 1280, height: 900 });
        const start = performance.now();
        let uitkomst;
        try {
          uitkomst = await taak.doe(tab);
        } catch (fout) {
          uitkomst = { fouten: [`kon niet controleren: ${fout.message}`] };
        }
        await context.close();
        const ms = Math.round(performance.now() - start);
        uitkomsten.push({ naam: taak.naam, fouten: uitkomst.fouten });
        console.log(`${uitkomst.fouten.length ? 'FOUT' : 'ok  '} ${taak.naam} (${ms} ms${uitkomst.geplakt ? ', plakproef' : ''})`);
        for (const fout of uitkomst.fouten) console.log(`     - ${fout}`);
      }
    }),
  );
}

// ——— Thema's, breedtes, kopiëren en de manager ———

/** In de pagina: wat een thema verandert aan de eerste kaart: achtergrond, titelkleur, accent, lettertype. */
function kaartUiterlijk() {
  const kaart = document.querySelector('#storybook-root mw-vragen-kaart');
  const wortel = kaart?.shadowRoot;
  const vak = wortel?.querySelector('[part~="kaart"]');
  const titel = wortel?.querySelector('[part~="titel"]');
  if (!vak || !titel) return null;
  const stijl = getComputedStyle(vak);
  return {
    achtergrond: stijl.backgroundColor,
    tekst: stijl.color,
    titel: getComputedStyle(titel).color,
    lettertype: stijl.fontFamily,
    breedte: kaart.getBoundingClientRect().width,
  };
}

/** Relatieve luminantie van `rgb(…)` (WCAG). */
function luminantie(kleur) {
  const [r, g, b] = (kleur.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

async function openMetGlobals(tab, id, globals) {
  const meldingen = volgConsole(tab);
  await tab.evaluateOnNewDocument(luisterNaarStorybook);
  await tab.goto(`${ADRES}/iframe.html?id=${id}&viewMode=story&globals=${globals}`, { waitUntil: 'load' });
  await wachtOpStorybook(tab, 'storyFinished');
  await tab.evaluate(wachtOpKaarten);
  return meldingen;
}

/** De keuzes van een knop in de werkbalk, zoals de preview ze kent. */
async function werkbalkKeuzes(tab, naam) {
  return tab.evaluate(
    (naam) => window.__STORYBOOK_PREVIEW__.storyStoreValue.projectAnnotations.globalTypes[naam].toolbar.items.map((item) => ({ id: item.value, titel: item.title })),
    naam,
  );
}

const VERHAAL_VOOR_THEMA = 'kaarten-vragenkaart--alles';

async function controleerThemas(tab) {
  const fouten = [];
  await openMetGlobals(tab, VERHAAL_VOOR_THEMA, '');
  const keuzes = await werkbalkKeuzes(tab, 'thema');
  const gezien = new Map();
  for (const { id, titel } of keuzes) {
    const meldingen = await openMetGlobals(tab, VERHAAL_VOOR_THEMA, `thema:${id}`);
    const uiterlijk = await tab.evaluate(kaartUiterlijk);
    const donker = await tab.evaluate(() => getComputedStyle(document.querySelector('.mw-canvas')).colorScheme === 'dark');
    const klasse = await tab.evaluate(() => document.querySelector('.mw-canvas')?.className ?? '');
    if (!uiterlijk) {
      fouten.push(`${titel}: geen kaart`);
      continue;
    }
    for (const melding of meldingen) fouten.push(`${titel}, console: ${melding}`);
    const l = luminantie(uiterlijk.achtergrond);
    if (donker && l > 0.2) fouten.push(`${titel} is donker, maar de kaart heeft een lichte achtergrond (${uiterlijk.achtergrond})`);
    if (!donker && l < 0.5) fouten.push(`${titel} is licht, maar de kaart heeft een donkere achtergrond (${uiterlijk.achtergrond})`);
    const sleutel = JSON.stringify({ ...uiterlijk, breedte: undefined });
    if (gezien.has(sleutel)) fouten.push(`${titel} ziet er precies zo uit als ${gezien.get(sleutel)}: het thema verandert niets`);
    gezien.set(sleutel, titel);
    console.log(`     thema ${id || '(standaard)'} [${klasse.trim()}]: achtergrond ${uiterlijk.achtergrond}, titel ${uiterlijk.titel}, ${uiterlijk.lettertype.slice(0, 40)}`);
  }
  if (keuzes.length < 8) fouten.push(`de knop Thema heeft ${keuzes.length} keuzes; verwacht de standaard, zes thema's uit de tests, het eigen donkere schema en de documentatie`);
  return { fouten };
}

async function controleerBreedtes(tab) {
  const fouten = [];
  await tab.setViewport({ width: 2000, height: 900 });
  await openMetGlobals(tab, VERHAAL_VOOR_THEMA, '');
  const keuzes = (await werkbalkKeuzes(tab, 'breedte')).filter((k) => k.id);
  if (keuzes.length < 4) fouten.push(`de knop Breedte heeft ${keuzes.length} breedtes; verwacht 280, 320, een intranetkolom en een gedeeld scherm`);
  for (const { id, titel } of keuzes) {
    const meldingen = await openMetGlobals(tab, VERHAAL_VOOR_THEMA, `breedte:${id}`);
    const uiterlijk = await tab.evaluate(kaartUiterlijk);
    const pixels = Number(/(\d+) px/.exec(titel)?.[1]);
    for (const melding of meldingen) fouten.push(`${titel}, console: ${melding}`);
    if (!uiterlijk || Math.abs(uiterlijk.breedte - pixels) > 0.5) fouten.push(`${titel}: de kaart is ${uiterlijk?.breedte} px breed`);
    else console.log(`     breedte ${id}: de kaart is ${uiterlijk.breedte} px breed`);
  }
  return { fouten };
}

async function controleerKopieren(tab) {
  const fouten = [];
  await tab.browserContext().overridePermissions(ADRES, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
  const meldingen = await openMetGlobals(tab, 'kaarten-vragenkaart--tijdens', '');
  const knop = await tab.waitForSelector('.mw-tag-om-te-plakken button');
  await knop.click();
  await tab.waitForFunction(() => document.querySelector('.mw-tag-om-te-plakken [role="status"]')?.textContent?.trim(), { timeout: WACHT_MS });
  const { status, klembord, tekst } = await tab.evaluate(async () => ({
    status: document.querySelector('.mw-tag-om-te-plakken [role="status"]').textContent,
    klembord: await navigator.clipboard.readText(),
    tekst: document.querySelector('.mw-tag-om-te-plakken pre[data-soort="html"]').textContent,
  }));
  if (!status.startsWith('Gekopieerd')) fouten.push(`na Kopieer staat er „${status}”`);
  if (klembord !== tekst) fouten.push(`op het klembord staat „${klembord}”, niet de tag „${tekst}”`);
  if (!tekst.includes('<mw-vragen-kaart fase="tijdens"></mw-vragen-kaart>')) fouten.push(`de tag is „${tekst}”`);
  for (const melding of meldingen) fouten.push(`console: ${melding}`);
  return { fouten };
}

/** Markeren in het verhaal Markeren: het paneel Actions krijgt `mw-markering` met haar detail. */
async function controleerActions(tab) {
  const fouten = [];
  const meldingen = await openMetGlobals(tab, 'werken-met-de-kaart--markeren', '');
  await tab.evaluate(() => {
    const knop = document.querySelector('mw-signalen-kaart').shadowRoot.querySelector('[part~="markeer-knop"][aria-pressed="false"]');
    knop.click();
  });
  await tab.waitForFunction(() => window.__mwGebeurtenissen.some((g) => g.naam === 'storybook/actions/action-event'), { timeout: WACHT_MS });
  const acties = await tab.evaluate(() => window.__mwGebeurtenissen.filter((g) => g.naam === 'storybook/actions/action-event').map((g) => g.gegeven.data));
  const markering = acties.find((a) => a.name === 'mw-markering');
  // Eén argument komt als dat argument zelf door het kanaal, meer als lijst.
  const detail = Array.isArray(markering?.args) ? markering.args[0] : markering?.args;
  if (!markering) fouten.push(`geen actie mw-markering, wel: ${acties.map((a) => a.name).join(', ') || 'niets'}`);
  else if (detail?.kaart !== 'signalen' || detail?.markeringen?.length !== 3) fouten.push(`het detail klopt niet: ${String(JSON.stringify(detail)).slice(0, 300)}`);
  else if (!detail.markeringen.some((m) => m.notitie === 'Schulden bij meerdere instanties')) fouten.push('de notitie van de bestaande markering ontbreekt in het detail');
  for (const melding of meldingen) fouten.push(`console: ${melding}`);
  return { fouten };
}

async function controleerManager(tab) {
  const fouten = [];
  const meldingen = volgConsole(tab);
  await tab.goto(`${ADRES}/`, { waitUntil: 'load' });
  // De manager zet het eerste item in het adres: ?path=/docs/introductie--docs.
  await tab.waitForFunction(() => new URLSearchParams(location.search).get('path') === '/docs/introductie--docs', { timeout: WACHT_MS }).catch(() => {
    fouten.push('de manager opent niet op de Introductie');
  });
  await tab.waitForNetworkIdle({ idleTime: 500, timeout: WACHT_MS });
  const tekst = await tab.evaluate(() => document.body.innerText);
  if (/Get started|onboarding/i.test(tekst)) fouten.push('de manager toont de onboarding van Storybook');
  for (const melding of meldingen) fouten.push(`console: ${melding.slice(0, 300)}`);
  return { fouten };
}

// ——— Draaien ———

// MW_VERHALEN=zoeken,afdrukken: alleen de verhalen en Docs-pagina's met een van die stukken in hun id (om snel na te gaan).
const filter = process.env.MW_VERHALEN?.split(',').filter(Boolean);
const gekozen = Object.values(index.entries).filter((e) => !filter || filter.some((stuk) => e.id.includes(stuk)));
const verhalen = gekozen.filter((e) => e.type === 'story');
const docs = gekozen.filter((e) => e.type === 'docs');
console.log(`Storybook-controle in Chromium: ${verhalen.length} verhalen en ${docs.length} Docs-pagina's uit ${STATISCH}/, ${TABBLADEN} tabbladen.`);
try {
  await metTabbladen([
    ...verhalen.map((e) => ({ naam: `verhaal ${e.id}`, doe: (tab) => controleerVerhaal(tab, e.id) })),
    ...docs.map((e) => ({ naam: `docs ${e.id}`, doe: (tab) => controleerDocs(tab, e.id) })),
    { naam: 'manager: opent op de Introductie, zonder onboarding en zonder waarschuwing', doe: controleerManager },
    { naam: 'knop Kopieer: de tag op het klembord, met melding', doe: controleerKopieren },
    { naam: 'paneel Actions: mw-markering met haar detail', doe: controleerActions },
    { naam: 'knop Thema: elk thema verandert de kaart, donker waar het donker is', doe: controleerThemas },
    { naam: 'knop Breedte: de kaart staat op elke breedte', doe: controleerBreedtes },
  ]);
} finally {
  await browser.close();
  server.close();
}

const mislukt = uitkomsten.filter((u) => u.fouten.length);
const seconden = ((performance.now() - begin) / 1000).toFixed(1);
console.log(`\nStorybook-controle (alleen Chromium) in ${seconden} s.`);
console.log(`${uitkomsten.length - mislukt.length} passed, ${mislukt.length} failed`);
process.exit(mislukt.length ? 1 : 0);
