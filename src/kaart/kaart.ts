import { defineer } from '../gedeeld/defineer.js';
import { MwKaart } from './kaart.component.js';

export { MwKaart };
export type { FoutDetail } from './kaart.component.js';

defineer('mw-kaart', MwKaart);

declare global {
  interface HTMLElementTagNameMap {
    'mw-kaart': MwKaart;
  }
}
