import type { ReactiveControllerHost } from 'lit';
import type { Aankondiger } from '../../gedeeld/aankondiger.js';
import type { FocusNaUpdate } from '../../gedeeld/focus-na-update.js';
import { kopieerNaarKlembord } from './klembord.js';

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * Kopiëren naar het klembord, alleen na een klik. Lukt dat niet, dan toont de kaart de tekst geselecteerd
 * om zelf te kopiëren; bij het sluiten daarvan gaat de focus terug naar de knop waarmee gekopieerd werd.
 */
export class Kopieren {
  /** De tekst om zelf te kopiëren, zolang het kopiëren mislukt is. */
  handmatig?: string;

  /** De knop waarmee de gebruiker kopieerde. */
  private bron?: HTMLElement | null;

  constructor(
    private readonly host: Host,
    private readonly aankondiger: Aankondiger,
    private readonly focus: FocusNaUpdate,
  ) {}

  async kopieer(tekst: string, gelukt: string): Promise<void> {
    if (await kopieerNaarKlembord(tekst, this.host.renderRoot)) {
      this.aankondiger.kondigAan(gelukt);
      return;
    }
    this.bron = (this.host.renderRoot as ShadowRoot).activeElement as HTMLElement | null;
    this.handmatig = tekst;
    this.focus.zetOp('_handmatige-kopie');
  }

  sluitHandmatig(): void {
    this.handmatig = undefined;
    // Terug naar de knop waarmee gekopieerd werd, of anders naar de eerste knop van de werkbalk.
    const bron = this.bron;
    this.focus.zet(() => (bron?.isConnected ? bron : this.host.renderRoot.querySelector<HTMLElement>('.werkbalk .knop')));
  }
}
