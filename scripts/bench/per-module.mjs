/**
 * Per module van één element (zonder Lit): hoeveel gzip-bytes elk bestand ongeveer kost. Elk module wordt los
 * verkleind (zoals het na tree-shaking in de bundel staat) en los gezipt; de som is dus groter dan het geheel,
 * maar de verhoudingen laten zien welke onderdelen zwaar zijn.
 * terser komt van @rollup/plugin-terser (geen eigen afhankelijkheid nodig).
 */
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { LIT, maten } from './groottes.mjs';

const { minify } = createRequire(fileURLToPath(import.meta.resolve('@rollup/plugin-terser')))('terser');

/** Het pad vanaf `dist/esm/` (of de kopie daarvan), voor in de tabel. */
const kortPad = (id) => id.split(`${path.sep}esm${path.sep}`).pop().replaceAll(path.sep, '/');

/** Per module van `ingang` (een bestand in dist/esm): verkleind en gzip, van groot naar klein. */
export async function meetPerModule(ingang) {
  const bundle = await rollup({ input: ingang, external: [...LIT, /^valibot($|\/)/], plugins: [nodeResolve()], onwarn: () => {} });
  try {
    const { output } = await bundle.generate({ format: 'es' });
    // De ingang en wat ze statisch importeert (de ingang kan een gevel zijn voor een gedeeld stuk); niet wat pas op
    // aanvraag laadt (`import()`): dat telt niet mee voor het element bij het laden.
    const perNaam = new Map(output.map((stuk) => [stuk.fileName, stuk]));
    const statisch = new Set([output[0]]);
    for (const stuk of statisch) for (const naam of stuk.imports ?? []) if (perNaam.has(naam)) statisch.add(perNaam.get(naam));
    const modules = [];
    for (const [id, module] of [...statisch].flatMap((stuk) => Object.entries(stuk.modules ?? {}))) {
      if (!module.code) continue;
      // Zonder toplevel: de declaraties van het module blijven staan, ook al gebruikt het module ze zelf niet.
      const { code } = await minify(module.code, { ecma: 2022, compress: { passes: 3 }, mangle: true, toplevel: false, format: { comments: false } });
      modules.push({ module: kortPad(id), ...maten(code) });
    }
    return modules.sort((a, b) => b.gzip - a.gzip);
  } finally {
    await bundle.close();
  }
}
