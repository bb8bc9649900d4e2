import { css } from 'lit';

/** Werkbalk, zoeken, knoppen, open- en dichtklappen en deeplinks. Markeren en het overzicht: markeren.styles.ts. */
export const interactieStijl = css`
  /* Eén regel: zoekveld en de menuknop „Meer” naast elkaar, het label erboven (besluit 11). */
  .werkbalk {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: end;
    gap: calc(var(--_ruimte) * 0.5);
    margin-block-start: calc(var(--_ruimte) * 0.75);
  }

  .werkbalk > *,
  .met-zoeken .zoeklabel,
  .met-zoeken .zoekresultaat {
    grid-column: 1 / -1;
  }

  .werkbalk > .menu-knop {
    grid-column: 2;
    grid-row: 1;
  }

  .met-zoeken .zoeken {
    display: contents;
  }

  .met-zoeken .zoekregel {
    grid-column: 1;
    grid-row: 2;
    margin-block-start: 0;
  }

  .met-zoeken > .menu-knop {
    grid-row: 2;
  }

  .met-zoeken .zoekresultaat {
    grid-row: 3;
  }

  .menu-teken {
    display: inline-block;
    inline-size: 0.45em;
    block-size: 0.45em;
    margin-inline-start: 0.5em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: translateY(-0.15em) rotate(45deg);
  }

  /*
   * Het menu staat in de top layer; waar precies, zet de menuknop (onder of boven de knop). Een browser zonder
   * Popover API toont de keuzes gewoon onder de knop.
   */
  @supports selector(:popover-open) {
    .menu {
      position: fixed;
      inset: auto;
      margin: 0;
    }
  }

  .menu {
    padding: 0.25rem;
    min-inline-size: 12rem;
    max-inline-size: calc(100vw - 1rem);
    border: 2px solid var(--_accent);
    border-radius: var(--_hoek);
    background: var(--_achtergrond);
    color: var(--_tekst);
    font-family: var(--_lettertype);
    font-size: var(--_grootte);
    line-height: 1.5;
    box-shadow: 0 0.25rem 0.75rem rgb(0 0 0 / 0.25);
  }

  .menu:not(:popover-open) {
    display: none;
  }

  /* Knoppen die eruitzien als tekst: de keuzes van het menu, de groepstitels en (met markeerbaar) de items. */
  .menu-keuze,
  .groep-knop,
  .markeer-knop {
    margin: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }

  .menu-keuze {
    display: block;
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: 0.375rem 0.75rem;
    border-radius: var(--_hoek);
  }

  .menu-keuze:hover,
  .menu-keuze:focus {
    background: var(--_vlak);
  }

  .zoeklabel {
    display: block;
    font-weight: 700;
  }

  .zoekregel {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem;
    margin-block-start: 0.25rem;
  }

  #_zoekveld {
    flex: 1 1 8rem;
    min-inline-size: 0;
    min-block-size: 2.75rem;
    padding: 0.375rem 0.5rem;
    border: 2px solid var(--_tekst);
    border-radius: var(--_hoek);
    background: var(--_achtergrond);
    color: var(--_tekst);
    font: inherit;
  }

  #_zoekveld::-webkit-search-cancel-button {
    display: none;
  }

  .zoekresultaat:empty {
    display: none;
  }

  .knoppen {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .knop {
    min-block-size: 2.75rem;
    padding: 0.375rem 0.75rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_hoek);
    background: var(--_achtergrond);
    color: var(--_accent);
    font: inherit;
    font-weight: 700;
    cursor: pointer;
  }

  .knop:hover {
    background: var(--_vlak);
  }

  .knop[aria-disabled='true'] {
    border-style: dashed;
    cursor: not-allowed;
  }

  .klein {
    min-block-size: 2rem;
    min-inline-size: 2rem;
    padding: 0.125rem 0.5rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_hoek);
    background: var(--_achtergrond);
    color: var(--_accent);
    font: inherit;
    font-size: 0.875em;
    cursor: pointer;
  }

  .groep-knop {
    display: flex;
    align-items: baseline;
    gap: 0.5em;
    inline-size: 100%;
    padding: 0.25rem 0;
  }

  .groep-knop .openklapteken {
    flex: none;
    transform: rotate(-45deg) translate(-0.1em, -0.1em);
  }

  .groep-knop[aria-expanded='true'] .openklapteken {
    transform: rotate(45deg);
  }

  .items[hidden],
  [hidden] {
    display: none;
  }

  mark {
    background: var(--_markering);
    color: var(--_markering-tekst);
    text-decoration: underline;
    text-decoration-thickness: 0.1em;
  }

  .markering-label,
  .notitie-afdruk,
  .afdrukdatum {
    display: none;
  }

  [data-doelwit] {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
    background: var(--_markering);
    color: var(--_markering-tekst);
  }

  .herkomst {
    display: inline-block;
    margin-inline-start: 0.25em;
    padding: 0 0.375em;
    border: 1px dashed currentColor;
    border-radius: var(--_hoek);
    font-size: 0.8125em;
    font-weight: 400;
    font-style: italic;
  }

  .aanvullers {
    font-size: 0.875em;
    font-style: italic;
  }

  .niets-gevonden {
    font-weight: 700;
  }

  @container (max-width: 24rem) {
    .werkbalk {
      row-gap: 0.25rem;
      margin-block-start: calc(var(--_ruimte) * 0.5);
    }

    .knop {
      padding-inline: 0.5rem;
      font-size: 0.875em;
    }

    .werkbalk .knop,
    #_zoekveld {
      min-block-size: 2.5rem;
    }

    .groep-knop {
      padding-block: 0.125rem;
    }
  }

  @media (forced-colors: active) {
    .knop,
    .klein,
    #_zoekveld {
      border-color: ButtonText;
    }

    .menu {
      border-color: CanvasText;
    }

    .menu-keuze:is(:hover, :focus) {
      outline: 2px solid Highlight;
    }

    mark {
      background: Mark;
      color: MarkText;
      forced-color-adjust: none;
    }

    [data-doelwit] {
      outline-color: Highlight;
    }
  }
`;
