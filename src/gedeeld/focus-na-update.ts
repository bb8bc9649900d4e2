import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * Zet de focus na de volgende weergave, als het element dat de focus moet krijgen er pas dan is.
 * Eén dienst voor alle functies: wie het laatst vraagt, wint.
 */
export class FocusNaUpdate implements ReactiveController {
  private doel?: () => HTMLElement | null | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostUpdated(): void {
    const doel = this.doel?.();
    this.doel = undefined;
    doel?.focus();
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
