import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { drukAf } from '../functies/afdrukken/afdrukken.js';
import { Afdrukvoorbereiding } from '../functies/afdrukken/afdrukvoorbereiding.js';
import { Deeplinks, type Onbereikbaar } from '../functies/deeplinks/deeplinks.js';
import { Gesprek } from '../functies/gesprek/gesprek.js';
import { Markeren } from '../functies/markeren/markeren.js';
import { markerenStijl } from '../functies/markeren/markeren.styles.js';
import type { Markering, MarkeringInvoer } from '../functies/markeren/markeringen.js';
import { Overzicht } from '../functies/markeren/overzicht.js';
import { OpenDicht } from '../functies/openen-sluiten/open-dicht.js';
import { vergelijkbaar } from '../functies/zoeken/treffers.js';
import { Zoeken } from '../functies/zoeken/zoeken.js';
import { Aankondiger } from '../gedeeld/aankondiger.js';
import { alsTekst } from '../gedeeld/als-tekst.js';
import { FocusNaUpdate } from '../gedeeld/focus-na-update.js';
import { kop } from '../gedeeld/kop.js';
import { meldingenWeergave } from '../gedeeld/meldingen-weergave.js';
import { RovingTabindex } from '../gedeeld/roving-tabindex.js';
import { MwElement } from '../gedeeld/mw-element.js';
import type { Deel, Groep, Kaart } from '../inhoud/kaart.js';
import { LEGE_KAART } from '../inhoud/laad-inhoud.js';
import { standaardItemNaam } from '../teksten.js';
import { afdrukStijl } from './afdruk.styles.js';
import { BegrippenInToelichting } from './begrippen-in-toelichting.js';
import { begrippenStijl } from './begrippen.styles.js';
import { delenWeergave } from './delen-weergave.js';
import { naDeEersteKaart } from './eerste-weergave.js';
import { gesprekStijl } from './gesprek.styles.js';
import { interactieStijl } from './interactie.styles.js';
import { kaartStijl } from './kaart.styles.js';
import { toelichtingWeergave } from './toelichting-weergave.js';
import type { WeergaveContext } from './weergave-context.js';
import { werkbalkWeergave } from './werkbalk-weergave.js';

/** Welk deel van de kaart een element laat zien, en via welk attribuut dat is gekozen. */
export interface DeelKeuze {
  attribuut: string;
  /** Meestal een tekst uit het attribuut; als eigenschap kan er van alles in staan (`stap = 3`, `fase = {}`). */
  waarde: unknown;
}

/**
 * De gedeelde basis van alle kaarten: de publieke eigenschappen, de volgorde waarin een weergave wordt
 * voorbereid (keuze → getoonde delen → treffers → open groepen) en de weergave zelf. Elke functie (zoeken,
 * openen en sluiten, deeplinks, markeren, kopiëren, afdrukken, gespreksmodus) staat in haar eigen map onder
 * `src/functies/`; de basis zet ze alleen aan elkaar. Een kaart-element zegt alleen welke inhoud het toont.
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
 * @csspart melding - Een melding over een verkeerde attribuutwaarde of een stuk van de bundel dat niet laadde.
 * @csspart toelichting - Het blok met de toelichting.
 * @csspart toelichting-knop - De knop die de toelichting opent en sluit.
 * @csspart werkbalk - Zoekveld en knoppen boven de delen.
 * @csspart zoekveld - Het zoekveld.
 * @csspart knop - Elke knop van de werkbalk en het overzicht, en „Probeer opnieuw” onder een melding.
 * @csspart deel - Een deel van de kaart: een kant, thema, fase, stap of doelgroep.
 * @csspart deel-titel - De kop van een deel.
 * @csspart kant - De groepen van één kant binnen een deel, zoals de argumenten vóór maatwerk.
 * @csspart groep - Een groep items met haar kop.
 * @csspart groep-titel - De kop van een groep, met de knop die de groep opent en sluit.
 * @csspart item - Eén signaal, argument, vraag of les: de tekst in een lijstitem.
 * @csspart markeer-knop - Met `markeerbaar`: de tekst van het item als wisselknop die markeert (`aria-pressed`).
 * @csspart notitie - Het notitieveld bij een gemarkeerd item.
 * @csspart overzicht - Het overzicht van wat gemarkeerd is (met `markeerbaar`).
 * @csspart gesprek - Het venster van de gespreksmodus.
 * @csspart bron - De bronvermelding onder de kaart.
 *
 * @attr {string} lang - De taal van knoppen en meldingen: `en` voor Engels, anders Nederlands (ook van een voorouder). De kaarttekst blijft Nederlands.
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
export abstract class MwKaartBase extends MwElement {
  // De afdrukstijl als laatste: op papier wint zij van de schermstijl.
  static override styles = [kaartStijl, interactieStijl, begrippenStijl, markerenStijl, gesprekStijl, afdrukStijl];

  // ——— Gedeelde diensten en functies ———

  private readonly aankondiger = new Aankondiger(this);

  private readonly focusNa = new FocusNaUpdate(this);

  private readonly openDicht = new OpenDicht(this);

  private readonly roving = new RovingTabindex(this);

  private readonly zoeken = new Zoeken(this, this.aankondiger, () => this.zoekresultaat());

  private readonly markeren = new Markeren(this, {
    kaart: () => this.kaart,
    teksten: () => this.teksten,
    aankondiger: this.aankondiger,
    focus: this.focusNa,
  });

  private readonly overzicht = new Overzicht(this, {
    kaart: () => this.kaart,
    teksten: () => this.teksten,
    markeren: this.markeren,
    aankondiger: this.aankondiger,
    focus: this.focusNa,
  });

  private readonly deeplinks = new Deeplinks(this, {
    zoek: (id) => {
      const groep = this.groepVan(id);
      return groep && { groep: groep.id, getoond: this.getoondeGroepen().includes(groep) };
    },
    maakZichtbaar: (groep) => {
      this.zoeken.wis();
      this.openDicht.herstelNaZoeken();
      this.openDicht.open(groep);
    },
    waarschuw: (id, reden) => this.meld(this.onbereikbaar(id, reden)),
    focus: this.focusNa,
  });

  private readonly afdrukken = new Afdrukvoorbereiding(this);

  private readonly gesprek = new Gesprek(this, {
    groepen: () => this.getoondeGroepen(),
    beginGroep: () => (this.deeplinks.doelwit ? this.groepVan(this.deeplinks.doelwit) : undefined),
    teksten: () => this.teksten,
    aankondiger: this.aankondiger,
    focus: this.focusNa,
  });

  // ——— Wat elke weergave afleidt ———

  /** De delen die de keuze (`kant`, `fase`, …) overlaat. */
  private getoondeDelen: Deel[] = [];

  /** Waarom `toon` niet kon worden getoond, zolang dat zo is. */
  private doelwitMelding?: string;

  /** De inhoud bij de vorige weergave; verandert bij `<mw-kaart>` als de inhoud geladen is. */
  private vorigeInhoud?: Kaart;

  /** Het gekozen deel bij de vorige weergave, om `toon` opnieuw te beoordelen als de keuze verandert. */
  private vorigeKeuze?: unknown;

  private readonly begrippen = new BegrippenInToelichting(this, () => this.teksten);

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
    return this.markeren.lijst;
  }

  set markeringen(invoer: readonly MarkeringInvoer[] | null | undefined) {
    this.markeren.zetInvoer(invoer);
  }

  /** De inhoud van de kaart: elke kaart uit het boek geeft haar eigen tekst, `<mw-kaart>` wat hij opbouwde. */
  protected get kaart(): Kaart {
    return LEGE_KAART;
  }

  /** Welk deel de gebruiker koos; een kaart zonder keuze toont alle delen. */
  protected get deelKeuze(): DeelKeuze | undefined {
    return undefined;
  }

  /** Met `markeerbaar` (niet `statisch`) het overzicht met kopiëren. */
  private get metOverzicht(): boolean {
    return this.markeerbaar && !this.statisch;
  }

  /** De eerste weergave van een kaart die in dezelfde taak als een andere op de pagina kwam, wacht op diens frame. */
  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- de signatuur van LitElement.scheduleUpdate
  protected override scheduleUpdate(): void | Promise<unknown> {
    const wacht = this.hasUpdated ? undefined : naDeEersteKaart();
    return wacht ? wacht.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /**
   * Eén vaste volgorde: taal en kopniveau (MwElement), nieuwe inhoud, de
   * keuze van een deel, open en dicht, het doel van `toon`, de treffers van de zoekopdracht en de groepen die daardoor
   * opengaan, de meldingen.
   */
  protected override willUpdate(veranderd: PropertyValues): void {
    super.willUpdate(veranderd);
    const nieuweInhoud = this.kaart !== this.vorigeInhoud;
    if (nieuweInhoud) this.nieuweInhoud();
    this.getoondeDelen = this.kiesDelen();
    if (veranderd.has('compact') || nieuweInhoud) this.openDicht.begin(this.compact, this.alleGroepen().map((g) => g.id));
    const keuze = this.deelKeuze?.waarde;
    if (veranderd.has('toon') || nieuweInhoud || keuze !== this.vorigeKeuze) this.volgToon();
    this.vorigeKeuze = keuze;
    if (this.markeren.onbekend.length) this.meld(this.teksten.onbekendeMarkeringen(this.markeren.onbekend));
    this.zoeken.bereken(this.getoondeGroepen());
    if (this.zoeken.veranderd) {
      this.zoeken.veranderd = false;
      if (this.zoeken.actief) this.openDicht.toonTreffers((groep) => !!this.zoeken.treffers.get(groep)?.zichtbaar);
      else this.openDicht.herstelNaZoeken();
    }
    if (this.doelwitMelding) this.meld(this.doelwitMelding);
  }

  /** Nieuwe inhoud (bij `<mw-kaart>` zodra ze geladen is): markeringen opnieuw lezen, zoeken en doelwit terug naar het begin. */
  private nieuweInhoud(): void {
    const eerste = this.vorigeInhoud === undefined;
    this.vorigeInhoud = this.kaart;
    this.markeren.leesInvoer();
    this.zoeken.wis();
    this.zoeken.veranderd = false;
    this.deeplinks.nieuweInhoud(eerste);
  }

  /** De delen die de keuze overlaat; bij een onbekende keuze alle delen en een melding. */
  private kiesDelen(): Deel[] {
    const { delen, deelSoort } = this.kaart;
    const keuze = this.deelKeuze;
    const waarde = keuze?.waarde == null ? '' : alsTekst(keuze.waarde).trim();
    if (!keuze || !waarde) return delen;
    const gekozen = delen.filter((deel) => vergelijkbaar(deel.sleutel) === vergelijkbaar(waarde));
    if (gekozen.length > 0) return gekozen;
    this.meld(this.teksten.onbekendeKeuze(keuze.attribuut, waarde, delen.map((d) => d.sleutel), deelSoort));
    return delen;
  }

  private volgToon(): void {
    const toon = this.toon == null ? '' : alsTekst(this.toon);
    const reden = toon ? this.deeplinks.gaNaar(toon, false) : undefined;
    this.doelwitMelding = reden && this.onbereikbaar(toon, reden);
  }

  private onbereikbaar(id: string, reden: Onbereikbaar): string {
    return reden === 'onbekend' ? this.teksten.onbekendDoelwit(id) : this.teksten.verborgenDoelwit(id, this.deelKeuze?.attribuut ?? '');
  }

  private alleGroepen(delen: Deel[] = this.kaart.delen): Groep[] {
    return delen.flatMap((deel) => deel.groepen);
  }

  private getoondeGroepen(): Groep[] {
    return this.alleGroepen(this.getoondeDelen);
  }

  /** De groep met dit id, of de groep waar het item met dit id in staat. */
  private groepVan(id: string): Groep | undefined {
    return this.alleGroepen().find((g) => g.id === id || g.items.some((i) => i.id === id));
  }

  private zoekresultaat(): string {
    const totaal = this.getoondeGroepen().reduce((som, g) => som + g.items.length, 0);
    const gevonden = this.zoeken.gevonden;
    const zoekopdracht = this.zoeken.zoekopdracht.trim();
    return gevonden === 0
      ? this.teksten.nietsGevonden(zoekopdracht)
      : this.teksten.zoekresultaat(gevonden, totaal, this.kaart.itemNaam ?? standaardItemNaam);
  }

  override render(): TemplateResult {
    const { kaart, niveau, teksten, taal, statisch } = this;
    const c: WeergaveContext = {
      kaart,
      delen: this.getoondeDelen,
      teksten,
      taal,
      statisch,
      markeerbaar: this.markeerbaar,
      zoeken: this.zoeken,
      openDicht: this.openDicht,
      deeplinks: this.deeplinks,
      markeren: this.markeren,
      roving: this.roving,
    };
    // Op papier staat de toelichting na de kaart: vlak voor het afdrukken komt ze daar in de DOM (zie afdruk.styles.ts).
    const afdrukken = this.afdrukken.bezig;
    const toelichting = toelichtingWeergave({
      kaart,
      niveau: niveau + 1,
      teksten,
      taal,
      statisch,
      open: this.toelichtingOpen,
      afdrukken,
      begrippenOpen: this.begrippen.open,
      begrippen: (niveau) => this.begrippen.weergave(niveau),
      wissel: () => (this.toelichtingOpen = !this.toelichtingOpen),
      wisselBegrippen: () => this.begrippen.wissel(),
    });
    // Zonder tekst (die niet laadde) geen lege kop en geen regio zonder naam.
    return html`<section class="kaart" part="kaart" aria-labelledby=${kaart.titel ? '_titel' : nothing} lang="nl" data-kaart=${kaart.id} ?data-afdrukken=${afdrukken}>
      ${kaart.titel ? kop(niveau, kaart.titel, { id: '_titel', klasse: 'titel', part: 'titel' }) : nothing}
      ${meldingenWeergave(this.meldingen, taal)}
      <p class="visueel-verborgen aankondiging" role="status" lang=${taal}>${this.aankondiger.tekst}</p>
      ${afdrukken ? nothing : toelichting}
      ${kaart.vraag ? kop(niveau + 1, kaart.vraag, { klasse: 'vraag', part: 'vraag' }) : nothing}
      ${kaart.geenAfvinklijst ? html`<p class="geen-afvinklijst" part="geen-afvinklijst">${kaart.geenAfvinklijst.tekst}</p>` : nothing}
      ${statisch
        ? nothing
        : werkbalkWeergave({
            zoeken: this.zonderZoeken ? undefined : this.zoeken,
            focus: this.focusNa,
            teksten,
            taal,
            resultaat: this.zoeken.actief ? this.zoekresultaat() : '',
            openAlles: () => {
              this.openDicht.openAlles();
              this.aankondiger.kondigAan(teksten.allesGeopend);
            },
            sluitAlles: () => {
              this.openDicht.sluitAlles(this.alleGroepen().map((g) => g.id));
              this.aankondiger.kondigAan(teksten.allesGesloten);
            },
            gesprek: this.zonderGespreksmodus ? undefined : () => void this.gesprek.open(),
            afdrukken: this.zonderAfdrukken ? undefined : () => drukAf(this),
          })}
      ${delenWeergave(c, niveau + 2, this.zoeken.nietsGevonden ? teksten.nietsGevonden(this.zoeken.zoekopdracht.trim()) : undefined)}
      ${this.metOverzicht ? this.overzicht.weergave(niveau + 1, taal) : nothing}
      ${afdrukken ? toelichting : nothing}
      <footer class="voet" lang=${taal}>
        <p class="bron" part="bron">${teksten.bron(kaart.bron)}</p>
        ${kaart.aanvullers?.length ? html`<p class="aanvullers">${teksten.aanvullingen(kaart.aanvullers)}</p>` : nothing}
        ${statisch ? nothing : html`<p class="afdrukdatum">${teksten.afgedruktOp(new Date())}</p>`}
      </footer>
      ${statisch
        ? nothing
        : this.gesprek.weergave({ kaart, groepen: this.getoondeGroepen(), teksten, taal, aankondiging: this.aankondiger.tekst })}
    </section>`;
  }
}
