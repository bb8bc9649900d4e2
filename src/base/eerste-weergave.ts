import { isServer } from 'lit';

/** Hoe lang een kaart hooguit wacht op het frame van de kaart vóór haar: een verborgen tabblad tekent geen frames. */
const HOOGSTENS_MS = 100;

let wachtOpFrame: Promise<void> | undefined;

/**
 * De eerste weergave van kaarten die in één taak op de pagina komen (de drop-in registreert alle kaarten tegelijk): de
 * eerste kaart tekent meteen, de andere wachten tot de browser haar op het scherm heeft gezet (het eerstvolgende
 * frame) en tekenen dan samen. Zo staat de eerste kaart er zonder op de lay-out van alle andere te wachten. De andere
 * staan in de volgorde van het document eronder: niets wat al op het scherm stond, schuift ervoor weg.
 * Geeft `undefined` als deze kaart meteen mag tekenen, anders de belofte om op te wachten.
 */
export function naDeEersteKaart(): Promise<void> | undefined {
  if (isServer) return undefined;
  if (wachtOpFrame) return wachtOpFrame;
  wachtOpFrame = new Promise<void>((verder) => {
    const klok = setTimeout(verder, HOOGSTENS_MS);
    // Na het frame (requestAnimationFrame komt vlak vóór het tekenen, de taak daarna erna).
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(klok);
        verder();
      }),
    );
  }).then(() => {
    wachtOpFrame = undefined;
  });
  return undefined;
}
