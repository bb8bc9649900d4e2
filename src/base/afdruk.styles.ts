import { css } from 'lit';

/**
 * Afdrukken: alle tekst, alle groepen open, markeringen en notities als tekst, de bron en de
 * datum onderaan; geen knoppen, zoekveld of meldingen.
 */
export const afdrukStijl = css`
  @media print {
    .kaart {
      border: 0;
      padding: 0;
      color: #000;
      background: #fff;
      font-size: 11pt;
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

    .toelichting-inhoud[hidden]:not(.begrippen-inhoud) {
      display: grid;
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
