import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Deel, Groep, Kaart } from '../inhoud/kaart.js';
import { nl as teksten } from '../teksten.js';
import { versie } from '../versie.js';
import { kop } from './kop.js';
import { kaartStijl } from './kaart.styles.js';

/** Welk deel van de kaart een element laat zien, en via welk attribuut dat is gekozen. */
export interface DeelKeuze {
  attribuut: string;
  waarde: string | null | undefined;
}

const STANDAARD_KOPNIVEAU = 2;

/** Maakt een waarde vergelijkbaar: zonder accenten, hoofdletters en witruimte ("Vóór" wordt "voor"). */
const vergelijkbaar = (tekst: string): string =>
  tekst.normalize('NFD').replace(/\p{Diacritic}/gu, '').trim().toLowerCase();

/**
 * De gedeelde basis van alle kaarten: kop en centrale vraag, toelichting, delen, groepen
 * en items, kopniveaus, de keuze van een deel en meldingen bij verkeerde invoer.
 * Een kaart-element zegt alleen welke inhoud het toont en hoe de delen staan.
 *
 * @csspart kaart - De kaart als geheel (een `section`, de regio met de titel als naam).
 * @csspart titel - De titel van de kaart.
 * @csspart vraag - De centrale vraag van de kaart.
 * @csspart geen-afvinklijst - De zin uit het boek dat de kaart géén afvinklijst is.
 * @csspart melding - Een melding over een verkeerde attribuutwaarde.
 * @csspart toelichting - Het blok met de toelichting.
 * @csspart toelichting-knop - De knop die de toelichting opent en sluit.
 * @csspart deel - Een deel van de kaart: een kant, thema, fase, stap of doelgroep.
 * @csspart deel-titel - De kop van een deel.
 * @csspart kant - De groepen van één kant binnen een deel, zoals de argumenten vóór maatwerk.
 * @csspart groep - Een groep items met haar kop.
 * @csspart groep-titel - De kop van een groep.
 * @csspart item - Eén signaal, argument, vraag of les.
 * @csspart bron - De bronvermelding onder de kaart.
 *
 * @cssprop --mw-kleur-tekst - Tekstkleur.
 * @cssprop --mw-kleur-achtergrond - Achtergrond van de kaart.
 * @cssprop --mw-kleur-accent - Accentkleur voor de titel, de lijn van de kaart en de knop.
 * @cssprop --mw-kleur-rand - Kleur van randen en scheidingslijnen.
 * @cssprop --mw-kleur-vlak - Achtergrond van de groepen.
 * @cssprop --mw-kleur-focus - Kleur van de focusrand.
 * @cssprop --mw-kleur-melding - Rand- en tekenkleur van meldingen.
 * @cssprop --mw-lettertype - Lettertype van de kaart.
 * @cssprop --mw-lettergrootte - Basislettergrootte van de kaart.
 * @cssprop --mw-ruimte - Basisruimte tussen blokken.
 * @cssprop --mw-hoekradius - Afronding van de hoeken.
 */
export abstract class MwKaartBase extends LitElement {
  static override styles = [kaartStijl];

  /** De versie van maatwerk-kaarten die dit element registreerde. */
  static readonly versie: string = versie;

  private readonly gewaarschuwd = new Set<string>();

  private meldingen: string[] = [];

  private niveau = STANDAARD_KOPNIVEAU;

  private zichtbareDelen: Deel[] = [];

  /**
   * Het kopniveau (1–6) van de titel van de kaart. De centrale vraag, de delen en de
   * groepen krijgen de niveaus daaronder, zodat de kaart in de structuur van de pagina past.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: number = 2;

  /** Of de toelichting bij de kaart openstaat. De gebruiker opent en sluit haar met de knop „Toelichting”. */
  @property({ type: Boolean, reflect: true, attribute: 'toelichting-open' }) toelichtingOpen = false;

  /** De inhoud van de kaart. */
  protected abstract readonly kaart: Kaart;

  /** Welk deel de gebruiker koos; een kaart zonder keuze toont alle delen. */
  protected get deelKeuze(): DeelKeuze | undefined {
    return undefined;
  }

  protected override willUpdate(): void {
    const meldingen: string[] = [];
    this.niveau = this.bepaalKopniveau(meldingen);
    this.zichtbareDelen = this.bepaalDelen(meldingen);
    this.meldingen = meldingen;
    for (const melding of meldingen) this.waarschuw(melding);
  }

  private bepaalKopniveau(meldingen: string[]): number {
    const niveau = this.headingLevel;
    if (Number.isInteger(niveau) && niveau >= 1 && niveau <= 6) return niveau;
    meldingen.push(teksten.ongeldigKopniveau(this.getAttribute('heading-level') ?? String(niveau), STANDAARD_KOPNIVEAU));
    return STANDAARD_KOPNIVEAU;
  }

  private bepaalDelen(meldingen: string[]): Deel[] {
    const { delen, deelSoort } = this.kaart;
    const keuze = this.deelKeuze;
    const waarde = keuze?.waarde?.trim();
    if (!keuze || !waarde) return delen;
    const gekozen = delen.filter((deel) => vergelijkbaar(deel.sleutel) === vergelijkbaar(waarde));
    if (gekozen.length > 0) return gekozen;
    meldingen.push(teksten.onbekendeKeuze(keuze.attribuut, waarde, delen.map((d) => d.sleutel), deelSoort));
    return delen;
  }

  private waarschuw(melding: string): void {
    if (this.gewaarschuwd.has(melding)) return;
    this.gewaarschuwd.add(melding);
    console.warn(`<${this.localName}>: ${melding}`);
  }

  private wisselToelichting(): void {
    this.toelichtingOpen = !this.toelichtingOpen;
  }

  private renderToelichting(niveau: number): TemplateResult {
    const { doel = [], toelichting, voetnoten = [], errata = [] } = this.kaart;
    const knop = html`<button
      type="button"
      class="toelichting-knop"
      part="toelichting-knop"
      aria-expanded=${this.toelichtingOpen ? 'true' : 'false'}
      aria-controls="toelichting-inhoud"
      @click=${this.wisselToelichting}
    >
      <span class="openklapteken" aria-hidden="true"></span>${teksten.toelichting}
    </button>`;
    return html`<div class="toelichting" part="toelichting">
      ${kop(niveau, knop, { klasse: 'toelichting-titel' })}
      <div id="toelichting-inhoud" class="toelichting-inhoud" ?hidden=${!this.toelichtingOpen}>
        ${doel.map((passage) => html`<p class="doel">${passage.tekst}</p>`)}
        ${toelichting.map((alinea) => html`<p>${alinea}</p>`)}
        ${voetnoten.length
          ? html`<ul class="voetnoten" aria-label=${teksten.voetnoten}>
              ${voetnoten.map((voetnoot) => html`<li>${voetnoot}</li>`)}
            </ul>`
          : nothing}
        ${errata.map((erratum) => html`<p class="correctie">${teksten.correctie(erratum.gedrukt, erratum.verbeterd)} ${erratum.toelichting}</p>`)}
      </div>
    </div>`;
  }

  private renderDeel(deel: Deel, niveau: number): TemplateResult {
    const kanten = this.kaart.kanten;
    const titel = deel.nummer
      ? html`<span class="nummer" aria-hidden="true">${deel.nummer}</span><span class="visueel-verborgen">${teksten.stap(deel.nummer)}: </span>${deel.titel}`
      : deel.titel;
    return html`<div class="deel" part="deel" id=${deel.id} data-sleutel=${deel.sleutel}>
      ${kop(niveau, titel, { klasse: 'deel-titel', part: 'deel-titel' })}
      ${kanten
        ? html`<div class="kanten">
            ${kanten.map((kant) => {
              const groepen = deel.groepen.filter((groep) => groep.kant === kant.id);
              return groepen.length
                ? html`<div class="kant" part="kant" data-kant=${kant.id}>
                    ${kop(niveau + 1, html`<span class="kant-teken" aria-hidden="true"></span>${kant.titel}`, { klasse: 'kant-titel' })}
                    ${groepen.map((groep) => this.renderGroep(groep, niveau + 2))}
                  </div>`
                : nothing;
            })}
          </div>`
        : deel.groepen.map((groep) => this.renderGroep(groep, niveau + 1))}
    </div>`;
  }

  private renderGroep(groep: Groep, niveau: number): TemplateResult {
    return html`<div class="groep" part="groep" id=${groep.id}>
      ${kop(niveau, groep.titel, { klasse: 'groep-titel', part: 'groep-titel' })}
      <ul class="items">
        ${groep.items.map((item) => html`<li class="item" part="item" id=${item.id}>${item.tekst}</li>`)}
      </ul>
    </div>`;
  }

  override render(): TemplateResult {
    const kaart = this.kaart;
    const niveau = this.niveau;
    return html`<section class="kaart" part="kaart" aria-labelledby="titel" lang="nl" data-kaart=${kaart.id}>
      ${kop(niveau, kaart.titel, { id: 'titel', klasse: 'titel', part: 'titel' })}
      <div class="meldingen" role="status">
        ${this.meldingen.map((melding) => html`<p class="melding" part="melding">${melding}</p>`)}
      </div>
      ${this.renderToelichting(niveau + 1)}
      ${kop(niveau + 1, kaart.vraag, { klasse: 'vraag', part: 'vraag' })}
      ${kaart.geenAfvinklijst
        ? html`<p class="geen-afvinklijst" part="geen-afvinklijst">${kaart.geenAfvinklijst.tekst}</p>`
        : nothing}
      <div class="delen">${this.zichtbareDelen.map((deel) => this.renderDeel(deel, niveau + 2))}</div>
      <p class="bron" part="bron">${teksten.bron(kaart.bron)}</p>
    </section>`;
  }
}
