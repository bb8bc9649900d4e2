import { isServer, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { engels, taalVan, tekstenVoor, type Teksten } from '../teksten.js';
import { versie } from '../versie.js';
import { alsTekst } from './als-tekst.js';
import { afHerstel, bijHerstel } from './op-aanvraag.js';
import type { OpnieuwKnop } from './meldingen-weergave.js';
import { stijlenNaVerhuizen } from './stijlen.js';
import { geldigKopniveau, kopniveauAutoStuk, kopniveauConverter, STANDAARD_KOPNIVEAU, type Kopniveau } from './kopniveau.js';

/** Een stuk van de bundel (`OpAanvraag`), of een eenheid die er een laadt (`SjablonenLader`, `Overzicht`). */
export interface Stuk {
  /** Waarom de laatste poging mislukte, tot een volgende slaagt. */
  readonly fout?: string;
  /** Het laden waarop een weergave wacht (wijst nooit af), of niets als het er is of al mislukte (zie `OpAanvraag`). */
  laadVoorWeergave(opnieuwNaFout: boolean): Promise<unknown> | undefined;
  /** Laadt het stuk, ook na een mislukking: „Probeer opnieuw”. */
  laad(): Promise<unknown>;
}

/** Een stuk dat een element nu nodig heeft (`benodigd`). */
export interface Benodigd {
  stuk: Stuk;
  /** Wat het element zegt als het stuk niet laadde; anders „Een onderdeel … kon niet geladen worden”. */
  melding?: (fout: string) => string;
  /** `false` voor wat de gebruiker opende (afdrukken, de gespreksmodus, de begrippen): de weergave wacht er niet op. */
  wacht?: boolean;
}

/** Of de server al gewaarschuwd is dat `laadVooraf()` niet aangeroepen werd (zie `waarschuwZonderVooraf`). */
let zonderVoorafGewaarschuwd = false;

/**
 * Wat alle elementen van maatwerk-kaarten delen: de versie, de taal van de interface (`lang` op het element
 * of hoger), het kopniveau (`heading-level`, ook `auto`), meldingen over verkeerde invoer (zichtbaar,
 * en één keer in de console) en het wachten op de stukken van de bundel die een weergave nodig heeft
 * (`nogTeLaden`). De kaarten en `<mw-begrippen>` bouwen hierop.
 */
export abstract class MwElement extends LitElement {
  /** De versie van maatwerk-kaarten die dit element registreerde. */
  static readonly versie: string = versie;

  /** De taal van de interface: Nederlands, of Engels met `lang="en"` op het element of hoger. De kaarttekst blijft Nederlands. */
  protected taal: 'nl' | 'en' = 'nl';

  /** Het kopniveau van de titel, na `willUpdate`. */
  protected niveau = STANDAARD_KOPNIVEAU;

  /** De meldingen van deze weergave; `meld` voegt er een toe. */
  protected meldingen: string[] = [];

  private readonly gewaarschuwd = new Set<string>();

  /**
   * Na het (opnieuw) op de pagina komen, in de eerste ronde van `nogTeLaden`: stukken die eerder mislukten, krijgen
   * nog één poging (`nogTeLaden`). Daarna tekent het element met zijn melding, zonder bij elke weergave op een nieuwe
   * mislukking te wachten.
   */
  private opnieuwNaFout = false;

  /** Wanneer „Probeer opnieuw” voor het laatst niet lukte: de meldingen zeggen het, met de tijd (elke poging is nieuw). */
  private opnieuwMislukt?: Date;

  /** Of de knop „Probeer opnieuw” de focus had vlak vóór deze weergave (zie `updated`). */
  private knopHadFocus = false;

  /** Opnieuw tekenen als een stuk dat niet laadde, alsnog laadt (`bijHerstel`). */
  private readonly tekenNaHerstel = (): void => this.requestUpdate();

  /** Het kopniveau voor `heading-level="auto"`, bepaald bij het aanhaken (niet bij elke toetsaanslag). */
  private automatischNiveau?: number;

  /**
   * Het kopniveau (1–6) van de titel. De koppen daaronder krijgen de niveaus eronder, zodat het element
   * in de structuur van de pagina past. `auto`: één dieper dan de kop die op de pagina vóór het element
   * staat (ook door shadow roots heen).
   */
  @property({ attribute: 'heading-level', converter: kopniveauConverter }) headingLevel: Kopniveau = 2;

  static override get observedAttributes(): string[] {
    // `lang` op het element zelf bepaalt de taal van de interface; een wijziging tekent het element opnieuw.
    return [...super.observedAttributes, 'lang'];
  }

  protected get teksten(): Teksten {
    return tekstenVoor(this.taal);
  }

  override attributeChangedCallback(naam: string, oud: string | null, nieuw: string | null): void {
    super.attributeChangedCallback(naam, oud, nieuw);
    if (naam === 'lang') this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.automatischNiveau = undefined;
    this.opnieuwNaFout = true;
    // Weer op de pagina (verplaatst, of terug in een app die de kaart even weghaalde) met een melding: nog één poging.
    if (this.hasUpdated && this.metMislukkingen) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    afHerstel(this.tekenNaHerstel);
  }

  /** Verhuisd naar een ander document (een iframe, `adoptNode`): de stijlen gaan mee. */
  adoptedCallback(): void {
    stijlenNaVerhuizen(this);
  }

  /**
   * De stukken van de bundel die dit element nu nodig heeft: de Engelse teksten en `heading-level="auto"` (hier), en in
   * de elementen zelf de tekst van een kaart, het overzicht, de sjablonen, de begrippen. Eén lijst voor drie dingen:
   * waarop een weergave wacht (`nogTeLaden`), welke meldingen het element toont en wat „Probeer opnieuw” laadt.
   */
  protected benodigd(): (Benodigd | false | undefined)[] {
    return [taalVan(this) === 'en' && { stuk: engels }, this.headingLevel === 'auto' && { stuk: kopniveauAutoStuk }];
  }

  private get stukken(): Benodigd[] {
    return this.benodigd().filter((b): b is Benodigd => !!b);
  }

  /**
   * Het laden waarop de volgende weergave wacht; leeg als alles er al is. Een stuk dat eerder mislukte, krijgt alleen
   * na het (opnieuw) op de pagina komen nog een poging.
   */
  private nogTeLaden(): Promise<unknown>[] {
    return this.stukken.flatMap(({ stuk, wacht = true }) => {
      const laden = wacht ? stuk.laadVoorWeergave(this.opnieuwNaFout) : undefined;
      return laden ? [laden] : [];
    });
  }

  /**
   * De stukken die niet laadden, met hun melding (één keer per melding). Een element op de pagina tekent opnieuw als
   * zo'n stuk alsnog laadt, ook door „Probeer opnieuw” in een ander element (`bijHerstel`).
   */
  private meldStukken(): void {
    if (!this.metMislukkingen) this.opnieuwMislukt = undefined;
    for (const { stuk, melding } of this.stukken) {
      if (stuk.fout === undefined) continue;
      if (!isServer && this.isConnected) bijHerstel(this.tekenNaHerstel);
      const tekst = melding ? melding(stuk.fout) : this.teksten.onderdeelNietGeladen(stuk.fout);
      if (!this.meldingen.includes(tekst)) this.meld(tekst);
    }
    if (this.opnieuwMislukt) this.meld(this.teksten.opnieuwMislukt(this.opnieuwMislukt));
  }

  private get metMislukkingen(): boolean {
    return this.stukken.some(({ stuk }) => stuk.fout !== undefined);
  }

  /**
   * De knop „Probeer opnieuw” onder de meldingen (`meldingenWeergave`), als er een stuk niet laadde. Niet op de server:
   * zonder JavaScript doet hij niets.
   */
  protected get opnieuwKnop(): OpnieuwKnop | undefined {
    return this.metMislukkingen && !isServer ? { label: this.teksten.probeerOpnieuw, actie: () => void this.probeerOpnieuw() } : undefined;
  }

  /**
   * „Probeer opnieuw”: laadt de stukken die niet laadden nog een keer, zonder de pagina (en wat de gebruiker in de
   * applicatie deed) opnieuw te laden. Lukt het niet, dan zegt een melding met de tijd dat (zie besluit 16).
   */
  private async probeerOpnieuw(): Promise<void> {
    const mislukt = this.stukken.filter(({ stuk }) => stuk.fout !== undefined);
    await Promise.allSettled(mislukt.map(({ stuk }) => stuk.laad()));
    this.opnieuwMislukt = this.metMislukkingen ? new Date() : undefined;
    this.requestUpdate();
  }

  protected override updated(veranderd: PropertyValues): void {
    super.updated(veranderd);
    // De knop „Probeer opnieuw” had de focus en is weg (het stuk laadde, hier of in een ander element): de focus naar de
    // titel, niet naar het begin van de pagina.
    if (!this.knopHadFocus || this.renderRoot.querySelector('.opnieuw')) return;
    const titel = this.renderRoot.querySelector<HTMLElement>('#_titel');
    if (!titel) return;
    titel.tabIndex = -1;
    titel.focus();
  }

  /**
   * Elke weergave wacht tot wat ze nodig heeft geladen is: geen lege of halve weergave ertussen. Na het wachten kijkt
   * ze nog één keer: een framework kan intussen eigenschappen gezet hebben die een ander stuk vragen (React zet na
   * `hydrateRoot` bijvoorbeeld `markeerbaar` terwijl de kaart op haar tekst wacht). Een stuk dat mislukte, laadt een
   * weergave niet opnieuw (`OpAanvraag.laadVoorWeergave`): het element tekent met zijn melding.
   */
  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- de signatuur van LitElement.scheduleUpdate
  protected override scheduleUpdate(): void | Promise<unknown> {
    // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- wat scheduleUpdate teruggeeft
    const wacht = (rondes: number): void | Promise<unknown> => {
      const laden = rondes > 0 ? this.nogTeLaden() : [];
      this.opnieuwNaFout = false;
      if (!laden.length) return super.scheduleUpdate();
      return Promise.allSettled(laden).then(() => wacht(rondes - 1));
    };
    return wacht(2);
  }

  /** De eerste stap van elke weergave: taal, kopniveau en een lege lijst meldingen. */
  protected override willUpdate(veranderd: PropertyValues): void {
    if (isServer) this.waarschuwZonderVooraf();
    else this.knopHadFocus = this.shadowRoot?.activeElement?.classList.contains('opnieuw') ?? false;
    this.taal = taalVan(this);
    this.meldingen = [];
    // Een stuk dat niet laadde, een melding; zonder de Engelse teksten blijft de interface zo Nederlands, met de reden.
    this.meldStukken();
    this.niveau = this.bepaalNiveau(veranderd);
  }

  /**
   * Op de server laadt een element niets zelf: Lit SSR wacht niet, en zonder `laadVooraf()` tekent de server lege
   * kaarten. Eén waarschuwing per proces, met wat eraan te doen is.
   */
  private waarschuwZonderVooraf(): void {
    if (zonderVoorafGewaarschuwd || this.nogTeLaden().length === 0) return;
    zonderVoorafGewaarschuwd = true;
    console.warn(
      `maatwerk-kaarten: <${this.localName}> wordt op de server getekend zonder zijn tekst of onderdelen. Roep eerst één keer \`await laadVooraf()\` aan (import { laadVooraf } from 'maatwerk-kaarten'; zie docs/export.md).`,
    );
  }

  /** Een melding in het element, en één keer per melding een waarschuwing in de console. */
  protected meld(melding: string): void {
    this.meldingen.push(melding);
    if (this.gewaarschuwd.has(melding)) return;
    this.gewaarschuwd.add(melding);
    console.warn(`<${this.localName}>: ${melding}`);
  }

  private bepaalNiveau(veranderd: PropertyValues): number {
    if (this.headingLevel === 'auto') {
      if (veranderd.has('headingLevel')) this.automatischNiveau = undefined;
      const auto = kopniveauAutoStuk.module;
      // Nog niet geladen (`auto` kwam tijdens het wachten): het standaardniveau, en opnieuw tekenen als het er is.
      // Laadde het niet: het standaardniveau met een melding (`benodigd`). Op de server zonder `laadVooraf()` waarschuwt die.
      if (!auto) {
        if (kopniveauAutoStuk.fout === undefined && !isServer) kopniveauAutoStuk.laad().then(() => this.requestUpdate(), () => this.requestUpdate());
        return STANDAARD_KOPNIVEAU;
      }
      this.automatischNiveau ??= auto.automatischKopniveau(this);
      return this.automatischNiveau;
    }
    const niveau = geldigKopniveau(this.headingLevel);
    if (niveau) return niveau;
    this.meld(this.teksten.ongeldigKopniveau(this.getAttribute('heading-level') ?? alsTekst(this.headingLevel), STANDAARD_KOPNIVEAU));
    return STANDAARD_KOPNIVEAU;
  }
}
