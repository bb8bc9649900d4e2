import { html, nothing, type TemplateResult } from 'lit';
import type { Teksten } from '../../teksten.js';
import type { Kopieren } from './kopieren.js';

const selecteer = (gebeurtenis: FocusEvent): void => (gebeurtenis.target as HTMLTextAreaElement).select();

/** Bij de knop op `plek`: de melding en de tekst om zelf te kopiëren, als kopiëren naar het klembord niet lukte. */
export function handmatigeKopieWeergave(kopieren: Kopieren | undefined, plek: string, teksten: Teksten): TemplateResult | typeof nothing {
  if (kopieren?.handmatig === undefined || kopieren.plek !== plek) return nothing;
  return html`<div class="handmatige-kopie">
    <label for="_handmatige-kopie">${teksten.kopierenMislukt}</label>
    <textarea id="_handmatige-kopie" readonly rows="4" .value=${kopieren.handmatig} @focus=${selecteer}></textarea>
    <button type="button" class="knop" part="knop" @click=${() => kopieren.sluitHandmatig()}>${teksten.sluiten}</button>
  </div>`;
}
