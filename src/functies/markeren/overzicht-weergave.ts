import { html, nothing, type TemplateResult } from 'lit';
import type { Kaart } from '../../inhoud/kaart.js';
import type { Teksten } from '../../teksten.js';
import { kop } from '../../gedeeld/kop.js';
import { handmatigeKopieWeergave } from '../kopieren/handmatige-kopie-weergave.js';
import type { Kopieren } from '../kopieren/kopieren.js';
import { perDeel, type Markering } from './markeringen.js';

/** Plek van de tekst om zelf te kopiëren als de samenvatting niet gekopieerd kon worden (bij items: het item-id). */
export const SAMENVATTING = 'samenvatting';

export interface OverzichtOpties {
  kaart: Kaart;
  markeringen: Markering[];
  niveau: number;
  teksten: Teksten;
  /** De taal van de interface, voor `lang` op de woorden die niet van de kaart zijn. */
  taal: string;
  bevestigWissen: boolean;
  /** Voor de tekst om zelf te kopiëren, bij de knop waarmee het kopiëren mislukte. */
  kopieren?: Kopieren;
  kopieer: () => void;
  /** Kopieert de link naar één item: de plek om een item door te geven (besluit 8). */
  kopieerLink: (item: string) => void;
  vraagWissen: () => void;
  wis: () => void;
  annuleerWissen: () => void;
}

/**
 * Wat de gebruiker voor deze casus markeerde, per deel en (op de Argumentenkaart) per kant naast
 * elkaar, met de notities. Zonder aantallen, scores of conclusies: alleen de zinnen zelf.
 */
export function overzichtWeergave(opties: OverzichtOpties): TemplateResult {
  const { kaart, markeringen, niveau, teksten, taal } = opties;
  return html`<div class="overzicht" part="overzicht">
    ${kop(niveau, html`<span lang=${taal}>${teksten.overzicht}</span>`, { id: '_overzicht-titel', klasse: 'overzicht-titel', focusbaar: true })}
    ${markeringen.length === 0 ? html`<p lang=${taal}>${teksten.nogNietsGemarkeerd}</p>` : nothing}
    ${perDeel(kaart, markeringen).map(
      ({ deel, perKant }) => html`<div class="overzicht-deel">
        ${kop(niveau + 1, teksten.deelNaam(deel), { klasse: 'deel-titel' })}
        <div class="kanten">
          ${perKant.map(
            ({ kant, markeringen: lijst }) => html`<div class="kant" data-kant=${kant?.id ?? nothing}>
              ${kant ? kop(niveau + 2, html`<span class="kant-teken" aria-hidden="true"></span>${kant.titel}`, { klasse: 'kant-titel' }) : nothing}
              ${lijst.length === 0 ? html`<p class="leeg" lang=${taal}>${teksten.nietsAanDezeKant}</p>` : nothing}
              <ul class="items" ?hidden=${lijst.length === 0}>
                ${lijst.map(
                  (markering) => html`<li>
                    <span id="_overzicht-${markering.item}">${markering.tekst}</span>
                    ${markering.notitie.trim() ? html`<span class="overzicht-notitie"><span lang=${taal}>${teksten.notitie}:</span> ${markering.notitie}</span>` : nothing}
                    <button
                      type="button"
                      class="klein link-knop"
                      lang=${taal}
                      aria-describedby="_overzicht-${markering.item}"
                      @click=${() => opties.kopieerLink(markering.item)}
                    >
                      ${teksten.kopieerLink}
                    </button>
                    ${handmatigeKopieWeergave(opties.kopieren, markering.item, teksten)}
                  </li>`,
                )}
              </ul>
            </div>`,
          )}
        </div>
      </div>`,
    )}
    ${markeringen.length && !opties.bevestigWissen
      ? html`<div class="knoppen overzicht-knoppen" lang=${taal}>
          <button type="button" class="knop" part="knop" id="_kopieer-knop" @click=${opties.kopieer}>${teksten.kopieerAlsTekst}</button>
          <button type="button" class="knop" part="knop" id="_wis-knop" @click=${opties.vraagWissen}>${teksten.wisMarkeringen}</button>
        </div>`
      : nothing}
    ${handmatigeKopieWeergave(opties.kopieren, SAMENVATTING, teksten)}
    ${opties.bevestigWissen
      ? html`<div class="bevestig" role="group" aria-labelledby="_wis-vraag" lang=${taal}>
          <p id="_wis-vraag">${teksten.wisVraag}</p>
          <button type="button" class="knop" part="knop" @click=${opties.wis}>${teksten.wisJa}</button>
          <button type="button" class="knop" part="knop" id="_wis-nee" @click=${opties.annuleerWissen}>${teksten.wisNee}</button>
        </div>`
      : nothing}
  </div>`;
}
