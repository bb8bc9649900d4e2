import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Teksten } from '../teksten.js';
import type { OpnieuwKnop } from './meldingen-weergave.js';
import { afHerstel, bijHerstel } from './op-aanvraag.js';

/** Een stuk van de bundel (`OpAanvraag`), of een eenheid die er een laadt (`SjablonenLader`). */
export interface Stuk {
  /** Waarom de laatste poging mislukte, tot een volgende slaagt. */
  readonly fout?: string;
  /** Het laden waarop een weergave wacht (wijst nooit af), of niets als het er is of al mislukte (zie `OpAanvraag`). */
  laadVoorWeergave(opnieuwNaFout: boolean): Promise<unknown> | undefined;
  /** Laadt het stuk, ook na een mislukking: „Probeer opnieuw”. */
  laad(): Promise<unknown>;
}

/** Een stuk dat een element nu nodig heeft (`MwElement.benodigd`). */
export interface Benodigd {
  stuk: Stuk;
  /** Wat het element zegt als het stuk niet laadde; anders „Een onderdeel … kon niet geladen worden”. */
  melding?: (fout: string) => string;
  /** `false` voor wat de gebruiker opende (afdrukken, de gespreksmodus, de begrippen): de weergave wacht er niet op. */
  wacht?: boolean;
}

/** Het element dat de stukken nodig heeft. */
interface Host extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly hasUpdated: boolean;
  readonly isConnected: boolean;
}

/**
 * De stukken van de bundel die een element nu nodig heeft, uit één lijst (`benodigd`), en wat daaruit volgt:
 * - waarop een weergave wacht (`nogTeLaden`). Een stuk dat mislukte, krijgt alleen na het (opnieuw) op de pagina
 *   komen nog een poging; daarna tekent het element met zijn melding, zonder bij elke weergave op een nieuwe
 *   mislukking te wachten;
 * - de meldingen over stukken die niet laadden (`meldingen`), en de knop „Probeer opnieuw” eronder (`knop`);
 * - opnieuw tekenen als zo'n stuk alsnog laadt, ook door „Probeer opnieuw” in een ander element (`bijHerstel`);
 * - de focus naar de titel als de knop de focus had en verdwijnt (besluit 16).
 */
export class BenodigdeStukken implements ReactiveController {
  private opnieuwNaFout = false;

  /** Wanneer „Probeer opnieuw” voor het laatst niet lukte: de meldingen zeggen het, met de tijd (elke poging is nieuw). */
  private opnieuwMislukt?: Date;

  /** Of de knop „Probeer opnieuw” de focus had vlak vóór deze weergave (zie `hostUpdated`). */
  private knopHadFocus = false;

  private readonly tekenNaHerstel = (): void => this.host.requestUpdate();

  constructor(
    private readonly host: Host,
    private readonly benodigd: () => (Benodigd | false | undefined)[],
  ) {
    host.addController(this);
  }

  private get lijst(): Benodigd[] {
    return this.benodigd().filter((b): b is Benodigd => !!b);
  }

  private get metMislukkingen(): boolean {
    return this.lijst.some(({ stuk }) => stuk.fout !== undefined);
  }

  hostConnected(): void {
    this.opnieuwNaFout = true;
    // Weer op de pagina (verplaatst, of terug in een app die de kaart even weghaalde) met een melding: nog één poging.
    if (this.host.hasUpdated && this.metMislukkingen) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    afHerstel(this.tekenNaHerstel);
  }

  /** Het laden waarop de volgende weergave wacht; leeg als alles er al is. */
  nogTeLaden(): Promise<unknown>[] {
    const laden = this.lijst.flatMap(({ stuk, wacht = true }) => {
      const bezig = wacht ? stuk.laadVoorWeergave(this.opnieuwNaFout) : undefined;
      return bezig ? [bezig] : [];
    });
    this.opnieuwNaFout = false;
    return laden;
  }

  /** De meldingen van deze weergave over stukken die niet laadden (elke tekst één keer). */
  meldingen(teksten: Teksten): string[] {
    if (!this.metMislukkingen) this.opnieuwMislukt = undefined;
    const meldingen = new Set<string>();
    for (const { stuk, melding } of this.lijst) {
      if (stuk.fout === undefined) continue;
      if (!isServer && this.host.isConnected) bijHerstel(this.tekenNaHerstel);
      meldingen.add(melding ? melding(stuk.fout) : teksten.onderdeelNietGeladen(stuk.fout));
    }
    if (this.opnieuwMislukt) meldingen.add(teksten.opnieuwMislukt(this.opnieuwMislukt));
    return [...meldingen];
  }

  /** „Probeer opnieuw” onder de meldingen, als er een stuk niet laadde. Niet op de server: zonder JavaScript doet hij niets. */
  knop(teksten: Teksten): OpnieuwKnop | undefined {
    return this.metMislukkingen && !isServer ? { label: teksten.probeerOpnieuw, actie: () => void this.probeerOpnieuw() } : undefined;
  }

  /** Laadt de stukken die niet laadden nog een keer, zonder de pagina (en wat de gebruiker deed) opnieuw te laden. */
  private async probeerOpnieuw(): Promise<void> {
    const mislukt = this.lijst.filter(({ stuk }) => stuk.fout !== undefined);
    await Promise.allSettled(mislukt.map(({ stuk }) => stuk.laad()));
    this.opnieuwMislukt = this.metMislukkingen ? new Date() : undefined;
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    this.knopHadFocus = (this.host.renderRoot as ShadowRoot).activeElement?.classList.contains('opnieuw') ?? false;
  }

  hostUpdated(): void {
    // De knop had de focus en is weg (het stuk laadde, hier of in een ander element): de focus naar de titel, niet naar
    // het begin van de pagina.
    if (!this.knopHadFocus || this.host.renderRoot.querySelector('.opnieuw')) return;
    const titel = this.host.renderRoot.querySelector<HTMLElement>('#_titel');
    if (!titel) return;
    titel.tabIndex = -1;
    titel.focus();
  }
}
