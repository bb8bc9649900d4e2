/**
 * This type can be used to create scoped tags for your components.
 *
 * Usage:
 *
 * ```ts
 * import type { ScopedElements } from "path/to/library/jsx-integration";
 *
 * declare module "my-library" {
 *   namespace JSX {
 *     interface IntrinsicElements
 *       extends ScopedElements<'test-', ''> {}
 *   }
 * }
 * ```
 *
 */
export type ScopedElements<Prefix extends string = "", Suffix extends string = ""> = {
  [Key in keyof CustomElements as `${Prefix}${Key}${Suffix}`]: CustomElements[Key];
};

type BaseProps = {
  /** Content added between the opening and closing tags of the element */
  children?: any;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  class?: string;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  className?: string;
  /** Takes an object where the key is the class name(s) and the value is a boolean expression. When true, the class is applied, and when false, it is removed. */
  classList?: Record<string, boolean | undefined>;
  /** Specifies the text direction of the element. */
  dir?: "ltr" | "rtl";
  /** Contains a space-separated list of the part names of the element that should be exposed on the host element. */
  exportparts?: string;
  /** For <label> and <output>, lets you associate the label with some control. */
  htmlFor?: string;
  /** Specifies whether the element should be hidden. */
  hidden?: boolean | string;
  /** A unique identifier for the element. */
  id?: string;
  /** Keys tell React which array item each component corresponds to */
  key?: string | number;
  /** Specifies the language of the element. */
  lang?: string;
  /** Contains a space-separated list of the part names of the element. Part names allows CSS to select and style specific elements in a shadow tree via the ::part pseudo-element. */
  part?: string;
  /** Use the ref attribute with a variable to assign a DOM element to the variable once the element is rendered. */
  ref?: unknown | ((e: unknown) => void);
  /** Adds a reference for a custom element slot */
  slot?: string;
  /** Prop for setting inline styles */
  style?: Record<string, string | number>;
  /** Overrides the default Tab button behavior. Avoid using values other than -1 and 0. */
  tabIndex?: number;
  /** Specifies the tooltip text for the element. */
  title?: string;
  /** Passing 'no' excludes the element content from being translated. */
  translate?: "yes" | "no";
};

type BaseEvents = {};

export type MwArgumentenKaartProps = {
  /** Toon één thema: `welzijn`, `bestuur`, `uitvoering`, `financien` of `principes`. Leeg: alle vijf. */
  thema?: "welzijn" | "bestuur" | "uitvoering" | "financien" | "principes";
  /** De taal van knoppen en meldingen: `en` voor Engels, anders Nederlands (ook van een voorouder). De kaarttekst blijft Nederlands. */
  lang?: string;
  /** Of de toelichting bij de kaart openstaat. De gebruiker opent en sluit haar met de knop „Toelichting”. */
  "toelichting-open"?: boolean;
  /** Begin met alle groepen dicht, bijvoorbeeld in een smalle zijbalk. De gebruiker opent ze een voor een of allemaal. */
  compact?: boolean;
  /** Laat items markeren voor de casus, met een notitie, een overzicht en „Kopieer als tekst”. */
  markeerbaar?: boolean;
  /** Zonder zoekveld, voor een kale kaart. */
  "zonder-zoeken"?: boolean;
  /** Zonder de knop „Afdrukken” (afdrukken via de browser blijft werken). */
  "zonder-afdrukken"?: boolean;
  /** Zonder de knop „Gespreksmodus”. */
  "zonder-gespreksmodus"?: boolean;
  /** Zonder interactie: alle tekst zichtbaar, geen knoppen, zoekveld of gespreksmodus. Voor HTML die
zonder JavaScript werkt, zoals de statische export (`npm run export`). */
  statisch?: boolean;
  /** Het id van een groep of item om te tonen: de kaart opent de groep, scrolt ernaartoe en laat het zien.
Hetzelfde gebeurt als de URL eindigt op `#<id>`. De ids staan in `content/` en veranderen nooit. */
  toon?: string;
  /** Het kopniveau (1–6) van de titel. De koppen daaronder krijgen de niveaus eronder, zodat het element
in de structuur van de pagina past. `auto`: één dieper dan de kop die op de pagina vóór het element
staat (ook door shadow roots heen). */
  "heading-level"?: 1 | 2 | 3 | 4 | 5 | 6 | "1" | "2" | "3" | "4" | "5" | "6" | "auto";
  /** De markeringen op deze kaart, in de volgorde van de kaart. Zet een eerder bewaarde lijst
(uit `mw-markering`) terug door hem hier toe te wijzen; alleen `item` en `notitie` tellen.
Toewijzen vuurt geen gebeurtenis. */
  markeringen?: readonly import("../dist/esm/src/index.js").MarkeringInvoer[];
  /** Bij elke wijziging van de markeringen door de gebruiker (markeren, notitie typen, wissen). `detail`: `{ kaart, markeringen }` met per markering het item-id, de tekst, de groep, het deel, de kant (waar die er is) en de notitie. Bubbelt en gaat door shadow roots heen. */
  "onmw-markering"?: (e: CustomEvent<GlobalEventHandlersEventMap["mw-markering"]["detail"]>) => void;
};

export type MwBegrippenProps = {
  /** De taal van meldingen en bronregel: `en` voor Engels, anders Nederlands (ook van een voorouder). De begrippen blijven Nederlands. */
  lang?: string;
  /** Het kopniveau (1–6) van de titel. De koppen daaronder krijgen de niveaus eronder, zodat het element
in de structuur van de pagina past. `auto`: één dieper dan de kop die op de pagina vóór het element
staat (ook door shadow roots heen). */
  "heading-level"?: 1 | 2 | 3 | 4 | 5 | 6 | "1" | "2" | "3" | "4" | "5" | "6" | "auto";
};

export type MwDenkhulpProps = {
  /** De taal van knoppen en meldingen, ook van de kaarten en het verslag: `en` voor Engels. */
  lang?: string;
  /** De ids van de kaarten, gescheiden door spaties, in de volgorde van de tabbladen. Standaard `signalen vragen argumenten`. */
  kaarten?: string;
  /** Welk tabblad gekozen is: het id van een kaart, of `verslag`. Leeg: de eerste kaart; een onbekend id geeft een melding. */
  actief?: string;
  /** Voor de Signalenkaart: `inwoner` of `uitvoerder`. */
  kant?: string;
  /** Voor de Argumentenkaart: `welzijn`, `bestuur`, `uitvoering`, `financien` of `principes`. */
  thema?: string;
  /** Voor de Vragenkaart: `voor`, `tijdens` of `na`. */
  fase?: string;
  /** Voor de Vragenkaart beleid en de Vragenkaart maatwerk: het nummer van de stap. */
  stap?: string;
  /** Voor de Lessenkaart: `beleidsmakers`, `bestuurders` of `uitvoerders`. */
  doelgroep?: string;
  /** Alle groepen van de kaarten beginnen dicht. */
  compact?: boolean;
  /** Het kopniveau (1–6) van de titel. De koppen daaronder krijgen de niveaus eronder, zodat het element
in de structuur van de pagina past. `auto`: één dieper dan de kop die op de pagina vóór het element
staat (ook door shadow roots heen). */
  "heading-level"?: 1 | 2 | 3 | 4 | 5 | 6 | "1" | "2" | "3" | "4" | "5" | "6" | "auto";
  /** Het verslag van de casus: alle markeringen en notities op de kaarten, en de afweging (zie `<mw-verslag>`).
Toewijzen zet de hele casus terug, op elke kaart (ook die niet getoond worden), zonder gebeurtenis. */
  verslag?: import("../dist/esm/src/index.js").Verslag;
  /** Van het verslag in de denkhulp: bij elke markering, notitie of wijziging in de afweging door de gebruiker, met het hele verslag van de casus. Niet bij het toewijzen van `verslag`. */
  "onmw-verslag"?: (e: CustomEvent<GlobalEventHandlersEventMap["mw-verslag"]["detail"]>) => void;
  /** Van de kaarten in de denkhulp, zoals bij een losse kaart. */
  "onmw-markering"?: (e: CustomEvent<GlobalEventHandlersEventMap["mw-markering"]["detail"]>) => void;
};

export type MwKaartProps = {
  /** Adres van een kaart als JSON, van dezelfde herkomst als de pagina. */
  src?: string;
  /** Id van een kaart uit het boek om op voort te bouwen: `signalen`, `argumenten`, `vragen`, `vragen-beleid`, `vragen-maatwerk` of `lessen`. */
  basis?: string;
  /** Adres van een aanvulling als JSON (van dezelfde herkomst), zie `Aanvulling`. */
  "aanvulling-src"?: string;
  /** Toon één deel van de kaart, met de `sleutel` van dat deel. Leeg: alle delen. */
  deel?: string;
  /** De taal van knoppen en meldingen: `en` voor Engels, anders Nederlands (ook van een voorouder). De kaarttekst blijft Nederlands. */
  lang?: string;
  /** Of de toelichting bij de kaart openstaat. De gebruiker opent en sluit haar met de knop „Toelichting”. */
  "toelichting-open"?: boolean;
  /** Begin met alle groepen dicht, bijvoorbeeld in een smalle zijbalk. De gebruiker opent ze een voor een of allemaal. */
  compact?: boolean;
  /** Laat items markeren voor de casus, met een notitie, een overzicht en „Kopieer als tekst”. */
  markeerbaar?: boolean;
  /** Zonder zoekveld, voor een kale kaart. */
  "zonder-zoeken"?: boolean;
  /** Zonder de knop „Afdrukken” (afdrukken via de browser blijft werken). */
  "zonder-afdrukken"?: boolean;
  /** Zonder de knop „Gespreksmodus”. */
  "zonder-gespreksmodus"?: boolean;
  /** Zonder interactie: alle tekst zichtbaar, geen knoppen, zoekveld of gespreksmodus. Voor HTML die
zonder JavaScript werkt, zoals de statische export (`npm run export`). */
  statisch?: boolean;
  /** Het id van een groep of item om te tonen: de kaart opent de groep, scrolt ernaartoe en laat het zien.
Hetzelfde gebeurt als de URL eindigt op `#<id>`. De ids staan in `content/` en veranderen nooit. */
  toon?: string;
  /** Het kopniveau (1–6) van de titel. De koppen daaronder krijgen de niveaus eronder, zodat het element
in de structuur van de pagina past. `auto`: één dieper dan de kop die op de pagina vóór het element
staat (ook door shadow roots heen). */
  "heading-level"?: 1 | 2 | 3 | 4 | 5 | 6 | "1" | "2" | "3" | "4" | "5" | "6" | "auto";
  /** De kaart als object, in de vorm van `content/kaart.schema.json`. Gaat vóór `src`. */
  inhoud?: unknown;
  /** Een aanvulling als object: `{ organisatie, items?, groepen? }`. Gaat vóór `aanvulling-src`. */
  aanvulling?: unknown;
  /** De markeringen op deze kaart, in de volgorde van de kaart. Zet een eerder bewaarde lijst
(uit `mw-markering`) terug door hem hier toe te wijzen; alleen `item` en `notitie` tellen.
Toewijzen vuurt geen gebeurtenis. */
  markeringen?: readonly import("../dist/esm/src/index.js").MarkeringInvoer[];
  /** Als de inhoud of de aanvulling niet klopt of niet te laden is; `detail.fouten` noemt per fout het veld en wat er mis is. */
  "onmw-fout"?: (e: CustomEvent<GlobalEventHandlersEventMap["mw-fout"]["detail"]>) => void;
  /** Bij elke wijziging van de markeringen door de gebruiker (markeren, notitie typen, wissen). `detail`: `{ kaart, markeringen }` met per markering het item-id, de tekst, de groep, het deel, de kant (waar die er is) en de notitie. Bubbelt en gaat door shadow roots heen. */
  "onmw-markering"?: (e: CustomEvent<GlobalEventHandlersEventMap["mw-markering"]["detail"]>) => void;
};

export type MwLessenKaartProps = {
  /** Voor wie de lessen zijn: `beleidsmakers`, `bestuurders` of `uitvoerders`. Leeg: alle drie. */
  doelgroep?: "beleidsmakers" | "bestuurders" | "uitvoerders";
  /** De taal van knoppen en meldingen: `en` voor Engels, anders Nederlands (ook van een voorouder). De kaarttekst blijft Nederlands. */
  lang?: string;
  /** Of de toelichting bij de kaart openstaat. De gebruiker opent en sluit haar met de knop „Toelichting”. */
  "toelichting-open"?: boolean;
  /** Begin met alle groepen dicht, bijvoorbeeld in een smalle zijbalk. De gebruiker opent ze een voor een of allemaal. */
  compact?: boolean;
  /** Laat items markeren voor de casus, met een notitie, een overzicht en „Kopieer als tekst”. */
  markeerbaar?: boolean;
  /** Zonder zoekveld, voor een kale kaart. */
  "zonder-zoeken"?: boolean;
  /** Zonder de knop „Afdrukken” (afdrukken via de browser blijft werken). */
  "zonder-afdrukken"?: boolean;
  /** Zonder de knop „Gespreksmodus”. */
  "zonder-gespreksmodus"?: boolean;
  /** Zonder interactie: alle tekst zichtbaar, geen knoppen, zoekveld of gespreksmodus. Voor HTML die
zonder JavaScript werkt, zoals de statische export (`npm run export`). */
  statisch?: boolean;
  /** Het id van een groep of item om te tonen: de kaart opent de groep, scrolt ernaartoe en laat het zien.
Hetzelfde gebeurt als de URL eindigt op `#<id>`. De ids staan in `content/` en veranderen nooit. */
  toon?: string;
  /** Het kopniveau (1–6) van de titel. De koppen daaronder krijgen de niveaus eronder, zodat het element
in de structuur van de pagina past. `auto`: één dieper dan de kop die op de pagina vóór het element
staat (ook door shadow roots heen). */
  "heading-level"?: 1 | 2 | 3 | 4 | 5 | 6 | "1" | "2" | "3" | "4" | "5" | "6" | "auto";
  /** De markeringen op deze kaart, in de volgorde van de kaart. Zet een eerder bewaarde lijst
(uit `mw-markering`) terug door hem hier toe te wijzen; alleen `item` en `notitie` tellen.
Toewijzen vuurt geen gebeurtenis. */
  markeringen?: readonly import("../dist/esm/src/index.js").MarkeringInvoer[];
  /** Bij elke wijziging van de markeringen door de gebruiker (markeren, notitie typen, wissen). `detail`: `{ kaart, markeringen }` met per markering het item-id, de tekst, de groep, het deel, de kant (waar die er is) en de notitie. Bubbelt en gaat door shadow roots heen. */
  "onmw-markering"?: (e: CustomEvent<GlobalEventHandlersEventMap["mw-markering"]["detail"]>) => void;
};

export type MwSignalenKaartProps = {
  /** Toon één kant van de kaart: `inwoner` (signalen van de inwoner) of `uitvoerder` (signalen bij de uitvoerder). Leeg: beide kanten. */
  kant?: "inwoner" | "uitvoerder";
  /** De taal van knoppen en meldingen: `en` voor Engels, anders Nederlands (ook van een voorouder). De kaarttekst blijft Nederlands. */
  lang?: string;
  /** Of de toelichting bij de kaart openstaat. De gebruiker opent en sluit haar met de knop „Toelichting”. */
  "toelichting-open"?: boolean;
  /** Begin met alle groepen dicht, bijvoorbeeld in een smalle zijbalk. De gebruiker opent ze een voor een of allemaal. */
  compact?: boolean;
  /** Laat items markeren voor de casus, met een notitie, een overzicht en „Kopieer als tekst”. */
  markeerbaar?: boolean;
  /** Zonder zoekveld, voor een kale kaart. */
  "zonder-zoeken"?: boolean;
  /** Zonder de knop „Afdrukken” (afdrukken via de browser blijft werken). */
  "zonder-afdrukken"?: boolean;
  /** Zonder de knop „Gespreksmodus”. */
  "zonder-gespreksmodus"?: boolean;
  /** Zonder interactie: alle tekst zichtbaar, geen knoppen, zoekveld of gespreksmodus. Voor HTML die
zonder JavaScript werkt, zoals de statische export (`npm run export`). */
  statisch?: boolean;
  /** Het id van een groep of item om te tonen: de kaart opent de groep, scrolt ernaartoe en laat het zien.
Hetzelfde gebeurt als de URL eindigt op `#<id>`. De ids staan in `content/` en veranderen nooit. */
  toon?: string;
  /** Het kopniveau (1–6) van de titel. De koppen daaronder krijgen de niveaus eronder, zodat het element
in de structuur van de pagina past. `auto`: één dieper dan de kop die op de pagina vóór het element
staat (ook door shadow roots heen). */
  "heading-level"?: 1 | 2 | 3 | 4 | 5 | 6 | "1" | "2" | "3" | "4" | "5" | "6" | "auto";
  /** De markeringen op deze kaart, in de volgorde van de kaart. Zet een eerder bewaarde lijst
(uit `mw-markering`) terug door hem hier toe te wijzen; alleen `item` en `notitie` tellen.
Toewijzen vuurt geen gebeurtenis. */
  markeringen?: readonly import("../dist/esm/src/index.js").MarkeringInvoer[];
  /** Bij elke wijziging van de markeringen door de gebruiker (markeren, notitie typen, wissen). `detail`: `{ kaart, markeringen }` met per markering het item-id, de tekst, de groep, het deel, de kant (waar die er is) en de notitie. Bubbelt en gaat door shadow roots heen. */
  "onmw-markering"?: (e: CustomEvent<GlobalEventHandlersEventMap["mw-markering"]["detail"]>) => void;
};

export type MwVerslagProps = {
  /** De taal van knoppen en meldingen: `en` voor Engels, anders Nederlands (ook van een voorouder). De kaarttekst blijft Nederlands. */
  lang?: string;
  /** Het id van het element waarvan het verslag de kaarten volgt (in hetzelfde document of dezelfde shadow root).
Leeg: de hele pagina. */
  voor?: string;
  /** Het kopniveau (1–6) van de titel. De koppen daaronder krijgen de niveaus eronder, zodat het element
in de structuur van de pagina past. `auto`: één dieper dan de kop die op de pagina vóór het element
staat (ook door shadow roots heen). */
  "heading-level"?: 1 | 2 | 3 | 4 | 5 | 6 | "1" | "2" | "3" | "4" | "5" | "6" | "auto";
  /** Het hele verslag: per kaart de markeringen, en de afweging (zoals in `mw-verslag`). Wijs een bewaard verslag toe
om de hele casus terug te zetten: elke kaart in het bereik en de afweging, zonder gebeurtenis. Wat niet klopt
(onbekende ids, een andere versie, ontbrekende velden, te lange tekst) wordt overgeslagen met één melding;
al het andere komt terug. */
  verslag?: import("../dist/esm/src/index.js").Verslag;
  /** Bij elke wijziging door de gebruiker: een markering of notitie op een kaart in het bereik, of typen in de afweging. `detail`: het verslag (`versie`, `datum`, `kaarten`, `afweging`). Bubbelt en gaat door shadow roots heen. Niet bij het toewijzen van `verslag`. */
  "onmw-verslag"?: (e: CustomEvent<GlobalEventHandlersEventMap["mw-verslag"]["detail"]>) => void;
};

export type MwVragenBeleidKaartProps = {
  /** Welke stap van het maken van beleid: `1` (huidige situatie) tot en met `5` (keuze). Als eigenschap mag het ook een getal zijn. Leeg: alle stappen. */
  stap?: "1" | "2" | "3" | "4" | "5" | 1 | 2 | 3 | 4 | 5;
  /** De taal van knoppen en meldingen: `en` voor Engels, anders Nederlands (ook van een voorouder). De kaarttekst blijft Nederlands. */
  lang?: string;
  /** Of de toelichting bij de kaart openstaat. De gebruiker opent en sluit haar met de knop „Toelichting”. */
  "toelichting-open"?: boolean;
  /** Begin met alle groepen dicht, bijvoorbeeld in een smalle zijbalk. De gebruiker opent ze een voor een of allemaal. */
  compact?: boolean;
  /** Laat items markeren voor de casus, met een notitie, een overzicht en „Kopieer als tekst”. */
  markeerbaar?: boolean;
  /** Zonder zoekveld, voor een kale kaart. */
  "zonder-zoeken"?: boolean;
  /** Zonder de knop „Afdrukken” (afdrukken via de browser blijft werken). */
  "zonder-afdrukken"?: boolean;
  /** Zonder de knop „Gespreksmodus”. */
  "zonder-gespreksmodus"?: boolean;
  /** Zonder interactie: alle tekst zichtbaar, geen knoppen, zoekveld of gespreksmodus. Voor HTML die
zonder JavaScript werkt, zoals de statische export (`npm run export`). */
  statisch?: boolean;
  /** Het id van een groep of item om te tonen: de kaart opent de groep, scrolt ernaartoe en laat het zien.
Hetzelfde gebeurt als de URL eindigt op `#<id>`. De ids staan in `content/` en veranderen nooit. */
  toon?: string;
  /** Het kopniveau (1–6) van de titel. De koppen daaronder krijgen de niveaus eronder, zodat het element
in de structuur van de pagina past. `auto`: één dieper dan de kop die op de pagina vóór het element
staat (ook door shadow roots heen). */
  "heading-level"?: 1 | 2 | 3 | 4 | 5 | 6 | "1" | "2" | "3" | "4" | "5" | "6" | "auto";
  /** De markeringen op deze kaart, in de volgorde van de kaart. Zet een eerder bewaarde lijst
(uit `mw-markering`) terug door hem hier toe te wijzen; alleen `item` en `notitie` tellen.
Toewijzen vuurt geen gebeurtenis. */
  markeringen?: readonly import("../dist/esm/src/index.js").MarkeringInvoer[];
  /** Bij elke wijziging van de markeringen door de gebruiker (markeren, notitie typen, wissen). `detail`: `{ kaart, markeringen }` met per markering het item-id, de tekst, de groep, het deel, de kant (waar die er is) en de notitie. Bubbelt en gaat door shadow roots heen. */
  "onmw-markering"?: (e: CustomEvent<GlobalEventHandlersEventMap["mw-markering"]["detail"]>) => void;
};

export type MwVragenKaartProps = {
  /** Welke fase van de casus: vóór, tijdens of na het toepassen van maatwerk (`voor`, `vóór`, `tijdens`, `na`). Leeg: alle drie. */
  fase?: "voor" | "vóór" | "tijdens" | "na";
  /** De taal van knoppen en meldingen: `en` voor Engels, anders Nederlands (ook van een voorouder). De kaarttekst blijft Nederlands. */
  lang?: string;
  /** Of de toelichting bij de kaart openstaat. De gebruiker opent en sluit haar met de knop „Toelichting”. */
  "toelichting-open"?: boolean;
  /** Begin met alle groepen dicht, bijvoorbeeld in een smalle zijbalk. De gebruiker opent ze een voor een of allemaal. */
  compact?: boolean;
  /** Laat items markeren voor de casus, met een notitie, een overzicht en „Kopieer als tekst”. */
  markeerbaar?: boolean;
  /** Zonder zoekveld, voor een kale kaart. */
  "zonder-zoeken"?: boolean;
  /** Zonder de knop „Afdrukken” (afdrukken via de browser blijft werken). */
  "zonder-afdrukken"?: boolean;
  /** Zonder de knop „Gespreksmodus”. */
  "zonder-gespreksmodus"?: boolean;
  /** Zonder interactie: alle tekst zichtbaar, geen knoppen, zoekveld of gespreksmodus. Voor HTML die
zonder JavaScript werkt, zoals de statische export (`npm run export`). */
  statisch?: boolean;
  /** Het id van een groep of item om te tonen: de kaart opent de groep, scrolt ernaartoe en laat het zien.
Hetzelfde gebeurt als de URL eindigt op `#<id>`. De ids staan in `content/` en veranderen nooit. */
  toon?: string;
  /** Het kopniveau (1–6) van de titel. De koppen daaronder krijgen de niveaus eronder, zodat het element
in de structuur van de pagina past. `auto`: één dieper dan de kop die op de pagina vóór het element
staat (ook door shadow roots heen). */
  "heading-level"?: 1 | 2 | 3 | 4 | 5 | 6 | "1" | "2" | "3" | "4" | "5" | "6" | "auto";
  /** De markeringen op deze kaart, in de volgorde van de kaart. Zet een eerder bewaarde lijst
(uit `mw-markering`) terug door hem hier toe te wijzen; alleen `item` en `notitie` tellen.
Toewijzen vuurt geen gebeurtenis. */
  markeringen?: readonly import("../dist/esm/src/index.js").MarkeringInvoer[];
  /** Bij elke wijziging van de markeringen door de gebruiker (markeren, notitie typen, wissen). `detail`: `{ kaart, markeringen }` met per markering het item-id, de tekst, de groep, het deel, de kant (waar die er is) en de notitie. Bubbelt en gaat door shadow roots heen. */
  "onmw-markering"?: (e: CustomEvent<GlobalEventHandlersEventMap["mw-markering"]["detail"]>) => void;
};

export type MwVragenMaatwerkKaartProps = {
  /** Welke stap: `1` (huidige situatie) tot en met `7` (evaluatie). Als eigenschap mag het ook een getal zijn. Leeg: alle stappen. */
  stap?: "1" | "2" | "3" | "4" | "5" | "6" | "7" | 1 | 2 | 3 | 4 | 5 | 6 | 7;
  /** De taal van knoppen en meldingen: `en` voor Engels, anders Nederlands (ook van een voorouder). De kaarttekst blijft Nederlands. */
  lang?: string;
  /** Of de toelichting bij de kaart openstaat. De gebruiker opent en sluit haar met de knop „Toelichting”. */
  "toelichting-open"?: boolean;
  /** Begin met alle groepen dicht, bijvoorbeeld in een smalle zijbalk. De gebruiker opent ze een voor een of allemaal. */
  compact?: boolean;
  /** Laat items markeren voor de casus, met een notitie, een overzicht en „Kopieer als tekst”. */
  markeerbaar?: boolean;
  /** Zonder zoekveld, voor een kale kaart. */
  "zonder-zoeken"?: boolean;
  /** Zonder de knop „Afdrukken” (afdrukken via de browser blijft werken). */
  "zonder-afdrukken"?: boolean;
  /** Zonder de knop „Gespreksmodus”. */
  "zonder-gespreksmodus"?: boolean;
  /** Zonder interactie: alle tekst zichtbaar, geen knoppen, zoekveld of gespreksmodus. Voor HTML die
zonder JavaScript werkt, zoals de statische export (`npm run export`). */
  statisch?: boolean;
  /** Het id van een groep of item om te tonen: de kaart opent de groep, scrolt ernaartoe en laat het zien.
Hetzelfde gebeurt als de URL eindigt op `#<id>`. De ids staan in `content/` en veranderen nooit. */
  toon?: string;
  /** Het kopniveau (1–6) van de titel. De koppen daaronder krijgen de niveaus eronder, zodat het element
in de structuur van de pagina past. `auto`: één dieper dan de kop die op de pagina vóór het element
staat (ook door shadow roots heen). */
  "heading-level"?: 1 | 2 | 3 | 4 | 5 | 6 | "1" | "2" | "3" | "4" | "5" | "6" | "auto";
  /** De markeringen op deze kaart, in de volgorde van de kaart. Zet een eerder bewaarde lijst
(uit `mw-markering`) terug door hem hier toe te wijzen; alleen `item` en `notitie` tellen.
Toewijzen vuurt geen gebeurtenis. */
  markeringen?: readonly import("../dist/esm/src/index.js").MarkeringInvoer[];
  /** Bij elke wijziging van de markeringen door de gebruiker (markeren, notitie typen, wissen). `detail`: `{ kaart, markeringen }` met per markering het item-id, de tekst, de groep, het deel, de kant (waar die er is) en de notitie. Bubbelt en gaat door shadow roots heen. */
  "onmw-markering"?: (e: CustomEvent<GlobalEventHandlersEventMap["mw-markering"]["detail"]>) => void;
};

export type CustomElements = {
  /**
   * De Argumentenkaart: argumenten voor uitvoerders voor en tegen het toepassen van maatwerk in een casus.
   * Vijf thema's (Welzijn, Bestuur, Uitvoering, Financiën, Principes), elk met argumenten vóór en tegen maatwerk:
   * 55 argumenten, zonder weging. Vóór en tegen staan in tekst in de koppen, met een teken (+, −) en een eigen lijnstijl.
   * Met `thema` toont de kaart één thema.
   *
   * Alle kaarten delen de basis `MwKaartBase`: titel, centrale vraag, toelichting, koppen vanaf
   * `heading-level`, en een zichtbare melding bij een onbekende waarde.
   *
   * ```html
   * <mw-argumenten-kaart thema="financien"></mw-argumenten-kaart>
   * ```
   * ---
   *
   *
   * ### **Events:**
   *  - **mw-markering** - Bij elke wijziging van de markeringen door de gebruiker (markeren, notitie typen, wissen). `detail`: `{ kaart, markeringen }` met per markering het item-id, de tekst, de groep, het deel, de kant (waar die er is) en de notitie. Bubbelt en gaat door shadow roots heen.
   *
   * ### **Methods:**
   *
   *
   * ### **CSS Properties:**
   *  - **--mw-kleur-voor** - Kleur van de lijn bij de argumenten vóór maatwerk (naast de kop en het teken +). _(default: undefined)_
   * - **--mw-kleur-tegen** - Kleur van de lijn bij de argumenten tegen maatwerk (naast de kop en het teken −). _(default: undefined)_
   * - **--mw-kleur-tekst** - Tekstkleur. _(default: undefined)_
   * - **--mw-kleur-achtergrond** - Achtergrond van de kaart. _(default: undefined)_
   * - **--mw-kleur-accent** - Accentkleur voor de titel, de lijn van de kaart en de knoppen. _(default: undefined)_
   * - **--mw-kleur-rand** - Kleur van randen en scheidingslijnen. _(default: undefined)_
   * - **--mw-kleur-vlak** - Achtergrond van de groepen. _(default: undefined)_
   * - **--mw-kleur-focus** - Kleur van de focusrand. _(default: undefined)_
   * - **--mw-kleur-melding** - Rand- en tekenkleur van meldingen. _(default: undefined)_
   * - **--mw-kleur-markering** - Achtergrond van zoektreffers, gemarkeerde items en het item van een deeplink. _(default: undefined)_
   * - **--mw-lettertype** - Lettertype van de kaart. _(default: undefined)_
   * - **--mw-lettergrootte** - Basislettergrootte van de kaart. _(default: undefined)_
   * - **--mw-ruimte** - Basisruimte tussen blokken. _(default: undefined)_
   * - **--mw-hoekradius** - Afronding van de hoeken. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **kaart** - De kaart als geheel (een `section`, de regio met de titel als naam).
   * - **titel** - De titel van de kaart.
   * - **vraag** - De centrale vraag van de kaart.
   * - **geen-afvinklijst** - De zin uit het boek dat de kaart géén afvinklijst is.
   * - **melding** - Een melding over een verkeerde attribuutwaarde of een stuk van de bundel dat niet laadde.
   * - **toelichting** - Het blok met de toelichting.
   * - **toelichting-knop** - De knop die de toelichting opent en sluit.
   * - **werkbalk** - Zoekveld en knoppen boven de delen.
   * - **zoekveld** - Het zoekveld.
   * - **knop** - Elke knop van de werkbalk en het overzicht, en „Probeer opnieuw” onder een melding.
   * - **deel** - Een deel van de kaart: een kant, thema, fase, stap of doelgroep.
   * - **deel-titel** - De kop van een deel.
   * - **kant** - De groepen van één kant binnen een deel, zoals de argumenten vóór maatwerk.
   * - **groep** - Een groep items met haar kop.
   * - **groep-titel** - De kop van een groep, met de knop die de groep opent en sluit.
   * - **item** - Eén signaal, argument, vraag of les: de tekst in een lijstitem.
   * - **markeer-knop** - Met `markeerbaar`: de tekst van het item als wisselknop die markeert (`aria-pressed`).
   * - **notitie** - Het notitieveld bij een gemarkeerd item.
   * - **overzicht** - Het overzicht van wat gemarkeerd is (met `markeerbaar`).
   * - **gesprek** - Het venster van de gespreksmodus.
   * - **bron** - De bronvermelding onder de kaart.
   */
  "mw-argumenten-kaart": Partial<MwArgumentenKaartProps & BaseProps & BaseEvents>;

  /**
   * De begrippen uit de Denkhulp maatwerk (pagina 6 en 7 van het boek): wat het boek verstaat onder
   * maatwerk, dienstverlening op maat, inwoner, uitvoerder, beleidsmaker, bestuurder, professionals en
   * publieke dienstverlening(en), met de tabel van de drie typen dienstverlening (80, 15 en 5 procent)
   * als tabel met balken, de percentages in tekst. De toelichting van elke kaart toont dezelfde begrippen.
   *
   * ```html
   * <mw-begrippen heading-level="2"></mw-begrippen>
   * ```
   * ---
   *
   *
   * ### **Methods:**
   *
   *
   * ### **CSS Properties:**
   *  - **--mw-kleur-tekst** - Tekstkleur. _(default: undefined)_
   * - **--mw-kleur-achtergrond** - Achtergrond. _(default: undefined)_
   * - **--mw-kleur-accent** - Accentkleur voor de titel, de lijn en de balken van de tabel. _(default: undefined)_
   * - **--mw-kleur-rand** - Kleur van randen en scheidingslijnen. _(default: undefined)_
   * - **--mw-kleur-vlak** - Achtergrond van de vlakken. _(default: undefined)_
   * - **--mw-kleur-focus** - Kleur van de focusrand. _(default: undefined)_
   * - **--mw-kleur-melding** - Rand- en tekenkleur van meldingen. _(default: undefined)_
   * - **--mw-lettertype** - Lettertype. _(default: undefined)_
   * - **--mw-lettergrootte** - Basislettergrootte. _(default: undefined)_
   * - **--mw-ruimte** - Basisruimte tussen blokken. _(default: undefined)_
   * - **--mw-hoekradius** - Afronding van de hoeken. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **kaart** - Het geheel (een `section`, de regio met de titel als naam).
   * - **titel** - De titel.
   * - **melding** - Een melding over een verkeerde attribuutwaarde.
   * - **bron** - De bronvermelding.
   */
  "mw-begrippen": Partial<MwBegrippenProps & BaseProps & BaseEvents>;

  /**
   * De kaarten van één casus in één zijbalk: een gekozen reeks kaarten (`kaarten="signalen vragen argumenten"`) met
   * een compacte wisselaar (tabbladen volgens het WAI-ARIA APG-patroon Tabs: pijl links en rechts lopen rond, Home en
   * End, het tabblad met de focus is gekozen), en als laatste het verslag (`<mw-verslag>`). Alleen het gekozen tabblad
   * staat in de DOM; de andere kaarten houden hun markeringen en notities, ook na wisselen. De keuze van een deel
   * (`kant`, `thema`, `fase`, `stap`, `doelgroep`), `heading-level`, `compact` en `lang` gaan naar de kaarten; de
   * eigenschappen `--mw-*` van een thema erven vanzelf.
   *
   * ```html
   * <mw-denkhulp kaarten="signalen vragen argumenten" fase="tijdens"></mw-denkhulp>
   * ```
   * ---
   *
   *
   * ### **Events:**
   *  - **mw-verslag** - Van het verslag in de denkhulp: bij elke markering, notitie of wijziging in de afweging door de gebruiker, met het hele verslag van de casus. Niet bij het toewijzen van `verslag`.
   * - **mw-markering** - Van de kaarten in de denkhulp, zoals bij een losse kaart.
   *
   * ### **Methods:**
   *
   *
   * ### **CSS Properties:**
   *  - **--mw-kleur-accent** - Rand en achtergrond van het gekozen tabblad (en de accentkleur van de kaarten). _(default: undefined)_
   * - **--mw-kleur-focus** - Focusrand. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **tab** - Een tabblad van de wisselaar.
   * - **melding** - Een melding over een onbekende kaart in `kaarten`.
   */
  "mw-denkhulp": Partial<MwDenkhulpProps & BaseProps & BaseEvents>;

  /**
   * Een eigen kaart van een organisatie, in dezelfde vorm als de kaarten uit het boek
   * (`content/kaart.schema.json`): als eigenschap `inhoud`, of als JSON van dezelfde herkomst via `src`.
   * Met `basis` bouwt het element op een kaart uit het boek (`src` en `inhoud` tellen dan niet), met `aanvulling`/`aanvulling-src`
   * komen daar eigen groepen en items bij, zichtbaar gemarkeerd als aanvulling van de organisatie.
   * Alles wordt gecontroleerd: bij een fout zegt het element welk veld niet klopt en vuurt het `mw-fout`;
   * tekst wordt nooit als HTML getoond. Alles wat de kaarten kunnen (zoeken, markeren, afdrukken…) werkt ook hier.
   *
   * ```html
   * <mw-kaart src="/intranet/kaarten/communicatiekaart.json"></mw-kaart>
   * <mw-kaart basis="signalen" aanvulling-src="/intranet/kaarten/eigen-signalen.json"></mw-kaart>
   * ```
   * ---
   *
   *
   * ### **Events:**
   *  - **mw-fout** - Als de inhoud of de aanvulling niet klopt of niet te laden is; `detail.fouten` noemt per fout het veld en wat er mis is.
   * - **mw-markering** - Bij elke wijziging van de markeringen door de gebruiker (markeren, notitie typen, wissen). `detail`: `{ kaart, markeringen }` met per markering het item-id, de tekst, de groep, het deel, de kant (waar die er is) en de notitie. Bubbelt en gaat door shadow roots heen.
   *
   * ### **Methods:**
   *
   *
   * ### **CSS Properties:**
   *  - **--mw-kleur-tekst** - Tekstkleur. _(default: undefined)_
   * - **--mw-kleur-achtergrond** - Achtergrond van de kaart. _(default: undefined)_
   * - **--mw-kleur-accent** - Accentkleur voor de titel, de lijn van de kaart en de knoppen. _(default: undefined)_
   * - **--mw-kleur-rand** - Kleur van randen en scheidingslijnen. _(default: undefined)_
   * - **--mw-kleur-vlak** - Achtergrond van de groepen. _(default: undefined)_
   * - **--mw-kleur-focus** - Kleur van de focusrand. _(default: undefined)_
   * - **--mw-kleur-melding** - Rand- en tekenkleur van meldingen. _(default: undefined)_
   * - **--mw-kleur-markering** - Achtergrond van zoektreffers, gemarkeerde items en het item van een deeplink. _(default: undefined)_
   * - **--mw-lettertype** - Lettertype van de kaart. _(default: undefined)_
   * - **--mw-lettergrootte** - Basislettergrootte van de kaart. _(default: undefined)_
   * - **--mw-ruimte** - Basisruimte tussen blokken. _(default: undefined)_
   * - **--mw-hoekradius** - Afronding van de hoeken. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **kaart** - De kaart als geheel (een `section`, de regio met de titel als naam).
   * - **titel** - De titel van de kaart.
   * - **vraag** - De centrale vraag van de kaart.
   * - **geen-afvinklijst** - De zin uit het boek dat de kaart géén afvinklijst is.
   * - **melding** - Een melding over een verkeerde attribuutwaarde of een stuk van de bundel dat niet laadde.
   * - **toelichting** - Het blok met de toelichting.
   * - **toelichting-knop** - De knop die de toelichting opent en sluit.
   * - **werkbalk** - Zoekveld en knoppen boven de delen.
   * - **zoekveld** - Het zoekveld.
   * - **knop** - Elke knop van de werkbalk en het overzicht, en „Probeer opnieuw” onder een melding.
   * - **deel** - Een deel van de kaart: een kant, thema, fase, stap of doelgroep.
   * - **deel-titel** - De kop van een deel.
   * - **kant** - De groepen van één kant binnen een deel, zoals de argumenten vóór maatwerk.
   * - **groep** - Een groep items met haar kop.
   * - **groep-titel** - De kop van een groep, met de knop die de groep opent en sluit.
   * - **item** - Eén signaal, argument, vraag of les: de tekst in een lijstitem.
   * - **markeer-knop** - Met `markeerbaar`: de tekst van het item als wisselknop die markeert (`aria-pressed`).
   * - **notitie** - Het notitieveld bij een gemarkeerd item.
   * - **overzicht** - Het overzicht van wat gemarkeerd is (met `markeerbaar`).
   * - **gesprek** - Het venster van de gespreksmodus.
   * - **bron** - De bronvermelding onder de kaart.
   */
  "mw-kaart": Partial<MwKaartProps & BaseProps & BaseEvents>;

  /**
   * De Lessenkaart: de belangrijkste lessen van het denktraject voor beleidsmakers, bestuurders en uitvoerders.
   * Drie doelgroepen met samen 36 lessen. Met `doelgroep` toont de kaart de lessen voor één doelgroep.
   *
   * Alle kaarten delen de basis `MwKaartBase`: titel, centrale vraag, toelichting, koppen vanaf
   * `heading-level`, en een zichtbare melding bij een onbekende waarde.
   *
   * ```html
   * <mw-lessen-kaart doelgroep="uitvoerders"></mw-lessen-kaart>
   * ```
   * ---
   *
   *
   * ### **Events:**
   *  - **mw-markering** - Bij elke wijziging van de markeringen door de gebruiker (markeren, notitie typen, wissen). `detail`: `{ kaart, markeringen }` met per markering het item-id, de tekst, de groep, het deel, de kant (waar die er is) en de notitie. Bubbelt en gaat door shadow roots heen.
   *
   * ### **Methods:**
   *
   *
   * ### **CSS Properties:**
   *  - **--mw-kleur-tekst** - Tekstkleur. _(default: undefined)_
   * - **--mw-kleur-achtergrond** - Achtergrond van de kaart. _(default: undefined)_
   * - **--mw-kleur-accent** - Accentkleur voor de titel, de lijn van de kaart en de knoppen. _(default: undefined)_
   * - **--mw-kleur-rand** - Kleur van randen en scheidingslijnen. _(default: undefined)_
   * - **--mw-kleur-vlak** - Achtergrond van de groepen. _(default: undefined)_
   * - **--mw-kleur-focus** - Kleur van de focusrand. _(default: undefined)_
   * - **--mw-kleur-melding** - Rand- en tekenkleur van meldingen. _(default: undefined)_
   * - **--mw-kleur-markering** - Achtergrond van zoektreffers, gemarkeerde items en het item van een deeplink. _(default: undefined)_
   * - **--mw-lettertype** - Lettertype van de kaart. _(default: undefined)_
   * - **--mw-lettergrootte** - Basislettergrootte van de kaart. _(default: undefined)_
   * - **--mw-ruimte** - Basisruimte tussen blokken. _(default: undefined)_
   * - **--mw-hoekradius** - Afronding van de hoeken. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **kaart** - De kaart als geheel (een `section`, de regio met de titel als naam).
   * - **titel** - De titel van de kaart.
   * - **vraag** - De centrale vraag van de kaart.
   * - **geen-afvinklijst** - De zin uit het boek dat de kaart géén afvinklijst is.
   * - **melding** - Een melding over een verkeerde attribuutwaarde of een stuk van de bundel dat niet laadde.
   * - **toelichting** - Het blok met de toelichting.
   * - **toelichting-knop** - De knop die de toelichting opent en sluit.
   * - **werkbalk** - Zoekveld en knoppen boven de delen.
   * - **zoekveld** - Het zoekveld.
   * - **knop** - Elke knop van de werkbalk en het overzicht, en „Probeer opnieuw” onder een melding.
   * - **deel** - Een deel van de kaart: een kant, thema, fase, stap of doelgroep.
   * - **deel-titel** - De kop van een deel.
   * - **kant** - De groepen van één kant binnen een deel, zoals de argumenten vóór maatwerk.
   * - **groep** - Een groep items met haar kop.
   * - **groep-titel** - De kop van een groep, met de knop die de groep opent en sluit.
   * - **item** - Eén signaal, argument, vraag of les: de tekst in een lijstitem.
   * - **markeer-knop** - Met `markeerbaar`: de tekst van het item als wisselknop die markeert (`aria-pressed`).
   * - **notitie** - Het notitieveld bij een gemarkeerd item.
   * - **overzicht** - Het overzicht van wat gemarkeerd is (met `markeerbaar`).
   * - **gesprek** - Het venster van de gespreksmodus.
   * - **bron** - De bronvermelding onder de kaart.
   */
  "mw-lessen-kaart": Partial<MwLessenKaartProps & BaseProps & BaseEvents>;

  /**
   * De Signalenkaart: signalen voor uitvoerders dat een casus om maatwerk kan vragen.
   * Twee kanten: signalen van de inwoner en signalen bij de uitvoerder, in acht groepen met 38 signalen.
   * Met `kant` toont de kaart één kant.
   *
   * Alle kaarten delen de basis `MwKaartBase`: titel, centrale vraag, toelichting, koppen vanaf
   * `heading-level`, en een zichtbare melding bij een onbekende waarde.
   *
   * ```html
   * <mw-signalen-kaart kant="uitvoerder"></mw-signalen-kaart>
   * ```
   * ---
   *
   *
   * ### **Events:**
   *  - **mw-markering** - Bij elke wijziging van de markeringen door de gebruiker (markeren, notitie typen, wissen). `detail`: `{ kaart, markeringen }` met per markering het item-id, de tekst, de groep, het deel, de kant (waar die er is) en de notitie. Bubbelt en gaat door shadow roots heen.
   *
   * ### **Methods:**
   *
   *
   * ### **CSS Properties:**
   *  - **--mw-kleur-tekst** - Tekstkleur. _(default: undefined)_
   * - **--mw-kleur-achtergrond** - Achtergrond van de kaart. _(default: undefined)_
   * - **--mw-kleur-accent** - Accentkleur voor de titel, de lijn van de kaart en de knoppen. _(default: undefined)_
   * - **--mw-kleur-rand** - Kleur van randen en scheidingslijnen. _(default: undefined)_
   * - **--mw-kleur-vlak** - Achtergrond van de groepen. _(default: undefined)_
   * - **--mw-kleur-focus** - Kleur van de focusrand. _(default: undefined)_
   * - **--mw-kleur-melding** - Rand- en tekenkleur van meldingen. _(default: undefined)_
   * - **--mw-kleur-markering** - Achtergrond van zoektreffers, gemarkeerde items en het item van een deeplink. _(default: undefined)_
   * - **--mw-lettertype** - Lettertype van de kaart. _(default: undefined)_
   * - **--mw-lettergrootte** - Basislettergrootte van de kaart. _(default: undefined)_
   * - **--mw-ruimte** - Basisruimte tussen blokken. _(default: undefined)_
   * - **--mw-hoekradius** - Afronding van de hoeken. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **kaart** - De kaart als geheel (een `section`, de regio met de titel als naam).
   * - **titel** - De titel van de kaart.
   * - **vraag** - De centrale vraag van de kaart.
   * - **geen-afvinklijst** - De zin uit het boek dat de kaart géén afvinklijst is.
   * - **melding** - Een melding over een verkeerde attribuutwaarde of een stuk van de bundel dat niet laadde.
   * - **toelichting** - Het blok met de toelichting.
   * - **toelichting-knop** - De knop die de toelichting opent en sluit.
   * - **werkbalk** - Zoekveld en knoppen boven de delen.
   * - **zoekveld** - Het zoekveld.
   * - **knop** - Elke knop van de werkbalk en het overzicht, en „Probeer opnieuw” onder een melding.
   * - **deel** - Een deel van de kaart: een kant, thema, fase, stap of doelgroep.
   * - **deel-titel** - De kop van een deel.
   * - **kant** - De groepen van één kant binnen een deel, zoals de argumenten vóór maatwerk.
   * - **groep** - Een groep items met haar kop.
   * - **groep-titel** - De kop van een groep, met de knop die de groep opent en sluit.
   * - **item** - Eén signaal, argument, vraag of les: de tekst in een lijstitem.
   * - **markeer-knop** - Met `markeerbaar`: de tekst van het item als wisselknop die markeert (`aria-pressed`).
   * - **notitie** - Het notitieveld bij een gemarkeerd item.
   * - **overzicht** - Het overzicht van wat gemarkeerd is (met `markeerbaar`).
   * - **gesprek** - Het venster van de gespreksmodus.
   * - **bron** - De bronvermelding onder de kaart.
   */
  "mw-signalen-kaart": Partial<MwSignalenKaartProps & BaseProps & BaseEvents>;

  /**
   * Het verslag van de afweging in één casus: per kaart, in de volgorde van het boek, wat gemarkeerd is met het deel,
   * de kant en de notitie; één veld **Afweging** voor de eigen conclusie en waarom; de datum en de zin van het boek
   * dat de kaarten géén afvinklijst zijn. Het verzamelt de markeringen van elke kaart in zijn bereik (standaard de
   * pagina, met `voor` één element) en werkt bij zodra er iets verandert. Het telt, scoort en weegt niets, en noemt
   * nooit wat níet gemarkeerd is.
   *
   * Het verslag bewaart en verstuurt niets. Bij elke wijziging door de gebruiker vuurt het `mw-verslag` met het hele
   * verslag als JSON (`content/verslag.schema.json`); de eigenschap `verslag` zet een bewaard verslag in één keer
   * terug op elke kaart, zonder gebeurtenissen.
   *
   * ```html
   * <mw-signalen-kaart markeerbaar></mw-signalen-kaart>
   * <mw-argumenten-kaart markeerbaar></mw-argumenten-kaart>
   * <mw-verslag></mw-verslag>
   * ```
   * ---
   *
   *
   * ### **Events:**
   *  - **mw-verslag** - Bij elke wijziging door de gebruiker: een markering of notitie op een kaart in het bereik, of typen in de afweging. `detail`: het verslag (`versie`, `datum`, `kaarten`, `afweging`). Bubbelt en gaat door shadow roots heen. Niet bij het toewijzen van `verslag`.
   *
   * ### **Methods:**
   *
   *
   * ### **CSS Properties:**
   *  - **--mw-kleur-tekst** - Tekstkleur. _(default: undefined)_
   * - **--mw-kleur-achtergrond** - Achtergrond. _(default: undefined)_
   * - **--mw-kleur-accent** - Titel, lijn en knoppen. _(default: undefined)_
   * - **--mw-kleur-rand** - Randen en scheidingslijnen. _(default: undefined)_
   * - **--mw-kleur-focus** - Focusrand. _(default: undefined)_
   * - **--mw-lettertype** - Lettertype. _(default: undefined)_
   * - **--mw-lettergrootte** - Basislettergrootte. _(default: undefined)_
   * - **--mw-ruimte** - Basisruimte tussen blokken. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **verslag** - Het verslag als geheel (een `section`, de regio met de titel als naam).
   * - **titel** - De titel van het verslag.
   * - **samenvatting** - De lijst met de gemarkeerde items van één kaart.
   * - **afweging** - Het veld voor de afweging.
   * - **knop** - Elke knop (kopiëren, afdrukken).
   * - **melding** - Een melding over een verslag dat niet helemaal terug kon.
   */
  "mw-verslag": Partial<MwVerslagProps & BaseProps & BaseEvents>;

  /**
   * De Vragenkaart beleid: algemene vragen voor beleidsmakers bij het stap voor stap maken van beleid.
   * Vijf genummerde stappen (Huidige situatie, Gewenste situatie, Opties, Argumenten, Keuze) met 23 vragen.
   * Met `stap` toont de kaart één stap.
   *
   * Alle kaarten delen de basis `MwKaartBase`: titel, centrale vraag, toelichting, koppen vanaf
   * `heading-level`, en een zichtbare melding bij een onbekende waarde.
   *
   * ```html
   * <mw-vragen-beleid-kaart stap="3"></mw-vragen-beleid-kaart>
   * ```
   * ---
   *
   *
   * ### **Events:**
   *  - **mw-markering** - Bij elke wijziging van de markeringen door de gebruiker (markeren, notitie typen, wissen). `detail`: `{ kaart, markeringen }` met per markering het item-id, de tekst, de groep, het deel, de kant (waar die er is) en de notitie. Bubbelt en gaat door shadow roots heen.
   *
   * ### **Methods:**
   *
   *
   * ### **CSS Properties:**
   *  - **--mw-kleur-tekst** - Tekstkleur. _(default: undefined)_
   * - **--mw-kleur-achtergrond** - Achtergrond van de kaart. _(default: undefined)_
   * - **--mw-kleur-accent** - Accentkleur voor de titel, de lijn van de kaart en de knoppen. _(default: undefined)_
   * - **--mw-kleur-rand** - Kleur van randen en scheidingslijnen. _(default: undefined)_
   * - **--mw-kleur-vlak** - Achtergrond van de groepen. _(default: undefined)_
   * - **--mw-kleur-focus** - Kleur van de focusrand. _(default: undefined)_
   * - **--mw-kleur-melding** - Rand- en tekenkleur van meldingen. _(default: undefined)_
   * - **--mw-kleur-markering** - Achtergrond van zoektreffers, gemarkeerde items en het item van een deeplink. _(default: undefined)_
   * - **--mw-lettertype** - Lettertype van de kaart. _(default: undefined)_
   * - **--mw-lettergrootte** - Basislettergrootte van de kaart. _(default: undefined)_
   * - **--mw-ruimte** - Basisruimte tussen blokken. _(default: undefined)_
   * - **--mw-hoekradius** - Afronding van de hoeken. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **kaart** - De kaart als geheel (een `section`, de regio met de titel als naam).
   * - **titel** - De titel van de kaart.
   * - **vraag** - De centrale vraag van de kaart.
   * - **geen-afvinklijst** - De zin uit het boek dat de kaart géén afvinklijst is.
   * - **melding** - Een melding over een verkeerde attribuutwaarde of een stuk van de bundel dat niet laadde.
   * - **toelichting** - Het blok met de toelichting.
   * - **toelichting-knop** - De knop die de toelichting opent en sluit.
   * - **werkbalk** - Zoekveld en knoppen boven de delen.
   * - **zoekveld** - Het zoekveld.
   * - **knop** - Elke knop van de werkbalk en het overzicht, en „Probeer opnieuw” onder een melding.
   * - **deel** - Een deel van de kaart: een kant, thema, fase, stap of doelgroep.
   * - **deel-titel** - De kop van een deel.
   * - **kant** - De groepen van één kant binnen een deel, zoals de argumenten vóór maatwerk.
   * - **groep** - Een groep items met haar kop.
   * - **groep-titel** - De kop van een groep, met de knop die de groep opent en sluit.
   * - **item** - Eén signaal, argument, vraag of les: de tekst in een lijstitem.
   * - **markeer-knop** - Met `markeerbaar`: de tekst van het item als wisselknop die markeert (`aria-pressed`).
   * - **notitie** - Het notitieveld bij een gemarkeerd item.
   * - **overzicht** - Het overzicht van wat gemarkeerd is (met `markeerbaar`).
   * - **gesprek** - Het venster van de gespreksmodus.
   * - **bron** - De bronvermelding onder de kaart.
   */
  "mw-vragen-beleid-kaart": Partial<MwVragenBeleidKaartProps & BaseProps & BaseEvents>;

  /**
   * De Vragenkaart: vragen die uitvoerders zich kunnen stellen vóór, tijdens en na het toepassen van maatwerk in een casus.
   * Drie fasen met samen tien groepen en 47 vragen. Met `fase` toont de kaart één fase.
   *
   * Alle kaarten delen de basis `MwKaartBase`: titel, centrale vraag, toelichting, koppen vanaf
   * `heading-level`, en een zichtbare melding bij een onbekende waarde.
   *
   * ```html
   * <mw-vragen-kaart fase="tijdens"></mw-vragen-kaart>
   * ```
   * ---
   *
   *
   * ### **Events:**
   *  - **mw-markering** - Bij elke wijziging van de markeringen door de gebruiker (markeren, notitie typen, wissen). `detail`: `{ kaart, markeringen }` met per markering het item-id, de tekst, de groep, het deel, de kant (waar die er is) en de notitie. Bubbelt en gaat door shadow roots heen.
   *
   * ### **Methods:**
   *
   *
   * ### **CSS Properties:**
   *  - **--mw-kleur-tekst** - Tekstkleur. _(default: undefined)_
   * - **--mw-kleur-achtergrond** - Achtergrond van de kaart. _(default: undefined)_
   * - **--mw-kleur-accent** - Accentkleur voor de titel, de lijn van de kaart en de knoppen. _(default: undefined)_
   * - **--mw-kleur-rand** - Kleur van randen en scheidingslijnen. _(default: undefined)_
   * - **--mw-kleur-vlak** - Achtergrond van de groepen. _(default: undefined)_
   * - **--mw-kleur-focus** - Kleur van de focusrand. _(default: undefined)_
   * - **--mw-kleur-melding** - Rand- en tekenkleur van meldingen. _(default: undefined)_
   * - **--mw-kleur-markering** - Achtergrond van zoektreffers, gemarkeerde items en het item van een deeplink. _(default: undefined)_
   * - **--mw-lettertype** - Lettertype van de kaart. _(default: undefined)_
   * - **--mw-lettergrootte** - Basislettergrootte van de kaart. _(default: undefined)_
   * - **--mw-ruimte** - Basisruimte tussen blokken. _(default: undefined)_
   * - **--mw-hoekradius** - Afronding van de hoeken. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **kaart** - De kaart als geheel (een `section`, de regio met de titel als naam).
   * - **titel** - De titel van de kaart.
   * - **vraag** - De centrale vraag van de kaart.
   * - **geen-afvinklijst** - De zin uit het boek dat de kaart géén afvinklijst is.
   * - **melding** - Een melding over een verkeerde attribuutwaarde of een stuk van de bundel dat niet laadde.
   * - **toelichting** - Het blok met de toelichting.
   * - **toelichting-knop** - De knop die de toelichting opent en sluit.
   * - **werkbalk** - Zoekveld en knoppen boven de delen.
   * - **zoekveld** - Het zoekveld.
   * - **knop** - Elke knop van de werkbalk en het overzicht, en „Probeer opnieuw” onder een melding.
   * - **deel** - Een deel van de kaart: een kant, thema, fase, stap of doelgroep.
   * - **deel-titel** - De kop van een deel.
   * - **kant** - De groepen van één kant binnen een deel, zoals de argumenten vóór maatwerk.
   * - **groep** - Een groep items met haar kop.
   * - **groep-titel** - De kop van een groep, met de knop die de groep opent en sluit.
   * - **item** - Eén signaal, argument, vraag of les: de tekst in een lijstitem.
   * - **markeer-knop** - Met `markeerbaar`: de tekst van het item als wisselknop die markeert (`aria-pressed`).
   * - **notitie** - Het notitieveld bij een gemarkeerd item.
   * - **overzicht** - Het overzicht van wat gemarkeerd is (met `markeerbaar`).
   * - **gesprek** - Het venster van de gespreksmodus.
   * - **bron** - De bronvermelding onder de kaart.
   */
  "mw-vragen-kaart": Partial<MwVragenKaartProps & BaseProps & BaseEvents>;

  /**
   * De Vragenkaart maatwerk: vragen over maatwerk voor beleidsmakers bij en na het maken van beleid.
   * Dezelfde vijf stappen als de Vragenkaart beleid, plus Uitvoering en Evaluatie: zeven stappen met 45 vragen.
   * Met `stap` toont de kaart één stap.
   *
   * Alle kaarten delen de basis `MwKaartBase`: titel, centrale vraag, toelichting, koppen vanaf
   * `heading-level`, en een zichtbare melding bij een onbekende waarde.
   *
   * ```html
   * <mw-vragen-maatwerk-kaart stap="6"></mw-vragen-maatwerk-kaart>
   * ```
   * ---
   *
   *
   * ### **Events:**
   *  - **mw-markering** - Bij elke wijziging van de markeringen door de gebruiker (markeren, notitie typen, wissen). `detail`: `{ kaart, markeringen }` met per markering het item-id, de tekst, de groep, het deel, de kant (waar die er is) en de notitie. Bubbelt en gaat door shadow roots heen.
   *
   * ### **Methods:**
   *
   *
   * ### **CSS Properties:**
   *  - **--mw-kleur-tekst** - Tekstkleur. _(default: undefined)_
   * - **--mw-kleur-achtergrond** - Achtergrond van de kaart. _(default: undefined)_
   * - **--mw-kleur-accent** - Accentkleur voor de titel, de lijn van de kaart en de knoppen. _(default: undefined)_
   * - **--mw-kleur-rand** - Kleur van randen en scheidingslijnen. _(default: undefined)_
   * - **--mw-kleur-vlak** - Achtergrond van de groepen. _(default: undefined)_
   * - **--mw-kleur-focus** - Kleur van de focusrand. _(default: undefined)_
   * - **--mw-kleur-melding** - Rand- en tekenkleur van meldingen. _(default: undefined)_
   * - **--mw-kleur-markering** - Achtergrond van zoektreffers, gemarkeerde items en het item van een deeplink. _(default: undefined)_
   * - **--mw-lettertype** - Lettertype van de kaart. _(default: undefined)_
   * - **--mw-lettergrootte** - Basislettergrootte van de kaart. _(default: undefined)_
   * - **--mw-ruimte** - Basisruimte tussen blokken. _(default: undefined)_
   * - **--mw-hoekradius** - Afronding van de hoeken. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **kaart** - De kaart als geheel (een `section`, de regio met de titel als naam).
   * - **titel** - De titel van de kaart.
   * - **vraag** - De centrale vraag van de kaart.
   * - **geen-afvinklijst** - De zin uit het boek dat de kaart géén afvinklijst is.
   * - **melding** - Een melding over een verkeerde attribuutwaarde of een stuk van de bundel dat niet laadde.
   * - **toelichting** - Het blok met de toelichting.
   * - **toelichting-knop** - De knop die de toelichting opent en sluit.
   * - **werkbalk** - Zoekveld en knoppen boven de delen.
   * - **zoekveld** - Het zoekveld.
   * - **knop** - Elke knop van de werkbalk en het overzicht, en „Probeer opnieuw” onder een melding.
   * - **deel** - Een deel van de kaart: een kant, thema, fase, stap of doelgroep.
   * - **deel-titel** - De kop van een deel.
   * - **kant** - De groepen van één kant binnen een deel, zoals de argumenten vóór maatwerk.
   * - **groep** - Een groep items met haar kop.
   * - **groep-titel** - De kop van een groep, met de knop die de groep opent en sluit.
   * - **item** - Eén signaal, argument, vraag of les: de tekst in een lijstitem.
   * - **markeer-knop** - Met `markeerbaar`: de tekst van het item als wisselknop die markeert (`aria-pressed`).
   * - **notitie** - Het notitieveld bij een gemarkeerd item.
   * - **overzicht** - Het overzicht van wat gemarkeerd is (met `markeerbaar`).
   * - **gesprek** - Het venster van de gespreksmodus.
   * - **bron** - De bronvermelding onder de kaart.
   */
  "mw-vragen-maatwerk-kaart": Partial<MwVragenMaatwerkKaartProps & BaseProps & BaseEvents>;
};
