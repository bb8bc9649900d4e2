/**
 * De bundel voor `<script type="module" src="mw-kaarten.js">`: registreert alle kaarten en
 * <mw-begrippen>, met Lit erin, zonder bouwstap bij de gebruiker. Zet ook een kaart in elk
 * element met `data-mw-kaart`, voor intranetten waar de editor onbekende tags weghaalt.
 * De tekst van elke kaart en de begrippen zijn losse stukken in `gedeeld/` naast dit bestand, die pas laden
 * als de kaart getekend wordt. Een kaart die de server al als HTML in de pagina zette (Lit SSR), hydrateert.
 */
// Vóór Lit: zo neemt een kaart met server-HTML (declaratieve shadow DOM) die HTML over in plaats van opnieuw te tekenen.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { volgDataKaarten } from './insluiten/data-mw-kaart.js';

export * from './index.js';
export { volgDataKaarten, werkDataKaartenBij, zetKaartIn } from './insluiten/data-mw-kaart.js';

volgDataKaarten();
