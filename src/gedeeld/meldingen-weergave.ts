import { html, type TemplateResult } from 'lit';

/** De meldingen over verkeerde invoer, in een live region, zodat een schermlezer ze ook hoort. */
export const meldingenWeergave = (meldingen: string[], taal: string): TemplateResult =>
  html`<div class="meldingen" role="status" lang=${taal}>${meldingen.map((melding) => html`<p class="melding" part="melding">${melding}</p>`)}</div>`;
