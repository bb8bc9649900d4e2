import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { begrippen } from '../begrippen/begrippen-inhoud.js';
import type { Teksten } from '../teksten.js';
import { begrippenWeergave } from './begrippen-weergave.js';

/** De begrippen in de toelichting van een kaart: inklapbaar, dicht tot iemand ze opent. */
export class BegrippenInToelichting {
  open = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly teksten: () => Teksten,
  ) {}

  /** De begrippen met hun koppen op `niveau`, als ze openstaan. */
  weergave(niveau: number): TemplateResult | typeof nothing {
    return this.open ? begrippenWeergave(begrippen, niveau, this.teksten()) : nothing;
  }

  wissel(): void {
    this.open = !this.open;
    this.host.requestUpdate();
  }
}
