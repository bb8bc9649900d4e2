/**
 * De budgetten van issue 22, het verslag en de denkhulp (`node scripts/bench/casus.mjs` los, na `npm run build`;
 * `npm run bench` meet ze mee):
 * - bytes: wat `<mw-verslag>` en `<mw-denkhulp>` samen aan dist/mw-kaarten.js toevoegen (gzip 9): de bundel in het
 *   geheugen nagebouwd met en zonder hun twee ingangen in src/index.ts;
 * - bijwerken: een pagina met drie kaarten en het verslag; per klik op „Markeer” en per toetsaanslag in de afweging
 *   de tijd van de invoer (event.timeStamp) tot het verslag is bijgewerkt en stijl en lay-out klaar zijn (p95);
 * - DOM: `<mw-denkhulp>` met drie kaarten (de Signalenkaart getoond) tegenover dezelfde zichtbare tekst als statische
 *   HTML (de vier tabbladen en de kaart), elementen en tekstknopen in de samengestelde boom.
 */
import { fileURLToPath } from 'node:url';
import { leesCatalogus } from '../gedeeld/catalogus.mjs';
import { maten } from './groottes.mjs';
import { bouw } from './opsplitsing.mjs';
import { STATISCHE_CSS, statischeKaart } from './statische-pagina.mjs';
import { telKnopen } from './tijden.mjs';

const KB = 1024;

/** De grenzen van issue 22. */
export const CASUS_GRENZEN = { bytesErbijGzip: 4 * KB, bijwerkenP95Ms: 16, domVerhouding: 2 };

/** Vervangt de twee ingangen in src/index.ts door niets: de bundel zoals vóór issue 22. */
const zonderVerslagEnDenkhulp = () => ({
  name: 'zonder-verslag-en-denkhulp',
  resolveId: (bron, importeur) =>
    importeur?.endsWith(`src${'/'}index.ts`) && /\/(verslag\/verslag|denkhulp\/denkhulp)\.js$/.test(bron) ? `\0leeg:${bron}` : null,
  load: (id) => (id.startsWith('\0leeg:') ? `export const ${id.includes('verslag/') ? 'MwVerslag' : 'MwDenkhulp'} = undefined;` : null),
});

/** Wat de twee elementen aan de drop-in toevoegen (gzip, min en brotli). */
export async function meetCasusBytes() {
  const met = maten((await bouw()).code);
  const zonder = maten((await bouw({ extra: [zonderVerslagEnDenkhulp()] })).code);
  return { met, zonder, erbij: { min: met.min - zonder.min, gzip: met.gzip - zonder.gzip, brotli: met.brotli - zonder.brotli } };
}

/** In de pagina: per invoer (pointerdown of keydown) de tijd tot het verslag is bijgewerkt, en tot het volgende frame. */
const MEETSCRIPT = `(() => {
  const metingen = (window.__casus = []);
  let begin;
  for (const soort of ['pointerdown', 'keydown']) document.addEventListener(soort, (e) => (begin = e.timeStamp), true);
  document.addEventListener('mw-verslag', async () => {
    const start = begin;
    if (start === undefined) return;
    begin = undefined;
    const verslag = document.querySelector('mw-verslag');
    await verslag.updateComplete;
    await Promise.all([...document.querySelectorAll('[markeerbaar]')].map((k) => k.updateComplete));
    document.body.getBoundingClientRect();
    const werk = performance.now() - start;
    requestAnimationFrame(() => metingen.push({ werk, frame: performance.now() - start }));
  });
})();`;

const skelet = (titel, kop, lichaam) =>
  `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${titel}</title>${kop}</head><body style="margin:0"><main style="inline-size:320px">${lichaam}</main></body></html>`;
const bundel = '<script type="module" src="/mw-kaarten.js" blocking="render"></script>';

/** De pagina's van deze metingen, voor scripts/gedeeld/server.mjs. */
export async function casusPaginas() {
  const kaarten = await leesCatalogus();
  const titel = (id) => kaarten.find((k) => k.id === id).inhoud.titel;
  const tabs = ['signalen', 'vragen', 'argumenten'].map((id) => `<button type="button">${titel(id)}</button>`).join('');
  return new Map([
    [
      '/casus.html',
      skelet(
        'Drie kaarten en het verslag',
        `<script>${MEETSCRIPT}</script>${bundel}`,
        '<mw-signalen-kaart markeerbaar></mw-signalen-kaart><mw-vragen-kaart markeerbaar fase="tijdens"></mw-vragen-kaart><mw-argumenten-kaart markeerbaar></mw-argumenten-kaart><mw-verslag></mw-verslag>',
      ),
    ],
    ['/denkhulp.html', skelet('Denkhulp', bundel, '<mw-denkhulp kaarten="signalen vragen argumenten"></mw-denkhulp>')],
    ['/denkhulp-leeg.html', skelet('Alleen de bundel', bundel, '')],
    [
      '/denkhulp-statisch.html',
      skelet('Denkhulp, statisch', `<style>${STATISCHE_CSS}</style>`, `<div role="tablist">${tabs}<button type="button">Verslag</button></div>${statischeKaart(kaarten[0].inhoud)}`),
    ],
  ]);
}

const mediaan = (lijst) => [...lijst].sort((a, b) => a - b)[Math.floor(lijst.length / 2)];
const p95 = (lijst) => [...lijst].sort((a, b) => a - b)[Math.min(lijst.length - 1, Math.ceil(lijst.length * 0.95) - 1)];
const rond = (getal) => Math.round(getal * 10) / 10;

/** Klikt „Markeer” op items van de drie kaarten en typt in de afweging; geeft mediaan en p95 van beide tijden. */
export async function meetBijwerken(browser, adres, { pauze = 40 } = {}) {
  const tab = await browser.newPage();
  try {
    await tab.setViewport({ width: 1280, height: 900 });
    await tab.goto(`${adres}/casus.html`, { waitUntil: 'load' });
    await tab.evaluate(() => Promise.all([...document.querySelectorAll('[markeerbaar], mw-verslag')].map((e) => e.updateComplete)));
    const knoppen = await tab.evaluateHandle(() =>
      [...document.querySelectorAll('[markeerbaar]')].flatMap((k) => [...k.shadowRoot.querySelectorAll('.markeer-knop')].slice(0, 12)),
    );
    const aantal = await tab.evaluate((k) => k.length, knoppen);
    for (let i = 0; i < aantal; i++) {
      const knop = await tab.evaluateHandle((k, n) => k[n], knoppen, i);
      await knop.click();
      await new Promise((klaar) => setTimeout(klaar, pauze));
      await knop.dispose();
    }
    const veld = await tab.evaluateHandle(() => document.querySelector('mw-verslag').shadowRoot.querySelector('#_afweging'));
    await veld.focus();
    for (const teken of 'Eerst de huurachterstand, dan de jeugdhulp; besproken in het team.') {
      await tab.keyboard.type(teken);
      await new Promise((klaar) => setTimeout(klaar, pauze));
    }
    await new Promise((klaar) => setTimeout(klaar, 200));
    const alle = (await tab.evaluate(() => window.__casus)).slice(3);
    const werk = alle.map((m) => m.werk);
    const frame = alle.map((m) => m.frame);
    return {
      metingen: alle.length,
      werk: { mediaan: rond(mediaan(werk)), p95: rond(p95(werk)), max: rond(Math.max(...werk)) },
      frame: { mediaan: rond(mediaan(frame)), p95: rond(p95(frame)) },
    };
  } finally {
    await tab.close();
  }
}

/** De DOM van de denkhulp met drie kaarten tegenover statische HTML met dezelfde zichtbare tekst. */
export async function meetDenkhulpDom(browser, adres) {
  const tel = async (pad) => {
    const tab = await browser.newPage();
    try {
      await tab.setViewport({ width: 320, height: 900 });
      await tab.goto(`${adres}${pad}`, { waitUntil: 'load' });
      await tab.evaluate(async () => {
        const denkhulp = document.querySelector('mw-denkhulp');
        if (!denkhulp) return;
        await denkhulp.updateComplete;
        await Promise.all([...denkhulp.shadowRoot.querySelectorAll('*')].map((e) => e.updateComplete));
      });
      return tab.evaluate(telKnopen);
    } finally {
      await tab.close();
    }
  };
  const [denkhulp, leeg, statisch] = [await tel('/denkhulp.html'), await tel('/denkhulp-leeg.html'), await tel('/denkhulp-statisch.html')];
  return { denkhulp, leeg, statisch, verhouding: Number(((denkhulp.knopen - leeg.knopen) / statisch.knopen).toFixed(2)) };
}

/** De drie budgetten als rijen, in de vorm van scripts/bench/budgetten.mjs. */
export function casusBudgetten({ bytes, bijwerken, dom }) {
  const kb = (b) => `${(b / KB).toFixed(2)} KB`;
  return [
    {
      id: 'casusBytesErbij',
      naam: '<mw-verslag> en <mw-denkhulp> samen: erbij in dist/mw-kaarten.js, gzip',
      grens: `≤ ${kb(CASUS_GRENZEN.bytesErbijGzip)}`,
      gemeten: `${kb(bytes.erbij.gzip)} (${kb(bytes.zonder.gzip)} → ${kb(bytes.met.gzip)})`,
      gehaald: bytes.erbij.gzip <= CASUS_GRENZEN.bytesErbijGzip,
      waar: 'het verslag (weergave, verzamelen, terugzetten en controleren, tekst en HTML), de denkhulp (tabbladen, doorgeven), hun teksten in nl en en, en hun CSS.',
      nodig: `${kb(Math.max(0, bytes.erbij.gzip - CASUS_GRENZEN.bytesErbijGzip))} minder.`,
    },
    {
      id: 'casusBijwerkenP95Ms',
      naam: 'drie kaarten en het verslag: markeren en typen in de afweging tot het verslag bijgewerkt is, p95',
      grens: `≤ ${CASUS_GRENZEN.bijwerkenP95Ms} ms`,
      gemeten: `${bijwerken.werk.p95} ms (mediaan ${bijwerken.werk.mediaan} ms, ${bijwerken.metingen} metingen; tot het volgende frame p95 ${bijwerken.frame.p95} ms)`,
      gehaald: bijwerken.werk.p95 <= CASUS_GRENZEN.bijwerkenP95Ms,
      waar: 'de kaart tekent haar item opnieuw, het verslag leest de drie kaarten en tekent zijn lijst.',
      nodig: 'minder opnieuw tekenen per invoer.',
    },
    {
      id: 'casusDomVerhouding',
      naam: 'DOM van <mw-denkhulp> met drie kaarten tegenover de statische HTML van de tekst die ze toont',
      grens: `≤ ${CASUS_GRENZEN.domVerhouding}`,
      gemeten: `${dom.verhouding} (${dom.denkhulp.knopen - dom.leeg.knopen} tegen ${dom.statisch.knopen})`,
      gehaald: dom.verhouding <= CASUS_GRENZEN.domVerhouding,
      waar: 'alleen het gekozen tabblad staat in de DOM; het verborgen verslag telt mee.',
      nodig: 'het verslag pas tekenen als zijn tabblad gekozen is.',
    },
  ];
}

// Los gedraaid: meet en druk de drie rijen af.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { readFile } = await import('node:fs/promises');
  const { startChromium } = await import('../gedeeld/chromium.mjs');
  const { startServer } = await import('../gedeeld/server.mjs');
  const bytes = await meetCasusBytes();
  const paginas = await casusPaginas();
  paginas.set('/mw-kaarten.js', await readFile('dist/mw-kaarten.js'));
  const server = await startServer(paginas);
  const browser = await startChromium();
  try {
    const rijen = casusBudgetten({ bytes, bijwerken: await meetBijwerken(browser, server.adres), dom: await meetDenkhulpDom(browser, server.adres) });
    for (const rij of rijen) console.log(`${rij.gehaald ? '✓' : '✗'} ${rij.naam}: ${rij.gemeten} (grens ${rij.grens})`);
  } finally {
    await browser.close();
    await server.sluit();
  }
}
