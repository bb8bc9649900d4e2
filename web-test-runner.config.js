import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { cmsPlugin } from './test/plugins/cms.js';
import { editorDataPlugin } from './test/plugins/editor-data.js';
import { klembordPlugin } from './test/plugins/klembord.js';
import { mediaPlugin } from './test/plugins/media.js';
import { pakketPlugin } from './test/plugins/pakket.js';
import { tellingReporter } from './test/plugins/telling.js';
import { toegankelijkheidsboomPlugin } from './test/plugins/toegankelijkheidsboom.js';
import { vijandigeOmgeving } from './test/plugins/vijandige-omgeving.js';

/** Tests draaien in Chromium van het systeem (Debian: /usr/bin/chromium), headless en zonder netwerk. */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [vijandigeOmgeving()],
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: 'tsconfig.json', target: 'es2022' }), toegankelijkheidsboomPlugin(), mediaPlugin(), klembordPlugin(), cmsPlugin(), pakketPlugin(), editorDataPlugin()],
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        args: [
          '--no-sandbox',
          '--disable-dev-shm-usage',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
        ],
      },
    }),
  ],
  reporters: [defaultReporter(), tellingReporter()],
  testFramework: { config: { timeout: 10000 } },
  concurrency: 1,
};
