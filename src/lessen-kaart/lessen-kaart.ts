import { defineer } from '../gedeeld/defineer.js';
import { MwLessenKaart } from './lessen-kaart.component.js';

export { MwLessenKaart };

defineer('mw-lessen-kaart', MwLessenKaart);

declare global {
  interface HTMLElementTagNameMap {
    'mw-lessen-kaart': MwLessenKaart;
  }
}
