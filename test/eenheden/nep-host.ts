import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Een kale host voor het testen van één functie zonder kaart: telt de verzoeken om opnieuw te tekenen,
 * vangt gebeurtenissen en heeft een eigen renderRoot.
 */
export class NepHost extends EventTarget implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];

  updates = 0;

  readonly renderRoot = document.createElement('div');

  readonly updateComplete = Promise.resolve(true);

  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }

  removeController(): void {}

  requestUpdate(): void {
    this.updates += 1;
  }

  /** Zoals Lit na een weergave: `hostUpdated` van elke controller. */
  bijgewerkt(): void {
    for (const controller of this.controllers) controller.hostUpdated?.();
  }
}

/** De host met het type dat een functie verwacht. */
export const alsHost = <T>(host: NepHost): T => host as unknown as T;
