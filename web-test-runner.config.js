import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { afdrukPdfPlugin } from './test/plugins/afdruk-pdf.js';
import { cmsPlugin } from './test/plugins/cms.js';
import { editorDataPlugin } from './test/plugins/editor-data.js';
import { klembordPlugin } from './test/plugins/klembord.js';
import { mediaPlugin } from './test/plugins/media.js';
import { launchers, motorPlugin } from './test/plugins/motoren.js';
import { pakketPlugin } from './test/plugins/pakket.js';
import { schermafdrukPlugin } from './test/plugins/schermafdruk.js';
import { serverRenderPlugin } from './test/plugins/server-render.js';
import { tellingReporter } from './test/plugins/telling.js';
import { toegankelijkheidsboomPlugin } from './test/plugins/toegankelijkheidsboom.js';
import { toetsenbordPlugin } from './test/plugins/toetsenbord.js';
import { vijandigeOmgeving } from './test/plugins/vijandige-omgeving.js';

/**
 * Tests draaien in Chromium, Firefox en WebKit van het systeem (zie test/plugins/motoren.js), headless en zonder
 * netwerk; één motor met `npm test -- --browser firefox`.
 */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [vijandigeOmgeving()],
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: 'tsconfig.json', target: 'es2022' }), toegankelijkheidsboomPlugin(), mediaPlugin(), klembordPlugin(), toetsenbordPlugin(), motorPlugin(), cmsPlugin(), pakketPlugin(), editorDataPlugin(), schermafdrukPlugin(), afdrukPdfPlugin(), serverRenderPlugin()],
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  browsers: launchers(),
  reporters: [defaultReporter(), tellingReporter()],
  testFramework: { config: { timeout: 10000 } },
  concurrency: 1,
};
