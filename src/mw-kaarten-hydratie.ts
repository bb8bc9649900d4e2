/**
 * De bundel voor een pagina die de kaarten al als HTML bevat (op de server gerenderd met Lit SSR, zoals
 * `npm run export`): dezelfde kaarten als mw-kaarten.js, met de hydratieondersteuning van Lit ervóór, zoals Lit
 * het voorschrijft (vóór Lit geladen). De kaarten nemen de HTML van de server over in plaats van opnieuw te tekenen.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

export * from './mw-kaarten.js';
