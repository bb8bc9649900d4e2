import { css } from 'lit';

/**
 * Afdrukken: eerst de kaart zelf (titel, vraag, géén-afvinklijst, de delen met alle groepen open, markeringen en
 * notities als tekst), dan het overzicht en de toelichting (ook als ze op het scherm dicht is), en de bron en de
 * datum onderaan; geen knoppen, zoekveld of meldingen. Geen kop als laatste regel van een bladzijde.
 */
export const afdrukStijl = css`
  @media print {
    .kaart {
      display: flex;
      flex-direction: column;
      border: 0;
      padding: 0;
      color: #000;
      background: #fff;
      font-size: 11pt;
    }

    .overzicht {
      order: 1;
    }

    .toelichting {
      order: 2;
    }

    .voet {
      order: 3;
      break-before: avoid;
    }

    .toelichting-inhoud[hidden]:not(.begrippen-inhoud) {
      display: grid;
    }

    .deel-titel,
    .kant-titel,
    .groep-titel,
    .toelichting-titel,
    .overzicht-titel {
      break-after: avoid;
    }

    .titel,
    .toelichting-knop,
    .groep-knop,
    .markeer-knop {
      color: #000;
    }

    .toelichting-knop,
    .groep-knop,
    .markeer-knop {
      min-block-size: 0;
      padding: 0;
      text-decoration: none;
    }

    .openklapteken,
    .meldingen,
    .begrippen-blok[data-dicht],
    .werkbalk,
    .link-knop,
    .markeer-knop::before,
    .notitie label,
    .notitie textarea,
    .overzicht-knoppen,
    .bevestig {
      display: none;
    }

    .delen [hidden] {
      display: revert;
    }

    .groep {
      border: 1px solid #000;
      background: none;
      break-inside: avoid;
    }

    mark,
    [data-doelwit],
    .markeer-knop[aria-pressed='true'] {
      outline: 0;
      background: none;
    }

    .item[data-gemarkeerd] {
      background: none;
      border-inline-start: 0.25rem solid #000;
    }

    .markering-label {
      display: inline;
      margin-inline-start: 0.5em;
      font-weight: 700;
    }

    .markering-label::before {
      content: '★ ';
    }

    .notitie-afdruk {
      display: block;
      font-style: italic;
    }

    .afdrukdatum {
      display: block;
    }

    .voet {
      margin-block-start: 1rem;
      padding-block-start: 0.5rem;
      border-block-start: 1px solid #000;
      font-size: 9pt;
    }
  }
`;
