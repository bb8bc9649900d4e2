/**
 * Rendert examples/react-componenten op de server, zoals Next.js of Remix dat doen: esbuild bundelt src/server.tsx
 * voor Node (met de exportvoorwaarde `node`, dus de serverversies van @lit/react, @lit-labs/ssr-react en Lit) en
 * `renderToString` maakt de HTML, met de shadow DOM van de kaart. Die komt in dist/index.html (de browser hydrateert
 * haar); dist/client.html blijft leeg (alleen client).
 */
import { build } from 'esbuild';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** @param {string} map de map van het voorbeeld, met `/` aan het eind */
export async function rendereOpServer(map) {
  const { outputFiles } = await build({
    absWorkingDir: map,
    entryPoints: ['src/server.tsx'],
    bundle: true,
    format: 'esm',
    platform: 'node',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    // react-dom/server gebruikt require() voor ingebouwde modules van Node.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    write: false,
    logLevel: 'warning',
  });
  const tijdelijk = await mkdtemp(join(tmpdir(), 'mw-server-'));
  const bestand = join(tijdelijk, 'server.mjs');
  await writeFile(bestand, outputFiles[0].text);
  const { renderOpServer } = await import(pathToFileURL(bestand).href).finally(() => rm(tijdelijk, { recursive: true, force: true }));
  const html = renderOpServer();
  const pagina = await readFile(`${map}dist/index.html`, 'utf8');
  if (!pagina.includes('<!--app-->')) throw new Error(`${map}dist/index.html: geen <!--app--> om de server-HTML in te zetten.`);
  await copyFile(`${map}dist/index.html`, `${map}dist/client.html`);
  await writeFile(`${map}dist/index.html`, pagina.replace('<!--app-->', () => html));
  return html.length;
}
