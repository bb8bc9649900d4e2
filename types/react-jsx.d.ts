// Gegenereerd door `npm run editor-data` (scripts/editor-data.mjs) uit custom-elements.json; niet met de hand bewerken.
/**
 * Getypte JSX voor de elementen van maatwerk-kaarten in React 19. React 19 zet een prop als eigenschap
 * als het element haar kent (`markeerbaar`, `markeringen`), anders als attribuut (`heading-level`),
 * en maakt van `onmw-markering` een `addEventListener('mw-markering', …)`.
 *
 * Eén keer in het project, bijvoorbeeld in main.tsx:
 *
 *     import type {} from 'maatwerk-kaarten/react-jsx';
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { MarkeringInvoer } from '../dist/esm/src/index.js';
import type { MwArgumentenKaart } from '../dist/esm/src/argumenten-kaart/argumenten-kaart.component.js';
import type { MwBegrippen } from '../dist/esm/src/begrippen/begrippen.component.js';
import type { MwKaart } from '../dist/esm/src/kaart/kaart.component.js';
import type { MwLessenKaart } from '../dist/esm/src/lessen-kaart/lessen-kaart.component.js';
import type { MwSignalenKaart } from '../dist/esm/src/signalen-kaart/signalen-kaart.component.js';
import type { MwVragenBeleidKaart } from '../dist/esm/src/vragen-beleid-kaart/vragen-beleid-kaart.component.js';
import type { MwVragenKaart } from '../dist/esm/src/vragen-kaart/vragen-kaart.component.js';
import type { MwVragenMaatwerkKaart } from '../dist/esm/src/vragen-maatwerk-kaart/vragen-maatwerk-kaart.component.js';

/** Attributen, eigenschappen en gebeurtenissen van `<mw-argumenten-kaart>` in JSX. */
export interface MwArgumentenKaartProps {
  /** Toon één thema: `welzijn`, `bestuur`, `uitvoering`, `financien` of `principes`. Leeg: alle vijf. */
  thema?: 'welzijn' | 'bestuur' | 'uitvoering' | 'financien' | 'principes';
  /** De taal van knoppen en meldingen: `en` voor Engels, anders Nederlands (ook van een voorouder). De kaarttekst blijft Nederlands. */
  lang?: string;
  /**
   * Het kopniveau (1–6) van de titel van de kaart. De centrale vraag, de delen en de
   * groepen krijgen de niveaus daaronder, zodat de kaart in de structuur van de pagina past.
   * `auto`: één dieper dan de kop die op de pagina vóór de kaart staat (ook door shadow roots heen).
   *
   * Standaard: `2`.
   */
  'heading-level'?: 1 | 2 | 3 | 4 | 5 | 6 | '1' | '2' | '3' | '4' | '5' | '6' | 'auto';
  /** Of de toelichting bij de kaart openstaat. De gebruiker opent en sluit haar met de knop „Toelichting”. */
  'toelichting-open'?: boolean;
  /** Begin met alle groepen dicht, bijvoorbeeld in een smalle zijbalk. De gebruiker opent ze een voor een of allemaal. */
  compact?: boolean;
  /** Laat items markeren voor de casus, met een notitie, een overzicht en „Kopieer als tekst”. */
  markeerbaar?: boolean;
  /** Zonder zoekveld, voor een kale kaart. */
  'zonder-zoeken'?: boolean;
  /** Zonder de knop „Afdrukken” (afdrukken via de browser blijft werken). */
  'zonder-afdrukken'?: boolean;
  /** Zonder de knop „Gespreksmodus”. */
  'zonder-gespreksmodus'?: boolean;
  /**
   * Zonder interactie: alle tekst zichtbaar, geen knoppen, zoekveld of gespreksmodus. Voor HTML die
   * zonder JavaScript werkt, zoals de statische export (`npm run export`).
   */
  statisch?: boolean;
  /**
   * Het id van een groep of item om te tonen: de kaart opent de groep, scrolt ernaartoe en laat het zien.
   * Hetzelfde gebeurt als de URL eindigt op `#<id>`. De ids staan in `content/` en veranderen nooit.
   */
  toon?: string;
  /**
   * Eigenschap (geen attribuut). De markeringen op deze kaart, in de volgorde van de kaart. Zet een eerder bewaarde lijst
   * (uit `mw-markering`) terug door hem hier toe te wijzen; alleen `item` en `notitie` tellen.
   * Toewijzen vuurt geen gebeurtenis.
   */
  markeringen?: readonly MarkeringInvoer[];
  /** `mw-markering` (`CustomEvent<MarkeringDetail>`): Bij elke wijziging van de markeringen door de gebruiker (markeren, notitie typen, wissen). `detail`: `{ kaart, markeringen }` met per markering het item-id, de tekst, de groep, het deel, de kant (waar die er is) en de notitie. Bubbelt en gaat door shadow roots heen. */
  'onmw-markering'?: (gebeurtenis: GlobalEventHandlersEventMap['mw-markering']) => void;
  /** Fout geschreven: React 19 luistert dan naar `Mw-markering`, dat nooit komt. Schrijf `onmw-markering`. */
  'onMw-markering'?: never;
}

/** Attributen, eigenschappen en gebeurtenissen van `<mw-begrippen>` in JSX. */
export interface MwBegrippenProps {
  /** De taal van meldingen en bronregel: `en` voor Engels, anders Nederlands (ook van een voorouder). De begrippen blijven Nederlands. */
  lang?: string;
  /**
   * Het kopniveau (1–6) van de titel, of `auto` (één dieper dan de kop ervoor); de koppen daaronder volgen.
   *
   * Standaard: `2`.
   */
  'heading-level'?: 1 | 2 | 3 | 4 | 5 | 6 | '1' | '2' | '3' | '4' | '5' | '6' | 'auto';
}

/** Attributen, eigenschappen en gebeurtenissen van `<mw-kaart>` in JSX. */
export interface MwKaartProps {
  /** Adres van een kaart als JSON, van dezelfde herkomst als de pagina. */
  src?: string;
  /** Id van een kaart uit het boek om op voort te bouwen: `signalen`, `argumenten`, `vragen`, `vragen-beleid`, `vragen-maatwerk` of `lessen`. */
  basis?: string;
  /** Adres van een aanvulling als JSON (van dezelfde herkomst), zie `Aanvulling`. */
  'aanvulling-src'?: string;
  /** Toon één deel van de kaart, met de `sleutel` van dat deel. Leeg: alle delen. */
  deel?: string;
  /** De taal van knoppen en meldingen: `en` voor Engels, anders Nederlands (ook van een voorouder). De kaarttekst blijft Nederlands. */
  lang?: string;
  /**
   * Het kopniveau (1–6) van de titel van de kaart. De centrale vraag, de delen en de
   * groepen krijgen de niveaus daaronder, zodat de kaart in de structuur van de pagina past.
   * `auto`: één dieper dan de kop die op de pagina vóór de kaart staat (ook door shadow roots heen).
   *
   * Standaard: `2`.
   */
  'heading-level'?: 1 | 2 | 3 | 4 | 5 | 6 | '1' | '2' | '3' | '4' | '5' | '6' | 'auto';
  /** Of de toelichting bij de kaart openstaat. De gebruiker opent en sluit haar met de knop „Toelichting”. */
  'toelichting-open'?: boolean;
  /** Begin met alle groepen dicht, bijvoorbeeld in een smalle zijbalk. De gebruiker opent ze een voor een of allemaal. */
  compact?: boolean;
  /** Laat items markeren voor de casus, met een notitie, een overzicht en „Kopieer als tekst”. */
  markeerbaar?: boolean;
  /** Zonder zoekveld, voor een kale kaart. */
  'zonder-zoeken'?: boolean;
  /** Zonder de knop „Afdrukken” (afdrukken via de browser blijft werken). */
  'zonder-afdrukken'?: boolean;
  /** Zonder de knop „Gespreksmodus”. */
  'zonder-gespreksmodus'?: boolean;
  /**
   * Zonder interactie: alle tekst zichtbaar, geen knoppen, zoekveld of gespreksmodus. Voor HTML die
   * zonder JavaScript werkt, zoals de statische export (`npm run export`).
   */
  statisch?: boolean;
  /**
   * Het id van een groep of item om te tonen: de kaart opent de groep, scrolt ernaartoe en laat het zien.
   * Hetzelfde gebeurt als de URL eindigt op `#<id>`. De ids staan in `content/` en veranderen nooit.
   */
  toon?: string;
  /** Eigenschap (geen attribuut). De kaart als object, in de vorm van `content/kaart.schema.json`. Gaat vóór `src`. */
  inhoud?: unknown | undefined;
  /** Eigenschap (geen attribuut). Een aanvulling als object: `{ organisatie, items?, groepen? }`. Gaat vóór `aanvulling-src`. */
  aanvulling?: unknown | undefined;
  /**
   * Eigenschap (geen attribuut). De markeringen op deze kaart, in de volgorde van de kaart. Zet een eerder bewaarde lijst
   * (uit `mw-markering`) terug door hem hier toe te wijzen; alleen `item` en `notitie` tellen.
   * Toewijzen vuurt geen gebeurtenis.
   */
  markeringen?: readonly MarkeringInvoer[];
  /** `mw-fout` (`CustomEvent<FoutDetail>`): Als de inhoud of de aanvulling niet klopt of niet te laden is; `detail.fouten` noemt per fout het veld en wat er mis is. */
  'onmw-fout'?: (gebeurtenis: GlobalEventHandlersEventMap['mw-fout']) => void;
  /** Fout geschreven: React 19 luistert dan naar `Mw-fout`, dat nooit komt. Schrijf `onmw-fout`. */
  'onMw-fout'?: never;
  /** `mw-markering` (`CustomEvent<MarkeringDetail>`): Bij elke wijziging van de markeringen door de gebruiker (markeren, notitie typen, wissen). `detail`: `{ kaart, markeringen }` met per markering het item-id, de tekst, de groep, het deel, de kant (waar die er is) en de notitie. Bubbelt en gaat door shadow roots heen. */
  'onmw-markering'?: (gebeurtenis: GlobalEventHandlersEventMap['mw-markering']) => void;
  /** Fout geschreven: React 19 luistert dan naar `Mw-markering`, dat nooit komt. Schrijf `onmw-markering`. */
  'onMw-markering'?: never;
}

/** Attributen, eigenschappen en gebeurtenissen van `<mw-lessen-kaart>` in JSX. */
export interface MwLessenKaartProps {
  /** Voor wie de lessen zijn: `beleidsmakers`, `bestuurders` of `uitvoerders`. Leeg: alle drie. */
  doelgroep?: 'beleidsmakers' | 'bestuurders' | 'uitvoerders';
  /** De taal van knoppen en meldingen: `en` voor Engels, anders Nederlands (ook van een voorouder). De kaarttekst blijft Nederlands. */
  lang?: string;
  /**
   * Het kopniveau (1–6) van de titel van de kaart. De centrale vraag, de delen en de
   * groepen krijgen de niveaus daaronder, zodat de kaart in de structuur van de pagina past.
   * `auto`: één dieper dan de kop die op de pagina vóór de kaart staat (ook door shadow roots heen).
   *
   * Standaard: `2`.
   */
  'heading-level'?: 1 | 2 | 3 | 4 | 5 | 6 | '1' | '2' | '3' | '4' | '5' | '6' | 'auto';
  /** Of de toelichting bij de kaart openstaat. De gebruiker opent en sluit haar met de knop „Toelichting”. */
  'toelichting-open'?: boolean;
  /** Begin met alle groepen dicht, bijvoorbeeld in een smalle zijbalk. De gebruiker opent ze een voor een of allemaal. */
  compact?: boolean;
  /** Laat items markeren voor de casus, met een notitie, een overzicht en „Kopieer als tekst”. */
  markeerbaar?: boolean;
  /** Zonder zoekveld, voor een kale kaart. */
  'zonder-zoeken'?: boolean;
  /** Zonder de knop „Afdrukken” (afdrukken via de browser blijft werken). */
  'zonder-afdrukken'?: boolean;
  /** Zonder de knop „Gespreksmodus”. */
  'zonder-gespreksmodus'?: boolean;
  /**
   * Zonder interactie: alle tekst zichtbaar, geen knoppen, zoekveld of gespreksmodus. Voor HTML die
   * zonder JavaScript werkt, zoals de statische export (`npm run export`).
   */
  statisch?: boolean;
  /**
   * Het id van een groep of item om te tonen: de kaart opent de groep, scrolt ernaartoe en laat het zien.
   * Hetzelfde gebeurt als de URL eindigt op `#<id>`. De ids staan in `content/` en veranderen nooit.
   */
  toon?: string;
  /**
   * Eigenschap (geen attribuut). De markeringen op deze kaart, in de volgorde van de kaart. Zet een eerder bewaarde lijst
   * (uit `mw-markering`) terug door hem hier toe te wijzen; alleen `item` en `notitie` tellen.
   * Toewijzen vuurt geen gebeurtenis.
   */
  markeringen?: readonly MarkeringInvoer[];
  /** `mw-markering` (`CustomEvent<MarkeringDetail>`): Bij elke wijziging van de markeringen door de gebruiker (markeren, notitie typen, wissen). `detail`: `{ kaart, markeringen }` met per markering het item-id, de tekst, de groep, het deel, de kant (waar die er is) en de notitie. Bubbelt en gaat door shadow roots heen. */
  'onmw-markering'?: (gebeurtenis: GlobalEventHandlersEventMap['mw-markering']) => void;
  /** Fout geschreven: React 19 luistert dan naar `Mw-markering`, dat nooit komt. Schrijf `onmw-markering`. */
  'onMw-markering'?: never;
}

/** Attributen, eigenschappen en gebeurtenissen van `<mw-signalen-kaart>` in JSX. */
export interface MwSignalenKaartProps {
  /** Toon één kant van de kaart: `inwoner` (signalen van de inwoner) of `uitvoerder` (signalen bij de uitvoerder). Leeg: beide kanten. */
  kant?: 'inwoner' | 'uitvoerder';
  /** De taal van knoppen en meldingen: `en` voor Engels, anders Nederlands (ook van een voorouder). De kaarttekst blijft Nederlands. */
  lang?: string;
  /**
   * Het kopniveau (1–6) van de titel van de kaart. De centrale vraag, de delen en de
   * groepen krijgen de niveaus daaronder, zodat de kaart in de structuur van de pagina past.
   * `auto`: één dieper dan de kop die op de pagina vóór de kaart staat (ook door shadow roots heen).
   *
   * Standaard: `2`.
   */
  'heading-level'?: 1 | 2 | 3 | 4 | 5 | 6 | '1' | '2' | '3' | '4' | '5' | '6' | 'auto';
  /** Of de toelichting bij de kaart openstaat. De gebruiker opent en sluit haar met de knop „Toelichting”. */
  'toelichting-open'?: boolean;
  /** Begin met alle groepen dicht, bijvoorbeeld in een smalle zijbalk. De gebruiker opent ze een voor een of allemaal. */
  compact?: boolean;
  /** Laat items markeren voor de casus, met een notitie, een overzicht en „Kopieer als tekst”. */
  markeerbaar?: boolean;
  /** Zonder zoekveld, voor een kale kaart. */
  'zonder-zoeken'?: boolean;
  /** Zonder de knop „Afdrukken” (afdrukken via de browser blijft werken). */
  'zonder-afdrukken'?: boolean;
  /** Zonder de knop „Gespreksmodus”. */
  'zonder-gespreksmodus'?: boolean;
  /**
   * Zonder interactie: alle tekst zichtbaar, geen knoppen, zoekveld of gespreksmodus. Voor HTML die
   * zonder JavaScript werkt, zoals de statische export (`npm run export`).
   */
  statisch?: boolean;
  /**
   * Het id van een groep of item om te tonen: de kaart opent de groep, scrolt ernaartoe en laat het zien.
   * Hetzelfde gebeurt als de URL eindigt op `#<id>`. De ids staan in `content/` en veranderen nooit.
   */
  toon?: string;
  /**
   * Eigenschap (geen attribuut). De markeringen op deze kaart, in de volgorde van de kaart. Zet een eerder bewaarde lijst
   * (uit `mw-markering`) terug door hem hier toe te wijzen; alleen `item` en `notitie` tellen.
   * Toewijzen vuurt geen gebeurtenis.
   */
  markeringen?: readonly MarkeringInvoer[];
  /** `mw-markering` (`CustomEvent<MarkeringDetail>`): Bij elke wijziging van de markeringen door de gebruiker (markeren, notitie typen, wissen). `detail`: `{ kaart, markeringen }` met per markering het item-id, de tekst, de groep, het deel, de kant (waar die er is) en de notitie. Bubbelt en gaat door shadow roots heen. */
  'onmw-markering'?: (gebeurtenis: GlobalEventHandlersEventMap['mw-markering']) => void;
  /** Fout geschreven: React 19 luistert dan naar `Mw-markering`, dat nooit komt. Schrijf `onmw-markering`. */
  'onMw-markering'?: never;
}

/** Attributen, eigenschappen en gebeurtenissen van `<mw-vragen-beleid-kaart>` in JSX. */
export interface MwVragenBeleidKaartProps {
  /** Welke stap van het maken van beleid: `1` (huidige situatie) tot en met `5` (keuze). Als eigenschap mag het ook een getal zijn. Leeg: alle stappen. */
  stap?: '1' | '2' | '3' | '4' | '5' | 1 | 2 | 3 | 4 | 5;
  /** De taal van knoppen en meldingen: `en` voor Engels, anders Nederlands (ook van een voorouder). De kaarttekst blijft Nederlands. */
  lang?: string;
  /**
   * Het kopniveau (1–6) van de titel van de kaart. De centrale vraag, de delen en de
   * groepen krijgen de niveaus daaronder, zodat de kaart in de structuur van de pagina past.
   * `auto`: één dieper dan de kop die op de pagina vóór de kaart staat (ook door shadow roots heen).
   *
   * Standaard: `2`.
   */
  'heading-level'?: 1 | 2 | 3 | 4 | 5 | 6 | '1' | '2' | '3' | '4' | '5' | '6' | 'auto';
  /** Of de toelichting bij de kaart openstaat. De gebruiker opent en sluit haar met de knop „Toelichting”. */
  'toelichting-open'?: boolean;
  /** Begin met alle groepen dicht, bijvoorbeeld in een smalle zijbalk. De gebruiker opent ze een voor een of allemaal. */
  compact?: boolean;
  /** Laat items markeren voor de casus, met een notitie, een overzicht en „Kopieer als tekst”. */
  markeerbaar?: boolean;
  /** Zonder zoekveld, voor een kale kaart. */
  'zonder-zoeken'?: boolean;
  /** Zonder de knop „Afdrukken” (afdrukken via de browser blijft werken). */
  'zonder-afdrukken'?: boolean;
  /** Zonder de knop „Gespreksmodus”. */
  'zonder-gespreksmodus'?: boolean;
  /**
   * Zonder interactie: alle tekst zichtbaar, geen knoppen, zoekveld of gespreksmodus. Voor HTML die
   * zonder JavaScript werkt, zoals de statische export (`npm run export`).
   */
  statisch?: boolean;
  /**
   * Het id van een groep of item om te tonen: de kaart opent de groep, scrolt ernaartoe en laat het zien.
   * Hetzelfde gebeurt als de URL eindigt op `#<id>`. De ids staan in `content/` en veranderen nooit.
   */
  toon?: string;
  /**
   * Eigenschap (geen attribuut). De markeringen op deze kaart, in de volgorde van de kaart. Zet een eerder bewaarde lijst
   * (uit `mw-markering`) terug door hem hier toe te wijzen; alleen `item` en `notitie` tellen.
   * Toewijzen vuurt geen gebeurtenis.
   */
  markeringen?: readonly MarkeringInvoer[];
  /** `mw-markering` (`CustomEvent<MarkeringDetail>`): Bij elke wijziging van de markeringen door de gebruiker (markeren, notitie typen, wissen). `detail`: `{ kaart, markeringen }` met per markering het item-id, de tekst, de groep, het deel, de kant (waar die er is) en de notitie. Bubbelt en gaat door shadow roots heen. */
  'onmw-markering'?: (gebeurtenis: GlobalEventHandlersEventMap['mw-markering']) => void;
  /** Fout geschreven: React 19 luistert dan naar `Mw-markering`, dat nooit komt. Schrijf `onmw-markering`. */
  'onMw-markering'?: never;
}

/** Attributen, eigenschappen en gebeurtenissen van `<mw-vragen-kaart>` in JSX. */
export interface MwVragenKaartProps {
  /** Welke fase van de casus: vóór, tijdens of na het toepassen van maatwerk (`voor`, `vóór`, `tijdens`, `na`). Leeg: alle drie. */
  fase?: 'voor' | 'vóór' | 'tijdens' | 'na';
  /** De taal van knoppen en meldingen: `en` voor Engels, anders Nederlands (ook van een voorouder). De kaarttekst blijft Nederlands. */
  lang?: string;
  /**
   * Het kopniveau (1–6) van de titel van de kaart. De centrale vraag, de delen en de
   * groepen krijgen de niveaus daaronder, zodat de kaart in de structuur van de pagina past.
   * `auto`: één dieper dan de kop die op de pagina vóór de kaart staat (ook door shadow roots heen).
   *
   * Standaard: `2`.
   */
  'heading-level'?: 1 | 2 | 3 | 4 | 5 | 6 | '1' | '2' | '3' | '4' | '5' | '6' | 'auto';
  /** Of de toelichting bij de kaart openstaat. De gebruiker opent en sluit haar met de knop „Toelichting”. */
  'toelichting-open'?: boolean;
  /** Begin met alle groepen dicht, bijvoorbeeld in een smalle zijbalk. De gebruiker opent ze een voor een of allemaal. */
  compact?: boolean;
  /** Laat items markeren voor de casus, met een notitie, een overzicht en „Kopieer als tekst”. */
  markeerbaar?: boolean;
  /** Zonder zoekveld, voor een kale kaart. */
  'zonder-zoeken'?: boolean;
  /** Zonder de knop „Afdrukken” (afdrukken via de browser blijft werken). */
  'zonder-afdrukken'?: boolean;
  /** Zonder de knop „Gespreksmodus”. */
  'zonder-gespreksmodus'?: boolean;
  /**
   * Zonder interactie: alle tekst zichtbaar, geen knoppen, zoekveld of gespreksmodus. Voor HTML die
   * zonder JavaScript werkt, zoals de statische export (`npm run export`).
   */
  statisch?: boolean;
  /**
   * Het id van een groep of item om te tonen: de kaart opent de groep, scrolt ernaartoe en laat het zien.
   * Hetzelfde gebeurt als de URL eindigt op `#<id>`. De ids staan in `content/` en veranderen nooit.
   */
  toon?: string;
  /**
   * Eigenschap (geen attribuut). De markeringen op deze kaart, in de volgorde van de kaart. Zet een eerder bewaarde lijst
   * (uit `mw-markering`) terug door hem hier toe te wijzen; alleen `item` en `notitie` tellen.
   * Toewijzen vuurt geen gebeurtenis.
   */
  markeringen?: readonly MarkeringInvoer[];
  /** `mw-markering` (`CustomEvent<MarkeringDetail>`): Bij elke wijziging van de markeringen door de gebruiker (markeren, notitie typen, wissen). `detail`: `{ kaart, markeringen }` met per markering het item-id, de tekst, de groep, het deel, de kant (waar die er is) en de notitie. Bubbelt en gaat door shadow roots heen. */
  'onmw-markering'?: (gebeurtenis: GlobalEventHandlersEventMap['mw-markering']) => void;
  /** Fout geschreven: React 19 luistert dan naar `Mw-markering`, dat nooit komt. Schrijf `onmw-markering`. */
  'onMw-markering'?: never;
}

/** Attributen, eigenschappen en gebeurtenissen van `<mw-vragen-maatwerk-kaart>` in JSX. */
export interface MwVragenMaatwerkKaartProps {
  /** Welke stap: `1` (huidige situatie) tot en met `7` (evaluatie). Als eigenschap mag het ook een getal zijn. Leeg: alle stappen. */
  stap?: '1' | '2' | '3' | '4' | '5' | '6' | '7' | 1 | 2 | 3 | 4 | 5 | 6 | 7;
  /** De taal van knoppen en meldingen: `en` voor Engels, anders Nederlands (ook van een voorouder). De kaarttekst blijft Nederlands. */
  lang?: string;
  /**
   * Het kopniveau (1–6) van de titel van de kaart. De centrale vraag, de delen en de
   * groepen krijgen de niveaus daaronder, zodat de kaart in de structuur van de pagina past.
   * `auto`: één dieper dan de kop die op de pagina vóór de kaart staat (ook door shadow roots heen).
   *
   * Standaard: `2`.
   */
  'heading-level'?: 1 | 2 | 3 | 4 | 5 | 6 | '1' | '2' | '3' | '4' | '5' | '6' | 'auto';
  /** Of de toelichting bij de kaart openstaat. De gebruiker opent en sluit haar met de knop „Toelichting”. */
  'toelichting-open'?: boolean;
  /** Begin met alle groepen dicht, bijvoorbeeld in een smalle zijbalk. De gebruiker opent ze een voor een of allemaal. */
  compact?: boolean;
  /** Laat items markeren voor de casus, met een notitie, een overzicht en „Kopieer als tekst”. */
  markeerbaar?: boolean;
  /** Zonder zoekveld, voor een kale kaart. */
  'zonder-zoeken'?: boolean;
  /** Zonder de knop „Afdrukken” (afdrukken via de browser blijft werken). */
  'zonder-afdrukken'?: boolean;
  /** Zonder de knop „Gespreksmodus”. */
  'zonder-gespreksmodus'?: boolean;
  /**
   * Zonder interactie: alle tekst zichtbaar, geen knoppen, zoekveld of gespreksmodus. Voor HTML die
   * zonder JavaScript werkt, zoals de statische export (`npm run export`).
   */
  statisch?: boolean;
  /**
   * Het id van een groep of item om te tonen: de kaart opent de groep, scrolt ernaartoe en laat het zien.
   * Hetzelfde gebeurt als de URL eindigt op `#<id>`. De ids staan in `content/` en veranderen nooit.
   */
  toon?: string;
  /**
   * Eigenschap (geen attribuut). De markeringen op deze kaart, in de volgorde van de kaart. Zet een eerder bewaarde lijst
   * (uit `mw-markering`) terug door hem hier toe te wijzen; alleen `item` en `notitie` tellen.
   * Toewijzen vuurt geen gebeurtenis.
   */
  markeringen?: readonly MarkeringInvoer[];
  /** `mw-markering` (`CustomEvent<MarkeringDetail>`): Bij elke wijziging van de markeringen door de gebruiker (markeren, notitie typen, wissen). `detail`: `{ kaart, markeringen }` met per markering het item-id, de tekst, de groep, het deel, de kant (waar die er is) en de notitie. Bubbelt en gaat door shadow roots heen. */
  'onmw-markering'?: (gebeurtenis: GlobalEventHandlersEventMap['mw-markering']) => void;
  /** Fout geschreven: React 19 luistert dan naar `Mw-markering`, dat nooit komt. Schrijf `onmw-markering`. */
  'onMw-markering'?: never;
}

/** De props van een element: de gewone HTML-attributen van React plus die van het element. */
export type MwJsxProps<Element extends HTMLElement, Props> = Omit<DetailedHTMLProps<HTMLAttributes<Element>, Element>, keyof Props> &
  Props;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'mw-argumenten-kaart': MwJsxProps<MwArgumentenKaart, MwArgumentenKaartProps>;
      'mw-begrippen': MwJsxProps<MwBegrippen, MwBegrippenProps>;
      'mw-kaart': MwJsxProps<MwKaart, MwKaartProps>;
      'mw-lessen-kaart': MwJsxProps<MwLessenKaart, MwLessenKaartProps>;
      'mw-signalen-kaart': MwJsxProps<MwSignalenKaart, MwSignalenKaartProps>;
      'mw-vragen-beleid-kaart': MwJsxProps<MwVragenBeleidKaart, MwVragenBeleidKaartProps>;
      'mw-vragen-kaart': MwJsxProps<MwVragenKaart, MwVragenKaartProps>;
      'mw-vragen-maatwerk-kaart': MwJsxProps<MwVragenMaatwerkKaart, MwVragenMaatwerkKaartProps>;
    }
  }
}
