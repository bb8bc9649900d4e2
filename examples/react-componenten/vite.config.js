import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * Bouwt de browserkant van het voorbeeld naar examples/react-componenten/dist/ (niet in git), als het React-voorbeeld.
 * scripts/bouw-voorbeelden.mjs rendert daarna src/server.tsx in Node en zet de HTML in dist/index.html;
 * dist/client.html blijft zonder server-HTML (alleen in de browser gerenderd).
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    reportCompressedSize: false,
    rolldownOptions: {
      // maatwerk-kaarten/react begint met 'use client' (voor React Server Components); in een gewone bundel
      // betekent dat niets, en Vite 8 meldt dat bij elke build. Andere waarschuwingen blijven staan.
      onwarn(waarschuwing, standaard) {
        if (waarschuwing.code === 'MODULE_LEVEL_DIRECTIVE' && waarschuwing.message.includes('"use client"')) return;
        standaard(waarschuwing);
      },
    },
  },
});
