import { html, nothing, type TemplateResult } from 'lit';
import { handmatigeKopieWeergave } from '../functies/kopieren/handmatige-kopie-weergave.js';
import type { Kopieren } from '../functies/kopieren/kopieren.js';
import type { Zoeken } from '../functies/zoeken/zoeken.js';
import { zoekveldWeergave } from '../functies/zoeken/zoekveld-weergave.js';
import type { FocusNaUpdate } from '../gedeeld/focus-na-update.js';
import type { Teksten } from '../teksten.js';

export interface WerkbalkOpties {
  /** Zonder zoekveld (`zonder-zoeken`). */
  zoeken?: Zoeken;
  focus: FocusNaUpdate;
  kopieren: Kopieren;
  teksten: Teksten;
  taal: string;
  resultaat: string;
  openAlles: () => void;
  sluitAlles: () => void;
  /** Zonder knop als er geen functie is (`zonder-gespreksmodus`, `zonder-afdrukken`). */
  gesprek?: () => void;
  afdrukken?: () => void;
}

/** Zoekveld en knoppen boven de delen, en de tekst om zelf te kopiëren als kopiëren mislukte. */
export function werkbalkWeergave(o: WerkbalkOpties): TemplateResult {
  const { zoeken, teksten } = o;
  const knop = (tekst: string, actie: () => void, id?: string) =>
    html`<button type="button" class="knop" part="knop" id=${id ?? nothing} @click=${actie}>${tekst}</button>`;
  return html`<div class="werkbalk" part="werkbalk" lang=${o.taal}>
    ${zoeken
      ? zoekveldWeergave({
          zoeken,
          teksten,
          resultaat: o.resultaat,
          typ: (waarde) => zoeken.typ(waarde),
          wis: () => {
            zoeken.wis();
            o.focus.zetOp('_zoekveld');
          },
        })
      : nothing}
    <div class="knoppen">
      ${knop(teksten.allesOpenen, o.openAlles)} ${knop(teksten.allesSluiten, o.sluitAlles)}
      ${o.gesprek ? knop(teksten.gespreksmodus, o.gesprek, '_gespreksknop') : nothing}
      ${o.afdrukken ? knop(teksten.afdrukken, o.afdrukken) : nothing}
    </div>
    ${handmatigeKopieWeergave(o.kopieren, teksten)}
  </div>`;
}
