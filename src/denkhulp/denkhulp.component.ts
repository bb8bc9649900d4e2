import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { alsTekst } from '../gedeeld/als-tekst.js';
import { keuzeConverter } from '../gedeeld/keuze-converter.js';
import { meldingenWeergave } from '../gedeeld/meldingen-weergave.js';
import { MwElement } from '../gedeeld/mw-element.js';
import { HORIZONTAAL, RovingTabindex } from '../gedeeld/roving-tabindex.js';
import { kaarten } from '../kaarten.js';
import { inhoudUitHetBoek, kaartenVanDenkhulp, terugzetMeldingen, verslagVanDenkhulp, type Verslag } from '../verslag/verslag-model.js';
import type { MwVerslag } from '../verslag/verslag.component.js';
import { verslagTeksten, type VerslagTeksten } from '../verslag/verslag.teksten.js';
import { kaartStijl } from '../base/kaart.styles.js';
import { denkhulpStijl } from './denkhulp.styles.js';

/** Het id van het laatste tabblad, het verslag. */
const VERSLAG = 'verslag';

/** De kaarten als niemand iets kiest: herkennen, doordenken en bespreken, afwegen (de samenvatting van het boek). */
const STANDAARD = 'signalen vragen argumenten';

/** Een kaart in de denkhulp. */
type KaartElement = MwElement & { markeringen: unknown };

/**
 * De kaarten van één casus in één zijbalk: een gekozen reeks kaarten (`kaarten="signalen vragen argumenten"`) met
 * een compacte wisselaar (tabbladen volgens het WAI-ARIA APG-patroon Tabs: pijl links en rechts lopen rond, Home en
 * End, het tabblad met de focus is gekozen), en als laatste het verslag (`<mw-verslag>`). Alleen het gekozen tabblad
 * staat in de DOM; de andere kaarten houden hun markeringen en notities, ook na wisselen. De keuze van een deel
 * (`kant`, `thema`, `fase`, `stap`, `doelgroep`), `heading-level`, `compact` en `lang` gaan naar de kaarten; de
 * eigenschappen `--mw-*` van een thema erven vanzelf.
 *
 * ```html
 * <mw-denkhulp kaarten="signalen vragen argumenten" fase="tijdens"></mw-denkhulp>
 * ```
 *
 * @summary De kaarten van één casus in één zijbalk, met het verslag als laatste tabblad.
 * @tagname mw-denkhulp
 *
 * @fires {CustomEvent<Verslag>} mw-verslag - Van het verslag in de denkhulp: bij elke markering, notitie of wijziging
 * in de afweging door de gebruiker, met het hele verslag van de casus. Niet bij het toewijzen van `verslag`.
 * @fires {CustomEvent<MarkeringDetail>} mw-markering - Van de kaarten in de denkhulp, zoals bij een losse kaart.
 *
 * @attr {string} lang - De taal van knoppen en meldingen, ook van de kaarten en het verslag: `en` voor Engels.
 *
 * @csspart tab - Een tabblad van de wisselaar.
 * @csspart melding - Een melding over een onbekende kaart in `kaarten`.
 *
 * @cssprop --mw-kleur-accent - Rand en achtergrond van het gekozen tabblad (en de accentkleur van de kaarten).
 * @cssprop --mw-kleur-focus - Focusrand.
 */
export class MwDenkhulp extends MwElement {
  static override styles = [kaartStijl, denkhulpStijl];

  private readonly roving = new RovingTabindex(this, HORIZONTAAL);

  /** Per kaart één element, gemaakt als het eerst nodig is; het houdt zijn stand ook als het niet getoond wordt. */
  private readonly elementen = new Map<string, KaartElement>();

  private verslagElement?: MwVerslag;

  /** De kaarten van deze weergave, na `willUpdate`. */
  private getoond: string[] = [];

  private vorigeTaal?: string;

  /** De ids van de kaarten, gescheiden door spaties, in de volgorde van de tabbladen. Standaard `signalen vragen argumenten`. */
  @property() kaarten: string = STANDAARD;

  /** Welk tabblad gekozen is: het id van een kaart, of `verslag`. Leeg: de eerste kaart; een onbekend id geeft een melding. */
  @property({ reflect: true, converter: keuzeConverter }) actief?: string;

  /** Voor de Signalenkaart: `inwoner` of `uitvoerder`. */
  @property() kant?: string;

  /** Voor de Argumentenkaart: `welzijn`, `bestuur`, `uitvoering`, `financien` of `principes`. */
  @property() thema?: string;

  /** Voor de Vragenkaart: `voor`, `tijdens` of `na`. */
  @property() fase?: string;

  /** Voor de Vragenkaart beleid en de Vragenkaart maatwerk: het nummer van de stap. */
  @property() stap?: string;

  /** Voor de Lessenkaart: `beleidsmakers`, `bestuurders` of `uitvoerders`. */
  @property() doelgroep?: string;

  /** Alle groepen van de kaarten beginnen dicht. */
  @property({ type: Boolean }) compact = false;

  /**
   * Het verslag van de casus: alle markeringen en notities op de kaarten, en de afweging (zie `<mw-verslag>`).
   * Toewijzen zet de hele casus terug, op elke kaart (ook die niet getoond worden), zonder gebeurtenis.
   */
  @property({ attribute: false })
  get verslag(): Verslag {
    return this.verslagEl().verslag;
  }

  set verslag(invoer: unknown) {
    // Het verslag bereikt elke kaart van de denkhulp, ook die niet getoond worden (kaartenVanDenkhulp).
    this.verslagEl().verslag = invoer;
    this.requestUpdate();
  }

  constructor() {
    super();
    // Een verslag op de pagina zet een casus terug via het verslag van de denkhulp, op al haar kaarten.
    verslagVanDenkhulp.set(this, () => this.verslagEl());
  }

  protected override get teksten(): VerslagTeksten {
    return verslagTeksten(this.taal);
  }

  protected override willUpdate(veranderd: PropertyValues): void {
    super.willUpdate(veranderd);
    this.getoond = this.kiesKaarten();
    const tabbladen = [...this.getoond, VERSLAG];
    if (this.actief && !tabbladen.includes(this.actief)) this.meld(this.teksten.onbekendTabblad(alsTekst(this.actief), tabbladen));
    // Op de server (Lit SSR) alleen de tabbladen; de kaarten komen in de browser.
    if (isServer) return;
    // De kaarten en het verslag lezen de taal van de denkhulp (taalVan gaat door de shadow root); een andere taal of
    // een ander kopniveau tekent ze opnieuw.
    const opnieuw = this.taal !== this.vorigeTaal;
    this.vorigeTaal = this.taal;
    for (const element of [...this.getoond.map((id) => this.kaartEl(id)), this.verslagEl()]) {
      // Het kopniveau zoals de denkhulp het las: een ongeldig niveau meldt alleen de denkhulp, niet elke kaart.
      element.headingLevel = this.niveau;
      if (opnieuw) element.requestUpdate();
    }
    for (const { id, attribuut } of kaarten.filter((k) => this.getoond.includes(k.id))) {
      Object.assign(this.kaartEl(id), { markeerbaar: true, compact: this.compact, [attribuut]: this[attribuut as keyof this] });
    }
  }

  /** Pijlen, Home en End lopen door de tabbladen (rond); het tabblad dat de focus krijgt, wordt gekozen. */
  private toets(gebeurtenis: KeyboardEvent): void {
    this.roving.toets('tabs', gebeurtenis, gebeurtenis.currentTarget as Element);
  }

  private opFocus(gebeurtenis: FocusEvent): void {
    const id = (gebeurtenis.target as HTMLElement).dataset.id;
    if (id) this.kies(id);
  }

  private kies(id: string): void {
    if (id === this.gekozen) return;
    this.actief = id;
  }

  /** Het gekozen tabblad: `actief` als dat er een is, anders de eerste kaart. */
  private get gekozen(): string {
    return this.actief && [...this.getoond, VERSLAG].includes(this.actief) ? this.actief : (this.getoond[0] ?? VERSLAG);
  }

  /**
   * De kaarten uit `kaarten`, zonder dubbele; een onbekend id geeft een melding. Zonder bekende kaart: de standaard.
   * Een eigenschap die geen tekst of lijst is (een symbool, een object), is één onbekende waarde.
   */
  private kiesKaarten(): string[] {
    const waarde: unknown = this.kaarten ?? '';
    let lijst = typeof waarde === 'string';
    try {
      lijst ||= Array.isArray(waarde);
    } catch {
      // Een ingetrokken Proxy gooit zelfs bij Array.isArray: dan is het één onbekende waarde.
    }
    const ids = lijst ? [...new Set(alsTekst(waarde).toLowerCase().split(/[\s,]+/).filter(Boolean))] : [alsTekst(waarde)];
    const bekend = ids.filter((id) => kaarten.some((k) => k.id === id));
    // Eén melding (en één waarschuwing) voor alle onbekende ids samen, zoals ze in het attribuut staan.
    const onbekend = ids.filter((i) => !bekend.includes(i));
    if (onbekend.length) this.meld(this.teksten.onbekendeKaart(onbekend.join(' '), kaarten.map((k) => k.id)));
    return bekend.length ? bekend : STANDAARD.split(' ');
  }

  private kaartEl(id: string): KaartElement {
    let element = this.elementen.get(id);
    if (!element) {
      element = document.createElement(kaarten.find((k) => k.id === id)?.tag ?? 'mw-kaart') as KaartElement;
      element.markeringen = this.verslagEl().verslag.kaarten.find((k) => k.kaart === id)?.markeringen ?? [];
      this.elementen.set(id, element);
    }
    return element;
  }

  private verslagEl(): MwVerslag {
    if (!this.verslagElement) {
      this.verslagElement = document.createElement('mw-verslag');
      kaartenVanDenkhulp.set(this.verslagElement, this.elementen);
    }
    return this.verslagElement;
  }

  override render(): TemplateResult {
    const gekozen = this.gekozen;
    const tabs = [...this.getoond.map((id) => ({ id, naam: inhoudUitHetBoek(id)?.titel ?? id, lang: 'nl' })), { id: VERSLAG, naam: this.teksten.verslag, lang: this.taal }];
    // Wat bij terugzetten niet klopte, meldt het verslag (met de waarschuwing); staat het verslag niet open, dan ook hier.
    const terug = gekozen !== VERSLAG && this.verslagElement && terugzetMeldingen.get(this.verslagElement);
    const meldingen = terug ? [...this.meldingen, terug] : this.meldingen;
    return html`${meldingen.length ? meldingenWeergave(meldingen, this.taal) : nothing}
      <div class="tabs" role="tablist" aria-label=${this.teksten.kaartenVoorDezeCasus} lang=${this.taal} @keydown=${this.toets} @focusin=${this.opFocus}>
        ${tabs.map(
          ({ id, naam, lang }) => html`<button
            type="button"
            role="tab"
            class="tab"
            part="tab"
            id="_tab-${id}"
            lang=${lang}
            data-id=${id}
            aria-selected=${id === gekozen ? 'true' : 'false'}
            aria-controls="_paneel-${id}"
            tabindex=${id === gekozen ? '0' : '-1'}
            data-roving
            @click=${() => this.kies(id)}
          >
            ${naam}
          </button>`,
        )}
      </div>
      ${tabs.map(
        ({ id }) =>
          html`<div class="paneel" role="tabpanel" id="_paneel-${id}" aria-labelledby="_tab-${id}" ?hidden=${id !== gekozen}>
            ${isServer ? nothing : id === VERSLAG ? this.verslagEl() : id === gekozen ? this.kaartEl(id) : nothing}
          </div>`,
      )}`;
  }
}
