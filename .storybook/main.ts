import type { StorybookConfig } from '@storybook/web-components-vite';
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
  viteFinal: (vite) => ({
    ...vite,
    optimizeDeps: { ...vite.optimizeDeps, include: [...(vite.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'] },
  }),
  // Een preset-hook van Storybook 10 die (nog) niet in StorybookConfig staat.
  experimental_serverChannel: geenNieuwsVanBuiten,
};

export default config;
