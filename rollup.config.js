import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyHTMLLiterals } from 'minify-literals';

const kaarten = ['signalen', 'argumenten', 'vragen', 'vragen-beleid', 'vragen-maatwerk', 'lessen'];

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
  'src/react/index.ts',
];

/** Verkleint de CSS in `css\`…\`` en de HTML in `html\`…\`` van Lit; de tekst in de templates blijft gelijk. */
const verkleinLiterals = () => ({
  name: 'verklein-literals',
  async transform(code, id) {
    if (!/\.[jt]s$/.test(id) || id.includes('node_modules')) return null;
    const uitkomst = await minifyHTMLLiterals(code, {
      fileName: id,
      html: { collapseWhitespace: true, conservativeCollapse: true, removeComments: true },
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

/** Een zelfstandige ES-module met Lit erin, verkleind, voor gebruik zonder bouwstap. */
const zelfstandigeBundel = (input, file) => ({
  input,
  output: { file, format: 'es', sourcemap: true },
  plugins: [
    nodeResolve({ exportConditions: ['production'] }),
    compacteInhoud(),
    json({ preferConst: true, compact: true }),
    tsBuild({ declaration: false, outDir: 'dist' }),
    verkleinLiterals(),
    terser({ ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: false } }),
  ],
});

export default [
  // Voor npm-gebruikers: ES-modules per element, met typen; Lit blijft een afhankelijkheid.
  {
    input: npmIngangen,
    external: [/^lit($|\/)/, /^@lit\//, /^valibot($|\/)/, /^tslib$/, /^react($|\/)/],
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
  // Voor `<script type="module">`: één zelfstandige bundel met Lit erin.
  zelfstandigeBundel('src/mw-kaarten.ts', 'dist/mw-kaarten.js'),
  // Los daarvan: eigen kaarten (<mw-kaart>), met de controle van de inhoud.
  zelfstandigeBundel('src/mw-eigen-kaart.ts', 'dist/mw-eigen-kaart.js'),
];
