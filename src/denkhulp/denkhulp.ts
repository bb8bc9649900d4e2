import '../signalen-kaart/signalen-kaart.js';
import '../argumenten-kaart/argumenten-kaart.js';
import '../vragen-kaart/vragen-kaart.js';
import '../vragen-beleid-kaart/vragen-beleid-kaart.js';
import '../vragen-maatwerk-kaart/vragen-maatwerk-kaart.js';
import '../lessen-kaart/lessen-kaart.js';
import '../verslag/verslag.js';
import { defineer } from '../gedeeld/defineer.js';
import { MwDenkhulp } from './denkhulp.component.js';

export { MwDenkhulp };

defineer('mw-denkhulp', MwDenkhulp);

declare global {
  interface HTMLElementTagNameMap {
    'mw-denkhulp': MwDenkhulp;
  }
}
