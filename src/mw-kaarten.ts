/**
 * De bundel voor `<script type="module" src="mw-kaarten.js">`: registreert alle kaarten en
 * <mw-begrippen>, met Lit erin, zonder bouwstap bij de gebruiker. Zet ook een kaart in elk
 * element met `data-mw-kaart`, voor intranetten waar de editor onbekende tags weghaalt.
 * De tekst van elke kaart en de begrippen zijn losse stukken in `gedeeld/` naast dit bestand, die pas laden
 * als de kaart getekend wordt. Een kaart die de server al als HTML in de pagina zette (Lit SSR), hydrateert.
 */
// Als eerste: staat er server-HTML (declaratieve shadow DOM) in de pagina, dan wachten de elementen met registreren
// tot de hydratieondersteuning geladen is, en nemen ze die HTML over in plaats van opnieuw te tekenen.
import './insluiten/hydratie-op-aanvraag.js';
// Dan: de tekst van de kaarten die al in de pagina staan, begint te laden (na het verzoek om de hydratieondersteuning:
// over HTTP/1.1 gaan er maar zes verzoeken tegelijk naar één server, en zonder die ondersteuning hydrateert niets).
import './insluiten/teksten-vooruit.js';
import { volgDataKaarten } from './insluiten/data-mw-kaart.js';

export * from './index.js';
export { volgDataKaarten, werkDataKaartenBij, zetKaartIn } from './insluiten/data-mw-kaart.js';

volgDataKaarten();
