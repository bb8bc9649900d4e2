import { html, nothing, type TemplateResult } from 'lit';
import type { Zoeken } from '../functies/zoeken/zoeken.js';
import { zoekveldWeergave } from '../functies/zoeken/zoekveld-weergave.js';
import type { FocusNaUpdate } from '../gedeeld/focus-na-update.js';
import { menuKnopWeergave, type MenuKeuze } from '../gedeeld/menu-knop-weergave.js';
import type { Teksten } from '../teksten.js';

export interface WerkbalkOpties {
  /** Zonder zoekveld (`zonder-zoeken`). */
  zoeken?: Zoeken;
  focus: FocusNaUpdate;
  teksten: Teksten;
  taal: string;
  resultaat: string;
  openAlles: () => void;
  sluitAlles: () => void;
  /** Zonder knop als er geen functie is (`zonder-gespreksmodus`, `zonder-afdrukken`). */
  gesprek?: () => void;
  afdrukken?: () => void;
}

/**
 * Zoekveld en één menuknop „Meer” op één regel boven de delen (zodat in een smalle zijbalk de eerste groep in beeld
 * staat, besluit 13).
 */
export function werkbalkWeergave(o: WerkbalkOpties): TemplateResult {
  const { zoeken, teksten } = o;
  const keuzes: MenuKeuze[] = [
    { tekst: teksten.allesOpenen, actie: o.openAlles },
    { tekst: teksten.allesSluiten, actie: o.sluitAlles },
    ...(o.gesprek ? [{ tekst: teksten.gespreksmodus, actie: o.gesprek }] : []),
    ...(o.afdrukken ? [{ tekst: teksten.afdrukken, actie: o.afdrukken }] : []),
  ];
  return html`<div class="werkbalk ${zoeken ? 'met-zoeken' : ''}" part="werkbalk" lang=${o.taal}>
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
    ${menuKnopWeergave({ id: MEER_KNOP, tekst: teksten.meer, keuzes })}
  </div>`;
}

/** Het id van de knop „Meer”: de focus gaat erheen na het sluiten van de gespreksmodus. */
export const MEER_KNOP = '_meer-knop';
