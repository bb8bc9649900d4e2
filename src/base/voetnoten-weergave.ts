import { html, nothing, type TemplateResult } from 'lit';
import type { Teksten } from '../teksten.js';

/** De voetnoten uit het boek als lijst met de naam „Voetnoten”; zonder voetnoten niets. Gedeeld door toelichting en begrippen. */
export function voetnotenWeergave(voetnoten: readonly string[] | undefined, teksten: Teksten): TemplateResult | typeof nothing {
  if (!voetnoten?.length) return nothing;
  return html`<ul class="voetnoten" aria-label=${teksten.voetnoten}>
    ${voetnoten.map((voetnoot) => html`<li>${voetnoot}</li>`)}
  </ul>`;
}
