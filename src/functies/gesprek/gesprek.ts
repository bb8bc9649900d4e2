import { nothing, type LitElement, type TemplateResult } from 'lit';
import type { Aankondiger } from '../../gedeeld/aankondiger.js';
import type { FocusNaUpdate } from '../../gedeeld/focus-na-update.js';
import type { Groep } from '../../inhoud/kaart.js';
import type { Teksten } from '../../teksten.js';
import { gesprekVensterWeergave, type VensterOpties } from './gesprek-weergave.js';

export interface GesprekDiensten {
  /** De groepen die het gesprek doorloopt: alle groepen van de getoonde delen. */
  groepen: () => Groep[];
  /** De groep om mee te beginnen, zoals die van een deeplink. */
  beginGroep: () => Groep | undefined;
  teksten: () => Teksten;
  aankondiger: Aankondiger;
  focus: FocusNaUpdate;
}

/**
 * De gespreksmodus: één groep tegelijk in een modaal venster, voor een gedeeld scherm in een casusoverleg.
 * Vorige en volgende met knoppen en pijltjestoetsen; bij elke stap zegt de live region waar je bent.
 * Na het sluiten gaat de focus terug naar de menuknop „Meer” waarin „Gespreksmodus” staat.
 * Het venster staat in gesprek-weergave.ts, het stappen erdoor in gesprek-stappen.ts.
 */
export class Gesprek {
  /** De getoonde groep, zolang het venster open is. */
  index?: number;

  /** Of het venster ooit geopend is: tot dan staat het niet in de DOM. */
  private geopend = false;

  constructor(
    readonly host: LitElement,
    readonly diensten: GesprekDiensten,
  ) {}

  /** De getoonde groep, of niets als het venster dicht is. */
  get groep(): Groep | undefined {
    return this.index === undefined ? undefined : this.diensten.groepen()[this.index];
  }

  /** Opent het venster bij de eerste groep (of die van een deeplink). */
  async open(): Promise<void> {
    const begin = this.diensten.beginGroep();
    this.index = Math.max(0, begin ? this.diensten.groepen().indexOf(begin) : 0);
    this.geopend = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (this.index === undefined) return;
    this.venster()?.showModal();
    this.host.renderRoot.querySelector<HTMLElement>('#_gesprek-groep')?.focus();
  }

  /** Het modale venster; niets zolang het nog nooit geopend is. */
  weergave(opties: VensterOpties): TemplateResult | typeof nothing {
    return this.geopend ? gesprekVensterWeergave(this, opties) : nothing;
  }

  /** Het modale venster; `null` zolang het nog nooit geopend is. */
  venster(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector<HTMLDialogElement>('dialog.gesprek');
  }
}
