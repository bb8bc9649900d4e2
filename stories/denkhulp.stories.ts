import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { action } from 'storybook/actions';
import '../src/denkhulp/denkhulp.js';
import { voorbeeldverslag } from './verslag-voorbeelden.js';

type Verhaal = StoryObj;

const meldVerslag = action('mw-verslag');

interface DenkhulpArgs {
  kaarten: string;
  fase: string;
  breedte: number;
  'heading-level': number;
  lang: string;
  verslag?: unknown;
}

/** De denkhulp in een zijbalk van de gekozen breedte, zoals in een zaaksysteem. */
const teken = (args: DenkhulpArgs) => html`<aside style="inline-size: ${args.breedte}px" aria-label="Denkhulp maatwerk">
  <mw-denkhulp
    kaarten=${args.kaarten}
    fase=${args.fase || nothing}
    heading-level=${args['heading-level']}
    lang=${args.lang}
    .verslag=${args.verslag}
    @mw-verslag=${(gebeurtenis: CustomEvent) => meldVerslag(gebeurtenis.detail)}
  ></mw-denkhulp>
</aside>`;

export default {
  title: 'Casus/Denkhulp',
  component: 'mw-denkhulp',
  render: (args) => teken(args as DenkhulpArgs),
  args: { kaarten: 'signalen vragen argumenten', fase: 'tijdens', breedte: 320, 'heading-level': 2, lang: 'nl' },
  argTypes: {
    breedte: { control: { type: 'range', min: 280, max: 1280, step: 20 } },
    'heading-level': { control: 'select', options: [1, 2, 3, 4, 5, 6] },
    lang: { control: 'inline-radio', options: ['nl', 'en'] },
    fase: { control: 'select', options: ['', 'voor', 'tijdens', 'na'] },
  },
  parameters: {
    docs: {
      description: {
        component:
          'De kaarten van één casus in één zijbalk: tabbladen (WAI-ARIA APG Tabs; pijlen, Home en End) met het verslag als laatste. Markeringen en notities blijven bij het wisselen.',
      },
    },
  },
} satisfies Meta;

/** Signalen herkennen, vragen tijdens het toepassen, argumenten afwegen, en het verslag: in een zijbalk van 320 px. */
export const Zijbalk320: Verhaal = {};

/** De smalste zijbalk: de tabbladen lopen door op een tweede regel, geen kaart valt weg. */
export const Zijbalk280: Verhaal = { args: { breedte: 280 } };

/** Een bewaarde casus teruggezet met `verslag`: alle kaarten en de afweging. */
export const Teruggezet: Verhaal = { args: { verslag: voorbeeldverslag } };

/** Vijf kaarten voor beleid en uitvoering, breed. */
export const Breed: Verhaal = { args: { kaarten: 'signalen argumenten vragen vragen-maatwerk lessen', breedte: 1024 } };

/** De interface in het Engels. */
export const Engels: Verhaal = { args: { lang: 'en', verslag: voorbeeldverslag } };
