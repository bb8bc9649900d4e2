import { css } from 'lit';

/**
 * Het verslag als samenvattingslijst, naar het voorbeeld van GOV.UK „check answers”: per rij het deel (en de kant)
 * en daaronder, of op een brede plek ernaast, de gemarkeerde zin met de notitie. Kleuren, knoppen, focusranden en
 * meldingen komen uit de stijlen van de kaarten. Op papier: zonder knoppen en veld, de afweging als tekst.
 */
export const verslagStijl = css`
  .samenvatting {
    margin: 0;
  }

  .rij {
    display: grid;
    gap: 0 1rem;
    padding-block: 0.5rem;
    border-block-end: 1px solid var(--_rand);
  }

  dt {
    font-weight: 700;
  }

  dd {
    margin: 0;
  }

  .notitie-regel,
  #_afweging {
    display: block;
  }

  .verslag-kaart,
  .afweging,
  .geen-afvinklijst,
  .bron {
    margin-block-start: var(--_ruimte);
  }

  #_afweging {
    inline-size: 100%;
    margin-block: 0.5rem;
    padding: 0.5rem;
    border: 2px solid var(--_rand);
    border-radius: var(--_hoek);
    background: var(--_achtergrond);
    color: var(--_tekst);
    font: inherit;
  }

  .afweging-afdruk {
    display: none;
    white-space: pre-wrap;
  }

  .knoppen {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  @container (min-width: 36rem) {
    .rij {
      grid-template-columns: 1fr 2fr;
    }
  }

  @media print {
    .knoppen,
    .handmatige-kopie,
    .afweging-hulp,
    #_afweging {
      display: none;
    }

    .afweging-afdruk {
      display: block;
    }

    .rij {
      break-inside: avoid;
    }
  }
`;
