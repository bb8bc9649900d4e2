import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { kaartStijl } from '../base/kaart.styles.js';
import { interactieStijl } from '../base/interactie.styles.js';
import { drukAf } from '../functies/afdrukken/afdrukken.js';
import { handmatigeKopieWeergave } from '../functies/kopieren/handmatige-kopie-weergave.js';
import { Kopieren } from '../functies/kopieren/kopieren.js';
import { markerenStijl } from '../functies/markeren/markeren.styles.js';
import type { MarkeringDetail, MarkeringInvoer } from '../functies/markeren/markeringen.js';
import { Aankondiger } from '../gedeeld/aankondiger.js';
import { alsTekst } from '../gedeeld/als-tekst.js';
import { FocusNaUpdate } from '../gedeeld/focus-na-update.js';
import { kop } from '../gedeeld/kop.js';
import { meldingenWeergave } from '../gedeeld/meldingen-weergave.js';
import { MwElement } from '../gedeeld/mw-element.js';
import type { Kaart } from '../inhoud/kaart.js';
import { taalVan } from '../teksten.js';
import { leesVerslag, type GelezenVerslag } from './lees-verslag.js';
import {
  inhoudUitHetBoek,
  inhoudVan,
  KAART_SELECTOR,
  kaartenVanDenkhulp,
  MAXIMUM_TEKENS,
  terugzetMeldingen,
  VerslagStand,
  verslagVanDenkhulp,
  type KaartElement,
  type Verslag,
} from './verslag-model.js';
import { bronVan, GEEN_AFVINKLIJST, notitieOpEenRegel, verslagAlsHtml, verslagAlsTekst, type VerslagInhoud } from './verslag-tekst.js';
import { verslagStijl } from './verslag.styles.js';
import { verslagTeksten, type VerslagTeksten } from './verslag.teksten.js';

/** Plek van de tekst om zelf te kopiëren als kopiëren niet lukte. */
const KOPIE = 'verslag';

/** Zo lang na de laatste wijziging zegt het verslag dat het bijgewerkt is: één keer, niet bij elke markering. */
const AANKONDIGEN_NA_MS = 1500;

/**
 * Het verslag van de afweging in één casus: per kaart, in de volgorde van het boek, wat gemarkeerd is met het deel,
 * de kant en de notitie; één veld **Afweging** voor de eigen conclusie en waarom; de datum en de zin van het boek
 * dat de kaarten géén afvinklijst zijn. Het verzamelt de markeringen van elke kaart in zijn bereik (standaard de
 * pagina, met `voor` één element) en werkt bij zodra er iets verandert. Het telt, scoort en weegt niets, en noemt
 * nooit wat níet gemarkeerd is.
 *
 * Het verslag bewaart en verstuurt niets. Bij elke wijziging door de gebruiker vuurt het `mw-verslag` met het hele
 * verslag als JSON (`content/verslag.schema.json`); de eigenschap `verslag` zet een bewaard verslag in één keer
 * terug op elke kaart, zonder gebeurtenissen.
 *
 * ```html
 * <mw-signalen-kaart markeerbaar></mw-signalen-kaart>
 * <mw-argumenten-kaart markeerbaar></mw-argumenten-kaart>
 * <mw-verslag></mw-verslag>
 * ```
 *
 * @summary Het verslag van de afweging: wat op de kaarten gemarkeerd is, met de eigen afweging, voor het dossier.
 * @tagname mw-verslag
 *
 * @fires {CustomEvent<Verslag>} mw-verslag - Bij elke wijziging door de gebruiker: een markering of notitie op een
 * kaart in het bereik, of typen in de afweging. `detail`: het verslag (`versie`, `datum`, `kaarten`, `afweging`).
 * Bubbelt en gaat door shadow roots heen. Niet bij het toewijzen van `verslag`.
 *
 * @attr {string} lang - De taal van knoppen en meldingen: `en` voor Engels, anders Nederlands (ook van een voorouder). De kaarttekst blijft Nederlands.
 *
 * @csspart verslag - Het verslag als geheel (een `section`, de regio met de titel als naam).
 * @csspart titel - De titel van het verslag.
 * @csspart samenvatting - De lijst met de gemarkeerde items van één kaart.
 * @csspart afweging - Het veld voor de afweging.
 * @csspart knop - Elke knop (kopiëren, afdrukken).
 * @csspart melding - Een melding over een verslag dat niet helemaal terug kon.
 *
 * @cssprop --mw-kleur-tekst - Tekstkleur.
 * @cssprop --mw-kleur-achtergrond - Achtergrond.
 * @cssprop --mw-kleur-accent - Titel, lijn en knoppen.
 * @cssprop --mw-kleur-rand - Randen en scheidingslijnen.
 * @cssprop --mw-kleur-focus - Focusrand.
 * @cssprop --mw-lettertype - Lettertype.
 * @cssprop --mw-lettergrootte - Basislettergrootte.
 * @cssprop --mw-ruimte - Basisruimte tussen blokken.
 */
export class MwVerslag extends MwElement {
  static override styles = [kaartStijl, interactieStijl, markerenStijl, verslagStijl];

  private readonly aankondiger = new Aankondiger(this);

  private readonly focusNa = new FocusNaUpdate(this);

  private readonly kopieren = new Kopieren(this, this.aankondiger, this.focusNa);

  private readonly stand = new VerslagStand();

  /** De kaartelementen waarvan het verslag de stand al kent. */
  private readonly gezien = new WeakSet<Element>();

  /** Waar het verslag luistert: de wortel (document of shadow root) waarin het staat. */
  private wortel?: Document | ShadowRoot;

  /**
   * Het id van het element waarvan het verslag de kaarten volgt (in hetzelfde document of dezelfde shadow root).
   * Leeg: de hele pagina.
   */
  @property() voor?: string;

  /**
   * Het hele verslag: per kaart de markeringen, en de afweging (zoals in `mw-verslag`). Wijs een bewaard verslag toe
   * om de hele casus terug te zetten: elke kaart in het bereik en de afweging, zonder gebeurtenis. Wat niet klopt
   * (onbekende ids, een andere versie, ontbrekende velden, te lange tekst) wordt overgeslagen met één melding;
   * al het andere komt terug.
   */
  @property({ attribute: false })
  get verslag(): Verslag {
    this.verzamel();
    return this.stand.alsVerslag(new Date());
  }

  set verslag(invoer: unknown) {
    const teksten = verslagTeksten(taalVan(this));
    // Geen verslag (null of undefined) is een leeg verslag, zonder melding, zoals `markeringen = null` bij een kaart.
    const gelezen = invoer == null ? { kaarten: new Map(), afweging: '', opmerkingen: [] } : leesVerslag(invoer, (id) => this.inhoudOpId(id), teksten);
    this.zetTerug(gelezen);
    terugzetMeldingen.set(this, gelezen.opmerkingen.length ? teksten.nietAllesTerug(gelezen.opmerkingen) : '');
  }

  protected override get teksten(): VerslagTeksten {
    return verslagTeksten(this.taal);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.wortel = this.getRootNode() as Document | ShadowRoot;
    this.wortel.addEventListener('mw-markering', this.opMarkering);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.wortel?.removeEventListener('mw-markering', this.opMarkering);
    this.wortel = undefined;
  }

  protected override willUpdate(veranderd: PropertyValues): void {
    super.willUpdate(veranderd);
    // Op de server (Lit SSR) is er geen pagina om kaarten in te zoeken: het verslag zoals het is.
    if (!isServer) {
      if (this.voor && !this.bereik()) this.meld(this.teksten.ongeldigBereik(alsTekst(this.voor)));
      this.verzamel();
    }
    const melding = terugzetMeldingen.get(this);
    if (melding) this.meld(melding);
  }

  /** Een markering of notitie op een kaart: het verslag werkt bij, zegt het na een pauze één keer, en vuurt `mw-verslag`. */
  private readonly opMarkering = (gebeurtenis: Event): void => {
    const bereik = this.bereik();
    if (!bereik || (this.voor && !gebeurtenis.composedPath().includes(bereik))) return;
    const bron = gebeurtenis.composedPath()[0];
    const inhoud = bron instanceof Element ? inhoudVan(bron) : undefined;
    const lijst: unknown = (gebeurtenis as CustomEvent<MarkeringDetail | undefined>).detail?.markeringen;
    if (!inhoud || !Array.isArray(lijst)) return;
    this.gezien.add(bron as Element);
    this.stand.neemOp(inhoud, lijst.filter((m: Partial<MarkeringInvoer> | null) => typeof m?.item === 'string') as MarkeringInvoer[]);
    this.requestUpdate();
    if (this.checkVisibility()) this.aankondiger.kondigAanNa(AANKONDIGEN_NA_MS, () => this.teksten.verslagBijgewerkt);
    this.vuur();
  };

  private typAfweging(gebeurtenis: InputEvent): void {
    this.stand.afweging = (gebeurtenis.target as HTMLTextAreaElement).value;
    this.requestUpdate();
    this.vuur();
  }

  private vuur(): void {
    this.dispatchEvent(new CustomEvent('mw-verslag', { detail: this.stand.alsVerslag(new Date()), bubbles: true, composed: true }));
  }

  /** Het element of de shadow root waarvan het verslag de kaarten volgt. */
  private bereik(): ParentNode | undefined {
    const wortel = this.wortel ?? (this.getRootNode() as Document | ShadowRoot);
    if (!this.voor) return wortel;
    return wortel.getElementById?.(alsTekst(this.voor)) ?? undefined;
  }

  /** De kaarten in het bereik; in een denkhulp ook haar kaarten die niet in de DOM staan. */
  private kaartenInBereik(): KaartElement[] {
    return [...new Set([...(this.bereik()?.querySelectorAll<KaartElement>(KAART_SELECTOR) ?? []), ...(kaartenVanDenkhulp.get(this)?.values() ?? [])])];
  }

  /**
   * Zet een gelezen verslag terug: de stand en de afweging, elke kaart in het bereik, en het verslag van elke
   * `<mw-denkhulp>` in het bereik met al haar kaarten. De melding over wat niet klopte, geeft alleen dit verslag.
   */
  private zetTerug(gelezen: GelezenVerslag): void {
    this.stand.leeg();
    for (const { inhoud, markeringen } of gelezen.kaarten.values()) this.stand.neemOp(inhoud, markeringen);
    this.stand.afweging = gelezen.afweging;
    for (const element of this.kaartenInBereik()) {
      const inhoud = inhoudVan(element);
      if (!inhoud) continue;
      this.gezien.add(element);
      element.markeringen = this.stand.invoer(inhoud.id);
    }
    for (const denkhulp of this.bereik()?.querySelectorAll('mw-denkhulp') ?? []) {
      const binnen = verslagVanDenkhulp.get(denkhulp)?.();
      if (!binnen || binnen === this) continue;
      binnen.zetTerug(gelezen);
      terugzetMeldingen.delete(binnen);
      denkhulp.requestUpdate();
    }
    this.requestUpdate();
  }

  private inhoudOpId(id: string): Kaart | undefined {
    for (const element of this.kaartenInBereik()) {
      const inhoud = inhoudVan(element);
      if (inhoud?.id === id) return inhoud;
    }
    return inhoudUitHetBoek(id);
  }

  /**
   * Leest de kaarten in het bereik: van een kaart die het verslag al kent, is het element de bron; een kaart die er
   * nieuw bij komt en waarvan het verslag al een stand heeft (teruggezet voordat ze er was), krijgt die stand.
   */
  private verzamel(): void {
    for (const element of this.kaartenInBereik()) {
      const inhoud = inhoudVan(element);
      if (!inhoud) continue;
      if (!this.gezien.has(element)) {
        this.gezien.add(element);
        if (this.stand.heeft(inhoud.id)) {
          element.markeringen = this.stand.invoer(inhoud.id);
          continue;
        }
      }
      const lijst = element.markeringen;
      if (Array.isArray(lijst)) this.stand.neemOp(inhoud, lijst as MarkeringInvoer[]);
    }
  }

  private inhoud(): VerslagInhoud {
    return { kaarten: this.stand.kaarten(), afweging: this.stand.afweging, datum: new Date() };
  }

  private kopieer(metOpmaak: boolean): void {
    const inhoud = this.inhoud();
    const teksten = this.teksten;
    void this.kopieren.kopieer(verslagAlsTekst(inhoud, teksten), teksten.verslagGekopieerd, KOPIE, metOpmaak ? verslagAlsHtml(inhoud, teksten) : undefined);
  }

  override render(): TemplateResult {
    const { niveau, taal } = this;
    const teksten = this.teksten;
    const inhoud = this.inhoud();
    return html`<section class="kaart verslag" part="verslag" aria-labelledby="_titel" lang=${taal}>
      ${kop(niveau, teksten.verslag, { id: '_titel', klasse: 'titel', part: 'titel' })}
      <p class="datum">${teksten.datum(inhoud.datum)}</p>
      ${meldingenWeergave(this.meldingen, taal)}
      <p class="visueel-verborgen aankondiging" role="status">${this.aankondiger.tekst}</p>
      ${inhoud.kaarten.length === 0 ? html`<p class="leeg">${teksten.nogNietsGemarkeerd}</p>` : nothing}
      ${inhoud.kaarten.map(
        ({ inhoud: kaart, markeringen }) => html`<div class="verslag-kaart">
          ${kop(niveau + 1, kaart.titel, { klasse: 'kaart-titel' })}
          <dl class="samenvatting" part="samenvatting" lang="nl">
            ${markeringen.map((markering) => {
              const deel = kaart.delen.find((d) => d.id === markering.deel);
              const kant = kaart.kanten?.find((k) => k.id === markering.kant);
              return html`<div class="rij">
                <dt>${deel ? teksten.deelNaam(deel) : markering.deelTitel}${kant ? html`<span class="kant">, ${kant.titel}</span>` : nothing}</dt>
                <dd>
                  ${markering.tekst}
                  ${markering.notitie.trim()
                    ? html`<span class="notitie-regel"><span lang=${taal}>${teksten.notitie}:</span> ${notitieOpEenRegel(markering.notitie)}</span>`
                    : nothing}
                </dd>
              </div>`;
            })}
          </dl>
        </div>`,
      )}
      <div class="afweging">
        ${kop(niveau + 1, html`<label for="_afweging">${teksten.afweging}</label>`, { klasse: 'afweging-titel' })}
        <p class="afweging-hulp" id="_afweging-hulp">${teksten.afwegingHulp}</p>
        <textarea
          id="_afweging"
          part="afweging"
          rows="6"
          maxlength=${MAXIMUM_TEKENS}
          aria-describedby="_afweging-hulp"
          .value=${inhoud.afweging}
          @input=${this.typAfweging}
        ></textarea>
        <p class="afweging-afdruk">${inhoud.afweging.trim() || teksten.afwegingLeeg}</p>
      </div>
      <div class="knoppen">
        <button type="button" class="knop" part="knop" id="_kopieer-tekst" @click=${() => this.kopieer(false)}>${teksten.kopieerAlsTekst}</button>
        <button type="button" class="knop" part="knop" id="_kopieer-opmaak" @click=${() => this.kopieer(true)}>${teksten.kopieerMetOpmaak}</button>
        <button type="button" class="knop" part="knop" id="_afdrukken" @click=${() => drukAf(this, true)}>${teksten.afdrukken}</button>
      </div>
      ${handmatigeKopieWeergave(this.kopieren, KOPIE, teksten)}
      <p class="geen-afvinklijst" part="geen-afvinklijst" lang="nl">${GEEN_AFVINKLIJST}</p>
      <p class="bron" part="bron">${bronVan(teksten)}</p>
    </section>`;
  }
}
