import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { gedeeldeArgTypes, kaarten, tekenKaart, type Verhaal } from './helpers.js';

/** De zes kaarten op één pagina, in de volgorde van het boek. Dit ziet `npm start` als eerste. */
export default {
  title: 'Kaarten/Alle kaarten',
  tags: ['!autodocs'],
  // De tag om te plakken noemt alle zes; wat in Controls staat, geldt voor elk.
  parameters: { tagOmTePlakken: { tags: Object.values(kaarten).map((kaart) => kaart.tag) } },
  argTypes: gedeeldeArgTypes,
  args: { 'toelichting-open': false },
  render: (args) =>
    html`<div style="display: grid; gap: 2rem; max-inline-size: 80rem; margin-inline: auto">
      ${Object.values(kaarten).map((kaart) => tekenKaart(kaart, args))}
    </div>`,
} satisfies Meta;

export const AlleKaarten: Verhaal = { name: 'Alle kaarten' };
