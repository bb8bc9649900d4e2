import { defineer } from '../gedeeld/defineer.js';
import { MwBegrippen } from './begrippen.component.js';

export { MwBegrippen };

defineer('mw-begrippen', MwBegrippen);

declare global {
  interface HTMLElementTagNameMap {
    'mw-begrippen': MwBegrippen;
  }
}
