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
  'src/begrippen/begrippen.component.ts',
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

const tsBuild = (extra = {}) =>
  typescript({ tsconfig: 'tsconfig.build.json', noEmitOnError: true, importHelpers: false, ...extra });

export default [
  // Voor npm-gebruikers: ES-modules per element, met typen; Lit blijft een afhankelijkheid.
  {
    input: npmIngangen,
    external: [/^lit($|\/)/, /^@lit\//, /^valibot($|\/)/, /^tslib$/],
    output: {
      dir: 'dist/esm',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: '.',
      sourcemap: true,
    },
    plugins: [
      json({ preferConst: true }),
      tsBuild({ declaration: true, declarationDir: 'dist/esm', outDir: 'dist/esm' }),
      verkleinLiterals(),
    ],
  },
  // Voor `<script type="module">`: één zelfstandige bundel met Lit erin.
  {
    input: 'src/mw-kaarten.ts',
    output: { file: 'dist/mw-kaarten.js', format: 'es', sourcemap: true },
    plugins: [
      nodeResolve({ exportConditions: ['production'] }),
      json({ preferConst: true, compact: true }),
      tsBuild({ declaration: false, outDir: 'dist' }),
      verkleinLiterals(),
      terser({ ecma: 2022, module: true, format: { comments: false } }),
    ],
  },
];
