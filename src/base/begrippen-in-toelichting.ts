import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Aankondiger } from '../gedeeld/aankondiger.js';
import { alsTekst } from '../gedeeld/als-tekst.js';
import { begrippenStuk } from '../inhoud/laad-inhoud.js';
import type { Teksten } from '../teksten.js';

/**
 * De begrippen in de toelichting van een kaart: inklapbaar, en pas geladen (een los stuk van de bundel) als iemand
 * ze de eerste keer opent. Lukt het laden niet, dan zegt de live region het, en toont de kaart een melding (`MwKaartBase.benodigd`).
 */
export class BegrippenInToelichting {
  open = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly aankondiger: Aankondiger,
    private readonly teksten: () => Teksten,
  ) {}

  /** De begrippen met hun koppen op `niveau`, als ze openstaan en geladen zijn. */
  weergave(niveau: number): TemplateResult | typeof nothing {
    const stuk = this.open && begrippenStuk.module;
    return stuk ? stuk.weergave(niveau, this.teksten()) : nothing;
  }

  wissel(): void {
    this.open = !this.open;
    this.host.requestUpdate();
    if (this.open && !begrippenStuk.module) {
      begrippenStuk.laad().then(
        () => this.host.requestUpdate(),
        (fout: unknown) => {
          // De kaart toont de melding; de live region zegt het meteen, want de focus staat op de knop.
          this.aankondiger.kondigAan(this.teksten().onderdeelNietGeladen(alsTekst(fout)));
          this.host.requestUpdate();
        },
      );
    }
  }
}
