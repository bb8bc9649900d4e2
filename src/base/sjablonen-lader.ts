import { isServer, type ReactiveControllerHost } from 'lit';
import { OpAanvraag } from '../gedeeld/op-aanvraag.js';
import type { Teksten } from '../teksten.js';
import type { WeergaveContext } from './weergave-context.js';

/** De Lit-sjablonen van delen, groepen en items: een los stuk, alleen voor wie ze nodig heeft (`tekentMetSjablonen`). */
export const sjablonenStuk = new OpAanvraag(() => import('./delen-sjablonen.js'));

type Tekenwijze = Pick<WeergaveContext, 'statisch' | 'uitServerHtml' | 'markeerbaar'>;

/**
 * Of een kaart haar delen met de Lit-sjablonen tekent: op de server en in de statische export, bij server-HTML die
 * hydrateert (de sjablonen moeten die van de server zijn) en met `markeerbaar` (knop per item, notitieveld).
 * Anders tekent `delenLijst` ze als gewone DOM (besluit 17).
 */
export const tekentMetSjablonen = (k: Tekenwijze): boolean => k.statisch || k.uitServerHtml || k.markeerbaar;

/** De kaart waarvoor `SjablonenLader` laadt: haar shadow root, en hoe ze nu tekent. */
interface Host extends ReactiveControllerHost {
  readonly localName: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * Wanneer één kaart het stuk met de sjablonen laadt, en wat ze doet zolang het er niet is:
 * - vóór een weergave die ze nodig heeft, wacht de kaart erop (`laadVoorWeergave`, vanuit `MwElement.nogTeLaden`);
 * - kwam `markeerbaar` pas tijdens het laden, dan tekent de directive de tekst en laadt het stuk daarna (`bereidVoor`);
 * - server-HTML zonder sjablonen blijft staan zoals de server haar maakte (`magTekenen`);
 * - laadde het stuk niet, dan zegt `fout` waarom.
 */
export class SjablonenLader {
  private uitServer?: boolean;

  private bevroren = false;

  constructor(
    private readonly host: Host,
    private readonly wijze: () => Omit<Tekenwijze, 'uitServerHtml'>,
    private readonly teksten: () => Teksten,
  ) {}

  /**
   * Of de kaart uit server-HTML kwam: haar shadow root had al inhoud (declaratieve shadow DOM) vóór haar eerste
   * weergave, of ze wordt op de server getekend. Dan hydrateert ze en blijft ze de sjablonen van de server gebruiken.
   */
  get uitServerHtml(): boolean {
    return (this.uitServer ??= isServer || this.host.renderRoot.hasChildNodes());
  }

  private get nodig(): boolean {
    return tekentMetSjablonen({ ...this.wijze(), uitServerHtml: this.uitServerHtml });
  }

  /** Het laden waarop de volgende weergave wacht, als ze de sjablonen nodig heeft en die er nog niet zijn. */
  laadVoorWeergave(opnieuwNaFout = false): Promise<unknown> | undefined {
    return this.nodig ? sjablonenStuk.laadVoorWeergave(opnieuwNaFout) : undefined;
  }

  /** Laadt de sjablonen (ook na een mislukking): „Probeer opnieuw”. */
  laad(): Promise<unknown> {
    return sjablonenStuk.laad();
  }

  /** Waarom de sjablonen die deze kaart nodig heeft niet laadden, als dat zo is. */
  get fout(): string | undefined {
    return this.nodig ? sjablonenStuk.fout : undefined;
  }

  /**
   * In `willUpdate`: kwam `markeerbaar` pas na de laatste ronde van `nogTeLaden` (tijdens het laden), dan tekent de
   * directive nu de delen zonder de knoppen; de sjablonen laden, en daarna tekent de kaart opnieuw.
   */
  bereidVoor(): void {
    if (isServer || sjablonenStuk.module || sjablonenStuk.fout !== undefined || !this.nodig) return;
    const opnieuw = () => this.host.requestUpdate();
    sjablonenStuk.laad().then(opnieuw, opnieuw);
  }

  /**
   * In `shouldUpdate`: server-HTML zonder de sjablonen waarmee de server haar tekende (dat stuk laadde niet) blijft
   * staan zoals de server haar maakte, leesbaar maar zonder gedrag, met één waarschuwing. Hydrateren zou een fout geven,
   * en opnieuw tekenen zou alles een tweede keer in de shadow root zetten.
   */
  magTekenen(): boolean {
    if (isServer || sjablonenStuk.module || !this.uitServerHtml) return true;
    // Dezelfde melding als in een kaart die wel tekent, maar alleen in de console: deze kaart tekent niet.
    if (!this.bevroren) console.warn(`<${this.host.localName}>: ${this.teksten().onderdeelNietGeladen(sjablonenStuk.fout ?? 'delen-sjablonen')}`);
    this.bevroren = true;
    return false;
  }
}
