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

/** Drie kaarten en het verslag op één pagina: het verslag verzamelt wat op de kaarten gemarkeerd wordt. */
const pagina = (verslag?: unknown, taal = 'nl') => html`<div lang=${taal} style="display: grid; gap: 1rem; max-inline-size: 48rem">
  <mw-signalen-kaart markeerbaar compact></mw-signalen-kaart>
  <mw-argumenten-kaart markeerbaar compact thema="welzijn"></mw-argumenten-kaart>
  <mw-vragen-kaart markeerbaar compact fase="tijdens"></mw-vragen-kaart>
  <mw-verslag .verslag=${verslag} @mw-verslag=${(gebeurtenis: CustomEvent) => meldVerslag(gebeurtenis.detail)}></mw-verslag>
</div>`;

export default {
  title: 'Casus/Verslag',
  component: 'mw-verslag',
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
export const Leeg: Verhaal = { render: () => pagina() };

/** Een bewaard verslag teruggezet met de eigenschap `verslag`: de kaarten en de afweging staan er weer. */
export const Teruggezet: Verhaal = { render: () => pagina(voorbeeldverslag) };

/** De interface in het Engels (`lang="en"`); de kaarttekst blijft Nederlands. */
export const Engels: Verhaal = { render: () => pagina(voorbeeldverslag, 'en') };

/** Een verslag met een onbekend item, een andere versie en HTML in de notitie: één melding, het geldige blijft. */
export const VijandigVerslag: Verhaal = {
  render: () =>
    pagina({
      ...voorbeeldverslag,
      versie: 2,
      kaarten: [...voorbeeldverslag.kaarten, { kaart: 'signalen', markeringen: [{ item: 'signalen-bestaat-niet', notitie: '<img src=x onerror=alert(1)>' }] }],
    }),
};
