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

    /*
     * Vlak voor het afdrukken (beforeprint) zet de kaart de toelichting al na de delen in de DOM (data-afdrukken): dan
     * is de kaart een gewoon blok, waarin Chromium break-before: avoid voor de bron wél volgt (tussen de items van een
     * flexbox niet). Zonder beforeprint (afdrukmedia geëmuleerd) zet order de toelichting na de kaart.
     */
    .kaart[data-afdrukken] {
      display: block;
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

    /*
     * Een kop blijft bij wat erop volgt: Chromium negeert break-after: avoid tussen de rijen van een grid, dus zijn
     * een deel en een kant op papier gewone blokken (de ruimte ertussen als marge). Delen en kanten blijven naast
     * elkaar staan waar het papier breed genoeg is: dat doet het grid om hen heen.
     */
    .deel,
    .kant {
      display: block;
    }

    .deel > :not(:first-child),
    .kant > :not(:first-child) {
      margin-block-start: calc(var(--_ruimte) * 0.75);
    }

    /*
     * Drie of meer delen na elkaar (fasen, stappen, doelgroepen) lopen in twee kolommen door, in volgorde: van boven
     * naar beneden, dan de volgende kolom. Een grid zou elke rij delen zo hoog maken als het langste deel, met grote
     * lege vlakken en stappen die niet meer als reeks lezen. Twee delen (de twee kanten van de Signalenkaart) en de
     * kanten vóór en tegen van de Argumentenkaart blijven in een grid naast elkaar, om ze te vergelijken.
     */
    .delen:has(> .deel ~ .deel ~ .deel):not(:has(.kanten)) {
      display: block;
      columns: 2;
      column-gap: var(--_ruimte);
      column-fill: auto;
    }

    .delen:has(> .deel ~ .deel ~ .deel):not(:has(.kanten)) > .deel:not(:first-child) {
      margin-block-start: var(--_ruimte);
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
