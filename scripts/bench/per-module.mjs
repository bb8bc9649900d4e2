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
    const modules = [];
    for (const [id, module] of Object.entries(output[0].modules)) {
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
