import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Zegt iets tegen schermlezers via één live region per element (`tekst` staat in de weergave).
 * Eén dienst voor alle functies, zodat er nooit twee aankondigingen door elkaar lopen.
 */
export class Aankondiger implements ReactiveController {
  /** Wat de live region nu zegt. */
  tekst = '';

  private frame?: number;

  private uitgesteld?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    clearTimeout(this.uitgesteld);
  }

  /**
   * Eerst leeg en een frame later de tekst, zodat ook dezelfde zin twee keer na elkaar wordt voorgelezen. Een
   * uitgestelde aankondiging die nog wacht, vervalt: wat nu gebeurt, gaat voor.
   */
  kondigAan(tekst: string): void {
    clearTimeout(this.uitgesteld);
    this.tekst = '';
    this.host.requestUpdate();
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => {
      this.tekst = tekst;
      this.host.requestUpdate();
    });
  }

  /** Zegt `tekst()` pas na `ms`, als er intussen niets anders is gezegd of uitgesteld (zoals het resultaat na het typen). */
  kondigAanNa(ms: number, tekst: () => string): void {
    clearTimeout(this.uitgesteld);
    this.uitgesteld = setTimeout(() => this.kondigAan(tekst()), ms);
  }

  /** Een uitgestelde aankondiging gaat niet door. */
  vergeetUitgesteld(): void {
    clearTimeout(this.uitgesteld);
  }
}
