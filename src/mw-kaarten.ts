/**
 * De bundel voor `<script type="module" src="mw-kaarten.js">`: één bestand met Lit, alle kaarten met hun tekst en
 * <mw-begrippen>, zonder bouwstap bij de gebruiker en zonder verdere verzoeken. Zet ook een kaart in elk element
 * met `data-mw-kaart`, voor intranetten waar de editor onbekende tags weghaalt.
 */
import { volgDataKaarten } from './insluiten/data-mw-kaart.js';

export * from './index.js';
export { volgDataKaarten, werkDataKaartenBij, zetKaartIn } from './insluiten/data-mw-kaart.js';

volgDataKaarten();
