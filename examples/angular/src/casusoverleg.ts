import { ChangeDetectionStrategy, Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import type { Markering, MarkeringDetail, MarkeringInvoer, Verslag } from 'maatwerk-kaarten';

/**
 * Een casusoverleg in Angular (standalone component, zonder zone.js). Angular kent custom elements zelf:
 * - `CUSTOM_ELEMENTS_SCHEMA` zegt de templatecompiler dat `mw-*` geen Angular-componenten zijn;
 * - `doelgroep`, `heading-level`, `markeerbaar` en `compact` zijn gewone attributen, de kaart leest ze;
 * - `[markeringen]` zet de eigenschap: wat het zaaksysteem bij deze casus al bewaard had;
 * - `(mw-markering)` luistert naar de gebeurtenis `mw-markering`; met `strictTemplates` is `$event` een
 *   `CustomEvent<MarkeringDetail>` (uit `GlobalEventHandlersEventMap`), een verkeerd getypte handler is een fout;
 * - `<mw-denkhulp>` houdt de kaarten van de hele casus met het verslag als laatste tabblad; `(mw-verslag)` geeft
 *   het hele verslag (`CustomEvent<Verslag>`) bij elke markering, notitie of wijziging in de afweging.
 * De pagina toont wat ze van de kaart krijgt; bewaren is aan de toepassing (hier: niets).
 */
@Component({
  selector: 'mw-casusoverleg',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header><p>Casusoverleg (voorbeeld in Angular)</p></header>
    <div class="indeling">
      <main>
        <h1>Casus 2026-0415</h1>
        <p>
          Het team loopt de lessen voor uitvoerders door. Wat iemand op de kaart markeert, komt via de gebeurtenis
          <code>mw-markering</code> in de toestand van deze Angular-component.
        </p>
        <h2>Wat Angular van de kaart kreeg</h2>
        <!-- Geen live region: de markeerknop zegt zelf „ingedrukt”; de hele lijst voorlezen bij elke toets stoort. -->
        <div id="ontvangen">
          @if (markeringen().length === 0) {
            <p>Nog niets gemarkeerd.</p>
          } @else {
            <ul>
              @for (markering of markeringen(); track markering.item) {
                <li [attr.data-item]="markering.item">
                  {{ markering.tekst }}@if (markering.notitie) { (notitie: {{ markering.notitie }})}
                </li>
              }
            </ul>
          }
        </div>
        <h2>De hele casus</h2>
        <mw-denkhulp kaarten="signalen argumenten" heading-level="3" (mw-verslag)="ontvangVerslag($event)"></mw-denkhulp>
        <h3>Wat Angular van het verslag kreeg</h3>
        <div id="verslag-ontvangen">
          @if (verslag(); as ontvangen) {
            <p>Verslag van {{ ontvangen.datum }}</p>
            <ul>
              @for (kaart of ontvangen.kaarten; track kaart.kaart) {
                @for (markering of kaart.markeringen; track markering.item) {
                  <li [attr.data-item]="markering.item">{{ kaart.titel }}: {{ markering.tekst }}</li>
                }
              }
            </ul>
            @if (ontvangen.afweging) {
              <p class="afweging">Afweging: {{ ontvangen.afweging }}</p>
            }
          } @else {
            <p>Nog geen verslag.</p>
          }
        </div>
      </main>
      <aside aria-label="Denkhulp maatwerk">
        <mw-lessen-kaart
          doelgroep="uitvoerders"
          heading-level="2"
          markeerbaar
          compact
          [markeringen]="bewaard()"
          (mw-markering)="ontvang($event)"
        ></mw-lessen-kaart>
      </aside>
    </div>
  `,
})
export class Casusoverleg {
  /** Wat het zaaksysteem bij deze casus al bewaard had; de kaart krijgt het via `[markeringen]`. */
  protected readonly bewaard = signal<readonly MarkeringInvoer[]>([{ item: 'lessen-afwegen-1', notitie: 'uit het dossier' }]);
  protected readonly markeringen = signal<Markering[]>([]);

  /** Het laatste verslag uit `<mw-denkhulp>`; een zaaksysteem zou het bij de casus bewaren. */
  protected readonly verslag = signal<Verslag | undefined>(undefined);

  protected ontvangVerslag(gebeurtenis: CustomEvent<Verslag>): void {
    this.verslag.set(gebeurtenis.detail);
  }

  protected ontvang(gebeurtenis: CustomEvent<MarkeringDetail>): void {
    this.bewaard.set(gebeurtenis.detail.markeringen);
    this.markeringen.set(gebeurtenis.detail.markeringen);
  }
}
