import { css } from 'lit';

/**
 * Markeren (de items als wisselknop, notities), het overzicht en kopiëren: alleen met `markeerbaar`, in hetzelfde
 * stuk van de bundel als het overzicht (laadt pas dan).
 */
export const markerenStijl = css`
  /* Met markeerbaar is de tekst van het item de knop: zo breed als het item, met een ster ervoor. */
  .markeer-knop {
    display: flex;
    gap: 0.375em;
    align-items: baseline;
    inline-size: 100%;
    min-block-size: 1.5rem;
    padding: 0 0.25rem;
    border-radius: var(--_hoek);
  }

  .markeer-knop::before {
    flex: none;
    color: var(--_accent);
    content: '☆' / '';
  }

  .markeer-knop:hover {
    background: var(--_vlak);
  }

  .markeer-knop[aria-pressed='true'] {
    background: var(--_markering);
    color: var(--_markering-tekst);
  }

  .markeer-knop[aria-pressed='true']::before {
    content: '★' / '';
  }

  .overzicht .link-knop {
    margin-inline-start: 0.5em;
  }

  /*
   * Na kopiëren staat de bevestiging een paar seconden naast de knop (zie Kopieren). Schermlezers horen haar één
   * keer via de live region; hier is ze alleen zichtbaar (lege alternatieve tekst), zodat de naam van de knop blijft.
   */
  [data-gekopieerd]::after {
    content: '✓ ' attr(data-gekopieerd) / '';
    margin-inline-start: 0.5em;
    padding: 0 0.375em;
    border-radius: var(--_hoek);
    background: var(--_markering);
    color: var(--_tekst);
    font-weight: 700;
    white-space: normal;
  }

  /*
   * Met markeerbaar is de ster het opsommingsteken: zonder bolletje ervoor staat niets buiten het gemarkeerde blok,
   * en krijgt de tekst de hele breedte.
   */
  .items:has(> .item > .markeer-knop) {
    padding-inline-start: 0;
    list-style: none;
  }

  .item[data-gemarkeerd] {
    padding-inline-start: 0.25rem;
    border-inline-start: 0.25rem solid var(--_accent);
    background: var(--_markering);
    color: var(--_markering-tekst);
  }

  .notitie {
    display: grid;
    gap: 0.25rem;
    margin-block-start: 0.5rem;
  }

  .notitie label {
    font-size: 0.875em;
    font-weight: 700;
  }

  textarea {
    inline-size: 100%;
    min-block-size: 3rem;
    padding: 0.375rem;
    border: 2px solid var(--_tekst);
    border-radius: var(--_hoek);
    background: var(--_achtergrond);
    color: var(--_tekst);
    font: inherit;
    resize: vertical;
  }

  .handmatige-kopie {
    display: grid;
    gap: 0.5rem;
    padding: calc(var(--_ruimte) * 0.5);
    border: 2px solid var(--_melding);
    border-radius: var(--_hoek);
  }

  .overzicht {
    display: grid;
    gap: calc(var(--_ruimte) * 0.75);
    margin-block-start: calc(var(--_ruimte) * 1.5);
    padding-block-start: var(--_ruimte);
    border-block-start: 2px solid var(--_accent);
  }

  .overzicht-titel {
    font-size: 1.25em;
    font-weight: 700;
  }

  .overzicht-deel {
    display: grid;
    gap: 0.5rem;
  }

  .overzicht-notitie {
    display: block;
    font-style: italic;
  }

  .bevestig {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    padding: calc(var(--_ruimte) * 0.5);
    border: 2px solid var(--_melding);
    border-radius: var(--_hoek);
  }

  .bevestig p {
    flex-basis: 100%;
    font-weight: 700;
  }

  @container (min-width: 40rem) {
    .overzicht .kanten:has(> .kant + .kant) {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }

  @media (forced-colors: active) {
    textarea {
      border-color: ButtonText;
    }

    .markeer-knop[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }

    .item[data-gemarkeerd] {
      border-inline-start-color: Highlight;
    }
  }
`;
