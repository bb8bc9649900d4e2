import { LitElement } from 'lit';
import { zetRegistratiePoort } from '../gedeeld/defineer.js';
import { kaarten } from '../kaarten.js';

/** De elementen die een server (Lit SSR, `npm run export`) als HTML in een pagina kan zetten. */
const SERVERTAGS = [...kaarten.map((kaart) => kaart.tag), 'mw-begrippen', 'mw-kaart'].join(',');

/** Of er een van onze elementen met een (declaratieve) shadow root in het document staat: server-HTML. */
export const heeftServerHtml = (document: Document): boolean => [...document.querySelectorAll(SERVERTAGS)].some((element) => element.shadowRoot !== null);

type Installeer = (lit: { LitElement: typeof LitElement }) => void;

/**
 * Alleen voor de drop-in-bundel, als eerste import van src/mw-kaarten.ts (besluit 16): staat er server-HTML van een
 * kaart in de pagina, dan laadt de hydratieondersteuning van Lit als los stuk, en registreren de elementen pas als
 * ze geïnstalleerd is. Lit roept haar anders zelf aan als ze vóór Lit geladen is; hier roepen we haar aan, vóór de
 * eerste registratie. Zonder server-HTML laadt er niets extra en registreren de elementen meteen. Laadt het stuk
 * niet, dan registreren ze toch: de kaarten tekenen dan opnieuw in plaats van te hydrateren (één waarschuwing).
 * Server-HTML die later in de pagina komt (na het registreren), tekent ook opnieuw.
 */
function hydrateerWaarNodig(): void {
  if (typeof document === 'undefined' || !heeftServerHtml(document)) return;
  zetRegistratiePoort(
    import('@lit-labs/ssr-client/lit-element-hydrate-support.js').then(
      () => (globalThis as { litElementHydrateSupport?: Installeer }).litElementHydrateSupport?.({ LitElement }),
      (fout: unknown) => console.warn('maatwerk-kaarten: de hydratieondersteuning laadde niet; de kaarten tekenen opnieuw.', fout),
    ),
  );
}

hydrateerWaarNodig();
