import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Bereidt de kaart voor op papier, ook bij afdrukken via het menu van de browser: vlak voor het afdrukken
 * (`beforeprint`) tekent de kaart opnieuw, met de afdrukdatum van vandaag en de toelichting erbij (die op het scherm
 * pas in de DOM komt als iemand haar opent), ná de delen en het overzicht: op papier komt de kaart zelf eerst, en in
 * een gewoon blok houdt Chromium de bron bij de laatste regels (zie docs/beslissingen/014-afdrukken.md). Na
 * `afterprint` staat ze weer boven. Lit tekent in een microtaak, dus vóór de browser de afdruk opmaakt.
 */
export class Afdrukvoorbereiding implements ReactiveController {
  /** Of er (voor zover de kaart weet) afgedrukt wordt: tussen `beforeprint` en `afterprint`. */
  bezig = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.begin);
    window.addEventListener('afterprint', this.einde);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.begin);
    window.removeEventListener('afterprint', this.einde);
  }

  private readonly begin = (): void => {
    this.bezig = true;
    this.host.requestUpdate();
  };

  private readonly einde = (): void => {
    this.bezig = false;
    this.host.requestUpdate();
  };
}
