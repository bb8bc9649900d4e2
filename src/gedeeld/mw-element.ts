import { isServer, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { engels, taalVan, tekstenVoor, type Teksten } from '../teksten.js';
import { versie } from '../versie.js';
import { alsTekst } from './als-tekst.js';
import { BenodigdeStukken, type Benodigd } from './benodigde-stukken.js';
import type { OpnieuwKnop } from './meldingen-weergave.js';
import { stijlenNaVerhuizen } from './stijlen.js';
import { geldigKopniveau, kopniveauAutoStuk, kopniveauConverter, STANDAARD_KOPNIVEAU, type Kopniveau } from './kopniveau.js';

/** Of de server al gewaarschuwd is dat `laadVooraf()` niet aangeroepen werd (zie `waarschuwZonderVooraf`). */
let zonderVoorafGewaarschuwd = false;

/**
 * Wat alle elementen van maatwerk-kaarten delen: de versie, de taal van de interface (`lang` op het element
 * of hoger), het kopniveau (`heading-level`, ook `auto`), meldingen over verkeerde invoer (zichtbaar,
 * en één keer in de console) en het wachten op de stukken van de bundel die een weergave nodig heeft
 * (`benodigd`, `BenodigdeStukken`). De kaarten en `<mw-begrippen>` bouwen hierop.
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

  /** Wat dit element aan stukken van de bundel nodig heeft (`benodigd`): wachten, meldingen, „Probeer opnieuw”. */
  private readonly stukken = new BenodigdeStukken(this, () => this.benodigd());


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
  }

  /** Verhuisd naar een ander document (een iframe, `adoptNode`): de stijlen gaan mee. */
  adoptedCallback(): void {
    stijlenNaVerhuizen(this);
  }

  /**
   * De stukken van de bundel die dit element nu nodig heeft: de Engelse teksten en `heading-level="auto"` (hier), en in
   * de elementen zelf de tekst van een kaart, het overzicht, de sjablonen, de begrippen. Eén lijst voor drie dingen
   * (`BenodigdeStukken`): waarop een weergave wacht, welke meldingen het element toont en wat „Probeer opnieuw” laadt.
   */
  protected benodigd(): (Benodigd | false | undefined)[] {
    return [taalVan(this) === 'en' && { stuk: engels }, this.headingLevel === 'auto' && { stuk: kopniveauAutoStuk }];
  }

  /** De knop „Probeer opnieuw” onder de meldingen (`meldingenWeergave`), als er een stuk niet laadde. */
  protected get opnieuwKnop(): OpnieuwKnop | undefined {
    return this.stukken.knop(this.teksten);
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
      const laden = rondes > 0 ? this.stukken.nogTeLaden() : [];
      if (!laden.length) return super.scheduleUpdate();
      return Promise.allSettled(laden).then(() => wacht(rondes - 1));
    };
    return wacht(2);
  }

  /** De eerste stap van elke weergave: taal, kopniveau en een lege lijst meldingen. */
  protected override willUpdate(veranderd: PropertyValues): void {
    if (isServer) this.waarschuwZonderVooraf();
    this.taal = taalVan(this);
    this.meldingen = [];
    // Een stuk dat niet laadde, een melding; zonder de Engelse teksten blijft de interface zo Nederlands, met de reden.
    for (const melding of this.stukken.meldingen(this.teksten)) this.meld(melding);
    this.niveau = this.bepaalNiveau(veranderd);
  }

  /**
   * Op de server laadt een element niets zelf: Lit SSR wacht niet, en zonder `laadVooraf()` tekent de server lege
   * kaarten. Eén waarschuwing per proces, met wat eraan te doen is.
   */
  private waarschuwZonderVooraf(): void {
    if (zonderVoorafGewaarschuwd || this.stukken.nogTeLaden().length === 0) return;
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
