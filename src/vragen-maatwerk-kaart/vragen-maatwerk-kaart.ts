import { defineer } from '../gedeeld/defineer.js';
import { MwVragenMaatwerkKaart } from './vragen-maatwerk-kaart.component.js';

export { MwVragenMaatwerkKaart };

defineer('mw-vragen-maatwerk-kaart', MwVragenMaatwerkKaart);

declare global {
  interface HTMLElementTagNameMap {
    'mw-vragen-maatwerk-kaart': MwVragenMaatwerkKaart;
  }
}
