import type { ReactiveControllerHost } from 'lit';

/**
 * Welke groepen dicht staan. De gebruiker opent en sluit ze een voor een of allemaal; `compact` begint
 * met alles dicht. Tijdens het zoeken staan de groepen met treffers open en daarna komt de stand van
 * vóór het zoeken terug. Een deeplink opent de groep van zijn doel.
 */
export class OpenDicht {
  /** De ids van de groepen die dicht staan. */
  gesloten: ReadonlySet<string> = new Set<string>();

  /** De stand van vóór het zoeken, om na het wissen terug te zetten. */
  private voorZoeken?: ReadonlySet<string>;

  constructor(private readonly host: ReactiveControllerHost) {}

  isOpen(groep: string): boolean {
    return !this.gesloten.has(groep);
  }

  /** Het begin: alles open, of met `compact` alles dicht. Ook als er nieuwe inhoud is. */
  begin(compact: boolean, groepen: readonly string[]): void {
    this.zet(compact ? new Set(groepen) : new Set());
    this.voorZoeken = undefined;
  }

  wissel(groep: string): void {
    const gesloten = new Set(this.gesloten);
    if (!gesloten.delete(groep)) gesloten.add(groep);
    this.zet(gesloten);
  }

  open(groep: string): void {
    const gesloten = new Set(this.gesloten);
    gesloten.delete(groep);
    this.zet(gesloten);
  }

  openAlles(): void {
    this.zet(new Set());
  }

  sluitAlles(groepen: readonly string[]): void {
    this.zet(new Set(groepen));
  }

  /** Bij het zoeken: open wat treffers heeft, en onthoud eenmalig hoe het ervoor stond. */
  toonTreffers(heeftTreffers: (groep: string) => boolean): void {
    this.voorZoeken ??= this.gesloten;
    this.zet(new Set([...this.voorZoeken].filter((groep) => !heeftTreffers(groep))));
  }

  /** Na het zoeken: de stand van vóór het zoeken terug. */
  herstelNaZoeken(): void {
    if (this.voorZoeken) this.zet(this.voorZoeken);
    this.voorZoeken = undefined;
  }

  private zet(gesloten: ReadonlySet<string>): void {
    this.gesloten = gesloten;
    this.host.requestUpdate();
  }
}
