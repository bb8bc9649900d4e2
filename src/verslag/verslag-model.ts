import { markeringenLijst, type Markering, type MarkeringInvoer } from '../functies/markeren/markeringen.js';
import type { Kaart } from '../inhoud/kaart.js';
import { kaarten } from '../kaarten.js';
import type { MwVerslag } from './verslag.component.js';

/** De versie van de vorm van het verslag (`content/verslag.schema.json`); een andere vorm krijgt een ander getal. */
export const VERSLAG_VERSIE = 1;

/** Wat er in één notitie of in de afweging past; daarboven kort het terugzetten in, met een melding. */
export const MAXIMUM_TEKENS = 20_000;

/** De markeringen van één kaart in het verslag. */
export interface VerslagKaart {
  /** Id van de kaart, zoals `signalen`. */
  kaart: string;
  /** De titel van de kaart, letterlijk. */
  titel: string;
  /** De gemarkeerde items in de volgorde van de kaart, zoals in `mw-markering`. */
  markeringen: Markering[];
}

/**
 * Het verslag van de afweging in één casus, zoals `mw-verslag` het geeft en de eigenschap `verslag` het terugzet.
 * Alleen wat gemarkeerd en geschreven is: er staat niets in dat telt, weegt of noemt wat níet gemarkeerd is.
 */
export interface Verslag {
  versie: typeof VERSLAG_VERSIE;
  /** De datum van het verslag, `JJJJ-MM-DD`. */
  datum: string;
  /** Per kaart met markeringen, in de volgorde van het boek. */
  kaarten: VerslagKaart[];
  /** De eigen afweging van de professional, in eigen woorden. */
  afweging: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mw-verslag': CustomEvent<Verslag>;
  }
}

/** Een element van een kaart: de zes uit het boek en `<mw-kaart>`. */
export const KAART_SELECTOR = [...kaarten.map((k) => k.tag), 'mw-kaart'].join(',');

export type KaartElement = HTMLElement & { markeringen?: unknown };

/**
 * Wat `<mw-denkhulp>` de verslagen laat bereiken: per denkhulp haar eigen verslag, en per dat verslag de kaarten van
 * de denkhulp, ook die niet in de DOM staan. Zo zet een verslag op de pagina (of met `voor`) een casus terug op
 * dezelfde kaarten waarvan het de markeringen hoort, ook als die in een denkhulp staan.
 */
export const verslagVanDenkhulp = new WeakMap<Element, () => MwVerslag>();
export const kaartenVanDenkhulp = new WeakMap<Element, Map<string, KaartElement>>();

/** Per verslag wat bij het laatste terugzetten niet klopte, als één melding; `<mw-denkhulp>` toont haar ook boven de tabbladen. */
export const terugzetMeldingen = new WeakMap<Element, string>();

/**
 * De inhoud van een kaartelement (de tekst waarmee het zijn markeringen opbouwt), of niets als het element nog
 * geen inhoud heeft of (nog) geen kaart is. De inhoud is beschermd in de basis; hier alleen gelezen.
 */
export function inhoudVan(element: Element): Kaart | undefined {
  const inhoud = (element as unknown as { kaart?: Kaart }).kaart;
  return inhoud && Array.isArray(inhoud.delen) && inhoud.delen.length > 0 ? inhoud : undefined;
}

const uitHetBoek = new Map<string, Kaart | undefined>();

/** De inhoud van een kaart uit het boek op id, uit haar geregistreerde element; zonder element niets. */
export function inhoudUitHetBoek(id: string): Kaart | undefined {
  if (!uitHetBoek.has(id)) {
    const Klasse = customElements.get(kaarten.find((k) => k.id === id)?.tag ?? '');
    if (!Klasse) return undefined;
    uitHetBoek.set(id, inhoudVan(new Klasse()));
  }
  return uitHetBoek.get(id);
}

/** De plaats van een kaart in het boek; een eigen kaart komt na de kaarten uit het boek. */
const plaatsInHetBoek = (id: string): number => {
  const plaats = kaarten.findIndex((k) => k.id === id);
  return plaats < 0 ? kaarten.length : plaats;
};

/** De datum als `JJJJ-MM-DD`, in de tijdzone van de gebruiker. */
export const datumAlsTekst = (datum: Date): string => new Date(datum.getTime() - datum.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);

/**
 * De stand van één casus: per kaart de notities van de gemarkeerde items, en de afweging. Afgeleid (tekst, groep,
 * deel, kant) wordt alles uit de inhoud van de kaart, zoals de kaart zelf doet (besluit 6).
 */
export class VerslagStand {
  afweging = '';

  private readonly perKaart = new Map<string, { inhoud: Kaart; notities: Map<string, string> }>();

  /** Neemt de markeringen van een kaart over (uit `mw-markering`, of gelezen van het element). */
  neemOp(inhoud: Kaart, markeringen: readonly MarkeringInvoer[]): void {
    this.perKaart.set(inhoud.id, { inhoud, notities: new Map(markeringen.map((m) => [m.item, m.notitie ?? ''])) });
  }

  heeft(kaart: string): boolean {
    return this.perKaart.has(kaart);
  }

  /** Wat een kaartelement toegewezen krijgt om deze stand te tonen. */
  invoer(kaart: string): MarkeringInvoer[] {
    return [...(this.perKaart.get(kaart)?.notities ?? [])].map(([item, notitie]) => ({ item, notitie }));
  }

  /** Alles leeg; de kaarten die de stand kende, blijven bekend (met niets gemarkeerd). */
  leeg(): void {
    for (const kaart of this.perKaart.values()) kaart.notities = new Map();
    this.afweging = '';
  }

  /** De kaarten met markeringen, in de volgorde van het boek. */
  kaarten(): { inhoud: Kaart; markeringen: Markering[] }[] {
    return [...this.perKaart.values()]
      .map(({ inhoud, notities }) => ({ inhoud, markeringen: markeringenLijst(inhoud, notities) }))
      .filter(({ markeringen }) => markeringen.length > 0)
      .sort((a, b) => plaatsInHetBoek(a.inhoud.id) - plaatsInHetBoek(b.inhoud.id));
  }

  alsVerslag(datum: Date): Verslag {
    return {
      versie: VERSLAG_VERSIE,
      datum: datumAlsTekst(datum),
      kaarten: this.kaarten().map(({ inhoud, markeringen }) => ({ kaart: inhoud.id, titel: inhoud.titel, markeringen })),
      afweging: this.afweging,
    };
  }
}
