import { alsTekst } from './als-tekst.js';

/** Wie wacht op een stuk dat eerder mislukte (`bijHerstel`); één keer aangeroepen, als een volgende poging slaagt. */
const naHerstel = new Set<() => void>();

/**
 * Na een mislukking: `terug` komt als een volgende poging van een stuk slaagt (van wie dan ook: „Probeer opnieuw” in
 * een andere kaart). Zo toont elke kaart met dezelfde melding het herstelde stuk meteen. Dezelfde functie telt één keer.
 */
export const bijHerstel = (terug: () => void): void => void naHerstel.add(terug);

/** Niet meer wachten op herstel (een element dat van de pagina gaat). */
export const afHerstel = (terug: () => void): void => void naHerstel.delete(terug);

/**
 * Een stuk van de bundel dat pas laadt als het nodig is (een `import()`, in de losse bundel een bestand in
 * `gedeeld/` naast de ingang): één keer per pagina, gedeeld door alle elementen.
 *
 * Mislukt het laden (netwerk, CSP, een map `gedeeld/` die niet meegekopieerd is), dan onthoudt het stuk waarom.
 * Een weergave probeert het dan niet opnieuw (`laadVoorWeergave`): elk element toont de fout, en een zoekopdracht wacht niet
 * bij elke toets op een nieuwe mislukking. Een element dat (opnieuw) op de pagina komt, probeert het nog wel, en een
 * handeling van de gebruiker (afdrukken, de gespreksmodus, de begrippen openen) roept `laad` aan, dat het ook opnieuw
 * probeert.
 */
export class OpAanvraag<T> {
  /** Het geladen stuk, zodra het er is. */
  module?: T;

  /** Waarom de laatste poging mislukte, tot een volgende slaagt. */
  fout?: string;

  private bezig?: Promise<T>;

  constructor(private readonly haal: () => Promise<T>) {}

  /** Laadt het stuk, of probeert het na een mislukking opnieuw. */
  laad(): Promise<T> {
    if (!this.bezig) {
      const bezig = this.haal().then((module) => {
        const hersteld = this.fout !== undefined;
        this.module = module;
        this.fout = undefined;
        if (hersteld) {
          const wachtenden = [...naHerstel];
          naHerstel.clear();
          for (const terug of wachtenden) terug();
        }
        return module;
      });
      bezig.catch((fout: unknown) => {
        this.fout = alsTekst(fout);
        if (this.bezig === bezig) this.bezig = undefined;
      });
      this.bezig = bezig;
    }
    return this.bezig;
  }

  /**
   * Voor een weergave die het stuk nodig heeft: de poging om op te wachten (die nooit afwijst), of niets als het stuk
   * er al is of al eens mislukte (dan staat de reden in `fout`). `opnieuwNaFout`: toch nog een poging, voor een
   * element dat net op de pagina kwam (in een app die urenlang openstaat, is het netwerk misschien terug).
   */
  laadVoorWeergave(opnieuwNaFout = false): Promise<unknown> | undefined {
    if (this.module || (this.fout !== undefined && !opnieuwNaFout)) return undefined;
    return this.laad().catch(() => undefined);
  }
}
