import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * Zet de focus na de volgende weergave, als het element dat de focus moet krijgen er pas dan is.
 * Eén dienst voor alle functies: wie het laatst vraagt, wint. Tekent een weergave het element met de focus opnieuw
 * (een ander kopniveau of een andere taal van buitenaf), dan staat de focus daarna op het element met hetzelfde id:
 * de gebruiker begint niet ineens bovenaan de pagina.
 */
export class FocusNaUpdate implements ReactiveController {
  private doel?: () => HTMLElement | null | undefined;

  /** Het id van het element met de focus vlak vóór de weergave. */
  private hadFocus?: string;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostUpdate(): void {
    this.hadFocus = (this.host.renderRoot as ShadowRoot).activeElement?.id || undefined;
  }

  hostUpdated(): void {
    const doel = this.doel?.();
    this.doel = undefined;
    if (doel) doel.focus();
    else if (this.hadFocus && !(this.host.renderRoot as ShadowRoot).activeElement) {
      this.host.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(this.hadFocus)}`)?.focus({ preventScroll: true });
    }
  }

  /** Na de volgende weergave de focus op wat `doel` dan aanwijst. */
  zet(doel: () => HTMLElement | null | undefined): void {
    this.doel = doel;
    this.host.requestUpdate();
  }

  /** Na de volgende weergave de focus op het element met dit id in het element zelf. */
  zetOp(id: string): void {
    this.zet(() => this.host.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`));
  }
}
