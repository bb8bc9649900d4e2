import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const voerUit = promisify(execFile);
const SCRIPT = fileURLToPath(new URL('../server/render.mjs', import.meta.url));

/**
 * Web Test Runner-commando `server-render` voor test/server-render.test.ts: rendert een kaart in een eigen
 * Node-proces met Lit SSR (test/server/render.mjs), met de gegeven attributen, en geeft `{ html, waarschuwingen }`.
 */
export function serverRenderPlugin() {
  return {
    name: 'server-render',
    async executeCommand({ command, payload }) {
      if (command !== 'server-render') return undefined;
      const { tag, attributen = '' } = payload;
      const { stdout, stderr } = await voerUit(process.execPath, [SCRIPT, tag, attributen], { maxBuffer: 16 * 1024 * 1024 });
      return { html: stdout, waarschuwingen: stderr };
    },
  };
}
