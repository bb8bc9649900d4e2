/**
 * De tijdmetingen in Chromium: weergave van kaarten tegenover dezelfde tekst als statische HTML
 * (om en om, elke keer een nieuwe navigatie zonder cache), een toetsaanslag in het zoekveld,
 * en een pagina met veel kaarten (tijd en JS-geheugen).
 */
import { mediaan, percentiel, rond } from '../gedeeld/statistiek.mjs';

const FASEN = ['document', 'script', 'geladen', 'dom', 'opmaak', 'frame', 'interactief', 'eersteTekst', 'fcp'];

/** Mediaan per fase over een reeks metingen uit bench/pagina/meet-weergave.js. */
function medianen(metingen) {
  const uitkomst = {};
  for (const fase of FASEN) {
    const waarden = metingen.map((m) => m[fase]).filter((w) => typeof w === 'number');
    uitkomst[fase] = waarden.length ? rond(mediaan(waarden)) : null;
  }
  return uitkomst;
}

/**
 * De layout shifts over een reeks metingen (mediaan en de grootste), en de alinea onder de kaarten: haar top in haar
 * eerste frame en aan het einde (mediaan), en hoe ver ze in de slechtste ronde verschoof (in px).
 */
function verschuivingen(metingen) {
  const waarden = metingen.map((m) => m.verschuiving);
  const alineas = metingen.map((m) => m.alinea).filter((a) => a && a.begin !== null);
  return {
    verschuiving: { mediaan: rond(mediaan(waarden), 4), max: rond(Math.max(...waarden), 4) },
    alinea: alineas.length
      ? {
          begin: rond(mediaan(alineas.map((a) => a.begin))),
          eind: rond(mediaan(alineas.map((a) => a.eind))),
          verschovenMax: rond(Math.max(...alineas.map((a) => Math.abs(a.eind - a.begin)))),
        }
      : null,
  };
}

/** Laadt een pagina en geeft de meting uit de pagina. */
async function laad(tab, adres) {
  await tab.goto(adres, { waitUntil: 'domcontentloaded' });
  return tab.evaluate(() => window.__meting);
}

/**
 * Laadt om en om elke pagina uit `paginas` (pad → naam), `rondes` keer, na `opwarmen` rondes die niet tellen.
 * Geeft per naam de losse metingen en de medianen per fase, en de layout shifts.
 * `cpu`: hoeveel keer Chromium de processor vertraagt (CDP `Emulation.setCPUThrottlingRate`); `latentie`: ms extra
 * per verzoek (CDP `Network.emulateNetworkConditions`, zonder grens aan de doorvoer).
 */
export async function vergelijk(browser, adres, paginas, { rondes = 15, opwarmen = 2, breedte = 1280, hoogte = 900, cpu = 1, latentie = 0 } = {}) {
  const tab = await browser.newPage();
  try {
    await tab.setViewport({ width: breedte, height: hoogte });
    await tab.setCacheEnabled(false);
    if (cpu !== 1) await tab.emulateCPUThrottling(cpu);
    if (latentie) await tab.emulateNetworkConditions({ download: -1, upload: -1, latency: latentie });
    const metingen = Object.fromEntries(Object.values(paginas).map((naam) => [naam, []]));
    for (let ronde = 0; ronde < opwarmen + rondes; ronde++) {
      // Om en om, en elke ronde in een andere volgorde, zodat geen van beide steeds als eerste gaat.
      const volgorde = Object.entries(paginas);
      if (ronde % 2) volgorde.reverse();
      for (const [pad, naam] of volgorde) {
        const meting = await laad(tab, `${adres}${pad}`);
        if (ronde >= opwarmen) metingen[naam].push(meting);
      }
    }
    return Object.fromEntries(
      Object.entries(metingen).map(([naam, reeks]) => [
        naam,
        { rondes: reeks.length, mediaan: medianen(reeks), ...verschuivingen(reeks), frame: reeks.map((m) => rond(m.frame)) },
      ]),
    );
  } finally {
    await tab.close();
  }
}

/** Woorden om te typen en daarna weer te wissen; elk teken en elke Backspace is één meting. */
const WOORDEN = ['maatwerk', 'financiele', 'inwoner', 'regels', 'kosten', 'gelijk', 'privacy'];

/** Typt in het zoekveld van <mw-argumenten-kaart> en meet elke aanslag (bench/pagina/meet-toets.js). */
export async function meetToetsaanslagen(browser, adres, { pauze = 40, pagina = '/zoeken.html' } = {}) {
  const tab = await browser.newPage();
  try {
    await tab.setViewport({ width: 1280, height: 900 });
    await tab.goto(`${adres}${pagina}`, { waitUntil: 'load' });
    await tab.evaluate(() => document.querySelector('[data-kaart-host]').updateComplete);
    const veld = await tab.evaluateHandle(() => document.querySelector('[data-kaart-host]').shadowRoot.querySelector('#_zoekveld'));
    await veld.focus();
    let aantal = 0;
    const toets = async (sleutel) => {
      await tab.keyboard.press(sleutel);
      aantal = await tab.evaluate((n) => window.__wachtOpToets(n), aantal + 1);
      await new Promise((klaar) => setTimeout(klaar, pauze));
    };
    // Eerst één woord om op te warmen; dat telt niet mee.
    for (const woord of ['test', ...WOORDEN]) {
      for (const teken of woord) await toets(teken);
      for (let i = 0; i < woord.length; i++) await toets('Backspace');
    }
    await veld.dispose();
    const alle = await tab.evaluate(() => window.__toetsen);
    const metingen = alle.slice('test'.length * 2);
    const werk = metingen.map((m) => m.werk);
    const frame = metingen.map((m) => m.frame);
    return {
      aanslagen: metingen.length,
      woorden: WOORDEN,
      werk: { mediaan: rond(mediaan(werk)), p95: rond(percentiel(werk, 95)), max: rond(Math.max(...werk)) },
      frame: { mediaan: rond(mediaan(frame)), p95: rond(percentiel(frame, 95)), max: rond(Math.max(...frame)) },
    };
  } finally {
    await tab.close();
  }
}

/**
 * Telt in de pagina de knopen van de samengestelde boom: het document en alle shadow roots daarin. `knopen` zijn
 * elementen en tekstknopen; opmerkingen (zoals de markeringen van Lit) staan apart.
 */
export function telKnopen() {
  const telling = { knopen: 0, opmerkingen: 0 };
  const tel = (wortel) => {
    const loper = document.createTreeWalker(wortel, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT | NodeFilter.SHOW_COMMENT);
    for (let knoop = loper.nextNode(); knoop; knoop = loper.nextNode()) {
      if (knoop.nodeType === Node.COMMENT_NODE) telling.opmerkingen += 1;
      else telling.knopen += 1;
      if (knoop.shadowRoot) tel(knoop.shadowRoot);
    }
  };
  tel(document);
  return telling;
}

/**
 * JS-geheugen na twee volledige garbage collections (Chromium met --js-flags=--expose-gc), en de DOM-knopen van de
 * samengestelde boom (`telKnopen`), van een pagina in een nieuw tabblad.
 */
async function geheugenVan(browser, adres, pad) {
  const tab = await browser.newPage();
  try {
    await tab.setViewport({ width: 1280, height: 900 });
    await tab.goto(`${adres}${pad}`, { waitUntil: 'load' });
    await tab.evaluate(async () => {
      await window.__meting;
      window.gc?.();
      window.gc?.();
    });
    const { JSHeapUsedSize } = await tab.metrics();
    return { heap: JSHeapUsedSize, ...(await tab.evaluate(telKnopen)) };
  } finally {
    await tab.close();
  }
}

/**
 * Een pagina met veel kaarten: tijd tot alles er staat (tegenover statisch), en het JS-geheugen en de
 * DOM-knopen, tegenover de statische pagina en een pagina met alleen de bundel en geen kaarten.
 */
export async function meetVeel(browser, adres, { rondes = 7 } = {}) {
  const tijden = await vergelijk(browser, adres, { '/veel.html': 'componenten', '/veel-statisch.html': 'statisch' }, { rondes, opwarmen: 1 });
  const geheugen = {};
  for (const [pad, naam] of [['/veel.html', 'componenten'], ['/veel-statisch.html', 'statisch'], ['/leeg.html', 'alleenBundel']]) {
    const metingen = [];
    for (let i = 0; i < 3; i++) metingen.push(await geheugenVan(browser, adres, pad));
    const midden = (sleutel) => mediaan(metingen.map((m) => m[sleutel]));
    geheugen[naam] = { heap: midden('heap'), knopen: midden('knopen'), opmerkingen: midden('opmerkingen') };
  }
  return { tijden, geheugen };
}
