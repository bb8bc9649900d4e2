import { resolve } from 'node:path';
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';
import type { Channel } from 'storybook/internal/channels';
import { REQUEST_WHATS_NEW_DATA, RESULT_WHATS_NEW_DATA } from 'storybook/internal/core-events';

/**
 * Zodra de manager in een browser opent, vraagt Storybook het nieuws op bij storybook.js.org,
 * ook met `disableWhatsNewNotifications`. Die vraag beantwoorden we hier zelf („geen nieuws”),
 * zodat de dev-server nooit naar buiten belt.
 */
const geenNieuwsVanBuiten = async (channel: Channel): Promise<Channel> => {
  channel.removeAllListeners(REQUEST_WHATS_NEW_DATA);
  channel.on(REQUEST_WHATS_NEW_DATA, () => channel.emit(RESULT_WHATS_NEW_DATA, { data: { status: 'ERROR' } }));
  return channel;
};

const PROJECT = resolve(import.meta.dirname, '..');

/**
 * `virtual:mw-themas`: de thema's voor de knop „Thema” (themas/lijst.ts), alleen die uit MW_THEMAS (komma's; standaard
 * alle), plus een eigen thema als MW_THEMA_CSS en MW_THEMA_KLASSE gezet zijn. Elk thema laadt zijn CSS pas als het
 * gekozen wordt (`?inline`, een eigen stuk in de build); wat niet gekozen is, komt niet in `storybook-static/`.
 */
async function themaModule(): Promise<Plugin> {
  const { THEMAS } = await import('../themas/lijst.js');
  const gekozen = process.env.MW_THEMAS?.split(',').map((id) => id.trim()).filter(Boolean);
  const themas = THEMAS.filter((thema) => !gekozen || gekozen.includes(thema.id));
  const { MW_THEMA_CSS: css, MW_THEMA_KLASSE: klasse } = process.env;
  const eigen = Boolean(css && klasse);
  if (css && klasse) {
    themas.unshift({
      id: 'eigen',
      titel: process.env.MW_THEMA_NAAM || 'Eigen thema',
      klasse,
      bladen: css.split(',').map((blad) => resolve(blad.trim())),
      donker: process.env.MW_THEMA_DONKER === '1',
    });
  }
  const pad = (blad: string) => (blad.startsWith('/') ? blad : blad.startsWith('./') ? resolve(PROJECT, blad) : resolve(PROJECT, 'node_modules', blad));
  const regels = themas.map(
    ({ bladen, ...thema }) =>
      `{ ...${JSON.stringify(thema)}, laad: () => Promise.all([${bladen.map((blad) => `import(${JSON.stringify(`${pad(blad)}?inline`)})`).join(', ')}]).then((m) => m.map((b) => b.default)) }`,
  );
  const code = `export const themas = [\n${regels.join(',\n')}\n];\nexport const beginThema = ${JSON.stringify(eigen ? 'eigen' : '')};\n`;
  return {
    name: 'mw-themas',
    resolveId: (id) => (id === 'virtual:mw-themas' ? '\0virtual:mw-themas' : undefined),
    load: (id) => (id === '\0virtual:mw-themas' ? code : undefined),
  };
}

/** Storybook voor de kaarten. Werkt zonder internet: geen telemetrie, geen nieuws, geen versiecontrole (`--no-version-updates`). */
const config: StorybookConfig & { experimental_serverChannel: typeof geenNieuwsVanBuiten } = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
  },
  // Geen onboardingblok „Get started” van Storybook zelf: de eerste pagina is onze Introductie.
  features: {
    sidebarOnboardingChecklist: false,
    menuOnboardingChecklist: false,
  },
  /**
   * Eén Lit in de dev-server. De renderer van Storybook (`@storybook/web-components`) importeert
   * `lit/directive-helpers.js`; Vite bundelt de afhankelijkheden van de verhalen vooraf (`lit` met lit-html erin),
   * maar ziet die import niet, omdat Storybooks eigen pakketten niet vooraf gebundeld worden. Hij serveerde
   * `lit-html` daarom een tweede keer los uit node_modules („Multiple versions of Lit loaded”). In dezelfde
   * voorbundeling delen beide één lit-html. De statische build (Rollup) had maar één kopie.
   */
  viteFinal: async (vite) => ({
    ...vite,
    plugins: [...(vite.plugins ?? []), await themaModule()],
    optimizeDeps: { ...vite.optimizeDeps, include: [...(vite.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'] },
  }),
  // Een preset-hook van Storybook 10 die (nog) niet in StorybookConfig staat.
  experimental_serverChannel: geenNieuwsVanBuiten,
};

export default config;
