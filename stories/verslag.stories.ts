import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { action } from 'storybook/actions';
import '../src/signalen-kaart/signalen-kaart.js';
import '../src/argumenten-kaart/argumenten-kaart.js';
import '../src/vragen-kaart/vragen-kaart.js';
import '../src/verslag/verslag.js';
import { voorbeeldverslag } from './verslag-voorbeelden.js';

type Verhaal = StoryObj;

/** Laat elke `mw-verslag` zien in het paneel Actions, zoals de pagina het krijgt. */
const meldVerslag = action('mw-verslag');

interface VerslagArgs {
  lang: string;
  verslag?: unknown;
}

/**
 * Drie kaarten en het verslag op één pagina: het verslag verzamelt wat op de kaarten gemarkeerd wordt. De taal staat
 * op elk element, zoals een pagina die het ene element Engels geeft.
 */
let teller = 0;

const pagina = ({ lang, verslag }: VerslagArgs) => {
  // Elk verhaal zijn eigen casus (`voor`): op een Docs-pagina staan er meer naast elkaar.
  const casus = `casus-${(teller += 1)}`;
  return html`<div style="display: grid; gap: 1rem; max-inline-size: 48rem">
    <div id=${casus} style="display: grid; gap: 1rem">
      <mw-signalen-kaart markeerbaar compact lang=${lang}></mw-signalen-kaart>
      <mw-argumenten-kaart markeerbaar compact thema="welzijn" lang=${lang}></mw-argumenten-kaart>
      <mw-vragen-kaart markeerbaar compact fase="tijdens" lang=${lang}></mw-vragen-kaart>
    </div>
    <mw-verslag voor=${casus} lang=${lang} .verslag=${verslag} @mw-verslag=${(gebeurtenis: CustomEvent) => meldVerslag(gebeurtenis.detail)}></mw-verslag>
  </div>`;
};

export default {
  title: 'Casus/Verslag',
  component: 'mw-verslag',
  render: (args) => pagina(args as VerslagArgs),
  args: { lang: 'nl' },
  argTypes: { lang: { control: 'inline-radio', options: ['nl', 'en'] } },
  parameters: {
    docs: {
      description: {
        component:
          'Het verslag van de afweging in één casus: per kaart wat gemarkeerd is, met deel, kant en notitie, de eigen afweging, de datum en de zin dat de kaarten géén afvinklijst zijn. Markeer op een kaart en het verslag werkt bij; het telt en weegt niets.',
      },
    },
  },
} satisfies Meta;

/** Nog niets gemarkeerd: markeer iets op een kaart en kijk hoe het verslag bijwerkt. */
export const Leeg: Verhaal = {};

/** Een bewaard verslag teruggezet met de eigenschap `verslag`: de kaarten en de afweging staan er weer. */
export const Teruggezet: Verhaal = { args: { verslag: voorbeeldverslag } };

/** De interface in het Engels (`lang="en"`); de kaarttekst blijft Nederlands. */
export const Engels: Verhaal = { args: { verslag: voorbeeldverslag, lang: 'en' } };

/** Een verslag met een onbekend item, een andere versie en HTML in de notitie: één melding, het geldige blijft. */
export const VijandigVerslag: Verhaal = {
  args: {
    verslag: {
      ...voorbeeldverslag,
      versie: 2,
      kaarten: [...voorbeeldverslag.kaarten, { kaart: 'signalen', markeringen: [{ item: 'signalen-bestaat-niet', notitie: '<img src=x onerror=alert(1)>' }] }],
    },
  },
  tags: ['!autodocs'],
  parameters: { verwachteMeldingen: ['Versie ‘2’ in plaats van 1'] },
};
