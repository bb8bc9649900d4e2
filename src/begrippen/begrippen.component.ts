import { LitElement, html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import inhoud from '../../content/begrippen.json';
import { begrippenStijl } from '../base/begrippen.styles.js';
import { begrippenWeergave } from '../base/begrippen-weergave.js';
import { kaartStijl } from '../base/kaart.styles.js';
import { kop } from '../base/kop.js';
import { geldigKopniveau, STANDAARD_KOPNIVEAU } from '../base/kopniveau.js';
import type { Begrippen } from '../inhoud/begrippen.js';
import { nl as teksten } from '../teksten.js';
import { versie } from '../versie.js';

/**
 * De begrippen uit de Denkhulp maatwerk (pagina 6 en 7 van het boek): wat het boek verstaat onder
 * maatwerk, dienstverlening op maat, inwoner, uitvoerder, beleidsmaker, bestuurder, professionals en
 * publieke dienstverlening(en), met de tabel van de drie typen dienstverlening (80, 15 en 5 procent)
 * als tabel met balken, de percentages in tekst. De toelichting van elke kaart toont dezelfde begrippen.
 *
 * ```html
 * <mw-begrippen heading-level="2"></mw-begrippen>
 * ```
 *
 * @summary De begrippen uit het boek, met de tabel van de drie typen dienstverlening.
 * @tagname mw-begrippen
 *
 * @csspart kaart - Het geheel (een `section`, de regio met de titel als naam).
 * @csspart titel - De titel.
 * @csspart bron - De bronvermelding.
 */
export class MwBegrippen extends LitElement {
  static override styles = [kaartStijl, begrippenStijl];

  /** De versie van maatwerk-kaarten die dit element registreerde. */
  static readonly versie: string = versie;

  private gewaarschuwd?: string;

  /** Het kopniveau (1–6) van de titel; de koppen daaronder volgen. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: number = 2;

  private get niveau(): number {
    const niveau = geldigKopniveau(this.headingLevel);
    if (!niveau) {
      const melding = teksten.ongeldigKopniveau(this.getAttribute('heading-level') ?? String(this.headingLevel), STANDAARD_KOPNIVEAU);
      if (this.gewaarschuwd !== melding) console.warn(`<${this.localName}>: ${melding}`);
      this.gewaarschuwd = melding;
    }
    return niveau ?? STANDAARD_KOPNIVEAU;
  }

  override render(): TemplateResult {
    const begrippen = inhoud as Begrippen;
    const niveau = this.niveau;
    return html`<section class="kaart" part="kaart" aria-labelledby="titel" lang="nl">
      ${kop(niveau, begrippen.titel, { id: 'titel', klasse: 'titel', part: 'titel' })}
      ${geldigKopniveau(this.headingLevel)
        ? ''
        : html`<div class="meldingen" role="status">
            <p class="melding">${teksten.ongeldigKopniveau(this.getAttribute('heading-level') ?? '', STANDAARD_KOPNIVEAU)}</p>
          </div>`}
      ${begrippenWeergave(begrippen, niveau + 1, teksten)}
      <p class="bron" part="bron">${teksten.bron(begrippen.bron)}</p>
    </section>`;
  }
}
