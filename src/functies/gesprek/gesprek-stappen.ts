import type { Gesprek } from './gesprek.js';

type Stap = number | 'begin' | 'eind';

/** Welke toets in de gespreksmodus welke stap zet. */
const STAPPEN: Readonly<Record<string, Stap>> = {
  ArrowRight: 1,
  ArrowDown: 1,
  PageDown: 1,
  ArrowLeft: -1,
  ArrowUp: -1,
  PageUp: -1,
  Home: 'begin',
  End: 'eind',
};

/**
 * Een stap door de groepen van het gesprek (vorige, volgende, begin, eind); de live region zegt waar je bent, of dat
 * je aan het begin of eind bent. Hoort bij het venster: laadt met gesprek-weergave.ts bij het eerste openen.
 */
export function ga(gesprek: Gesprek, stap: Stap): void {
  const { diensten, host } = gesprek;
  const groepen = diensten.groepen();
  const teksten = diensten.teksten();
  const huidig = gesprek.index ?? 0;
  const volgende = stap === 'begin' ? 0 : stap === 'eind' ? groepen.length - 1 : huidig + stap;
  if (volgende < 0 || volgende >= groepen.length) {
    diensten.aankondiger.kondigAan(volgende < 0 ? teksten.eersteGroep : teksten.laatsteGroep);
    return;
  }
  gesprek.index = volgende;
  host.requestUpdate();
  diensten.aankondiger.kondigAan(`${teksten.gesprekPositie(volgende + 1, groepen.length)}: ${groepen[volgende].titel}`);
}

/** Pijltjes, Page Up/Down, Home en End in het venster; niet in een tekstveld. */
export function toets(gesprek: Gesprek, gebeurtenis: KeyboardEvent): void {
  const doel = gebeurtenis.composedPath()[0] as Element | undefined;
  if (doel?.matches?.('input, textarea, select')) return;
  const stap = Object.hasOwn(STAPPEN, gebeurtenis.key) ? STAPPEN[gebeurtenis.key] : undefined;
  if (stap === undefined) return;
  gebeurtenis.preventDefault();
  ga(gesprek, stap);
}

/** Het venster is dicht (knop, Esc of `close()`): focus terug naar de menuknop „Meer” waarmee het openging. */
export function naSluiten(gesprek: Gesprek): void {
  gesprek.index = undefined;
  gesprek.diensten.focus.zetOp('_meer-knop');
}
