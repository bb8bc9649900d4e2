import { defineer } from '../gedeeld/defineer.js';
import { MwVerslag } from './verslag.component.js';

export { MwVerslag };

defineer('mw-verslag', MwVerslag);

declare global {
  interface HTMLElementTagNameMap {
    'mw-verslag': MwVerslag;
  }
}
