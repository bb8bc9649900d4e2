import { css } from 'lit';

/** De gespreksmodus: één groep tegelijk, groot, voor een gedeeld scherm. */
export const gesprekStijl = css`
  .gesprek {
    inline-size: min(100vw - 2rem, 70rem);
    max-inline-size: none;
    block-size: min(100vh - 2rem, 60rem);
    max-block-size: none;
    padding: clamp(1rem, 3vw, 3rem);
    border: 0.375rem solid var(--_accent);
    border-radius: var(--_hoek);
    background: var(--_achtergrond);
    color: var(--_tekst);
    font-family: var(--_lettertype);
    font-size: clamp(1.125rem, 2.2vw, 1.75rem);
    line-height: 1.4;
  }

  .gesprek[open] {
    display: flex;
    flex-direction: column;
    gap: 1em;
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
    font-size: 1.6em;
    line-height: 1.2;
  }

  .gesprek-items {
    flex: 1;
    display: grid;
    align-content: start;
    gap: 0.6em;
    overflow: auto;
    padding-inline-start: 1.25em;
  }

  .gesprek-navigatie {
    display: flex;
    justify-content: space-between;
    gap: 1em;
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
  }

  @media print {
    .gesprek {
      display: none;
    }
  }
`;
