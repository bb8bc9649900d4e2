/**
 * Bundelgroottes: de bundels in dist/ (dist/mw-kaarten.js, eventuele stukken in dist/gedeeld/ en andere
 * `dist/mw-*.js`), en per element de ingang uit dist/esm met Lit erbij en zonder Lit, zoals een npm-gebruiker ze
 * zou bundelen. Verkleind met terser (met dezelfde opties als de bundel), gzip niveau 9 en brotli kwaliteit 11.
 * Bouwt niets: werkt op een kopie van dist/ (zie `kopieVanDist`), zodat een nieuwe build tijdens
 * de meting (die dist/ eerst weggooit) de meting niet breekt.
 */
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';

export const ELEMENTEN = [
  { element: 'mw-signalen-kaart', ingang: 'dist/esm/src/signalen-kaart/signalen-kaart.js' },
  { element: 'mw-argumenten-kaart', ingang: 'dist/esm/src/argumenten-kaart/argumenten-kaart.js' },
  { element: 'mw-vragen-kaart', ingang: 'dist/esm/src/vragen-kaart/vragen-kaart.js' },
  { element: 'mw-vragen-beleid-kaart', ingang: 'dist/esm/src/vragen-beleid-kaart/vragen-beleid-kaart.js' },
  { element: 'mw-vragen-maatwerk-kaart', ingang: 'dist/esm/src/vragen-maatwerk-kaart/vragen-maatwerk-kaart.js' },
  { element: 'mw-lessen-kaart', ingang: 'dist/esm/src/lessen-kaart/lessen-kaart.js' },
  { element: 'mw-begrippen', ingang: 'dist/esm/src/begrippen/begrippen.js' },
];

/** Lit (en tslib, voor de decorators): wat "zonder Lit" buiten de bundel laat. */
export const LIT = [/^lit($|\/)/, /^@lit\//, /^lit-html($|\/)/, /^lit-element($|\/)/, /^@lit-labs\//, /^tslib$/];

/** Wat de npm-modules als afhankelijkheid laten staan (zoals rollup.config.js). */
const AFHANKELIJK = [...LIT, /^valibot($|\/)/];

/** Lit en tslib komen uit node_modules van het project, ook voor de kopie van dist/ buiten het project. */
const NODE_MODULES = path.resolve('node_modules');

/** Dezelfde terser-opties als de bundel in rollup.config.js. */
export const verklein = () => terser({ ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: false } });

/** Kopieert dist/ naar een tijdelijke map. Geeft het pad en `weg()` om de kopie op te ruimen. */
export async function kopieVanDist() {
  const map = await mkdtemp(path.join(os.tmpdir(), 'mw-bench-'));
  const dist = path.join(map, 'dist');
  await cp('dist', dist, { recursive: true });
  return { dist, weg: () => rm(map, { recursive: true, force: true }) };
}

/** Het pad van `dist/…` in de kopie `dist`. */
export const inKopie = (dist, pad) => path.join(dist, path.relative('dist', pad));

/** Bytes verkleind, met gzip (niveau 9) en met brotli (kwaliteit 11). */
export function maten(code) {
  const bytes = Buffer.from(code);
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      },
    }).length,
  };
}

/**
 * Bundelt een ES-module uit dist/esm in het geheugen, verkleind, zoals de bundler van een npm-gebruiker: met Lit
 * erin, of met Lit (en valibot) erbuiten. Geeft wat meteen laadt: de ingang met de stukken die ze statisch
 * importeert (rollup zet gedeelde code in een eigen stuk). De kaartteksten en de functies achter `import()` tellen
 * niet mee (zie `bundelMetStukken`).
 */
export async function bundel(ingang, opties = {}) {
  const stukken = await bundelMetStukken(ingang, opties);
  const perNaam = new Map(stukken.map((stuk) => [stuk.fileName, stuk]));
  const meteen = new Set();
  const volg = (naam) => {
    if (meteen.has(naam) || !perNaam.has(naam)) return;
    meteen.add(naam);
    for (const ander of perNaam.get(naam).imports) volg(ander);
  };
  volg(stukken[0].fileName);
  return [...meteen].map((naam) => perNaam.get(naam).code).join('\n');
}

/** Als `bundel`, maar met alle stukken: `[{ fileName, code, imports }]`, de ingang eerst. */
export async function bundelMetStukken(ingang, { metLit = true } = {}) {
  const bundle = await rollup({
    input: ingang,
    external: metLit ? [] : AFHANKELIJK,
    plugins: [nodeResolve({ exportConditions: ['production'], modulePaths: [NODE_MODULES] }), verklein()],
    onwarn: () => {},
  });
  try {
    const { output } = await bundle.generate({ format: 'es' });
    return output.filter((stuk) => stuk.type === 'chunk').map(({ fileName, code, imports }) => ({ fileName, code, imports }));
  } finally {
    await bundle.close();
  }
}

/** De bundels en de ingangen per element, gemeten in de kopie `dist` van dist/. */
export async function meetGroottes(dist) {
  const geheel = maten(await readFile(inKopie(dist, 'dist/mw-kaarten.js')));

  const andereBundels = {};
  for (const bestand of (await readdir(dist)).filter((b) => /^mw-.*\.js$/.test(b) && b !== 'mw-kaarten.js').sort()) {
    andereBundels[`dist/${bestand}`] = maten(await readFile(path.join(dist, bestand)));
  }

  // De losse stukken naast de ingang (dist/gedeeld/<naam>-<hash>.js), als de build ze maakt.
  const stukken = {};
  const gedeeld = path.join(dist, 'gedeeld');
  for (const bestand of existsSync(gedeeld) ? (await readdir(gedeeld)).filter((b) => b.endsWith('.js')).sort() : []) {
    stukken[bestand.replace(/-[\w-]{8}\.js$/, '')] = maten(await readFile(path.join(gedeeld, bestand)));
  }

  const perElement = [];
  for (const { element, ingang } of ELEMENTEN) {
    const metLit = maten(await bundel(inKopie(dist, ingang)));
    const alleen = maten(await bundel(inKopie(dist, ingang), { metLit: false }));
    perElement.push({ element, ingang, metLit, alleen });
  }

  return { geheel, andereBundels, stukken, perElement };
}
