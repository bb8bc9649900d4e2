import { defineer } from '../gedeeld/defineer.js';
import { MwArgumentenKaart } from './argumenten-kaart.component.js';

export { MwArgumentenKaart };

defineer('mw-argumenten-kaart', MwArgumentenKaart);

declare global {
  interface HTMLElementTagNameMap {
    'mw-argumenten-kaart': MwArgumentenKaart;
  }
}
