import { html, nothing, type TemplateResult } from 'lit';
import type { Groep, Kaart } from '../../inhoud/kaart.js';
import type { Teksten } from '../../teksten.js';
import type { Gesprek } from './gesprek.js';
import { ga, naSluiten, toets } from './gesprek-stappen.js';

export interface GesprekOpties {
  kaart: Kaart;
  groep: Groep;
  nummer: number;
  totaal: number;
  teksten: Teksten;
  taal: string;
  aankondiging: string;
  vorige: () => void;
  volgende: () => void;
  sluit: () => void;
}

/**
 * De inhoud van de gespreksmodus: één groep in grote letters, met waar je bent („Groep 3 van 8”)
 * en knoppen voor vorige en volgende. De pijltjestoetsen en Esc regelt het element.
 * Binnen het modale venster staat een eigen live region, want wat erbuiten staat is dan inert; bij elke
 * stap zegt die waar je bent en welke groep het is („Groep 3 van 8: Zelfbeeld”), omdat de focus op de
 * knop of toets blijft. De gespreksmodus loopt alle groepen van de gekozen delen door, ook als er een
 * zoekopdracht actief is: een team praat de kaart door, niet de treffers.
 */
export function gesprekWeergave(opties: GesprekOpties): TemplateResult {
  const { kaart, groep, nummer, totaal, teksten, taal } = opties;
  const deel = kaart.delen.find((d) => d.groepen.includes(groep));
  const kant = kaart.kanten?.find((k) => k.id === groep.kant);
  const deelTitel = deel ? teksten.deelNaam(deel) : undefined;
  return html`<div class="gesprek-kop" lang=${taal}>
      <p id="_gesprek-titel" class="gesprek-kaart">${teksten.gesprekTitel(kaart.titel)}</p>
      <p class="gesprek-positie">${teksten.gesprekPositie(nummer, totaal)}</p>
      <button type="button" class="knop" @click=${opties.sluit}>${teksten.gesprekSluiten}</button>
    </div>
    <p class="gesprek-deel">${[deelTitel, kant?.titel].filter(Boolean).join(' · ')}</p>
    <h2 id="_gesprek-groep" class="gesprek-groep" tabindex="-1">${groep.titel}</h2>
    <ul class="gesprek-items">
      ${groep.items.map((item) => html`<li>${item.tekst}</li>`)}
    </ul>
    <div class="gesprek-navigatie" lang=${taal}>
      <button type="button" class="knop" aria-disabled=${nummer === 1 ? 'true' : 'false'} @click=${opties.vorige}>
        ${teksten.vorigeGroep}
      </button>
      <button type="button" class="knop" aria-disabled=${nummer === totaal ? 'true' : 'false'} @click=${opties.volgende}>
        ${teksten.volgendeGroep}
      </button>
    </div>
    <p class="gesprek-hulp" lang=${taal}>${teksten.gesprekHulp}</p>
    <p class="visueel-verborgen" role="status" lang=${taal}>${opties.aankondiging}</p>`;
}

/** Wat het venster van de kaart krijgt; de rest weet het gesprek zelf. */
export type VensterOpties = Omit<GesprekOpties, 'groep' | 'nummer' | 'totaal' | 'vorige' | 'volgende' | 'sluit'> & { groepen: Groep[] };

/** Het modale venster van de gespreksmodus; leeg zolang het dicht is. */
export function gesprekVensterWeergave(gesprek: Gesprek, opties: VensterOpties): TemplateResult {
  const groep = gesprek.groep;
  return html`<dialog
    class="gesprek"
    part="gesprek"
    aria-labelledby="_gesprek-titel"
    @close=${() => naSluiten(gesprek)}
    @keydown=${(gebeurtenis: KeyboardEvent) => toets(gesprek, gebeurtenis)}
  >
    ${groep && gesprek.index !== undefined
      ? gesprekWeergave({
          ...opties,
          groep,
          nummer: gesprek.index + 1,
          totaal: opties.groepen.length,
          vorige: () => ga(gesprek, -1),
          volgende: () => ga(gesprek, 1),
          sluit: () => gesprek.venster()?.close(),
        })
      : nothing}
  </dialog>`;
}
