import type { ReactiveControllerHost } from 'lit';
import type { Aankondiger } from '../../gedeeld/aankondiger.js';
import { alsTekst } from '../../gedeeld/als-tekst.js';
import type { FocusNaUpdate } from '../../gedeeld/focus-na-update.js';
import type { Item, Kaart } from '../../inhoud/kaart.js';
import type { Teksten } from '../../teksten.js';
import { leesMarkeringen, markeringenLijst, type Markering, type MarkeringDetail } from './markeringen.js';

export interface MarkerenDiensten {
  kaart: () => Kaart;
  teksten: () => Teksten;
  aankondiger: Aankondiger;
  focus: FocusNaUpdate;
}

/**
 * Markeren voor de casus, met een notitie per markering en het wissen van alles (na een vraag); het overzicht
 * met de samenvatting als tekst staat in overzicht.ts. Niets telt of weegt; niets wordt bewaard: elke wijziging door de gebruiker gaat
 * als `mw-markering` naar de pagina, en de pagina kan een bewaarde lijst terugzetten.
 */
export class Markeren {
  /** Per gemarkeerd item de notitie (leeg als er geen is). */
  notities = new Map<string, string>();

  /** Of de vraag „Alles wissen?” openstaat. */
  bevestigWissen = false;

  /** De ids uit de toegewezen lijst die niet op de kaart staan. */
  onbekend: string[] = [];

  /** Wat aan `markeringen` is toegewezen; opnieuw gelezen als de inhoud (later) komt. */
  private invoer: unknown = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly diensten: MarkerenDiensten,
  ) {}

  /** De markeringen in de volgorde van de kaart. */
  get lijst(): Markering[] {
    return markeringenLijst(this.diensten.kaart(), this.notities);
  }

  isGemarkeerd(item: string): boolean {
    return this.notities.has(item);
  }

  /** Een lijst van buiten (toegewezen aan `markeringen`); vuurt geen gebeurtenis. */
  zetInvoer(invoer: unknown): void {
    this.invoer = invoer ?? [];
    this.leesInvoer();
  }

  /** Leest de toegewezen lijst (opnieuw), bijvoorbeeld als de inhoud van `<mw-kaart>` er pas later is. */
  leesInvoer(): void {
    const kaart = this.diensten.kaart();
    let gelezen: { notities: Map<string, string>; onbekend: string[] };
    try {
      gelezen = leesMarkeringen(kaart, this.invoer);
    } catch {
      // Een lijst die bij het lezen gooit (een Proxy, een ingetrokken Proxy): niets gemarkeerd, en een melding.
      gelezen = { notities: new Map(), onbekend: [alsTekst(this.invoer)] };
    }
    this.notities = gelezen.notities;
    this.onbekend = kaart.delen.length ? gelezen.onbekend : [];
    this.host.requestUpdate();
  }

  wissel(item: Item): void {
    const notities = new Map(this.notities);
    if (!notities.delete(item.id)) notities.set(item.id, '');
    this.zet(notities);
  }

  zetNotitie(item: Item, notitie: string): void {
    const notities = new Map(this.notities);
    notities.set(item.id, notitie);
    this.zet(notities);
  }

  vraagWissen(): void {
    this.bevestigWissen = true;
    this.diensten.focus.zetOp('_wis-nee');
  }

  annuleerWissen(): void {
    this.bevestigWissen = false;
    this.diensten.focus.zetOp('_wis-knop');
  }

  wis(): void {
    this.bevestigWissen = false;
    this.zet(new Map());
    this.diensten.aankondiger.kondigAan(this.diensten.teksten().markeringenGewist);
    this.diensten.focus.zetOp('_overzicht-titel');
  }

  /** Een wijziging door de gebruiker: opnieuw tekenen en de pagina laten weten. */
  private zet(notities: Map<string, string>): void {
    this.notities = notities;
    this.host.requestUpdate();
    const detail: MarkeringDetail = { kaart: this.diensten.kaart().id, markeringen: this.lijst };
    this.host.dispatchEvent(new CustomEvent('mw-markering', { detail, bubbles: true, composed: true }));
  }
}
