import { OpAanvraag } from '../../gedeeld/op-aanvraag.js';
import type { drukAf } from './afdrukken.js';

/** Afdrukken met de knop van de kaart (`drukAf`): een stuk dat pas laadt als het menu „Meer” opengaat (besluit 16). */
export const afdrukStuk = new OpAanvraag(() => import('./afdrukken.js'));

type AfdrukStuk = OpAanvraag<{ drukAf: typeof drukAf }>;

/**
 * Drukt het element af. Is het stuk er al (het menu laadt het zodra het opengaat), dan meteen, nog binnen de klik:
 * zo blijft `print()` een handeling van de gebruiker. Anders na het laden; mislukt dat, dan krijgt `fout` de fout
 * (de kaart meldt het), zonder uitzondering of afgewezen belofte.
 */
export function drukAfOpAanvraag(element: HTMLElement, fout: (fout: unknown) => void, stuk: AfdrukStuk = afdrukStuk): void {
  if (stuk.module) stuk.module.drukAf(element);
  else stuk.laad().then(({ drukAf }) => drukAf(element), fout);
}

/** Laadt het stuk alvast (bij het openen van het menu); een fout meldt pas de keuze „Afdrukken” zelf. */
export function laadAfdrukStuk(): void {
  afdrukStuk.laad().catch(() => undefined);
}
