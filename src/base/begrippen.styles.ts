import { css } from 'lit';

/** Begrippen: definitielijst en de tabel met de drie typen dienstverlening, met balken. */
export const begrippenStijl = css`
  .begrippen {
    display: grid;
    gap: calc(var(--_ruimte) * 0.75);
  }

  .begrippen-vraag,
  .dienstverlening-titel {
    font-size: 1.125em;
    font-weight: 700;
  }

  .begrippenlijst {
    display: grid;
    gap: calc(var(--_ruimte) * 0.75);
    margin: 0;
  }

  .begrip dt {
    font-weight: 700;
  }

  .begrip dd {
    margin: 0.25rem 0 0;
  }

  .dienstverlening {
    margin: 0;
    overflow-x: auto;
  }

  .dienstverlening figcaption {
    display: grid;
    gap: 0.25rem;
    margin-block-end: 0.5rem;
  }

  .dienstverlening table {
    inline-size: 100%;
    border-collapse: collapse;
  }

  .dienstverlening :is(th, td) {
    padding: 0.5rem;
    border: 1px solid var(--_rand);
    text-align: start;
    vertical-align: top;
  }

  .dienstverlening ul {
    padding-inline-start: 1.1em;
  }

  .ondertitel {
    display: block;
    font-weight: 400;
  }

  .aandeel {
    min-inline-size: 7rem;
  }

  .aandeel-tekst {
    display: block;
    font-weight: 700;
  }

  .balk {
    display: block;
    inline-size: 100%;
    block-size: 0.75rem;
    margin-block-start: 0.25rem;
    border: 1px solid var(--_accent);
    box-sizing: content-box;
  }

  .vulling {
    fill: var(--_accent);
  }

  /* Smal: de tabel als gestapelde blokken, zodat niets buiten de kaart valt. */
  @container (max-width: 30rem) {
    .dienstverlening :is(table, thead, tbody, tr, th, td) {
      display: block;
    }

    .dienstverlening thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }

    .dienstverlening tr {
      margin-block-end: 0.5rem;
      border: 1px solid var(--_rand);
    }

    .dienstverlening :is(th, td) {
      border: 0;
    }
  }

  @media (forced-colors: active) {
    .balk {
      border-color: CanvasText;
    }

    .vulling {
      fill: CanvasText;
    }
  }
`;
