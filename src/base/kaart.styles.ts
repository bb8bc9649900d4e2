import { css } from 'lit';

/**
 * De vormgeving die alle kaarten delen. Publieke custom properties heten `--mw-*`;
 * binnen het element gebruiken we privé-aliassen `--_*`.
 */
export const kaartStijl = css`
  /*
   * Elke publieke eigenschap --mw-* valt terug op tokens die de echte NL Design System-pakketten definiëren
   * (basis-*, nl-*, utrecht-*, denhaag-*, rhc-*; zie docs/beslissingen/011-themas.md), dan op een sobere standaard.
   * Tekst en achtergrond volgen color-scheme met light-dark(); vlak, rand, melding, markering en vóór/tegen
   * worden zonder eigen token gemengd uit de tekst- en achtergrondkleur van het thema, zodat ze ook in een
   * donker thema leesbaar blijven zonder dat de kaart weet dat het donker is.
   */
  :host {
    display: block;
    /*
     * Ook het element zelf ligt horizontaal: in een staande omgeving (writing-mode: vertical-rl bij de pagina) is de
     * kaart anders een orthogonale flow die haar breedte niet uit de breedte van het element haalt.
     */
    writing-mode: horizontal-tb;
    --_tekst: var(--mw-kleur-tekst, var(--basis-color-default-color-document, var(--utrecht-document-color, light-dark(#1b1b1b, #f2f2f2))));
    --_achtergrond: var(--mw-kleur-achtergrond, var(--basis-color-default-bg-document, var(--utrecht-document-background-color, light-dark(#ffffff, #121212))));
    --_accent: var(--mw-kleur-accent, var(--basis-color-action-1-color-default, var(--nl-link-color, var(--utrecht-link-color, light-dark(#01689b, #8fd3ff)))));
    --_rand: var(--mw-kleur-rand, var(--basis-color-default-border-default, color-mix(in srgb, var(--_tekst) 55%, var(--_achtergrond))));
    --_vlak: var(--mw-kleur-vlak, var(--basis-color-default-bg-subtle, color-mix(in srgb, var(--_tekst) 7%, var(--_achtergrond))));
    --_focus: var(--mw-kleur-focus, var(--basis-focus-outline-color, var(--utrecht-focus-outline-color, var(--denhaag-focus-border-color, var(--_tekst)))));
    --_melding: var(--mw-kleur-melding, var(--basis-color-warning-color-default, color-mix(in srgb, #c46a00 50%, var(--_tekst))));
    /* Markering en haar tekstkleur horen bij elkaar: een thema dat de ene zet, zet (meestal) ook de andere. */
    --_markering: var(--mw-kleur-markering, var(--basis-color-highlight-bg-default, var(--nl-mark-background-color, color-mix(in srgb, #ffdd00 35%, var(--_achtergrond)))));
    --_markering-tekst: var(--basis-color-highlight-color-document, var(--nl-mark-color, var(--_tekst)));
    --_lettertype: var(--mw-lettertype, var(--basis-text-font-family-default, var(--nl-paragraph-font-family, var(--utrecht-document-font-family, var(--denhaag-typography-sans-serif-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif)))));
    /* Niet kleiner dan 16px, ook als de host de root op 10px zet (de 62,5 %-truc); --mw-lettergrootte geldt zoals gezet. */
    --_grootte: var(--mw-lettergrootte, max(var(--basis-text-font-size-md, var(--nl-paragraph-font-size, var(--utrecht-document-font-size, var(--denhaag-typography-scale-base-font-size, 1rem)))), 16px));
    --_ruimte: var(--mw-ruimte, var(--basis-space-block-lg, var(--utrecht-space-block-md, var(--denhaag-space-block-md, var(--rhc-space-200, 1rem)))));
    --_hoek: var(--mw-hoekradius, var(--basis-border-radius-md, var(--utrecht-border-radius-md, var(--denhaag-border-radius, var(--rhc-border-radius-md, 0.25rem)))));
  }

  :host([hidden]) {
    display: none;
  }

  * {
    box-sizing: border-box;
  }

  .kaart {
    container-type: inline-size;
    margin: 0;
    padding: var(--_ruimte);
    border: 1px solid var(--_rand);
    border-block-start: 0.375rem solid var(--_accent);
    border-radius: var(--_hoek);
    background: var(--_achtergrond);
    color: var(--_tekst);
    font-family: var(--_lettertype);
    font-size: var(--_grootte);
    font-weight: 400;
    font-style: normal;
    line-height: 1.5;
    letter-spacing: normal;
    text-align: start;
    text-transform: none;
    /*
     * Erfbare teksteigenschappen van de host die een kaart breken, houdt de kaart hier tegen: body { white-space:
     * nowrap }, een kaart in <pre>, text-indent: -9999px, onzichtbare tekst, een staande of rechts-naar-links pagina
     * (de kaarttekst is altijd Nederlands of Engels). Lettertype, grootte en kleur komen uit de tokens hierboven.
     */
    white-space: normal;
    text-indent: 0;
    word-spacing: normal;
    word-break: normal;
    text-shadow: none;
    font-variant: normal;
    -webkit-text-fill-color: currentcolor;
    -webkit-text-stroke: 0;
    writing-mode: horizontal-tb;
    direction: ltr;
    /* Lange Nederlandse samenstellingen mogen afbreken, zodat niets uitsteekt in een smalle zijbalk. */
    overflow-wrap: anywhere;
    hyphens: auto;
  }

  p,
  ul {
    margin: 0;
  }

  :is(h1, h2, h3, h4, h5, h6, [role='heading']) {
    margin: 0;
    font-family: inherit;
    line-height: 1.25;
    color: inherit;
  }

  .titel {
    font-size: 1.5em;
    font-weight: 700;
    color: var(--_accent);
  }

  .vraag {
    margin-block-start: calc(var(--_ruimte) * 0.75);
    font-size: 1.25em;
    font-weight: 700;
  }

  .geen-afvinklijst {
    margin-block-start: calc(var(--_ruimte) * 0.5);
    padding-inline-start: calc(var(--_ruimte) * 0.75);
    border-inline-start: 0.25rem solid var(--_rand);
    font-style: italic;
  }

  .meldingen:empty {
    display: none;
  }

  .melding {
    margin-block-start: calc(var(--_ruimte) * 0.5);
    padding: calc(var(--_ruimte) * 0.5) calc(var(--_ruimte) * 0.75);
    border: 2px solid var(--_melding);
    border-inline-start-width: 0.5rem;
    border-radius: var(--_hoek);
    background: var(--_achtergrond);
  }

  /* Ook in <mw-begrippen>, zonder de stijl van .knop (interactie.styles.ts): groot genoeg om te raken, niet op papier. */
  .opnieuw {
    min-block-size: 2.75rem;
    margin-block-start: calc(var(--_ruimte) * 0.5);
    font: inherit;
  }

  @media print {
    .opnieuw {
      display: none;
    }
  }

  .melding::before {
    content: '!' / '';
    display: inline-block;
    margin-inline-end: 0.5em;
    font-weight: 700;
    color: var(--_melding);
  }

  .toelichting {
    margin-block-start: calc(var(--_ruimte) * 0.5);
  }

  .toelichting-titel {
    font-size: 1em;
  }

  .toelichting-knop {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 2.75rem;
    margin: 0;
    padding: 0.25rem 0.5rem 0.25rem 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    font-weight: 700;
    text-decoration: underline;
    text-underline-offset: 0.2em;
    cursor: pointer;
  }

  .toelichting-knop:hover {
    text-decoration-thickness: 0.15em;
  }

  /* Twee ringen: de focuskleur van het thema én de tekstkleur, zodat er altijd één genoeg contrast heeft. */
  :is(button, input, textarea, [tabindex]):focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 3px;
    box-shadow: 0 0 0 3px var(--_tekst);
  }

  .openklapteken {
    display: inline-block;
    inline-size: 0.5em;
    block-size: 0.5em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: rotate(-45deg);
  }

  .toelichting-knop[aria-expanded='true'] .openklapteken {
    transform: rotate(45deg);
  }

  .toelichting-inhoud {
    display: grid;
    gap: calc(var(--_ruimte) * 0.5);
    padding-block: calc(var(--_ruimte) * 0.5);
    padding-inline-start: calc(var(--_ruimte) * 0.75);
    border-inline-start: 0.25rem solid var(--_vlak);
  }

  .toelichting-inhoud[hidden] {
    display: none;
  }

  .voetnoten {
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }

  .correctie {
    font-size: 0.875em;
  }

  .delen {
    display: grid;
    gap: var(--_ruimte);
    margin-block-start: var(--_ruimte);
  }

  .deel,
  .kant {
    display: grid;
    align-content: start;
    gap: calc(var(--_ruimte) * 0.75);
    min-inline-size: 0;
  }

  .deel-titel,
  .kant-titel {
    display: flex;
    align-items: baseline;
    gap: 0.5em;
  }

  .deel-titel {
    padding-block-end: 0.25rem;
    border-block-end: 2px solid var(--_accent);
    font-size: 1.125em;
    font-weight: 700;
  }

  .nummer {
    display: inline-grid;
    place-items: center;
    flex: none;
    inline-size: 1.6em;
    block-size: 1.6em;
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_achtergrond);
    font-size: 0.875em;
  }

  .kanten {
    display: grid;
    gap: calc(var(--_ruimte) * 0.75);
  }

  .kant-titel {
    font-size: 1em;
    font-weight: 700;
  }

  .groep {
    padding: calc(var(--_ruimte) * 0.75);
    border: 1px solid transparent;
    border-radius: var(--_hoek);
    background: var(--_vlak);
    break-inside: avoid;
  }

  .groep-titel {
    font-size: 1em;
    font-weight: 700;
  }

  .items {
    margin-block-start: 0.5em;
    padding-inline-start: 1.25em;
    list-style: disc;
  }

  .item + .item {
    margin-block-start: 0.375em;
  }

  .bron {
    margin-block-start: var(--_ruimte);
    font-size: 0.875em;
  }

  .visueel-verborgen {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /*
   * Smalle zijbalk (issue 11): minder ruimte om de kop, kleinere titel, vraag en stelling, zodat de eerste groep en
   * haar eerste item zonder scrollen in beeld staan, en de items bijna de hele breedte van de kaart krijgen.
   */
  @container (max-width: 24rem) {
    /* De kop krijgt een deel van de binnenrand van de kaart: minder regels voor de vraag en de stelling. */
    .kaart > * {
      margin-inline: calc(var(--_ruimte) * -0.375);
    }

    .titel {
      font-size: 1.25em;
    }

    .vraag {
      margin-block-start: calc(var(--_ruimte) * 0.25);
      font-size: 1em;
    }

    .geen-afvinklijst {
      margin-block-start: calc(var(--_ruimte) * 0.375);
      padding-inline-start: calc(var(--_ruimte) * 0.5);
      font-size: 0.875em;
      line-height: 1.4;
    }

    .toelichting {
      margin-block-start: 0;
    }

    /* Kleiner doel dan elders (2,25 rem), ruim boven de 24 px van WCAG 2.5.8. */
    .toelichting-knop {
      min-block-size: 2.25rem;
    }

    /* De delen lopen tot dicht bij de rand van de kaart: de ruimte van de kaart gaat naar de tekst van de items. */
    .kaart > .delen {
      gap: calc(var(--_ruimte) * 0.75);
      margin-block-start: calc(var(--_ruimte) * 0.5);
      margin-inline: calc(var(--_ruimte) * -0.625);
    }

    .deel,
    .kant {
      gap: calc(var(--_ruimte) * 0.375);
    }

    .deel-titel {
      font-size: 1.0625em;
    }

    .groep {
      padding: calc(var(--_ruimte) * 0.375);
    }

    .items {
      margin-block-start: 0.375em;
      padding-inline-start: 1em;
    }
  }

  /* Delen naast elkaar zodra de kaart breed is; op het scherm geldt hieronder een andere regel, op papier deze. */
  @container (min-width: 40rem) {
    .delen {
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    }
  }

  /*
   * Brede kaart (issue 11, punt 4): de delen (genummerde stappen, fasen, doelgroepen) staan onder elkaar, elk als een
   * band over de hele breedte, en de groepen van een deel ook: zo lezen de stappen in volgorde (stap 5 staat onder
   * stap 4, niet onder de lange stap 1), en laat een korte stap geen leeg vlak naast een lange. De breedte gaat naar
   * de vragen: de items van een groep lopen in kolommen van minstens 20rem, hoogstens drie (anders wordt het lezen
   * op een breed scherm een zoektocht); een item breekt niet over twee kolommen. Alleen op het scherm: papier heeft
   * zijn eigen regels (afdruk.styles.ts). Kaarten met twee kanten (vóór/tegen, inwoner/uitvoerder) zetten die
   * kanten in hun eigen stijl naast elkaar.
   */
  @media screen {
    @container (min-width: 40rem) {
      .delen {
        grid-template-columns: minmax(0, 1fr);
      }

      .items {
        columns: 20rem 3;
        column-gap: calc(var(--_ruimte) * 1.5);
      }

      .item {
        padding-block-end: 0.375em;
        break-inside: avoid;
      }

      .item + .item {
        margin-block-start: 0;
      }
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    .openklapteken {
      transition: transform 0.15s ease-out;
    }
  }

  @media (forced-colors: active) {
    .kaart,
    .groep,
    .melding {
      border-color: CanvasText;
    }

    /* Systeemkleuren naar wat iets is: de titel is tekst, de toelichting-knop een knop (geen link). */
    .titel {
      color: CanvasText;
    }

    .toelichting-knop {
      color: ButtonText;
    }

    .nummer {
      border: 1px solid CanvasText;
      background: Canvas;
      color: CanvasText;
      forced-color-adjust: none;
    }

    :is(button, input, textarea, [tabindex]):focus-visible {
      outline-color: Highlight;
    }
  }
`;
