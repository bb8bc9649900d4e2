import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Aankondiger } from '../../gedeeld/aankondiger.js';
import type { FocusNaUpdate } from '../../gedeeld/focus-na-update.js';
import { kopieerNaarKlembord } from './klembord.js';

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/** Hoe lang de zichtbare bevestiging naast de knop blijft staan. */
export const BEVESTIGING_MS = 4000;

/**
 * Kopiëren naar het klembord, alleen na een klik. Lukt het, dan staat de bevestiging een paar seconden zichtbaar
 * naast de knop (`data-gekopieerd`, getoond met CSS) en zegt de live region het één keer. Lukt het niet, dan toont
 * de kaart bij die knop de melding en de tekst geselecteerd om zelf te kopiëren; bij het sluiten daarvan gaat de
 * focus terug naar de knop waarmee gekopieerd werd.
 */
export class Kopieren implements ReactiveController {
  /** De tekst om zelf te kopiëren, zolang het kopiëren mislukt is. */
  handmatig?: string;

  /** Waar de tekst om zelf te kopiëren staat: bij de knop waarmee gekopieerd werd (een item-id, of `samenvatting`). */
  plek?: string;

  /** De knop waarmee de gebruiker kopieerde. */
  private bron?: HTMLElement | null;

  /** De knop die het laatst werd aangeklikt: in Safari krijgt een aangeklikte knop geen focus. */
  private geklikt?: HTMLElement | null;

  private klok?: ReturnType<typeof setTimeout>;

  private readonly onthoud = (gebeurtenis: Event): void => {
    this.geklikt = (gebeurtenis.composedPath()[0] as Element | undefined)?.closest?.<HTMLElement>('button');
  };

  constructor(
    private readonly host: Host,
    private readonly aankondiger: Aankondiger,
    private readonly focus: FocusNaUpdate,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    (this.host as unknown as HTMLElement).addEventListener('click', this.onthoud, true);
  }

  hostDisconnected(): void {
    (this.host as unknown as HTMLElement).removeEventListener('click', this.onthoud, true);
    clearTimeout(this.klok);
  }

  /** Kopieert `tekst` (en `html` als opgemaakte tekst); lukt het niet, dan staat de tekst om zelf te kopiëren op `plek`, bij de knop. */
  async kopieer(tekst: string, gelukt: string, plek: string, html?: string): Promise<void> {
    const knop = ((this.host.renderRoot as ShadowRoot).activeElement as HTMLElement | null) ?? this.geklikt ?? null;
    if (await kopieerNaarKlembord(tekst, this.host.renderRoot, html)) {
      this.aankondiger.kondigAan(gelukt);
      this.bevestig(knop, gelukt);
      return;
    }
    this.bron = knop;
    this.handmatig = tekst;
    this.plek = plek;
    this.focus.zetOp('_handmatige-kopie');
  }

  /** Zet de bevestiging zichtbaar naast de knop, en haalt ze na een paar seconden weg. */
  private bevestig(knop: HTMLElement | null, tekst: string): void {
    clearTimeout(this.klok);
    this.host.renderRoot.querySelectorAll('[data-gekopieerd]').forEach((vorige) => vorige.removeAttribute('data-gekopieerd'));
    if (!knop?.matches('button')) return;
    knop.setAttribute('data-gekopieerd', tekst);
    this.klok = setTimeout(() => knop.removeAttribute('data-gekopieerd'), BEVESTIGING_MS);
  }

  sluitHandmatig(): void {
    this.handmatig = undefined;
    this.plek = undefined;
    // Terug naar de knop waarmee gekopieerd werd, of anders naar de titel van het overzicht.
    const bron = this.bron;
    this.focus.zet(() => (bron?.isConnected ? bron : this.host.renderRoot.querySelector<HTMLElement>('#_overzicht-titel')));
  }
}
