/**
 * De bundel voor `<script type="module" src="mw-kaarten.js">`: registreert alle kaarten en
 * <mw-begrippen>, met Lit erin, zonder bouwstap bij de gebruiker. Zet ook een kaart in elk
 * element met `data-mw-kaart`, voor intranetten waar de editor onbekende tags weghaalt.
 */
import { volgDataKaarten } from './insluiten/data-mw-kaart.js';

export * from './index.js';
export { volgDataKaarten, werkDataKaartenBij, zetKaartIn } from './insluiten/data-mw-kaart.js';

volgDataKaarten();
