import { css } from 'lit';

/**
 * De Signalenkaart heeft twee kanten: signalen van de inwoner en signalen bij de uitvoerder. Op een brede kaart staan
 * ze naast elkaar, zoals op de gedrukte kaart: inwoner links, uitvoerder rechts, elk met haar groepen onder elkaar.
 * De twee kanten zijn de kolommen: de items van een groep lopen niet in nog meer kolommen (zie kaart.styles.ts),
 * zodat je de kanten naast elkaar leest. Eén gekozen kant krijgt de hele breedte, en dan wel kolommen voor de items.
 * Alleen op het scherm; papier heeft zijn eigen regels.
 */
export const signalenStijl = css`
  @media screen {
    @container (min-width: 40rem) {
      .delen {
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr));
      }

      .deel:not(:only-of-type) .items {
        columns: auto;
      }
    }
  }
`;
