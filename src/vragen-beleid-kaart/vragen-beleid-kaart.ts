import { defineer } from '../gedeeld/defineer.js';
import { MwVragenBeleidKaart } from './vragen-beleid-kaart.component.js';

export { MwVragenBeleidKaart };

defineer('mw-vragen-beleid-kaart', MwVragenBeleidKaart);

declare global {
  interface HTMLElementTagNameMap {
    'mw-vragen-beleid-kaart': MwVragenBeleidKaart;
  }
}
