import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import licentie from 'rollup-plugin-license';
import { minifyHTMLLiterals } from 'minify-literals';
import { laadTypeScript } from './scripts/gedeeld/laad-typescript.mjs';

/** De kaarten uit de ene lijst in src/kaarten.ts. */
const kaarten = (await laadTypeScript('src/kaarten.ts')).kaarten.map((kaart) => kaart.id);

/** Per kaart twee ingangen: de klasse zonder bijwerkingen en het bestand dat de tag registreert. */
const npmIngangen = [
  'src/index.ts',
  'src/inhoud/kaart.schema.ts',
  ...kaarten.flatMap((kaart) => [`src/${kaart}-kaart/${kaart}-kaart.ts`, `src/${kaart}-kaart/${kaart}-kaart.component.ts`]),
  'src/begrippen/begrippen.ts',
  'src/insluiten/data-mw-kaart.ts',
  'src/kaart/kaart.ts',
  'src/kaart/kaart.component.ts',
  'src/begrippen/begrippen.component.ts',
  'src/verslag/verslag.ts',
  'src/verslag/verslag.component.ts',
  'src/denkhulp/denkhulp.ts',
  'src/denkhulp/denkhulp.component.ts',
  'src/react/index.ts',
];

/** Verkleint de CSS in `css\`…\`` en de HTML in `html\`…\`` van Lit; de zichtbare tekst blijft gelijk. */
const verkleinLiterals = () => ({
  name: 'verklein-literals',
  async transform(code, id) {
    if (!/\.[jt]s$/.test(id) || id.includes('node_modules')) return null;
    // minify-literals 1.x (2.x vraagt Node 22): de opties gaan naar html-minifier-terser, de CSS naar clean-css.
    // Witruimte tussen blokken valt helemaal weg (niet conservatief): honderden lege tekstknopen minder per kaart;
    // rond inline-elementen blijft één spatie (test/verkleinde-templates.test.ts vergelijkt de zichtbare tekst).
    const uitkomst = await minifyHTMLLiterals(code, {
      fileName: id,
      minifyOptions: { collapseWhitespace: true, conservativeCollapse: false, removeComments: true },
    });
    return uitkomst ? { code: uitkomst.code, map: uitkomst.map } : null;
  },
});

/**
 * Voor de bundel: haalt uit de kaartinhoud wat afleidbaar is, zodat de bundel klein blijft: `$schema`,
 * item-ids die de vaste regel `<groep-id>-<n>` volgen, en `{ "tekst": … }` rond een item met alleen tekst
 * (het element maakt de items weer compleet, src/inhoud/item-ids.ts).
 */
const compacteInhoud = () => ({
  name: 'compacte-inhoud',
  transform(code, id) {
    if (!/[\\/]content[\\/][^\\/]+\.json$/.test(id)) return null;
    const inhoud = JSON.parse(code);
    delete inhoud.$schema;
    for (const deel of inhoud.delen ?? []) {
      for (const groep of deel.groepen) {
        groep.items = groep.items.map((item, i) => {
          if (item.id === `${groep.id}-${i + 1}`) delete item.id;
          return Object.keys(item).length === 1 && 'tekst' in item ? item.tekst : item;
        });
      }
    }
    return { code: JSON.stringify(inhoud), map: null };
  },
});

const tsBuild = (extra = {}) =>
  typescript({ tsconfig: 'tsconfig.build.json', noEmitOnError: true, importHelpers: false, ...extra });

/**
 * De plugins van de bundels voor `<script type="module">`: Lit erin, inhoud compact, alles verkleind. `notities`:
 * schrijf dist/THIRD-PARTY-NOTICES.txt (één build doet dat, voor alle bundels samen).
 */
const bundelPlugins = ({ notities = true } = {}) => [
  nodeResolve({ exportConditions: ['production'] }),
  compacteInhoud(),
  json({ preferConst: true, compact: true }),
  tsBuild({ declaration: false, outDir: 'dist' }),
  verkleinLiterals(),
  terser({ ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: false } }),
  // De licenties van wat de bundels meenemen (Lit, tslib, valibot), met hun tekst en copyright, in één bestand naast
  // de bundels (terser haalt het commentaar weg); alleen licenties die naast EUPL-1.2 passen, anders faalt de build.
  notities &&
  licentie({
    thirdParty: {
      output: { file: 'dist/THIRD-PARTY-NOTICES.txt' },
      allow: { test: '(MIT OR BSD-2-Clause OR BSD-3-Clause OR 0BSD OR ISC OR Apache-2.0)', failOnUnlicensed: true, failOnViolation: true },
    },
  }),
];

/**
 * Voor `<script type="module">`, zonder bouwstap: mw-kaarten.js is één bestand met Lit, alle kaarten, hun tekst en
 * elke functie, dat tekent zonder verder verzoek (besluit 18). mw-eigen-kaart.js importeert wat het deelt (Lit, de
 * basis, de kaarten) uit `./mw-kaarten.js` naast zich, zodat de pagina één Lit heeft (één Trusted Types-policy
 * `lit-html`, één registratie). Daarvoor importeert src/mw-eigen-kaart.ts src/mw-kaarten.ts, en mag mw-kaarten.js
 * extra (korte) exports hebben. Er ontstaan geen andere bestanden: `test/bundel.test.ts` bewaakt dat.
 */
const bundels = {
  input: ['src/mw-kaarten.ts', 'src/mw-eigen-kaart.ts'],
  preserveEntrySignatures: 'allow-extension',
  output: { dir: 'dist', format: 'es', sourcemap: true, entryFileNames: '[name].js' },
  plugins: bundelPlugins(),
};

/**
 * Voor een pagina met de kaarten al als HTML (Lit SSR): dezelfde kaarten met de hydratieondersteuning van Lit
 * ervóór, in één bestand.
 */
const hydratie = {
  input: 'src/mw-kaarten-hydratie.ts',
  output: { file: 'dist/mw-kaarten-hydratie.js', format: 'es', sourcemap: true },
  // Wat dit bestand meeneemt (Lit, tslib) staat al in de notities van de andere build.
  plugins: bundelPlugins({ notities: false }),
};

export default [
  // Voor npm-gebruikers: ES-modules per element, met typen; Lit blijft een afhankelijkheid.
  {
    input: npmIngangen,
    external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^valibot($|\/)/, /^tslib$/, /^react($|\/)/],
    output: {
      dir: 'dist/esm',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: '.',
      sourcemap: true,
      // De React-componenten gebruiken hooks: voor React Server Components (Next.js) zijn ze client-componenten.
      banner: (chunk) => (chunk.facadeModuleId?.endsWith('/src/react/index.ts') ? "'use client';" : ''),
    },
    plugins: [
      json({ preferConst: true }),
      tsBuild({ declaration: true, declarationDir: 'dist/esm', outDir: 'dist/esm' }),
      verkleinLiterals(),
    ],
  },
  bundels,
  hydratie,
];
