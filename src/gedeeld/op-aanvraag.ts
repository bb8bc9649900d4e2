/**
 * Een stuk van de bundel dat pas laadt als het nodig is (een `import()`, in de losse bundel een bestand in
 * `gedeeld/` naast de ingang): één keer per pagina, gedeeld door alle elementen. Mislukt het laden (netwerk,
 * CSP), dan probeert de volgende vraag het opnieuw.
 */
export class OpAanvraag<T> {
  /** Het geladen stuk, zodra het er is. */
  module?: T;

  private bezig?: Promise<T>;

  constructor(private readonly haal: () => Promise<T>) {}

  laad(): Promise<T> {
    if (!this.bezig) {
      const bezig = this.haal().then((module) => (this.module = module));
      bezig.catch(() => {
        if (this.bezig === bezig) this.bezig = undefined;
      });
      this.bezig = bezig;
    }
    return this.bezig;
  }
}
