import { css } from 'lit';

/**
 * De gespreksmodus: één groep tegelijk, groot, voor een gedeeld scherm (issue 11, punt 3).
 *
 * - Het venster vult het scherm op 1rem na en is zelf de pagina: is een groep langer dan het scherm, dan scrolt het
 *   venster als geheel (kop, groep, vragen en knoppen samen). Niets erin heeft een eigen scrollvak.
 * - De letters groeien met het scherm, in breedte én hoogte (vw + vh), zodat een liggend scherm (1280×720) niet
 *   groter schrijft dan er past: 18 px op een telefoon, ± 22 px op een tablet, ± 24 px op 1280×720, ± 32 px op
 *   1920×1080. Nooit kleiner dan 1,125 × de lettergrootte van de kaart.
 * - Een groep met vier of meer items loopt in kolommen van minstens 18 em zodra het venster daar breed genoeg voor is
 *   (liggende tablet, laptop, beamer); staand en op een telefoon blijft het één kolom.
 * - De kop van de groep krijgt bij het openen de focus (zodat een schermlezer hem voorleest); die focus is zichtbaar
 *   als een dunne lijn, lichter dan de focusring van de knoppen, omdat de kop geen bedieningselement is.
 */
export const gesprekStijl = css`
  .gesprek {
    inline-size: min(100vw - 2rem, 120rem);
    max-inline-size: none;
    block-size: calc(100vh - 2rem);
    block-size: calc(100dvh - 2rem);
    max-block-size: none;
    overflow: auto;
    padding: clamp(1rem, 2.5vmin, 2.5rem);
    border: 0.375rem solid var(--_accent);
    border-radius: var(--_hoek);
    background: var(--_achtergrond);
    color: var(--_tekst);
    font-family: var(--_lettertype);
    font-size: clamp(calc(var(--_grootte) * 1.125), 0.5rem + 0.8vw + 0.8vh, calc(var(--_grootte) * 2.5));
    line-height: 1.4;
  }

  .gesprek[open] {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }

  /* Kinderen krimpen niet: wat niet past, laat het venster als geheel scrollen. */
  .gesprek > * {
    flex: none;
  }

  .gesprek::backdrop {
    background: rgb(0 0 0 / 60%);
  }

  .gesprek-kop {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em 1em;
    font-size: 0.75em;
  }

  .gesprek-kaart,
  .gesprek-positie {
    font-weight: 700;
  }

  .gesprek-deel {
    color: var(--_accent);
    font-weight: 700;
  }

  .gesprek-groep {
    font-size: 1.5em;
    line-height: 1.2;
  }

  .gesprek .gesprek-groep:focus {
    outline: 2px solid var(--_focus);
    outline-offset: 0.2em;
    box-shadow: none;
  }

  .gesprek-items {
    padding: 0;
    column-gap: 2em;
  }

  /* Lange groepen in kolommen; elk item houdt zijn eigen ruimte voor het opsommingsteken, ook in de tweede kolom. */
  .gesprek-items:has(> li:nth-child(4)) {
    column-width: 18em;
  }

  .gesprek-items > li {
    margin-inline-start: 1.25em;
    padding-block-end: 0.5em;
    break-inside: avoid;
  }

  /* De knoppen staan onderaan het scherm, ook bij een korte groep. */
  .gesprek-navigatie {
    display: flex;
    justify-content: space-between;
    gap: 1em;
    margin-block-start: auto;
  }

  .gesprek .knop {
    font-size: 1em;
  }

  .gesprek-hulp {
    font-size: 0.65em;
  }

  @media (forced-colors: active) {
    .gesprek {
      border-color: CanvasText;
    }

    .gesprek .gesprek-groep:focus {
      outline-color: Highlight;
    }
  }

  @media print {
    .gesprek {
      display: none;
    }
  }
`;
