/**
 * `npm run a11y-rapport` (na `npm run build`): het toegankelijkheidsrapport. Draait axe-core in headless
 * Chromium op elke kaart en elke variant (scripts/toegankelijkheid/varianten.mjs), in vier situaties,
 * met de gebouwde bundel dist/mw-kaarten.js, en schrijft toegankelijkheid/rapport.json en
 * toegankelijkheid/rapport.md. Overtredingen staan in het rapport en in de laatste regel; de tests
 * (test/) zijn de plek waar ze een build laten falen.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { startChromium } from './gedeeld/chromium.mjs';
import { startServer } from './gedeeld/server.mjs';
import { bevindingen, criteriaPerRegel, draaiAxe, leesAxe, perCriterium, TAGS } from './toegankelijkheid/axe.mjs';
import { CRITERIA, DOOR_TESTS } from './toegankelijkheid/criteria.mjs';
import { alsMarkdown } from './toegankelijkheid/markdown.mjs';
import { SITUATIES, varianten } from './toegankelijkheid/varianten.mjs';

/** Tabbladen tegelijk (de machine van CI heeft twee kernen). */
const TABBLADEN = 2;

const escape = (waarde) => String(waarde).replace(/[&<>"']/g, (teken) => `&#${teken.charCodeAt(0)};`);

/** Een gewone pagina met de bundel en één element, zoals een organisatie de kaart zou insluiten. */
function pagina({ kaart, element, variant, attributen }) {
  const attr = Object.entries(attributen)
    .map(([naam, waarde]) => (waarde === '' ? ` ${naam}` : ` ${naam}="${escape(waarde)}"`))
    .join('');
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(kaart)}: ${escape(variant)}</title>
<script type="module" src="/mw-kaarten.js"></script>
</head>
<body>
<main>
<h1>${escape(kaart)}</h1>
<${element}${attr}></${element}>
</main>
</body>
</html>
`;
}

/** Zet venster en media voor een situatie en wacht twee frames, zodat stijl en lay-out bij zijn. */
async function zetSituatie(tab, cdp, situatie) {
  await tab.setViewport({ width: situatie.breedte, height: situatie.hoogte });
  await cdp.send('Emulation.setEmulatedMedia', {
    media: situatie.print ? 'print' : '',
    features: [{ name: 'forced-colors', value: situatie.forcedColors ? 'active' : 'none' }],
  });
  return tab.evaluate(
    () =>
      new Promise((klaar) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            klaar({ print: matchMedia('print').matches, forcedColors: matchMedia('(forced-colors: active)').matches, breedte: innerWidth }),
          ),
        ),
      ),
  );
}

/** Per regel van axe de criteria die ze noemt, over alle tests samen. */
const regelsVanAxe = {};

/** JSON met lijsten van tekst of getallen op één regel: leesbaar en niet onnodig lang. */
const alsJson = (waarde) =>
  JSON.stringify(waarde, null, 2).replace(/\[\s+((?:"[^"\n]*"|[\d.]+)(?:,\s+(?:"[^"\n]*"|[\d.]+))*)\s+\]/g, (_, inhoud) => `[${inhoud.split(/,\s+/).join(', ')}]`);

/** Test één variant in alle situaties. */
async function testVariant(tab, cdp, adres, axe, variant) {
  await zetSituatie(tab, cdp, SITUATIES[0]);
  await tab.goto(`${adres}/variant-${variant.nummer}.html`, { waitUntil: 'load' });
  await tab.addScriptTag({ content: axe.bron });
  await tab.evaluate(
    async (selector, markeringen) => {
      await customElements.whenDefined(selector);
      const element = document.querySelector(selector);
      if (markeringen) element.markeringen = markeringen;
      await element.updateComplete;
    },
    variant.element,
    variant.markeringen ?? null,
  );
  const situaties = {};
  for (const situatie of SITUATIES) {
    const nagebootst = await zetSituatie(tab, cdp, situatie);
    const resultaat = await draaiAxe(tab, variant.element);
    Object.assign(regelsVanAxe, criteriaPerRegel(resultaat));
    situaties[situatie.id] = {
      nagebootst,
      ...perCriterium(resultaat),
      overtredingen: bevindingen(resultaat.violations),
      nakijken: bevindingen(resultaat.incomplete),
    };
  }
  return { ...variant, situaties };
}

const bundel = await readFile('dist/mw-kaarten.js').catch(() => {
  console.error("dist/mw-kaarten.js ontbreekt: draai eerst 'npm run build' (of 'npm run a11y-rapport', dat eerst bouwt).");
  process.exit(2);
});
const [alleVarianten, axe, pakket] = await Promise.all([varianten(), leesAxe(), readFile('package.json', 'utf8').then(JSON.parse)]);
const bestanden = new Map([['/mw-kaarten.js', bundel], ...alleVarianten.map((v) => [`/variant-${v.nummer}.html`, pagina(v)])]);
const server = await startServer(bestanden);
const browser = await startChromium();
const uitkomsten = [];
try {
  const wachtrij = [...alleVarianten];
  const werker = async () => {
    const tab = await browser.newPage();
    const cdp = await tab.createCDPSession();
    try {
      for (let variant = wachtrij.shift(); variant; variant = wachtrij.shift()) {
        uitkomsten.push(await testVariant(tab, cdp, server.adres, axe, variant));
        console.log(`${variant.kaart}, ${variant.variant}: klaar`);
      }
    } finally {
      await cdp.detach();
      await tab.close();
    }
  };
  await Promise.all(Array.from({ length: TABBLADEN }, werker));
  uitkomsten.sort((a, b) => a.nummer - b.nummer);

  const rapport = {
    gemaakt: new Date().toISOString(),
    pakket: { naam: pakket.name, versie: pakket.version },
    gereedschap: { axe: axe.versie, chromium: await browser.version(), tags: TAGS },
    situaties: SITUATIES.map(({ id, naam, beschrijving }) => ({ id, naam, beschrijving })),
    criteria: CRITERIA,
    doorTests: DOOR_TESTS,
    regelsVanAxe: Object.fromEntries(Object.entries(regelsVanAxe).sort()),
    uitkomsten,
  };
  await mkdir('toegankelijkheid', { recursive: true });
  await writeFile('toegankelijkheid/rapport.json', `${alsJson(rapport)}\n`);
  await writeFile('toegankelijkheid/rapport.md', alsMarkdown(rapport));
  console.log('toegankelijkheid/rapport.json en toegankelijkheid/rapport.md geschreven.');
  const fouten = uitkomsten.flatMap((u) => Object.values(u.situaties)).reduce((som, s) => som + s.overtredingen.length, 0);
  console.log(fouten ? `axe vond ${fouten} overtreding(en); zie het rapport.` : 'axe vond geen overtredingen.');
} finally {
  await browser.close();
  await server.sluit();
}
