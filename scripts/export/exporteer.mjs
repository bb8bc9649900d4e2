/**
 * `npm run export`: schrijft elke kaart en elk deel als statische, toegankelijke HTML naar export/,
 * voor intranetten zonder scripts, voor zoekmachines en om af te drukken; plus per kaart een pagina
 * voor een iframe die een deel kiest met `?fase=…` (met de bundel), en een index van alle pagina's.
 *
 * De kaarten zijn de echte elementen uit dist/esm/src/, op de server gerenderd met Lit SSR als
 * declaratieve shadow DOM. Draai eerst `npm run build` (`npm run export` doet dat zelf).
 *
 * Indeling (zie ook docs/export.md):
 *   export/index.html                        alle pagina's
 *   export/<kaart>.html                      de hele kaart, zonder script     (export/vragen.html)
 *   export/<kaart>/<attribuut>-<waarde>.html één deel, zonder script          (export/vragen/fase-tijdens.html)
 *   export/begrippen.html                    <mw-begrippen>, zonder script
 *   export/iframe/<kaart>.html               met de bundel; ?<attribuut>=… kiest het deel (iframe/vragen.html?fase=tijdens)
 *   export/iframe/parameters.js              zet de parameters uit het adres op het element
 *   export/server/<kaart>.html               op de server gerenderd, met de bundel die de kaart hydrateert
 *   export/mw-kaarten.js, mw-kaarten-hydratie.js  de bundel (iframe-pagina's) en die met hydratie (serverpagina's)
 *   export/THIRD-PARTY-NOTICES.txt           de licenties van wat de bundel meeneemt (Lit, tslib)
 */
import { copyFile, mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { leesCatalogus } from '../gedeeld/catalogus.mjs';
import { laadTypeScript } from '../gedeeld/laad-typescript.mjs';

/** Attributen die een iframe-pagina naast het deel uit het adres overneemt: die van src/catalogus.ts, behalve heading-level. */
const IFRAME_PARAMETERS = (await laadTypeScript('src/catalogus.ts')).ALGEMENE_ATTRIBUTEN.filter((naam) => naam !== 'heading-level');
import { indexPagina, iframePagina, serverPagina, statischePagina } from './pagina.mjs';
import { laadElementen, renderElement } from './ssr.mjs';
import { paginaTeksten as t } from './teksten.mjs';

const WORTEL = fileURLToPath(new URL('../../', import.meta.url));
const UIT = `${WORTEL}export/`;
const pad = (relatief) => `${WORTEL}${relatief}`;

/** Wat een statische kaart zonder JavaScript nodig heeft: alle tekst zichtbaar, geen knoppen die niets doen. */
const STATISCH = { 'heading-level': 1, statisch: true };


async function bestaat(bestand) {
  try {
    await stat(bestand);
    return true;
  } catch {
    return false;
  }
}

for (const nodig of ['dist/esm/src/index.js', 'dist/esm/src/teksten.js', 'dist/mw-kaarten.js', 'dist/mw-kaarten-hydratie.js']) {
  if (!(await bestaat(pad(nodig)))) {
    console.error(`${nodig} ontbreekt: draai eerst 'npm run build' (of 'npm run export', dat bouwt zelf).`);
    process.exit(1);
  }
}

const begin = performance.now();
const [catalogus, { nl }, begrippen] = await Promise.all([
  leesCatalogus(),
  import('../../dist/esm/src/teksten.js'),
  import('../../content/begrippen.json', { with: { type: 'json' } }).then((m) => m.default),
  laadElementen(),
]);

/** Het pad van een pagina onder export/, voor een kaart of één deel ervan. */
const paginaPad = (kaart, deel) => (deel ? `${kaart.id}/${kaart.attribuut}-${deel.sleutel}.html` : `${kaart.id}.html`);

/** Een link van de ene pagina naar de andere, relatief (de export werkt in elke map op elke server). */
const link = (van, naar) => posix.relative(posix.dirname(van), naar) || posix.basename(naar);

/** Hoe een deel heet: „Tijdens het toepassen”, of met stapnummer „Stap 3: Opties”. */
const deelNaam = (deel) => (deel.nummer ? `${nl.stap(deel.nummer)}: ${deel.titel}` : deel.titel);

const paginas = new Map();

for (const kaart of catalogus) {
  const { inhoud } = kaart;
  const varianten = [undefined, ...inhoud.delen];
  for (const deel of inhoud.delen) {
    if (!/^[a-z0-9-]+$/.test(deel.sleutel)) throw new Error(`${inhoud.id}: sleutel '${deel.sleutel}' is geen veilige bestandsnaam.`);
  }
  for (const deel of varianten) {
    const hier = paginaPad(kaart, deel);
    const element = await renderElement(kaart.tag, { ...STATISCH, ...(deel ? { [kaart.attribuut]: deel.sleutel } : {}) });
    const delen = varianten.map((ander) => ({
      href: link(hier, paginaPad(kaart, ander)),
      label: ander ? deelNaam(ander) : t.heleKaart,
      huidig: ander === deel,
    }));
    paginas.set(
      hier,
      statischePagina({
        titel: deel ? t.titel(inhoud.titel, deelNaam(deel)) : t.titel(inhoud.titel),
        beschrijving: inhoud.vraag,
        element,
        navigatie: [
          { label: t.delenVan(inhoud.titel), links: delen },
          {
            label: t.meer,
            links: [
              { href: link(hier, 'begrippen.html'), label: nl.begrippen },
              { href: link(hier, 'index.html'), label: t.alleKaarten },
            ],
          },
        ],
      }),
    );
  }

  // Zoals een intranet dat op de server rendert: de kaart als HTML, de bundel hydrateert haar.
  paginas.set(
    `server/${kaart.id}.html`,
    serverPagina({
      titel: t.titel(inhoud.titel),
      beschrijving: inhoud.vraag,
      element: await renderElement(kaart.tag, { 'heading-level': 1 }, { hydreerbaar: true }),
    }),
  );

  const iframe = `iframe/${kaart.id}.html`;
  paginas.set(
    iframe,
    iframePagina({
      titel: t.titel(inhoud.titel),
      tag: kaart.tag,
      attributen: { 'heading-level': 1 },
      parameters: [kaart.attribuut, ...IFRAME_PARAMETERS],
      zonderJavaScript: {
        tekst: t.zonderJavaScript,
        links: varianten.map((deel) => ({ href: link(iframe, paginaPad(kaart, deel)), label: deel ? deelNaam(deel) : t.heleKaart })),
      },
    }),
  );
}

paginas.set(
  'begrippen.html',
  statischePagina({
    titel: t.titel(begrippen.titel),
    beschrijving: begrippen.vraag,
    element: await renderElement('mw-begrippen', { 'heading-level': 1 }),
    navigatie: [{ label: t.meer, links: [{ href: 'index.html', label: t.alleKaarten }] }],
  }),
);

paginas.set(
  'index.html',
  indexPagina({
    titel: t.indexTitel,
    inleiding: [t.indexInleiding, t.indexIframe],
    kaarten: catalogus.map((kaart) => ({
      id: kaart.id,
      titel: kaart.inhoud.titel,
      vraag: kaart.inhoud.vraag,
      links: [
        ...[undefined, ...kaart.inhoud.delen].map((deel) => ({ href: paginaPad(kaart, deel), label: deel ? deelNaam(deel) : t.heleKaart })),
        { href: `iframe/${kaart.id}.html`, label: t.metJavaScript(kaart.attribuut) },
      ],
    })),
    overige: { id: 'begrippen', titel: nl.begrippen, links: [{ href: 'begrippen.html', label: begrippen.titel }] },
  }),
);

await rm(UIT, { recursive: true, force: true });
for (const [relatief, html] of paginas) {
  await mkdir(dirname(`${UIT}${relatief}`), { recursive: true });
  await writeFile(`${UIT}${relatief}`, html);
}
await copyFile(new URL('parameters.js', import.meta.url), `${UIT}iframe/parameters.js`);
for (const bundel of ['mw-kaarten.js', 'mw-kaarten-hydratie.js']) {
  await copyFile(pad(`dist/${bundel}`), `${UIT}${bundel}`);
  if (await bestaat(pad(`dist/${bundel}.map`))) await copyFile(pad(`dist/${bundel}.map`), `${UIT}${bundel}.map`);
}
await copyFile(pad('dist/THIRD-PARTY-NOTICES.txt'), `${UIT}THIRD-PARTY-NOTICES.txt`);

const statisch = [...paginas.keys()].filter((p) => !/^(iframe|server)\//.test(p) && p !== 'index.html').length;
console.log(
  `export/: ${statisch} statische pagina's, ${catalogus.length} iframe-pagina's, ${catalogus.length} serverpagina's en index.html in ${Math.round(performance.now() - begin)} ms`,
);
