import { css } from 'lit';

/**
 * De Argumentenkaart zet per thema de argumenten vóór en tegen maatwerk naast elkaar.
 * Het verschil staat altijd in tekst (de kop van elke kant) en in een teken (+ of −);
 * kleur is alleen een extra hulp.
 */
export const argumentenStijl = css`
  :host {
    --_voor: var(--mw-kleur-voor, var(--basis-color-positive-color-default, var(--rhc-color-positive-default, color-mix(in srgb, #39870c 60%, var(--_tekst)))));
    --_tegen: var(--mw-kleur-tegen, var(--basis-color-negative-color-default, var(--rhc-color-negative-default, color-mix(in srgb, #a90061 60%, var(--_tekst)))));
  }

  .kant {
    padding-inline-start: calc(var(--_ruimte) * 0.5);
    border-inline-start: 0.25rem solid var(--_rand);
  }

  .kant[data-kant='voor'] {
    border-inline-start-color: var(--_voor);
  }

  .kant[data-kant='tegen'] {
    border-inline-start-color: var(--_tegen);
    border-inline-start-style: dashed;
  }

  .kant-teken {
    display: inline-grid;
    place-items: center;
    flex: none;
    inline-size: 1.4em;
    block-size: 1.4em;
    border: 2px solid currentColor;
    border-radius: 50%;
    font-weight: 700;
    line-height: 1;
  }

  .kant[data-kant='voor'] .kant-teken::before {
    content: '+';
  }

  .kant[data-kant='tegen'] .kant-teken::before {
    content: '−';
  }

  @container (min-width: 40rem) {
    .delen {
      grid-template-columns: 1fr;
    }

    .kanten {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }

  /*
   * Op het scherm zijn vóór en tegen de kolommen: de items van een groep lopen daarbinnen niet in nog meer kolommen
   * (zie kaart.styles.ts), zodat je de kanten naast elkaar leest. Papier heeft zijn eigen regels.
   */
  @media screen {
    @container (min-width: 40rem) {
      .kant .items {
        columns: auto;
      }
    }
  }

  @media (forced-colors: active) {
    .kant[data-kant='voor'],
    .kant[data-kant='tegen'] {
      border-inline-start-color: CanvasText;
    }

    /* Zelf in systeemkleuren: anders tekent de browser achter + en − een achtergrondplaat die de cirkel onderbreekt. */
    .kant-teken {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }
  }
`;
