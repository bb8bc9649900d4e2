import { css } from 'lit';

/**
 * Afdrukken: eerst de kaart zelf (titel, vraag, géén-afvinklijst, de delen met alle groepen open, markeringen en
 * notities als tekst), dan het overzicht en de toelichting (ook als ze op het scherm dicht is), en de bron en de
 * datum onderaan; geen knoppen, zoekveld of meldingen. Geen kop als laatste regel van een bladzijde of kolom, geen
 * groep gebroken vóór haar tweede item, geen bladzijde met alleen de bron (getoetst op de PDF van Chromium in
 * test/afdrukken-pdf.test.ts; zie docs/beslissingen/014-afdrukken.md).
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
     * Een kop blijft bij wat erop volgt. Chromium negeert break-after: avoid tussen de rijen van een grid en tussen de
     * items van een flexbox; op papier zijn daarom blokken: de kaart zodra de toelichting vlak voor het afdrukken
     * (beforeprint) al na de delen in de DOM staat (data-afdrukken; zonder beforeprint, bij geëmuleerde afdrukmedia,
     * zet order haar daar), elk deel en elke kant, en de thema's van de Argumentenkaart onder elkaar. Vóór en tegen
     * blijven naast elkaar (hun grid heeft één rij), net als twee delen zonder kanten (de Signalenkaart).
     * Drie of meer delen na elkaar (fasen, stappen, doelgroepen) lopen in twee kolommen door, in volgorde, van boven
     * naar beneden: een grid zou elke rij zo hoog maken als het langste deel. De kolommen vullen zich
     * (column-fill: auto): gebalanceerde kolommen laten in Chromium een kop onderaan de eerste kolom staan.
     */
    .kaart[data-afdrukken],
    .deel,
    .kant,
    .delen:has(.kanten, > .deel ~ .deel ~ .deel) {
      display: block;
      padding-block-end: 0.75em;
    }

    .deel > * + *,
    .kant > * + * {
      margin-block-start: 0.75em;
    }

    .delen:has(> .deel ~ .deel ~ .deel):not(:has(.kanten)) {
      columns: 2;
      column-fill: auto;
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
      /* Een kop met teken of nummer is een flexbox: zonder dit breekt Chromium tussen het teken en de tekst. */
      break-inside: avoid;
    }

    /* Zonder achtergronden (de standaard van elke browser) zou het stapnummer wit op wit staan. */
    .nummer,
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

    .groep,
    .nummer {
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
