import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tekent de kaart opnieuw vlak voor het afdrukken (ook via het menu van de browser), zodat de
 * afdrukdatum onder de kaart die van vandaag is.
 */
export class AfdrukDatum implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.vernieuw);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.vernieuw);
  }

  private readonly vernieuw = (): void => this.host.requestUpdate();
}
