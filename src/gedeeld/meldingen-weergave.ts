import { html, nothing, type TemplateResult } from 'lit';

/** „Probeer opnieuw” onder de meldingen, als een stuk van de bundel niet laadde (`MwElement.opnieuwKnop`). */
export interface OpnieuwKnop {
  label: string;
  actie: () => void;
}

/**
 * De meldingen over verkeerde invoer en stukken die niet laadden, in een live region, zodat een schermlezer ze ook
 * hoort; daaronder, buiten de live region, de knop om het laden opnieuw te proberen.
 */
export const meldingenWeergave = (meldingen: string[], taal: string, opnieuw?: OpnieuwKnop): TemplateResult =>
  html`<div class="meldingen" role="status" lang=${taal}>${meldingen.map((melding) => html`<p class="melding" part="melding">${melding}</p>`)}</div>${opnieuwKnopWeergave(opnieuw, taal)}`;

/** De knop „Probeer opnieuw” (ook onder de fouten van `<mw-kaart>`); `MwElement.updated` zoekt hem op `.opnieuw`. */
export const opnieuwKnopWeergave = (opnieuw: OpnieuwKnop | undefined, taal: string): TemplateResult | typeof nothing =>
  opnieuw ? html`<button type="button" class="knop opnieuw" part="knop" lang=${taal} @click=${opnieuw.actie}>${opnieuw.label}</button>` : nothing;
