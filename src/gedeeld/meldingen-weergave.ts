import { html, nothing, type TemplateResult } from 'lit';

/** „Probeer opnieuw” onder de fouten van `<mw-kaart>` als het laden van zijn JSON mislukte. */
export interface OpnieuwKnop {
  label: string;
  actie: () => void;
}

/** De meldingen over verkeerde invoer, in een live region, zodat een schermlezer ze ook hoort. */
export const meldingenWeergave = (meldingen: string[], taal: string): TemplateResult =>
  html`<div class="meldingen" role="status" lang=${taal}>${meldingen.map((melding) => html`<p class="melding" part="melding">${melding}</p>`)}</div>`;

/** De knop „Probeer opnieuw” onder de fouten van `<mw-kaart>`. */
export const opnieuwKnopWeergave = (opnieuw: OpnieuwKnop | undefined, taal: string): TemplateResult | typeof nothing =>
  opnieuw ? html`<button type="button" class="knop opnieuw" part="knop" lang=${taal} @click=${opnieuw.actie}>${opnieuw.label}</button>` : nothing;
