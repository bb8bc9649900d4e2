/**
 * Laadt een TypeScript-module uit deze repository in Node: esbuild bundelt haar in het geheugen en Node
 * importeert het resultaat. Zo gebruiken scripts dezelfde bron als de elementen, zonder bouwstap.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const WORTEL = fileURLToPath(new URL('../../', import.meta.url));

/** @param {string} ingang pad vanaf de wortel van de repository, bijvoorbeeld `src/catalogus.ts` */
export async function laadTypeScript(ingang) {
  const { outputFiles } = await build({
    absWorkingDir: WORTEL,
    entryPoints: [ingang],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
}
