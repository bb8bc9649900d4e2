import { defineer } from '../gedeeld/defineer.js';
import { MwVragenKaart } from './vragen-kaart.component.js';

export { MwVragenKaart };

defineer('mw-vragen-kaart', MwVragenKaart);

declare global {
  interface HTMLElementTagNameMap {
    'mw-vragen-kaart': MwVragenKaart;
  }
}
