import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const kaarten = ['signalen', 'argumenten', 'vragen', 'vragen-beleid', 'vragen-maatwerk', 'lessen'];

/** Per kaart twee ingangen: de klasse zonder bijwerkingen en het bestand dat de tag registreert. */
const npmIngangen = [
  'src/index.ts',
  'src/inhoud/kaart.schema.ts',
  ...kaarten.flatMap((kaart) => [`src/${kaart}-kaart/${kaart}-kaart.ts`, `src/${kaart}-kaart/${kaart}-kaart.component.ts`]),
];

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
    plugins: [json({ preferConst: true }), tsBuild({ declaration: true, declarationDir: 'dist/esm', outDir: 'dist/esm' })],
  },
  // Voor `<script type="module">`: één zelfstandige bundel met Lit erin.
  {
    input: 'src/mw-kaarten.ts',
    output: { file: 'dist/mw-kaarten.js', format: 'es', sourcemap: true },
    plugins: [
      nodeResolve({ exportConditions: ['production'] }),
      json({ preferConst: true, compact: true }),
      tsBuild({ declaration: false, outDir: 'dist' }),
      terser({ ecma: 2022, module: true, format: { comments: false } }),
    ],
  },
];
