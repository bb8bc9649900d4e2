import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Zegt iets tegen schermlezers via één live region per element (`tekst` staat in de weergave).
 * Eén dienst voor alle functies, zodat er nooit twee aankondigingen door elkaar lopen.
 */
export class Aankondiger implements ReactiveController {
  /** Wat de live region nu zegt. */
  tekst = '';

  private frame?: number;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
  }

  /** Eerst leeg en een frame later de tekst, zodat ook dezelfde zin twee keer na elkaar wordt voorgelezen. */
  kondigAan(tekst: string): void {
    this.tekst = '';
    this.host.requestUpdate();
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => {
      this.tekst = tekst;
      this.host.requestUpdate();
    });
  }
}
