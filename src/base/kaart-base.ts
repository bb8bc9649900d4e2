import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import begrippenInhoud from '../../content/begrippen.json';
import type { Begrippen } from '../inhoud/begrippen.js';
import type { Deel, Groep, Item, Kaart } from '../inhoud/kaart.js';
import { standaardItemNaam, taalVan, tekstenPerTaal, type Teksten } from '../teksten.js';
import { versie } from '../versie.js';
import { drukAf } from './afdrukken.js';
import { begrippenWeergave } from './begrippen-weergave.js';
import { gesprekWeergave } from './gesprek-weergave.js';
import { afdrukStijl } from './afdruk.styles.js';
import { begrippenStijl } from './begrippen.styles.js';
import { gesprekStijl } from './gesprek.styles.js';
import { interactieStijl } from './interactie.styles.js';
import { kaartStijl } from './kaart.styles.js';
import { kopieerNaarKlembord } from './klembord.js';
import { kop } from './kop.js';
import { automatischKopniveau, bepaalKopniveau, kopniveauConverter, STANDAARD_KOPNIVEAU, type Kopniveau } from './kopniveau.js';
import { leesMarkeringen, markeringenLijst, type Markering, type MarkeringDetail, type MarkeringInvoer } from './markeringen.js';
import { overzichtWeergave } from './overzicht-weergave.js';
import { samenvattingAlsTekst } from './samenvatting.js';
import { voetnotenWeergave } from './voetnoten-weergave.js';
import { metTreffers, treffers, vergelijkbaar, zoektermen, type Bereik } from './zoeken.js';

/** Welk deel van de kaart een element laat zien, en via welk attribuut dat is gekozen. */
export interface DeelKeuze {
  attribuut: string;
  /** Meestal een tekst uit het attribuut; als eigenschap kan er van alles in staan (`stap = 3`, `fase = {}`). */
  waarde: unknown;
}

/** Wat de zoekopdracht van een groep overlaat: of ze getoond wordt, en waar de treffers staan. */
interface GroepTreffers {
  zichtbaar: boolean;
  titel: Bereik[];
  items: Map<string, Bereik[]>;
}

/** Het id achter `#` in het adres; een kapotte codering (`#%E0%A4`) levert niets op in plaats van een fout. */
function leesAdresId(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return '';
  }
}

/** Hoe lang na de laatste toetsaanslag het aantal treffers wordt voorgelezen. */
const AANKONDIGEN_NA_MS = 600;

declare global {
  interface GlobalEventHandlersEventMap {
    'mw-markering': CustomEvent<MarkeringDetail>;
  }
}

/**
 * De gedeelde basis van alle kaarten: kop en centrale vraag, toelichting en begrippen, delen,
 * groepen en items, kopniveaus, de keuze van een deel, zoeken, openen en sluiten, deeplinks,
 * markeren met notities, afdrukken en de gespreksmodus. Een kaart-element zegt alleen welke
 * inhoud het toont en hoe de delen staan.
 *
 * Niets hier telt, scoort of weegt: markeringen zijn alleen een geheugensteun voor de gebruiker.
 * Het element bewaart en verstuurt niets; de pagina krijgt elke wijziging als `mw-markering`.
 *
 * @fires {CustomEvent<MarkeringDetail>} mw-markering - Bij elke wijziging van de markeringen door de gebruiker (markeren, notitie typen,
 * wissen). `detail`: `{ kaart, markeringen }` met per markering het item-id, de tekst, de groep, het deel,
 * de kant (waar die er is) en de notitie. Bubbelt en gaat door shadow roots heen.
 *
 * @csspart kaart - De kaart als geheel (een `section`, de regio met de titel als naam).
 * @csspart titel - De titel van de kaart.
 * @csspart vraag - De centrale vraag van de kaart.
 * @csspart geen-afvinklijst - De zin uit het boek dat de kaart géén afvinklijst is.
 * @csspart melding - Een melding over een verkeerde attribuutwaarde.
 * @csspart toelichting - Het blok met de toelichting.
 * @csspart toelichting-knop - De knop die de toelichting opent en sluit.
 * @csspart werkbalk - Zoekveld en knoppen boven de delen.
 * @csspart zoekveld - Het zoekveld.
 * @csspart knop - Elke knop van de werkbalk en het overzicht.
 * @csspart deel - Een deel van de kaart: een kant, thema, fase, stap of doelgroep.
 * @csspart deel-titel - De kop van een deel.
 * @csspart kant - De groepen van één kant binnen een deel, zoals de argumenten vóór maatwerk.
 * @csspart groep - Een groep items met haar kop.
 * @csspart groep-titel - De kop van een groep, met de knop die de groep opent en sluit.
 * @csspart item - Eén signaal, argument, vraag of les.
 * @csspart markeer-knop - De knop om een item te markeren (met `markeerbaar`).
 * @csspart notitie - Het notitieveld bij een gemarkeerd item.
 * @csspart overzicht - Het overzicht van wat gemarkeerd is (met `markeerbaar`).
 * @csspart gesprek - Het venster van de gespreksmodus.
 * @csspart bron - De bronvermelding onder de kaart.
 *
 * @attr lang - De taal van knoppen en meldingen: `en` voor Engels, anders Nederlands (ook van een voorouder). De kaarttekst blijft Nederlands.
 *
 * @cssprop --mw-kleur-tekst - Tekstkleur.
 * @cssprop --mw-kleur-achtergrond - Achtergrond van de kaart.
 * @cssprop --mw-kleur-accent - Accentkleur voor de titel, de lijn van de kaart en de knoppen.
 * @cssprop --mw-kleur-rand - Kleur van randen en scheidingslijnen.
 * @cssprop --mw-kleur-vlak - Achtergrond van de groepen.
 * @cssprop --mw-kleur-focus - Kleur van de focusrand.
 * @cssprop --mw-kleur-melding - Rand- en tekenkleur van meldingen.
 * @cssprop --mw-kleur-markering - Achtergrond van zoektreffers, gemarkeerde items en het item van een deeplink.
 * @cssprop --mw-lettertype - Lettertype van de kaart.
 * @cssprop --mw-lettergrootte - Basislettergrootte van de kaart.
 * @cssprop --mw-ruimte - Basisruimte tussen blokken.
 * @cssprop --mw-hoekradius - Afronding van de hoeken.
 */
export abstract class MwKaartBase extends LitElement {
  static override styles = [kaartStijl, interactieStijl, begrippenStijl, gesprekStijl, afdrukStijl];

  /** De versie van maatwerk-kaarten die dit element registreerde. */
  static readonly versie: string = versie;

  private readonly gewaarschuwd = new Set<string>();

  private meldingen: string[] = [];

  private niveau = STANDAARD_KOPNIVEAU;

  /** De taal van de interface: Nederlands, of Engels met `lang="en"` op het element of hoger. De kaarttekst blijft Nederlands. */
  private taal: 'nl' | 'en' = 'nl';

  private get teksten(): Teksten {
    return tekstenPerTaal[this.taal];
  }

  private zichtbareDelen: Deel[] = [];

  private treffersPerGroep = new Map<string, GroepTreffers>();

  private onbekendeMarkeringen: string[] = [];

  /** Waarom `toon` niet kon worden getoond, zolang dat zo is. */
  private doelwitMelding?: string;

  /** De inhoud bij de vorige weergave; verandert bij `<mw-kaart>` als de inhoud geladen is. */
  private vorigeInhoud?: Kaart;

  /** Het gekozen deel bij de vorige weergave, om `toon` opnieuw te beoordelen als de keuze verandert. */
  private vorigeKeuze?: unknown;

  /** Wat aan `markeringen` is toegewezen; opnieuw gelezen als de inhoud (later) komt. */
  private markeringenInvoer: unknown = [];

  /** Het kopniveau voor `heading-level="auto"`, bepaald bij het aanhaken (niet bij elke toetsaanslag). */
  private automatischNiveau?: number;

  /** Of het adres (`#id`) al gevolgd is: bij opnieuw aanhaken niet nog eens de focus verplaatsen. */
  private adresGevolgd = false;

  private volgAdresNaWeergave = false;

  private aankondigFrame?: number;

  /** De knop waarmee de gebruiker kopieerde, om de focus terug te zetten als het handmatig kopiëren sluit. */
  private kopieerBron?: HTMLElement | null;

  private aankondigTimer?: ReturnType<typeof setTimeout>;

  private focusNaUpdate?: () => HTMLElement | null;

  @state() private zoekopdracht = '';

  @state() private gesloten = new Set<string>();

  /** De stand van open en dicht van vóór het zoeken, om na het wissen terug te zetten. */
  private geslotenVoorZoeken?: Set<string>;

  @state() private notities = new Map<string, string>();

  @state() private doelwit?: string;

  @state() private gesprekIndex?: number;

  @state() private bevestigWissen = false;

  @state() private begrippenOpen = false;

  @state() private aankondiging = '';

  @state() private handmatigeKopie?: string;

  @query('dialog.gesprek') private gesprekVenster?: HTMLDialogElement;

  /**
   * Het kopniveau (1–6) van de titel van de kaart. De centrale vraag, de delen en de
   * groepen krijgen de niveaus daaronder, zodat de kaart in de structuur van de pagina past.
   * `auto`: één dieper dan de kop die op de pagina vóór de kaart staat (ook door shadow roots heen).
   */
  @property({ attribute: 'heading-level', converter: kopniveauConverter }) headingLevel: Kopniveau = 2;

  /** Of de toelichting bij de kaart openstaat. De gebruiker opent en sluit haar met de knop „Toelichting”. */
  @property({ type: Boolean, reflect: true, attribute: 'toelichting-open' }) toelichtingOpen = false;

  /** Begin met alle groepen dicht, bijvoorbeeld in een smalle zijbalk. De gebruiker opent ze een voor een of allemaal. */
  @property({ type: Boolean }) compact = false;

  /** Laat items markeren voor de casus, met een notitie, een overzicht en „Kopieer als tekst”. */
  @property({ type: Boolean }) markeerbaar = false;

  /** Zonder zoekveld, voor een kale kaart. */
  @property({ type: Boolean, attribute: 'zonder-zoeken' }) zonderZoeken = false;

  /** Zonder de knop „Afdrukken” (afdrukken via de browser blijft werken). */
  @property({ type: Boolean, attribute: 'zonder-afdrukken' }) zonderAfdrukken = false;

  /** Zonder de knop „Gespreksmodus”. */
  @property({ type: Boolean, attribute: 'zonder-gespreksmodus' }) zonderGespreksmodus = false;

  /**
   * Zonder interactie: alle tekst zichtbaar, geen knoppen, zoekveld of gespreksmodus. Voor HTML die
   * zonder JavaScript werkt, zoals de statische export (`npm run export`).
   */
  @property({ type: Boolean, reflect: true }) statisch = false;

  /**
   * Het id van een groep of item om te tonen: de kaart opent de groep, scrolt ernaartoe en laat het zien.
   * Hetzelfde gebeurt als de URL eindigt op `#<id>`. De ids staan in `content/` en veranderen nooit.
   */
  @property() toon?: string;

  /**
   * De markeringen op deze kaart, in de volgorde van de kaart. Zet een eerder bewaarde lijst
   * (uit `mw-markering`) terug door hem hier toe te wijzen; alleen `item` en `notitie` tellen.
   * Toewijzen vuurt geen gebeurtenis.
   */
  @property({ attribute: false })
  get markeringen(): Markering[] {
    return markeringenLijst(this.kaart, this.notities);
  }

  set markeringen(invoer: readonly MarkeringInvoer[] | null | undefined) {
    this.markeringenInvoer = invoer ?? [];
    this.leesMarkeringenInvoer();
    this.requestUpdate('markeringen');
  }

  /** De inhoud van de kaart. */
  protected abstract readonly kaart: Kaart;

  /** Welk deel de gebruiker koos; een kaart zonder keuze toont alle delen. */
  protected get deelKeuze(): DeelKeuze | undefined {
    return undefined;
  }

  static override get observedAttributes(): string[] {
    // `lang` op het element zelf bepaalt de taal van de interface; een wijziging tekent de kaart opnieuw.
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(naam: string, oud: string | null, nieuw: string | null): void {
    super.attributeChangedCallback(naam, oud, nieuw);
    if (naam === 'lang') this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.volgAdres);
    window.addEventListener('beforeprint', this.vernieuwVoorAfdruk);
    this.automatischNiveau = undefined;
    // Pas na de eerste weergave zijn de delen bekend waarin het doel moet staan; bij opnieuw aanhaken
    // (een framework dat het element verplaatst) niet nog eens, anders springt de focus.
    if (!this.adresGevolgd) {
      this.adresGevolgd = true;
      void this.updateComplete.then(this.volgAdres);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.volgAdres);
    window.removeEventListener('beforeprint', this.vernieuwVoorAfdruk);
    clearTimeout(this.aankondigTimer);
    if (this.aankondigFrame !== undefined) cancelAnimationFrame(this.aankondigFrame);
  }

  protected override willUpdate(veranderd: PropertyValues): void {
    this.taal = taalVan(this);
    const meldingen: string[] = [];
    const nieuweInhoud = this.kaart !== this.vorigeInhoud;
    if (nieuweInhoud) this.nieuweInhoud();
    this.niveau = this.bepaalNiveau(veranderd, meldingen);
    this.zichtbareDelen = this.bepaalDelen(meldingen);
    if (veranderd.has('compact') || nieuweInhoud) this.gesloten = this.compact ? new Set(this.alleGroepen().map((g) => g.id)) : new Set();
    const keuze = this.deelKeuze?.waarde;
    if (veranderd.has('toon') || nieuweInhoud || keuze !== this.vorigeKeuze) {
      this.doelwitMelding = this.toon ? this.gaNaar(this.toon, false) : undefined;
    }
    this.vorigeKeuze = keuze;
    if (this.onbekendeMarkeringen.length) meldingen.push(this.teksten.onbekendeMarkeringen(this.onbekendeMarkeringen));
    this.treffersPerGroep = this.zoek();
    if (veranderd.has('zoekopdracht') && this.zoekopdracht.trim() && this.geslotenVoorZoeken) {
      // Groepen met treffers gaan open, zodat de treffers te zien zijn.
      this.gesloten = new Set([...this.geslotenVoorZoeken].filter((id) => !this.treffersPerGroep.get(id)?.zichtbaar));
    }
    if (this.doelwitMelding) meldingen.push(this.doelwitMelding);
    this.meldingen = meldingen;
    for (const melding of meldingen) this.waarschuw(melding);
  }

  protected override updated(veranderd: PropertyValues): void {
    if (this.volgAdresNaWeergave) {
      this.volgAdresNaWeergave = false;
      this.volgAdres();
    }
    if (veranderd.has('doelwit') && this.doelwit) {
      const doel = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(this.doelwit)}`);
      const rustig = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      doel?.scrollIntoView({ block: 'center', behavior: rustig ? 'auto' : 'smooth' });
    }
    const focus = this.focusNaUpdate?.();
    this.focusNaUpdate = undefined;
    focus?.focus();
  }

  /**
   * Nieuwe inhoud (bij `<mw-kaart>` zodra ze geladen is): eerder toegewezen markeringen opnieuw lezen,
   * zoeken en doelwit terugzetten, en daarna het adres (`#id`) volgen.
   */
  private nieuweInhoud(): void {
    const eerste = this.vorigeInhoud === undefined;
    this.vorigeInhoud = this.kaart;
    this.leesMarkeringenInvoer();
    this.zoekopdracht = '';
    this.geslotenVoorZoeken = undefined;
    this.doelwit = undefined;
    if (!eerste) this.volgAdresNaWeergave = true;
  }

  private leesMarkeringenInvoer(): void {
    const { notities, onbekend } = leesMarkeringen(this.kaart, this.markeringenInvoer);
    this.notities = notities;
    this.onbekendeMarkeringen = this.kaart.delen.length ? onbekend : [];
  }

  private bepaalNiveau(veranderd: PropertyValues, meldingen: string[]): number {
    if (this.headingLevel === 'auto') {
      if (veranderd.has('headingLevel')) this.automatischNiveau = undefined;
      this.automatischNiveau ??= automatischKopniveau(this);
      return this.automatischNiveau;
    }
    const kopniveau = bepaalKopniveau(this, this.headingLevel, this.teksten.ongeldigKopniveau);
    if (kopniveau.melding) meldingen.push(kopniveau.melding);
    return kopniveau.niveau;
  }

  private bepaalDelen(meldingen: string[]): Deel[] {
    const { delen, deelSoort } = this.kaart;
    const keuze = this.deelKeuze;
    const waarde = keuze?.waarde == null ? '' : String(keuze.waarde).trim();
    if (!keuze || !waarde) return delen;
    const gekozen = delen.filter((deel) => vergelijkbaar(deel.sleutel) === vergelijkbaar(waarde));
    if (gekozen.length > 0) return gekozen;
    meldingen.push(this.teksten.onbekendeKeuze(keuze.attribuut, waarde, delen.map((d) => d.sleutel), deelSoort));
    return delen;
  }

  private alleGroepen(delen: Deel[] = this.kaart.delen): Groep[] {
    return delen.flatMap((deel) => deel.groepen);
  }

  /** De groep met dit id, of de groep waar het item met dit id in staat. */
  private groepVan(id: string): Groep | undefined {
    return this.alleGroepen().find((g) => g.id === id || g.items.some((i) => i.id === id));
  }

  /** Per getoonde groep: past ze bij de zoekopdracht, en waar staan de treffers. */
  private zoek(): Map<string, GroepTreffers> {
    const termen = zoektermen(this.zoekopdracht);
    const uitkomst = new Map<string, GroepTreffers>();
    for (const groep of this.alleGroepen(this.zichtbareDelen)) {
      const inTitel = treffers(groep.titel, termen);
      const items = new Map<string, Bereik[]>();
      for (const item of groep.items) {
        const inItem = treffers(item.tekst, termen);
        if (inItem) items.set(item.id, inItem);
        else if (inTitel) items.set(item.id, []);
      }
      uitkomst.set(groep.id, { zichtbaar: items.size > 0, titel: inTitel ?? [], items });
    }
    return uitkomst;
  }

  private waarschuw(melding: string): void {
    if (this.gewaarschuwd.has(melding)) return;
    this.gewaarschuwd.add(melding);
    console.warn(`<${this.localName}>: ${melding}`);
  }

  /** Zegt iets tegen schermlezers via de live region, ook als dezelfde zin twee keer komt. */
  private kondigAan(tekst: string): void {
    this.aankondiging = '';
    this.aankondigFrame = requestAnimationFrame(() => {
      this.aankondiging = tekst;
    });
  }

  /**
   * Opent de groep van een groep of item, toont het en markeert het zichtbaar.
   * Geeft een melding terug als dat niet kan.
   */
  private gaNaar(id: string, metFocus: boolean): string | undefined {
    const groep = this.groepVan(id);
    if (!groep) return this.teksten.onbekendDoelwit(id);
    if (!this.alleGroepen(this.zichtbareDelen).includes(groep)) {
      return this.teksten.verborgenDoelwit(id, this.deelKeuze?.attribuut ?? '');
    }
    if (this.zoekopdracht) this.wisZoekopdracht();
    const gesloten = new Set(this.gesloten);
    gesloten.delete(groep.id);
    this.gesloten = gesloten;
    this.doelwit = id;
    if (metFocus) this.focusNaUpdate = () => this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
    return undefined;
  }

  // ——— Handlers ———

  private readonly volgAdres = (): void => {
    const id = leesAdresId(window.location.hash);
    if (!id || !this.groepVan(id)) return;
    const melding = this.gaNaar(id, true);
    if (melding) this.waarschuw(melding);
  };

  private readonly vernieuwVoorAfdruk = (): void => {
    this.requestUpdate();
  };

  private wisselToelichting(): void {
    this.toelichtingOpen = !this.toelichtingOpen;
  }

  private wisselBegrippen(): void {
    this.begrippenOpen = !this.begrippenOpen;
  }

  private typZoekopdracht(gebeurtenis: InputEvent): void {
    const waarde = (gebeurtenis.target as HTMLInputElement).value;
    if (waarde.trim() && !this.geslotenVoorZoeken) this.geslotenVoorZoeken = new Set(this.gesloten);
    this.zoekopdracht = waarde;
    if (!waarde.trim()) {
      this.herstelNaZoeken();
      return;
    }
    clearTimeout(this.aankondigTimer);
    this.aankondigTimer = setTimeout(() => this.kondigAan(this.zoekresultaatTekst()), AANKONDIGEN_NA_MS);
  }

  private herstelNaZoeken(): void {
    clearTimeout(this.aankondigTimer);
    if (this.geslotenVoorZoeken) this.gesloten = this.geslotenVoorZoeken;
    this.geslotenVoorZoeken = undefined;
  }

  private wisZoekopdracht(): void {
    this.zoekopdracht = '';
    this.herstelNaZoeken();
  }

  private wisZoekopdrachtMetKnop(): void {
    this.wisZoekopdracht();
    this.focusNaUpdate = () => this.renderRoot.querySelector<HTMLElement>('#_zoekveld');
  }

  private zoekresultaatTekst(): string {
    const totaal = this.alleGroepen(this.zichtbareDelen).reduce((som, g) => som + g.items.length, 0);
    const gevonden = [...this.treffersPerGroep.values()].reduce((som, g) => som + g.items.size, 0);
    return gevonden === 0
      ? this.teksten.nietsGevonden(this.zoekopdracht.trim())
      : this.teksten.zoekresultaat(gevonden, totaal, this.kaart.itemNaam ?? standaardItemNaam);
  }

  private wisselGroep(id: string): void {
    const gesloten = new Set(this.gesloten);
    if (!gesloten.delete(id)) gesloten.add(id);
    this.gesloten = gesloten;
  }

  private openAlles(): void {
    this.gesloten = new Set();
    this.kondigAan(this.teksten.allesGeopend);
  }

  private sluitAlles(): void {
    this.gesloten = new Set(this.alleGroepen().map((g) => g.id));
    this.kondigAan(this.teksten.allesGesloten);
  }

  private async kopieerLink(id: string): Promise<void> {
    const adres = `${window.location.href.split('#')[0]}#${encodeURIComponent(id)}`;
    await this.kopieer(adres, this.teksten.linkGekopieerd);
  }

  private async kopieer(tekst: string, gelukt: string): Promise<void> {
    if (await kopieerNaarKlembord(tekst, this.renderRoot)) {
      this.kondigAan(gelukt);
      return;
    }
    this.kopieerBron = (this.renderRoot as ShadowRoot).activeElement as HTMLElement | null;
    this.handmatigeKopie = tekst;
    this.focusNaUpdate = () => this.renderRoot.querySelector<HTMLTextAreaElement>('#_handmatige-kopie');
  }

  private sluitHandmatigeKopie(): void {
    this.handmatigeKopie = undefined;
    // Terug naar de knop waarmee gekopieerd werd, of anders naar de eerste knop van de werkbalk.
    const bron = this.kopieerBron;
    this.focusNaUpdate = () => (bron?.isConnected ? bron : this.renderRoot.querySelector<HTMLElement>('.werkbalk .knop'));
  }

  private selecteer(gebeurtenis: FocusEvent): void {
    (gebeurtenis.target as HTMLTextAreaElement).select();
  }

  private wisselMarkering(item: Item): void {
    const notities = new Map(this.notities);
    if (!notities.delete(item.id)) notities.set(item.id, '');
    this.notities = notities;
    this.meldMarkeringen();
  }

  private zetNotitie(item: Item, gebeurtenis: InputEvent): void {
    const notities = new Map(this.notities);
    notities.set(item.id, (gebeurtenis.target as HTMLTextAreaElement).value);
    this.notities = notities;
    this.meldMarkeringen();
  }

  private vraagWissen(): void {
    this.bevestigWissen = true;
    this.focusNaUpdate = () => this.renderRoot.querySelector<HTMLElement>('#_wis-nee');
  }

  private annuleerWissen(): void {
    this.bevestigWissen = false;
    this.focusNaUpdate = () => this.renderRoot.querySelector<HTMLElement>('#_wis-knop');
  }

  private wisMarkeringen(): void {
    this.notities = new Map();
    this.bevestigWissen = false;
    this.meldMarkeringen();
    this.kondigAan(this.teksten.markeringenGewist);
    this.focusNaUpdate = () => this.renderRoot.querySelector<HTMLElement>('#_overzicht-titel');
  }

  private async kopieerSamenvatting(): Promise<void> {
    await this.kopieer(samenvattingAlsTekst(this.kaart, this.markeringen, new Date(), this.teksten), this.teksten.samenvattingGekopieerd);
  }

  private meldMarkeringen(): void {
    const detail: MarkeringDetail = { kaart: this.kaart.id, markeringen: this.markeringen };
    this.dispatchEvent(new CustomEvent('mw-markering', { detail, bubbles: true, composed: true }));
  }

  private drukAf(): void {
    drukAf(this);
  }

  private openGesprek(): void {
    const groepen = this.alleGroepen(this.zichtbareDelen);
    const doelgroep = this.doelwit ? this.groepVan(this.doelwit) : undefined;
    const metDoelwit = doelgroep ? groepen.indexOf(doelgroep) : -1;
    this.gesprekIndex = Math.max(0, metDoelwit);
    void this.updateComplete.then(() => {
      this.gesprekVenster?.showModal();
      this.renderRoot.querySelector<HTMLElement>('#_gesprek-groep')?.focus();
    });
  }

  private gaInGesprek(stap: number | 'begin' | 'eind'): void {
    const aantal = this.alleGroepen(this.zichtbareDelen).length;
    const huidig = this.gesprekIndex ?? 0;
    const volgende = stap === 'begin' ? 0 : stap === 'eind' ? aantal - 1 : huidig + stap;
    if (volgende < 0 || volgende >= aantal) {
      this.kondigAan(volgende < 0 ? this.teksten.eersteGroep : this.teksten.laatsteGroep);
      return;
    }
    this.gesprekIndex = volgende;
    const groep = this.alleGroepen(this.zichtbareDelen)[volgende];
    this.kondigAan(`${this.teksten.gesprekPositie(volgende + 1, aantal)}: ${groep.titel}`);
  }

  private toetsInGesprek(gebeurtenis: KeyboardEvent): void {
    const doel = gebeurtenis.composedPath()[0] as HTMLElement;
    if (doel.matches?.('input, textarea, select')) return;
    const stappen: Record<string, number | 'begin' | 'eind'> = {
      ArrowRight: 1,
      ArrowDown: 1,
      PageDown: 1,
      ArrowLeft: -1,
      ArrowUp: -1,
      PageUp: -1,
      Home: 'begin',
      End: 'eind',
    };
    const stap = stappen[gebeurtenis.key];
    if (stap === undefined) return;
    gebeurtenis.preventDefault();
    this.gaInGesprek(stap);
  }

  private sluitGesprek(): void {
    this.gesprekVenster?.close();
  }

  private gesprekGesloten(): void {
    this.gesprekIndex = undefined;
    this.focusNaUpdate = () => this.renderRoot.querySelector<HTMLElement>('#_gespreksknop');
  }

  // ——— Weergave ———

  /** Een knop die een blok opent en sluit (toelichting, begrippen), met het openklapteken ervoor. */
  private openklapKnop(tekst: string, open: boolean, inhoud: string, wissel: () => void, part?: string): TemplateResult {
    return html`<button
      type="button"
      class="toelichting-knop"
      part=${part ?? nothing}
      lang=${this.taal}
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${inhoud}
      @click=${wissel}
    >
      <span class="openklapteken" aria-hidden="true"></span>${tekst}
    </button>`;
  }

  private renderToelichting(niveau: number): TemplateResult {
    const { doel = [], toelichting, voetnoten, errata = [], begrippen = [] } = this.kaart;
    const knop = this.openklapKnop(this.teksten.toelichting, this.toelichtingOpen, '_toelichting-inhoud', this.wisselToelichting, 'toelichting-knop');
    const begrippenKnop = this.openklapKnop(this.teksten.begrippen, this.begrippenOpen, '_begrippen-inhoud', this.wisselBegrippen);
    return html`<div class="toelichting" part="toelichting">
      ${kop(niveau, this.statisch ? this.teksten.toelichting : knop, { klasse: 'toelichting-titel' })}
      <div id="_toelichting-inhoud" class="toelichting-inhoud" ?hidden=${!this.statisch && !this.toelichtingOpen}>
        ${doel.map((passage) => html`<p class="doel">${passage.tekst}</p>`)}
        ${toelichting.map((alinea) => html`<p>${alinea}</p>`)}
        ${voetnotenWeergave(voetnoten, this.teksten)}
        ${errata.map((erratum) => html`<p class="correctie">${this.teksten.correctie(erratum.gedrukt, erratum.verbeterd)} ${erratum.toelichting}</p>`)}
        ${begrippen.length && !this.statisch
          ? html`<div class="begrippen-blok" ?data-dicht=${!this.begrippenOpen}>
              ${kop(niveau + 1, begrippenKnop, { klasse: 'toelichting-titel' })}
              <div id="_begrippen-inhoud" class="toelichting-inhoud begrippen-inhoud" ?hidden=${!this.begrippenOpen}>
                ${begrippenWeergave(begrippenInhoud as Begrippen, niveau + 2, this.teksten)}
              </div>
            </div>`
          : nothing}
      </div>
    </div>`;
  }

  private renderWerkbalk(): TemplateResult | typeof nothing {
    if (this.statisch) return nothing;
    const zoeken = !this.zonderZoeken;
    return html`<div class="werkbalk" part="werkbalk" lang=${this.taal}>
      ${zoeken
        ? html`<div class="zoeken">
            <label class="zoeklabel" for="_zoekveld">${this.teksten.zoekLabel}</label>
            <div class="zoekregel">
              <input
                id="_zoekveld"
                part="zoekveld"
                type="search"
                autocomplete="off"
                spellcheck="false"
                aria-describedby="_zoekresultaat"
                .value=${this.zoekopdracht}
                @input=${this.typZoekopdracht}
              />
              ${this.zoekopdracht
                ? html`<button type="button" class="knop" part="knop" @click=${this.wisZoekopdrachtMetKnop}>${this.teksten.wisZoekopdracht}</button>`
                : nothing}
            </div>
            <p id="_zoekresultaat" class="zoekresultaat">${this.zoekopdracht.trim() ? this.zoekresultaatTekst() : ''}</p>
          </div>`
        : nothing}
      <div class="knoppen">
        <button type="button" class="knop" part="knop" @click=${this.openAlles}>${this.teksten.allesOpenen}</button>
        <button type="button" class="knop" part="knop" @click=${this.sluitAlles}>${this.teksten.allesSluiten}</button>
        ${this.zonderGespreksmodus
          ? nothing
          : html`<button type="button" class="knop" part="knop" id="_gespreksknop" @click=${this.openGesprek}>${this.teksten.gespreksmodus}</button>`}
        ${this.zonderAfdrukken
          ? nothing
          : html`<button type="button" class="knop" part="knop" @click=${this.drukAf}>${this.teksten.afdrukken}</button>`}
      </div>
      ${this.handmatigeKopie !== undefined
        ? html`<div class="handmatige-kopie">
            <label for="_handmatige-kopie">${this.teksten.kopierenMislukt}</label>
            <textarea id="_handmatige-kopie" readonly rows="4" .value=${this.handmatigeKopie} @focus=${this.selecteer}></textarea>
            <button type="button" class="knop" part="knop" @click=${this.sluitHandmatigeKopie}>${this.teksten.sluiten}</button>
          </div>`
        : nothing}
    </div>`;
  }

  private renderDeel(deel: Deel, niveau: number): TemplateResult {
    const kanten = this.kaart.kanten;
    const zichtbaar = deel.groepen.some((groep) => this.treffersPerGroep.get(groep.id)?.zichtbaar);
    return html`<div class="deel" part="deel" id=${deel.id} data-sleutel=${deel.sleutel} ?hidden=${!zichtbaar}>
      ${kop(niveau, this.deelTitel(deel), { klasse: 'deel-titel', part: 'deel-titel' })}
      ${kanten
        ? html`<div class="kanten">
            ${kanten.map((kant) => {
              const groepen = deel.groepen.filter((groep) => groep.kant === kant.id);
              const kantZichtbaar = groepen.some((groep) => this.treffersPerGroep.get(groep.id)?.zichtbaar);
              return groepen.length
                ? html`<div class="kant" part="kant" data-kant=${kant.id} ?hidden=${!kantZichtbaar}>
                    ${kop(niveau + 1, html`<span class="kant-teken" aria-hidden="true"></span>${kant.titel}`, { klasse: 'kant-titel' })}
                    ${groepen.map((groep) => this.renderGroep(groep, niveau + 2))}
                  </div>`
                : nothing;
            })}
          </div>`
        : deel.groepen.map((groep) => this.renderGroep(groep, niveau + 1))}
    </div>`;
  }

  private deelTitel(deel: Deel): TemplateResult | string {
    return deel.nummer
      ? html`<span class="nummer" aria-hidden="true">${deel.nummer}</span><span class="visueel-verborgen" lang=${this.taal}>${this.teksten.stap(deel.nummer)}: </span>${deel.titel}`
      : deel.titel;
  }

  private renderGroep(groep: Groep, niveau: number): TemplateResult {
    const gevonden = this.treffersPerGroep.get(groep.id);
    const open = this.statisch || !this.gesloten.has(groep.id);
    const knop = html`<button
      type="button"
      class="groep-knop"
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls="_items-${groep.id}"
      @click=${() => this.wisselGroep(groep.id)}
    >
      <span class="openklapteken" aria-hidden="true"></span><span>${metTreffers(groep.titel, gevonden?.titel)}</span>${this.renderHerkomst(groep.herkomst)}
    </button>`;
    return html`<div
      class="groep"
      part="groep"
      id=${groep.id}
      tabindex=${this.doelwit === groep.id ? '-1' : nothing}
      ?data-doelwit=${this.doelwit === groep.id}
      ?hidden=${!gevonden?.zichtbaar}
    >
      ${kop(niveau, this.statisch ? html`<span>${metTreffers(groep.titel, gevonden?.titel)}</span>${this.renderHerkomst(groep.herkomst)}` : knop, {
        klasse: 'groep-titel',
        part: 'groep-titel',
      })}
      <ul class="items" id="_items-${groep.id}" ?hidden=${!open}>
        ${groep.items.map((item) => this.renderItem(item, gevonden?.items.get(item.id)))}
      </ul>
    </div>`;
  }

  private renderItemActies(item: Item, gemarkeerd: boolean): TemplateResult {
    return html`<span class="item-acties" lang=${this.taal}>
      ${this.markeerbaar
        ? html`<button
            type="button"
            class="klein markeer-knop"
            part="markeer-knop"
            aria-pressed=${gemarkeerd ? 'true' : 'false'}
            aria-describedby="_tekst-${item.id}"
            @click=${() => this.wisselMarkering(item)}
          >
            ${this.teksten.markeer}
          </button>`
        : nothing}
      <button type="button" class="klein link-knop" aria-describedby="_tekst-${item.id}" @click=${() => this.kopieerLink(item.id)}>
        ${this.teksten.kopieerLink}
      </button>
    </span>`;
  }

  private renderItem(item: Item, bereiken: Bereik[] | undefined): TemplateResult {
    const gemarkeerd = this.markeerbaar && this.notities.has(item.id);
    const notitie = this.notities.get(item.id) ?? '';
    return html`<li
      class="item"
      part="item"
      id=${item.id}
      tabindex=${this.doelwit === item.id ? '-1' : nothing}
      ?data-doelwit=${this.doelwit === item.id}
      ?data-gemarkeerd=${gemarkeerd}
      ?hidden=${bereiken === undefined}
    >
      <span class="item-tekst" id="_tekst-${item.id}">${metTreffers(item.tekst, bereiken)}</span>${this.renderHerkomst(item.herkomst)}
      ${gemarkeerd ? html`<span class="markering-label" lang=${this.taal}>${this.teksten.gemarkeerd}</span>` : nothing}
      ${this.statisch ? nothing : this.renderItemActies(item, gemarkeerd)}
      ${gemarkeerd
        ? html`<span class="notitie">
            <label for="_notitie-${item.id}" lang=${this.taal}>${this.teksten.notitie}</label>
            <textarea
              id="_notitie-${item.id}"
              aria-describedby="_tekst-${item.id}"
              part="notitie"
              rows="2"
              .value=${notitie}
              @input=${(gebeurtenis: InputEvent) => this.zetNotitie(item, gebeurtenis)}
            ></textarea>
            ${notitie.trim() ? html`<span class="notitie-afdruk"><span lang=${this.taal}>${this.teksten.notitie}:</span> ${notitie}</span>` : nothing}
          </span>`
        : nothing}
    </li>`;
  }

  /** Een zichtbaar label bij wat een organisatie zelf toevoegde: dat staat niet in de bron. */
  private renderHerkomst(herkomst: string | undefined): TemplateResult | typeof nothing {
    return herkomst ? html` <span class="herkomst" lang=${this.taal}>${this.teksten.herkomst(herkomst)}</span>` : nothing;
  }

  private renderGesprek(): TemplateResult {
    const gesprekGroepen = this.alleGroepen(this.zichtbareDelen);
    return html`<dialog
      class="gesprek"
      part="gesprek"
      aria-labelledby="_gesprek-titel"
      @close=${this.gesprekGesloten}
      @keydown=${this.toetsInGesprek}
    >
      ${this.gesprekIndex !== undefined && gesprekGroepen[this.gesprekIndex]
        ? gesprekWeergave({
            kaart: this.kaart,
            groep: gesprekGroepen[this.gesprekIndex],
            nummer: this.gesprekIndex + 1,
            totaal: gesprekGroepen.length,
            teksten: this.teksten,
            taal: this.taal,
            aankondiging: this.aankondiging,
            vorige: () => this.gaInGesprek(-1),
            volgende: () => this.gaInGesprek(1),
            sluit: () => this.sluitGesprek(),
          })
        : nothing}
    </dialog>`;
  }

  override render(): TemplateResult {
    const kaart = this.kaart;
    const niveau = this.niveau;
    const zoekend = this.zoekopdracht.trim() !== '';
    const nietsGevonden = zoekend && ![...this.treffersPerGroep.values()].some((g) => g.zichtbaar);
    return html`<section class="kaart" part="kaart" aria-labelledby="_titel" lang="nl" data-kaart=${kaart.id}>
      ${kop(niveau, kaart.titel, { id: '_titel', klasse: 'titel', part: 'titel' })}
      <div class="meldingen" role="status" lang=${this.taal}>
        ${this.meldingen.map((melding) => html`<p class="melding" part="melding">${melding}</p>`)}
      </div>
      <p class="visueel-verborgen aankondiging" role="status" lang=${this.taal}>${this.aankondiging}</p>
      ${this.renderToelichting(niveau + 1)}
      ${kaart.vraag ? kop(niveau + 1, kaart.vraag, { klasse: 'vraag', part: 'vraag' }) : nothing}
      ${kaart.geenAfvinklijst
        ? html`<p class="geen-afvinklijst" part="geen-afvinklijst">${kaart.geenAfvinklijst.tekst}</p>`
        : nothing}
      ${this.renderWerkbalk()}
      <div class="delen">
        ${nietsGevonden ? html`<p class="niets-gevonden" lang=${this.taal}>${this.teksten.nietsGevonden(this.zoekopdracht.trim())}</p>` : nothing}
        ${this.zichtbareDelen.map((deel) => this.renderDeel(deel, niveau + 2))}
      </div>
      ${this.markeerbaar && !this.statisch
        ? overzichtWeergave({
            kaart,
            markeringen: this.markeringen,
            niveau: niveau + 1,
            teksten: this.teksten,
            taal: this.taal,
            bevestigWissen: this.bevestigWissen,
            kopieer: () => this.kopieerSamenvatting(),
            vraagWissen: () => this.vraagWissen(),
            wis: () => this.wisMarkeringen(),
            annuleerWissen: () => this.annuleerWissen(),
          })
        : nothing}
      <footer class="voet" lang=${this.taal}>
        <p class="bron" part="bron">${this.teksten.bron(kaart.bron)}</p>
        ${kaart.aanvullers?.length ? html`<p class="aanvullers">${this.teksten.aanvullingen(kaart.aanvullers)}</p>` : nothing}
        ${this.statisch ? nothing : html`<p class="afdrukdatum">${this.teksten.afgedruktOp(new Date())}</p>`}
      </footer>
      ${this.statisch ? nothing : this.renderGesprek()}
    </section>`;
  }
}
