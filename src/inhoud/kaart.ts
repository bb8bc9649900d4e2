/**
 * De vorm van een kaart als data. Elke kaart in `content/` volgt deze vorm;
 * `kaart.schema.ts` controleert haar tijdens het testen (en later bij eigen kaarten).
 *
 * Ids zijn stabiel en leesbaar (kebab-case) en uniek over alle kaarten heen,
 * zodat ze als anker en deeplink kunnen dienen. Een gepubliceerd id verandert nooit.
 */

/** Hoe de delen van een kaart heten: de kanten, thema's, fasen, stappen of doelgroepen. */
export type DeelSoort = 'kant' | 'thema' | 'fase' | 'stap' | 'doelgroep' | 'deel';

/** Een letterlijke passage uit de bron, met de pagina waar zij staat. */
export interface Passage {
  tekst: string;
  pagina?: string;
}

export interface Bron {
  titel: string;
  uitgever: string;
  opdrachtgever?: string;
  auteurs?: string[];
  jaar: number;
  /** Pagina's van de kaart en haar toelichting in de bron, bijvoorbeeld "12–13". */
  pagina?: string;
}

/** Een kant waarnaar groepen binnen een deel zijn geordend, zoals vóór en tegen maatwerk. */
export interface Kant {
  id: string;
  titel: string;
}

export interface Item {
  id: string;
  tekst: string;
  /** Wie dit item toevoegde, als het niet uit de bron komt (zie `Aanvulling`); de kaart toont dat zichtbaar. */
  herkomst?: string;
}

export interface Groep {
  id: string;
  titel: string;
  /** Id van de kant (uit `Kaart.kanten`) waar deze groep bij hoort. */
  kant?: string;
  /** Wie deze groep toevoegde, als zij niet uit de bron komt. */
  herkomst?: string;
  items: Item[];
}

export interface Deel {
  id: string;
  /** Waarde waarmee een element dit deel kiest, zoals `tijdens` of `3`. */
  sleutel: string;
  titel: string;
  /** Stapnummer, voor kaarten met genummerde stappen. */
  nummer?: number;
  groepen: Groep[];
}

/** Een verbetering ten opzichte van de gedrukte tekst, met uitleg. */
export interface Erratum {
  /** Id van het verbeterde item. */
  item: string;
  gedrukt: string;
  verbeterd: string;
  toelichting: string;
}

/** Hoe één item van de kaart heet, voor meldingen als „3 van 38 signalen”. */
export interface ItemNaam {
  enkelvoud: string;
  meervoud: string;
}

export interface Kaart {
  id: string;
  titel: string;
  /** De centrale vraag die op de kaart staat; een eigen kaart kan zonder. */
  vraag?: string;
  deelSoort: DeelSoort;
  itemNaam?: ItemNaam;
  /** Wat de kaart volgens de inleiding van het hoofdstuk doet. */
  doel?: Passage[];
  /** De toelichting naast de kaart, per alinea. */
  toelichting: string[];
  voetnoten?: string[];
  /** De zin uit de bron dat de kaart géén afvinklijst is. */
  geenAfvinklijst?: Passage;
  /** Ids van de begrippen (uit `content/begrippen.json`) waarnaar de toelichting verwijst. */
  begrippen?: string[];
  bron: Bron;
  kanten?: Kant[];
  delen: Deel[];
  errata?: Erratum[];
  /** Organisaties die deze kaart aanvulden (zie `Aanvulling`), voor de bronvermelding. */
  aanvullers?: string[];
}
