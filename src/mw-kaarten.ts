/**
 * De bundel voor `<script type="module" src="mw-kaarten.js">`: registreert alle zes de kaarten,
 * met Lit erin, zonder bouwstap bij de gebruiker.
 */
export * from './index.js';
