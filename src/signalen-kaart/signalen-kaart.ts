import { defineer } from '../gedeeld/defineer.js';
import { MwSignalenKaart } from './signalen-kaart.component.js';

export { MwSignalenKaart };

defineer('mw-signalen-kaart', MwSignalenKaart);

declare global {
  interface HTMLElementTagNameMap {
    'mw-signalen-kaart': MwSignalenKaart;
  }
}
