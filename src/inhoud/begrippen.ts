import type { Bron } from './kaart.js';

/** Eén begrip uit het boek met de letterlijke omschrijving, per alinea. */
export interface Begrip {
  id: string;
  term: string;
  tekst: string[];
  pagina?: string;
}

/** Een rij uit de tabel met de drie typen dienstverlening. */
export interface Dienstverleningstype {
  id: string;
  naam: string;
  ondertitel?: string;
  omschrijving: string[];
  /** Het aandeel zoals in het boek, bijvoorbeeld „80 procent”. */
  aandeel: string;
  /** Het geschatte aandeel van de publieke dienstverlening, in procenten. */
  procent: number;
}

export interface Dienstverlening {
  titel: string;
  toelichting: string;
  kolommen: { type: string; omschrijving: string; aandeel: string };
  typen: Dienstverleningstype[];
  pagina?: string;
}

/** De begrippen uit het kader op pagina 6 en 7 van het boek, waar de kaarten naar verwijzen. */
export interface Begrippen {
  id: string;
  titel: string;
  vraag: string;
  inleiding: string[];
  begrippen: Begrip[];
  dienstverlening: Dienstverlening;
  voetnoten?: string[];
  bron: Bron;
}
