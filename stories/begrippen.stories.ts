import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/begrippen/begrippen.js';
import type { Verhaal } from './helpers.js';

/** De begrippen uit het boek (pagina 6 en 7), waar de toelichting van elke kaart naar verwijst. */
export default {
  title: 'Kaarten/Begrippen',
  component: 'mw-begrippen',
  argTypes: { 'heading-level': { control: 'select', options: [1, 2, 3, 4, 5, 6, 'auto'] }, headingLevel: { control: { disable: true } } },
  render: (args) => html`<mw-begrippen heading-level=${args['heading-level'] ?? 2}></mw-begrippen>`,
} satisfies Meta;

export const Begrippen: Verhaal = {};

/** In een zijbalk van 280 pixels wordt de tabel een reeks blokken, met de percentages nog steeds als tekst. */
export const Smal: Verhaal = {
  decorators: [(verhaal) => html`<aside aria-label="Zijbalk" style="inline-size: 280px">${verhaal()}</aside>`],
};
