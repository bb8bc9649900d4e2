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
     * Ook de delen staan onder elkaar als blokken (de thema's van de Argumentenkaart, één gekozen deel): tussen de rijen
     * van een grid kan Chromium een kop niet naar de volgende bladzijde meenemen.
     */
    .delen {
      display: block;
    }

    .delen > .deel:not(:first-child) {
      margin-block-start: var(--_ruimte);
    }

    /*
     * Twee delen zonder kanten (de twee kanten van de Signalenkaart) staan naast elkaar om ze te vergelijken, zoals
     * de kanten vóór en tegen van de Argumentenkaart (hun grid komt uit de kaart); zo'n rij is één rij, er breekt
     * niets tussen rijen.
     */
    .delen:has(> .deel + .deel):not(:has(> .deel ~ .deel ~ .deel, .kanten)) {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: var(--_ruimte);
    }

    .delen:has(> .deel + .deel):not(:has(> .deel ~ .deel ~ .deel, .kanten)) > .deel {
      margin-block-start: 0;
    }

    /*
     * Drie of meer delen na elkaar (fasen, stappen, doelgroepen) lopen in twee kolommen door, in volgorde: van boven
     * naar beneden, dan de volgende kolom. Een grid zou elke rij delen zo hoog maken als het langste deel, met grote
     * lege vlakken en stappen die niet meer als reeks lezen. De kolommen vullen zich (column-fill: auto): bij
     * gebalanceerde kolommen laat Chromium een kop onderaan de eerste kolom staan.
     */
    .delen:has(> .deel ~ .deel ~ .deel):not(:has(.kanten)) {
      columns: 2;
      column-gap: var(--_ruimte);
      column-fill: auto;
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
    .nummer {
      border: 1px solid #000;
      background: none;
      color: #000;
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
