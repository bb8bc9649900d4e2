import { html, type TemplateResult } from 'lit';
import { begrippenStijl } from '../base/begrippen.styles.js';
import { kaartStijl } from '../base/kaart.styles.js';
import { kop } from '../gedeeld/kop.js';
import { meldingenWeergave } from '../gedeeld/meldingen-weergave.js';
import type { Benodigd } from '../gedeeld/benodigde-stukken.js';
import { MwElement } from '../gedeeld/mw-element.js';
import { begrippenStuk } from '../inhoud/laad-inhoud.js';

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
 * @attr lang - De taal van meldingen en bronregel: `en` voor Engels, anders Nederlands (ook van een voorouder). De begrippen blijven Nederlands.
 *
 * @csspart kaart - Het geheel (een `section`, de regio met de titel als naam).
 * @csspart titel - De titel.
 * @csspart melding - Een melding over een verkeerde attribuutwaarde of begrippen die niet laadden.
 * @csspart knop - „Probeer opnieuw” onder de melding als de begrippen niet laadden.
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

  /** De eerste weergave wacht tot de begrippen er zijn (een los stuk van de bundel). */
  protected override benodigd(): (Benodigd | false | undefined)[] {
    return [{ stuk: begrippenStuk, melding: (fout) => this.teksten.begrippenNietGeladen(fout) }, ...super.benodigd()];
  }

  override render(): TemplateResult {
    const stuk = begrippenStuk.module;
    if (!stuk) return html`${meldingenWeergave(this.meldingen, this.taal, this.opnieuwKnop)}`;
    const { begrippen } = stuk;
    const niveau = this.niveau;
    const teksten = this.teksten;
    return html`<section class="kaart" part="kaart" aria-labelledby="_titel" lang="nl">
      ${kop(niveau, begrippen.titel, { id: '_titel', klasse: 'titel', part: 'titel' })}
      ${meldingenWeergave(this.meldingen, this.taal, this.opnieuwKnop)}
      ${stuk.weergave(niveau + 1, teksten)}
      <p class="bron" part="bron" lang=${this.taal}>${teksten.bron(begrippen.bron)}</p>
    </section>`;
  }
}
