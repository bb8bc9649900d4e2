/**
 * De catalogus van de zes kaarten (src/catalogus.ts: id, tag, het attribuut dat een deel kiest, en de
 * inhoud uit content/), voor scripts in Node. Net als scripts/schrijf-kaartschema.mjs bundelt esbuild
 * het TypeScript-bestand in het geheugen; zo is er maar één lijst.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const WORTEL = fileURLToPath(new URL('../../', import.meta.url));

/** @returns {Promise<readonly import('../../src/catalogus.ts').KaartInCatalogus[]>} */
export async function leesCatalogus() {
  const { outputFiles } = await build({
    absWorkingDir: WORTEL,
    entryPoints: ['src/catalogus.ts'],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  const module = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
  return module.catalogus;
}
