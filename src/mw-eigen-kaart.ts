/**
 * De bundel voor eigen kaarten: `<script type="module" src="mw-eigen-kaart.js">` registreert
 * `<mw-kaart>`, met Lit, de controle van de inhoud (valibot) en de kaarten uit het boek om op voort te bouwen.
 * Los van mw-kaarten.js, zodat wie alleen de zes kaarten gebruikt die code niet laadt; andersom deelt deze bundel
 * Lit en de kaarten met mw-kaarten.js (dat hij naast zich importeert), zodat er op de pagina één Lit is.
 */
import './mw-kaarten.js';

export { MwKaart, type FoutDetail } from './kaart/kaart.js';
export { valideerKaart, valideerAanvulling } from './inhoud/kaart.schema.js';
export type { Aanvulling } from './inhoud/aanvulling.js';
