/**
 * De pagina's van de benchmark, als bestanden in het geheugen voor scripts/gedeeld/server.mjs:
 * met de componenten (de bundel dist/mw-kaarten.js), en dezelfde tekst als statische HTML.
 * Elke pagina begint met het meetscript uit bench/pagina/.
 */
import { readFile } from 'node:fs/promises';
import { laadElementen, renderElement } from '../export/ssr.mjs';
import { leesCatalogus } from '../gedeeld/catalogus.mjs';
import { itemsVan, STATISCHE_CSS, statischeKaart } from './statische-pagina.mjs';

/** Aantal kaarten op de drukke pagina. */
export const VEEL = 50;

const attribuut = (waarde) => String(waarde).replace(/[&<>"']/g, (teken) => `&#${teken.charCodeAt(0)};`);

/**
 * Tekst van de pagina zelf onder de kaarten: meet-weergave.js meet of en hoe ver ze verschuift als de kaarten
 * verschijnen of hydrateren.
 */
const NA_DE_KAART = '<p id="na-de-kaart">Tekst van de pagina onder de kaart: die hoort niet te verspringen als de kaart verschijnt.</p>';

/**
 * Een hele pagina: `kaarten` zijn de ingelezen kaarten in volgorde, `script` de bundel (of niets: statisch). Het script
 * staat erin zoals in het eerste voorbeeld van de README (`blocking="render"`); bij server-HTML niet blokkerend, want
 * daar staat de tekst er al zonder script.
 */
function pagina({ titel, meetscript, kaarten, lichaam, script, breedte, server = false }) {
  const items = kaarten.flatMap(itemsVan);
  const zijbalk = breedte ? ` style="inline-size:${breedte}px"` : '';
  return `<!doctype html>
<html lang="nl" data-items="${items.length}" data-laatste="${attribuut(items.at(-1)?.tekst ?? '')}"${server ? ' data-server' : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${titel}</title>
<script>${meetscript}</script>
${script ? `<script type="module" src="${script}"${server ? '' : ' blocking="render"'}></script>` : `<style>${STATISCHE_CSS}</style>`}
</head>
<body style="margin:0">
<main${zijbalk}>
${lichaam}
${NA_DE_KAART}
</main>
</body>
</html>
`;
}

/** Kaarten als elementen, of als statische HTML. */
const alsElementen = (kaarten) => kaarten.map((k) => `<${k.tag} data-kaart-host></${k.tag}>`).join('\n');
const alsStatisch = (kaarten) => kaarten.map((k) => statischeKaart(k.inhoud)).join('\n');

/** Kaarten zoals een server ze in de pagina zet (Lit SSR, declaratieve shadow DOM), om te hydrateren. */
async function alsServerHtml(kaarten) {
  await laadElementen();
  const stukken = [];
  for (const k of kaarten) stukken.push(await renderElement(k.tag, { 'data-kaart-host': true }, { hydreerbaar: true }));
  return stukken.join('\n');
}

/**
 * Alle bestanden voor de server. `bundels`: de scripts uit dist/ (`mw-kaarten.js`, eventueel
 * `mw-kaarten-hydratie.js` en stukken in `gedeeld/…`) als `{ fileName, code }`, met het pad vanaf dist/;
 * `losseSignalen`: de ingang van <mw-signalen-kaart> met Lit erin en haar stukken, zoals de bundler van een
 * npm-gebruiker ze maakt (voor de zijbalk, ter vergelijking).
 * De pagina met server-HTML laadt `mw-kaarten-hydratie.js` (de bundel met de hydratieondersteuning van Lit) als dist/
 * die heeft, anders `mw-kaarten.js`.
 */
export async function maakPaginas({ bundels, losseSignalen }) {
  const meetWeergave = await readFile('bench/pagina/meet-weergave.js', 'utf8');
  const meetToets = await readFile('bench/pagina/meet-toets.js', 'utf8');
  // De zes kaarten in de volgorde van het boek, uit src/catalogus.ts.
  const kaarten = await leesCatalogus();
  const inhoud = (lijst) => lijst.map((k) => k.inhoud);
  const signalen = kaarten.filter((k) => k.id === 'signalen');
  const argumenten = kaarten.filter((k) => k.id === 'argumenten');
  const hydratie = bundels.some((b) => b.fileName === 'mw-kaarten-hydratie.js') ? '/mw-kaarten-hydratie.js' : '/mw-kaarten.js';
  const veel = Array.from({ length: VEEL }, (_, i) => kaarten[i % kaarten.length]);

  const weergave = (titel, lijst, { statisch = false, script = '/mw-kaarten.js', breedte } = {}) =>
    pagina({
      titel,
      meetscript: meetWeergave,
      kaarten: inhoud(lijst),
      lichaam: statisch ? alsStatisch(lijst) : alsElementen(lijst),
      script: statisch ? undefined : script,
      breedte,
    });

  return new Map([
    ...bundels.map(({ fileName, code }) => [`/${fileName}`, code]),
    ...losseSignalen.map(({ fileName, code }) => [`/los/${fileName}`, code]),
    ['/zes.html', weergave('Zes kaarten', kaarten)],
    ['/zes-statisch.html', weergave('Zes kaarten, statisch', kaarten, { statisch: true })],
    [
      '/zes-server.html',
      pagina({ titel: 'Zes kaarten, op de server gerenderd', meetscript: meetWeergave, kaarten: inhoud(kaarten), lichaam: await alsServerHtml(kaarten), script: hydratie, server: true }),
    ],
    ['/zijbalk.html', weergave('Zijbalk', signalen, { breedte: 320 })],
    ['/zijbalk-los.html', weergave('Zijbalk, losse ingang', signalen, { breedte: 320, script: `/los/${losseSignalen[0].fileName}` })],
    ['/zijbalk-statisch.html', weergave('Zijbalk, statisch', signalen, { statisch: true, breedte: 320 })],
    ['/veel.html', weergave(`${VEEL} kaarten`, veel)],
    ['/veel-statisch.html', weergave(`${VEEL} kaarten, statisch`, veel, { statisch: true })],
    ['/leeg.html', weergave('Alleen de bundel, zonder kaarten', [])],
    [
      '/zoeken.html',
      pagina({ titel: 'Zoeken', meetscript: meetToets, kaarten: inhoud(argumenten), lichaam: alsElementen(argumenten), script: '/mw-kaarten.js' }),
    ],
  ]);
}
