import { html, type TemplateResult } from 'lit';
import { begrippenStijl } from '../base/begrippen.styles.js';
import { kaartStijl } from '../base/kaart.styles.js';
import { kop } from '../gedeeld/kop.js';
import { begrippenWeergave } from '../base/begrippen-weergave.js';
import { meldingenWeergave } from '../gedeeld/meldingen-weergave.js';
import { MwElement } from '../gedeeld/mw-element.js';
import { begrippen } from './begrippen-inhoud.js';

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
 * @attr {string} lang - De taal van meldingen en bronregel: `en` voor Engels, anders Nederlands (ook van een voorouder). De begrippen blijven Nederlands.
 *
 * @csspart kaart - Het geheel (een `section`, de regio met de titel als naam).
 * @csspart titel - De titel.
 * @csspart melding - Een melding over een verkeerde attribuutwaarde.
 * @csspart bron - De bronvermelding.
 *
 * @cssprop --mw-kleur-tekst - Tekstkleur.
 * @cssprop --mw-kleur-achtergrond - Achtergrond.
 * @cssprop --mw-kleur-accent - Accentkleur voor de titel, de lijn en de balken van de tabel.
 * @cssprop --mw-kleur-rand - Kleur van randen en scheidingslijnen.
 * @cssprop --mw-kleur-vlak - Achtergrond van de vlakken.
 * @cssprop --mw-kleur-focus - Kleur van de focusrand.
 * @cssprop --mw-kleur-melding - Rand- en tekenkleur van meldingen.
 * @cssprop --mw-lettertype - Lettertype.
 * @cssprop --mw-lettergrootte - Basislettergrootte.
 * @cssprop --mw-ruimte - Basisruimte tussen blokken.
 * @cssprop --mw-hoekradius - Afronding van de hoeken.
 */
export class MwBegrippen extends MwElement {
  static override styles = [kaartStijl, begrippenStijl];

  override render(): TemplateResult {
    const niveau = this.niveau;
    const teksten = this.teksten;
    return html`<section class="kaart" part="kaart" aria-labelledby="_titel" lang="nl">
      ${kop(niveau, begrippen.titel, { id: '_titel', klasse: 'titel', part: 'titel' })}
      ${meldingenWeergave(this.meldingen, this.taal)}
      ${begrippenWeergave(begrippen, niveau + 1, teksten)}
      <p class="bron" part="bron" lang=${this.taal}>${teksten.bron(begrippen.bron)}</p>
    </section>`;
  }
}
