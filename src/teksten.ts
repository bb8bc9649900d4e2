import type { Bron, DeelSoort } from './inhoud/kaart.js';

/**
 * Alle woorden van de interface (knoppen, meldingen, labels) staan hier, op één plek.
 * De kaarttekst zelf staat in `content/` en wordt nooit vertaald.
 */
export interface Teksten {
  toelichting: string;
  stap: (nummer: number) => string;
  bron: (bron: Bron) => string;
  correctie: (gedrukt: string, verbeterd: string) => string;
  voetnoten: string;
  onbekendeKeuze: (attribuut: string, waarde: string, mogelijk: string[], soort: DeelSoort) => string;
  ongeldigKopniveau: (waarde: string, standaard: number) => string;
}

const meervoud: Record<DeelSoort, string> = {
  kant: 'beide kanten',
  thema: 'alle thema’s',
  fase: 'alle fasen',
  stap: 'alle stappen',
  doelgroep: 'alle doelgroepen',
  deel: 'alle delen',
};

const lijst = (woorden: string[]): string =>
  woorden.length > 1 ? `${woorden.slice(0, -1).join(', ')} of ${woorden[woorden.length - 1]}` : woorden.join('');

export const nl: Teksten = {
  toelichting: 'Toelichting',
  stap: (nummer) => `Stap ${nummer}`,
  bron: (bron) =>
    [
      `Bron: ${bron.uitgever}, ${bron.titel} (${bron.jaar})`,
      bron.opdrachtgever ? `, in opdracht van ${bron.opdrachtgever}` : '',
      bron.pagina ? `, pagina ${bron.pagina}` : '',
      '.',
    ].join(''),
  correctie: (gedrukt, verbeterd) => `Correctie: in het boek staat ‘${gedrukt}’; hier staat ‘${verbeterd}’.`,
  voetnoten: 'Voetnoten',
  onbekendeKeuze: (attribuut, waarde, mogelijk, soort) =>
    `‘${waarde}’ is geen bekende waarde voor ${attribuut}. Kies ${lijst(mogelijk)}. Nu staan ${meervoud[soort]} hieronder.`,
  ongeldigKopniveau: (waarde, standaard) =>
    `‘${waarde}’ is geen geldig kopniveau; kies 1 tot en met 6. Nu begint de kaart met kopniveau ${standaard}.`,
};
