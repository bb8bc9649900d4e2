import { html, nothing, type TemplateResult } from 'lit';
import type { Teksten } from '../../teksten.js';
import type { Zoeken } from './zoeken.js';

export interface ZoekveldOpties {
  zoeken: Zoeken;
  teksten: Teksten;
  /** Het resultaat in woorden, zoals „3 van 38 signalen gevonden”. */
  resultaat: string;
  typ: (waarde: string) => void;
  wis: () => void;
}

/** Het zoekveld met zijn label, de knop om te wissen en het resultaat (dat het veld ook beschrijft). */
export function zoekveldWeergave({ zoeken, teksten, resultaat, typ, wis }: ZoekveldOpties): TemplateResult {
  return html`<div class="zoeken">
    <label class="zoeklabel" for="_zoekveld">${teksten.zoekLabel}</label>
    <div class="zoekregel">
      <input
        id="_zoekveld"
        part="zoekveld"
        type="search"
        autocomplete="off"
        spellcheck="false"
        aria-describedby="_zoekresultaat"
        .value=${zoeken.zoekopdracht}
        @input=${(gebeurtenis: InputEvent) => typ((gebeurtenis.target as HTMLInputElement).value)}
      />
      ${zoeken.zoekopdracht ? html`<button type="button" class="knop" part="knop" @click=${wis}>${teksten.wisZoekopdracht}</button>` : nothing}
    </div>
    <p id="_zoekresultaat" class="zoekresultaat">${zoeken.actief ? resultaat : ''}</p>
  </div>`;
}
