import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * Bouwt het Vue-voorbeeld naar examples/vue/dist/ (niet in git). Zonder @vitejs/plugin-vue (geen .vue-bestanden):
 * de template staat als tekst in main.ts en wordt in de browser gecompileerd, daarom wijst `vue` naar de
 * volledige build met de templatecompiler. Het pakket komt binnen via zijn eigen naam, zoals na `npm install`.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  publicDir: false,
  resolve: { alias: [{ find: /^vue$/, replacement: 'vue/dist/vue.esm-bundler.js' }] },
  define: {
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  build: { outDir: 'dist', emptyOutDir: true, reportCompressedSize: false },
});
