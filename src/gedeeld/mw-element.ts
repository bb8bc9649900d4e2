import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { taalVan, tekstenVoor, type Teksten } from '../teksten.js';
import { versie } from '../versie.js';
import { alsTekst } from './als-tekst.js';
import { stijlenNaVerhuizen } from './stijlen.js';
import { automatischKopniveau } from './kopniveau-auto.js';
import { geldigKopniveau, kopniveauConverter, STANDAARD_KOPNIVEAU, type Kopniveau } from './kopniveau.js';

/**
 * Wat alle elementen van maatwerk-kaarten delen: de versie, de taal van de interface (`lang` op het element
 * of hoger), het kopniveau (`heading-level`, ook `auto`) en meldingen over verkeerde invoer (zichtbaar,
 * en één keer in de console). De kaarten en `<mw-begrippen>` bouwen hierop.
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

  /** De eerste stap van elke weergave: taal, kopniveau en een lege lijst meldingen. */
  protected override willUpdate(veranderd: PropertyValues): void {
    this.taal = taalVan(this);
    this.meldingen = [];
    this.niveau = this.bepaalNiveau(veranderd);
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
      this.automatischNiveau ??= automatischKopniveau(this);
      return this.automatischNiveau;
    }
    const niveau = geldigKopniveau(this.headingLevel);
    if (niveau) return niveau;
    this.meld(this.teksten.ongeldigKopniveau(this.getAttribute('heading-level') ?? alsTekst(this.headingLevel), STANDAARD_KOPNIVEAU));
    return STANDAARD_KOPNIVEAU;
  }
}
