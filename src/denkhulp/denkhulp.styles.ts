import { css } from 'lit';

/**
 * De wisselaar van `<mw-denkhulp>` (naast de stijl van de kaarten, voor de kleuren `--mw-*`, de focusrand en de
 * meldingen): tabbladen die in een smalle zijbalk (280, 320 px) naar een tweede regel lopen in plaats van weg te
 * vallen of te scrollen, zodat elke kaart zichtbaar een tab heeft. Klein gehouden, zodat het eerste item van de kaart
 * in het eerste scherm staat.
 */
export const denkhulpStijl = css`
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin-block-end: 0.25rem;
    font-family: var(--_lettertype);
  }

  .tab {
    flex: auto;
    min-block-size: 2.25rem;
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_hoek);
    background: var(--_achtergrond);
    color: var(--_accent);
    font: inherit;
    font-size: 0.875rem;
    font-weight: 700;
    cursor: pointer;
  }

  .tab[aria-selected='true'] {
    background: var(--_accent);
    color: var(--_achtergrond);
  }

  @media (forced-colors: active) {
    .tab[aria-selected='true'] {
      outline: 2px solid Highlight;
    }
  }

  @media print {
    .tabs {
      display: none;
    }
  }
`;
