import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * Bouwt het React-voorbeeld naar examples/react/dist/ (niet in git). Het pakket komt binnen via zijn
 * eigen naam (`maatwerk-kaarten`, de exports in package.json), zoals in een project dat het installeert.
 * Geen plugin nodig: Vite zet TSX zelf om (Oxc, automatische JSX-runtime van React).
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: { outDir: 'dist', emptyOutDir: true, reportCompressedSize: false },
});
