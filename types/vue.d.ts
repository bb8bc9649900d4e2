// Gegenereerd door `npm run vue-typen` (scripts/vue-typen.mjs, custom-element-vuejs-integration) uit custom-elements.json; niet met de hand bewerken.
import type { DefineComponent } from "vue";
import type { MarkeringInvoer } from "../dist/esm/src/index.js";

import type { MwArgumentenKaart } from "../dist/esm/src/argumenten-kaart/argumenten-kaart.component.js";
import type { MwBegrippen } from "../dist/esm/src/begrippen/begrippen.component.js";
import type { MwDenkhulp } from "../dist/esm/src/denkhulp/denkhulp.component.js";
import type { MwKaart } from "../dist/esm/src/kaart/kaart.component.js";
import type { MwLessenKaart } from "../dist/esm/src/lessen-kaart/lessen-kaart.component.js";
import type { MwSignalenKaart } from "../dist/esm/src/signalen-kaart/signalen-kaart.component.js";
import type { MwVerslag } from "../dist/esm/src/verslag/verslag.component.js";
import type { MwVragenBeleidKaart } from "../dist/esm/src/vragen-beleid-kaart/vragen-beleid-kaart.component.js";
import type { MwVragenKaart } from "../dist/esm/src/vragen-kaart/vragen-kaart.component.js";
import type { MwVragenMaatwerkKaart } from "../dist/esm/src/vragen-maatwerk-kaart/vragen-maatwerk-kaart.component.js";

type MwArgumentenKaartProps = {
  /** Toon één thema: `welzijn`, `bestuur`, `uitvoering`, `financien` of `principes`. Leeg: alle vijf. */
  thema?: MwArgumentenKaart["thema"];
  /** Of de toelichting bij de kaart openstaat. De gebruiker opent en sluit haar met de knop „Toelichting”. */
  toelichtingOpen?: MwArgumentenKaart["toelichtingOpen"];
  /** Begin met alle groepen dicht, bijvoorbeeld in een smalle zijbalk. De gebruiker opent ze een voor een of allemaal. */
  compact?: MwArgumentenKaart["compact"];
  /** Laat items markeren voor de casus, met een notitie, een overzicht en „Kopieer als tekst”. */
  markeerbaar?: MwArgumentenKaart["markeerbaar"];
  /** Zonder zoekveld, voor een kale kaart. */
  zonderZoeken?: MwArgumentenKaart["zonderZoeken"];
  /** Zonder de knop „Afdrukken” (afdrukken via de browser blijft werken). */
  zonderAfdrukken?: MwArgumentenKaart["zonderAfdrukken"];
  /** Zonder de knop „Gespreksmodus”. */
  zonderGespreksmodus?: MwArgumentenKaart["zonderGespreksmodus"];
  /** Zonder interactie: alle tekst zichtbaar, geen knoppen, zoekveld of gespreksmodus. Voor HTML die
zonder JavaScript werkt, zoals de statische export (`npm run export`). */
  statisch?: MwArgumentenKaart["statisch"];
  /** Het id van een groep of item om te tonen: de kaart opent de groep, scrolt ernaartoe en laat het zien.
Hetzelfde gebeurt als de URL eindigt op `#<id>`. De ids staan in `content/` en veranderen nooit. */
  toon?: MwArgumentenKaart["toon"];
  /** Het kopniveau (1–6) van de titel. De koppen daaronder krijgen de niveaus eronder, zodat het element
in de structuur van de pagina past. `auto`: één dieper dan de kop die op de pagina vóór het element
staat (ook door shadow roots heen). */
  headingLevel?: MwArgumentenKaart["headingLevel"] | `${MwArgumentenKaart["headingLevel"]}`;
  /** De markeringen op deze kaart, in de volgorde van de kaart. Zet een eerder bewaarde lijst
(uit `mw-markering`) terug door hem hier toe te wijzen; alleen `item` en `notitie` tellen.
Toewijzen vuurt geen gebeurtenis. */
  markeringen?: readonly MarkeringInvoer[];
  /** Bij elke wijziging van de markeringen door de gebruiker (markeren, notitie typen, wissen). `detail`: `{ kaart, markeringen }` met per markering het item-id, de tekst, de groep, het deel, de kant (waar die er is) en de notitie. Bubbelt en gaat door shadow roots heen. */
  onMwMarkering?: (e: CustomEvent<GlobalEventHandlersEventMap["mw-markering"]["detail"]>) => void;
};

type MwBegrippenProps = {
  /** Het kopniveau (1–6) van de titel. De koppen daaronder krijgen de niveaus eronder, zodat het element
in de structuur van de pagina past. `auto`: één dieper dan de kop die op de pagina vóór het element
staat (ook door shadow roots heen). */
  headingLevel?: MwBegrippen["headingLevel"] | `${MwBegrippen["headingLevel"]}`;
};

type MwDenkhulpProps = {
  /** De ids van de kaarten, gescheiden door spaties, in de volgorde van de tabbladen. Standaard `signalen vragen argumenten`. */
  kaarten?: MwDenkhulp["kaarten"];
  /** Welk tabblad gekozen is: het id van een kaart, of `verslag`. Leeg: de eerste kaart; een onbekend id geeft een melding. */
  actief?: MwDenkhulp["actief"];
  /** Voor de Signalenkaart: `inwoner` of `uitvoerder`. */
  kant?: MwDenkhulp["kant"];
  /** Voor de Argumentenkaart: `welzijn`, `bestuur`, `uitvoering`, `financien` of `principes`. */
  thema?: MwDenkhulp["thema"];
  /** Voor de Vragenkaart: `voor`, `tijdens` of `na`. */
  fase?: MwDenkhulp["fase"];
  /** Voor de Vragenkaart beleid en de Vragenkaart maatwerk: het nummer van de stap. */
  stap?: MwDenkhulp["stap"];
  /** Voor de Lessenkaart: `beleidsmakers`, `bestuurders` of `uitvoerders`. */
  doelgroep?: MwDenkhulp["doelgroep"];
  /** Alle groepen van de kaarten beginnen dicht. */
  compact?: MwDenkhulp["compact"];
  /** Het kopniveau (1–6) van de titel. De koppen daaronder krijgen de niveaus eronder, zodat het element
in de structuur van de pagina past. `auto`: één dieper dan de kop die op de pagina vóór het element
staat (ook door shadow roots heen). */
  headingLevel?: MwDenkhulp["headingLevel"] | `${MwDenkhulp["headingLevel"]}`;
  /** Het verslag van de casus: alle markeringen en notities op de kaarten, en de afweging (zie `<mw-verslag>`).
Toewijzen zet de hele casus terug, op elke kaart (ook die niet getoond worden), zonder gebeurtenis. */
  verslag?: MwDenkhulp["verslag"];
  /** Van het verslag in de denkhulp: bij elke markering, notitie of wijziging in de afweging door de gebruiker, met het hele verslag van de casus. Niet bij het toewijzen van `verslag`. */
  onMwVerslag?: (e: CustomEvent<GlobalEventHandlersEventMap["mw-verslag"]["detail"]>) => void;
  /** Van de kaarten in de denkhulp, zoals bij een losse kaart. */
  onMwMarkering?: (e: CustomEvent<GlobalEventHandlersEventMap["mw-markering"]["detail"]>) => void;
};

type MwKaartProps = {
  /** Adres van een kaart als JSON, van dezelfde herkomst als de pagina. */
  src?: MwKaart["src"];
  /** Id van een kaart uit het boek om op voort te bouwen: `signalen`, `argumenten`, `vragen`, `vragen-beleid`, `vragen-maatwerk` of `lessen`. */
  basis?: MwKaart["basis"];
  /** Adres van een aanvulling als JSON (van dezelfde herkomst), zie `Aanvulling`. */
  aanvullingSrc?: MwKaart["aanvullingSrc"];
  /** Toon één deel van de kaart, met de `sleutel` van dat deel. Leeg: alle delen. */
  deel?: MwKaart["deel"];
  /** Of de toelichting bij de kaart openstaat. De gebruiker opent en sluit haar met de knop „Toelichting”. */
  toelichtingOpen?: MwKaart["toelichtingOpen"];
  /** Begin met alle groepen dicht, bijvoorbeeld in een smalle zijbalk. De gebruiker opent ze een voor een of allemaal. */
  compact?: MwKaart["compact"];
  /** Laat items markeren voor de casus, met een notitie, een overzicht en „Kopieer als tekst”. */
  markeerbaar?: MwKaart["markeerbaar"];
  /** Zonder zoekveld, voor een kale kaart. */
  zonderZoeken?: MwKaart["zonderZoeken"];
  /** Zonder de knop „Afdrukken” (afdrukken via de browser blijft werken). */
  zonderAfdrukken?: MwKaart["zonderAfdrukken"];
  /** Zonder de knop „Gespreksmodus”. */
  zonderGespreksmodus?: MwKaart["zonderGespreksmodus"];
  /** Zonder interactie: alle tekst zichtbaar, geen knoppen, zoekveld of gespreksmodus. Voor HTML die
zonder JavaScript werkt, zoals de statische export (`npm run export`). */
  statisch?: MwKaart["statisch"];
  /** Het id van een groep of item om te tonen: de kaart opent de groep, scrolt ernaartoe en laat het zien.
Hetzelfde gebeurt als de URL eindigt op `#<id>`. De ids staan in `content/` en veranderen nooit. */
  toon?: MwKaart["toon"];
  /** Het kopniveau (1–6) van de titel. De koppen daaronder krijgen de niveaus eronder, zodat het element
in de structuur van de pagina past. `auto`: één dieper dan de kop die op de pagina vóór het element
staat (ook door shadow roots heen). */
  headingLevel?: MwKaart["headingLevel"] | `${MwKaart["headingLevel"]}`;
  /** De kaart als object, in de vorm van `content/kaart.schema.json`. Gaat vóór `src`. */
  inhoud?: MwKaart["inhoud"];
  /** Een aanvulling als object: `{ organisatie, items?, groepen? }`. Gaat vóór `aanvulling-src`. */
  aanvulling?: MwKaart["aanvulling"];
  /** De markeringen op deze kaart, in de volgorde van de kaart. Zet een eerder bewaarde lijst
(uit `mw-markering`) terug door hem hier toe te wijzen; alleen `item` en `notitie` tellen.
Toewijzen vuurt geen gebeurtenis. */
  markeringen?: readonly MarkeringInvoer[];
  /** Als de inhoud of de aanvulling niet klopt of niet te laden is; `detail.fouten` noemt per fout het veld en wat er mis is. */
  onMwFout?: (e: CustomEvent<GlobalEventHandlersEventMap["mw-fout"]["detail"]>) => void;
  /** Bij elke wijziging van de markeringen door de gebruiker (markeren, notitie typen, wissen). `detail`: `{ kaart, markeringen }` met per markering het item-id, de tekst, de groep, het deel, de kant (waar die er is) en de notitie. Bubbelt en gaat door shadow roots heen. */
  onMwMarkering?: (e: CustomEvent<GlobalEventHandlersEventMap["mw-markering"]["detail"]>) => void;
};

type MwLessenKaartProps = {
  /** Voor wie de lessen zijn: `beleidsmakers`, `bestuurders` of `uitvoerders`. Leeg: alle drie. */
  doelgroep?: MwLessenKaart["doelgroep"];
  /** Of de toelichting bij de kaart openstaat. De gebruiker opent en sluit haar met de knop „Toelichting”. */
  toelichtingOpen?: MwLessenKaart["toelichtingOpen"];
  /** Begin met alle groepen dicht, bijvoorbeeld in een smalle zijbalk. De gebruiker opent ze een voor een of allemaal. */
  compact?: MwLessenKaart["compact"];
  /** Laat items markeren voor de casus, met een notitie, een overzicht en „Kopieer als tekst”. */
  markeerbaar?: MwLessenKaart["markeerbaar"];
  /** Zonder zoekveld, voor een kale kaart. */
  zonderZoeken?: MwLessenKaart["zonderZoeken"];
  /** Zonder de knop „Afdrukken” (afdrukken via de browser blijft werken). */
  zonderAfdrukken?: MwLessenKaart["zonderAfdrukken"];
  /** Zonder de knop „Gespreksmodus”. */
  zonderGespreksmodus?: MwLessenKaart["zonderGespreksmodus"];
  /** Zonder interactie: alle tekst zichtbaar, geen knoppen, zoekveld of gespreksmodus. Voor HTML die
zonder JavaScript werkt, zoals de statische export (`npm run export`). */
  statisch?: MwLessenKaart["statisch"];
  /** Het id van een groep of item om te tonen: de kaart opent de groep, scrolt ernaartoe en laat het zien.
Hetzelfde gebeurt als de URL eindigt op `#<id>`. De ids staan in `content/` en veranderen nooit. */
  toon?: MwLessenKaart["toon"];
  /** Het kopniveau (1–6) van de titel. De koppen daaronder krijgen de niveaus eronder, zodat het element
in de structuur van de pagina past. `auto`: één dieper dan de kop die op de pagina vóór het element
staat (ook door shadow roots heen). */
  headingLevel?: MwLessenKaart["headingLevel"] | `${MwLessenKaart["headingLevel"]}`;
  /** De markeringen op deze kaart, in de volgorde van de kaart. Zet een eerder bewaarde lijst
(uit `mw-markering`) terug door hem hier toe te wijzen; alleen `item` en `notitie` tellen.
Toewijzen vuurt geen gebeurtenis. */
  markeringen?: readonly MarkeringInvoer[];
  /** Bij elke wijziging van de markeringen door de gebruiker (markeren, notitie typen, wissen). `detail`: `{ kaart, markeringen }` met per markering het item-id, de tekst, de groep, het deel, de kant (waar die er is) en de notitie. Bubbelt en gaat door shadow roots heen. */
  onMwMarkering?: (e: CustomEvent<GlobalEventHandlersEventMap["mw-markering"]["detail"]>) => void;
};

type MwSignalenKaartProps = {
  /** Toon één kant van de kaart: `inwoner` (signalen van de inwoner) of `uitvoerder` (signalen bij de uitvoerder). Leeg: beide kanten. */
  kant?: MwSignalenKaart["kant"];
  /** Of de toelichting bij de kaart openstaat. De gebruiker opent en sluit haar met de knop „Toelichting”. */
  toelichtingOpen?: MwSignalenKaart["toelichtingOpen"];
  /** Begin met alle groepen dicht, bijvoorbeeld in een smalle zijbalk. De gebruiker opent ze een voor een of allemaal. */
  compact?: MwSignalenKaart["compact"];
  /** Laat items markeren voor de casus, met een notitie, een overzicht en „Kopieer als tekst”. */
  markeerbaar?: MwSignalenKaart["markeerbaar"];
  /** Zonder zoekveld, voor een kale kaart. */
  zonderZoeken?: MwSignalenKaart["zonderZoeken"];
  /** Zonder de knop „Afdrukken” (afdrukken via de browser blijft werken). */
  zonderAfdrukken?: MwSignalenKaart["zonderAfdrukken"];
  /** Zonder de knop „Gespreksmodus”. */
  zonderGespreksmodus?: MwSignalenKaart["zonderGespreksmodus"];
  /** Zonder interactie: alle tekst zichtbaar, geen knoppen, zoekveld of gespreksmodus. Voor HTML die
zonder JavaScript werkt, zoals de statische export (`npm run export`). */
  statisch?: MwSignalenKaart["statisch"];
  /** Het id van een groep of item om te tonen: de kaart opent de groep, scrolt ernaartoe en laat het zien.
Hetzelfde gebeurt als de URL eindigt op `#<id>`. De ids staan in `content/` en veranderen nooit. */
  toon?: MwSignalenKaart["toon"];
  /** Het kopniveau (1–6) van de titel. De koppen daaronder krijgen de niveaus eronder, zodat het element
in de structuur van de pagina past. `auto`: één dieper dan de kop die op de pagina vóór het element
staat (ook door shadow roots heen). */
  headingLevel?: MwSignalenKaart["headingLevel"] | `${MwSignalenKaart["headingLevel"]}`;
  /** De markeringen op deze kaart, in de volgorde van de kaart. Zet een eerder bewaarde lijst
(uit `mw-markering`) terug door hem hier toe te wijzen; alleen `item` en `notitie` tellen.
Toewijzen vuurt geen gebeurtenis. */
  markeringen?: readonly MarkeringInvoer[];
  /** Bij elke wijziging van de markeringen door de gebruiker (markeren, notitie typen, wissen). `detail`: `{ kaart, markeringen }` met per markering het item-id, de tekst, de groep, het deel, de kant (waar die er is) en de notitie. Bubbelt en gaat door shadow roots heen. */
  onMwMarkering?: (e: CustomEvent<GlobalEventHandlersEventMap["mw-markering"]["detail"]>) => void;
};

type MwVerslagProps = {
  /** Het id van het element waarvan het verslag de kaarten volgt (in hetzelfde document of dezelfde shadow root).
Leeg: de hele pagina. */
  voor?: MwVerslag["voor"];
  /** Het kopniveau (1–6) van de titel. De koppen daaronder krijgen de niveaus eronder, zodat het element
in de structuur van de pagina past. `auto`: één dieper dan de kop die op de pagina vóór het element
staat (ook door shadow roots heen). */
  headingLevel?: MwVerslag["headingLevel"] | `${MwVerslag["headingLevel"]}`;
  /** Het hele verslag: per kaart de markeringen, en de afweging (zoals in `mw-verslag`). Wijs een bewaard verslag toe
om de hele casus terug te zetten: elke kaart in het bereik en de afweging, zonder gebeurtenis. Wat niet klopt
(onbekende ids, een andere versie, ontbrekende velden, te lange tekst) wordt overgeslagen met één melding;
al het andere komt terug. */
  verslag?: MwVerslag["verslag"];
  /** Bij elke wijziging door de gebruiker: een markering of notitie op een kaart in het bereik, of typen in de afweging. `detail`: het verslag (`versie`, `datum`, `kaarten`, `afweging`). Bubbelt en gaat door shadow roots heen. Niet bij het toewijzen van `verslag`. */
  onMwVerslag?: (e: CustomEvent<GlobalEventHandlersEventMap["mw-verslag"]["detail"]>) => void;
};

type MwVragenBeleidKaartProps = {
  /** Welke stap van het maken van beleid: `1` (huidige situatie) tot en met `5` (keuze). Als eigenschap mag het ook een getal zijn. Leeg: alle stappen. */
  stap?: MwVragenBeleidKaart["stap"];
  /** Of de toelichting bij de kaart openstaat. De gebruiker opent en sluit haar met de knop „Toelichting”. */
  toelichtingOpen?: MwVragenBeleidKaart["toelichtingOpen"];
  /** Begin met alle groepen dicht, bijvoorbeeld in een smalle zijbalk. De gebruiker opent ze een voor een of allemaal. */
  compact?: MwVragenBeleidKaart["compact"];
  /** Laat items markeren voor de casus, met een notitie, een overzicht en „Kopieer als tekst”. */
  markeerbaar?: MwVragenBeleidKaart["markeerbaar"];
  /** Zonder zoekveld, voor een kale kaart. */
  zonderZoeken?: MwVragenBeleidKaart["zonderZoeken"];
  /** Zonder de knop „Afdrukken” (afdrukken via de browser blijft werken). */
  zonderAfdrukken?: MwVragenBeleidKaart["zonderAfdrukken"];
  /** Zonder de knop „Gespreksmodus”. */
  zonderGespreksmodus?: MwVragenBeleidKaart["zonderGespreksmodus"];
  /** Zonder interactie: alle tekst zichtbaar, geen knoppen, zoekveld of gespreksmodus. Voor HTML die
zonder JavaScript werkt, zoals de statische export (`npm run export`). */
  statisch?: MwVragenBeleidKaart["statisch"];
  /** Het id van een groep of item om te tonen: de kaart opent de groep, scrolt ernaartoe en laat het zien.
Hetzelfde gebeurt als de URL eindigt op `#<id>`. De ids staan in `content/` en veranderen nooit. */
  toon?: MwVragenBeleidKaart["toon"];
  /** Het kopniveau (1–6) van de titel. De koppen daaronder krijgen de niveaus eronder, zodat het element
in de structuur van de pagina past. `auto`: één dieper dan de kop die op de pagina vóór het element
staat (ook door shadow roots heen). */
  headingLevel?: MwVragenBeleidKaart["headingLevel"] | `${MwVragenBeleidKaart["headingLevel"]}`;
  /** De markeringen op deze kaart, in de volgorde van de kaart. Zet een eerder bewaarde lijst
(uit `mw-markering`) terug door hem hier toe te wijzen; alleen `item` en `notitie` tellen.
Toewijzen vuurt geen gebeurtenis. */
  markeringen?: readonly MarkeringInvoer[];
  /** Bij elke wijziging van de markeringen door de gebruiker (markeren, notitie typen, wissen). `detail`: `{ kaart, markeringen }` met per markering het item-id, de tekst, de groep, het deel, de kant (waar die er is) en de notitie. Bubbelt en gaat door shadow roots heen. */
  onMwMarkering?: (e: CustomEvent<GlobalEventHandlersEventMap["mw-markering"]["detail"]>) => void;
};

type MwVragenKaartProps = {
  /** Welke fase van de casus: vóór, tijdens of na het toepassen van maatwerk (`voor`, `vóór`, `tijdens`, `na`). Leeg: alle drie. */
  fase?: MwVragenKaart["fase"];
  /** Of de toelichting bij de kaart openstaat. De gebruiker opent en sluit haar met de knop „Toelichting”. */
  toelichtingOpen?: MwVragenKaart["toelichtingOpen"];
  /** Begin met alle groepen dicht, bijvoorbeeld in een smalle zijbalk. De gebruiker opent ze een voor een of allemaal. */
  compact?: MwVragenKaart["compact"];
  /** Laat items markeren voor de casus, met een notitie, een overzicht en „Kopieer als tekst”. */
  markeerbaar?: MwVragenKaart["markeerbaar"];
  /** Zonder zoekveld, voor een kale kaart. */
  zonderZoeken?: MwVragenKaart["zonderZoeken"];
  /** Zonder de knop „Afdrukken” (afdrukken via de browser blijft werken). */
  zonderAfdrukken?: MwVragenKaart["zonderAfdrukken"];
  /** Zonder de knop „Gespreksmodus”. */
  zonderGespreksmodus?: MwVragenKaart["zonderGespreksmodus"];
  /** Zonder interactie: alle tekst zichtbaar, geen knoppen, zoekveld of gespreksmodus. Voor HTML die
zonder JavaScript werkt, zoals de statische export (`npm run export`). */
  statisch?: MwVragenKaart["statisch"];
  /** Het id van een groep of item om te tonen: de kaart opent de groep, scrolt ernaartoe en laat het zien.
Hetzelfde gebeurt als de URL eindigt op `#<id>`. De ids staan in `content/` en veranderen nooit. */
  toon?: MwVragenKaart["toon"];
  /** Het kopniveau (1–6) van de titel. De koppen daaronder krijgen de niveaus eronder, zodat het element
in de structuur van de pagina past. `auto`: één dieper dan de kop die op de pagina vóór het element
staat (ook door shadow roots heen). */
  headingLevel?: MwVragenKaart["headingLevel"] | `${MwVragenKaart["headingLevel"]}`;
  /** De markeringen op deze kaart, in de volgorde van de kaart. Zet een eerder bewaarde lijst
(uit `mw-markering`) terug door hem hier toe te wijzen; alleen `item` en `notitie` tellen.
Toewijzen vuurt geen gebeurtenis. */
  markeringen?: readonly MarkeringInvoer[];
  /** Bij elke wijziging van de markeringen door de gebruiker (markeren, notitie typen, wissen). `detail`: `{ kaart, markeringen }` met per markering het item-id, de tekst, de groep, het deel, de kant (waar die er is) en de notitie. Bubbelt en gaat door shadow roots heen. */
  onMwMarkering?: (e: CustomEvent<GlobalEventHandlersEventMap["mw-markering"]["detail"]>) => void;
};

type MwVragenMaatwerkKaartProps = {
  /** Welke stap: `1` (huidige situatie) tot en met `7` (evaluatie). Als eigenschap mag het ook een getal zijn. Leeg: alle stappen. */
  stap?: MwVragenMaatwerkKaart["stap"];
  /** Of de toelichting bij de kaart openstaat. De gebruiker opent en sluit haar met de knop „Toelichting”. */
  toelichtingOpen?: MwVragenMaatwerkKaart["toelichtingOpen"];
  /** Begin met alle groepen dicht, bijvoorbeeld in een smalle zijbalk. De gebruiker opent ze een voor een of allemaal. */
  compact?: MwVragenMaatwerkKaart["compact"];
  /** Laat items markeren voor de casus, met een notitie, een overzicht en „Kopieer als tekst”. */
  markeerbaar?: MwVragenMaatwerkKaart["markeerbaar"];
  /** Zonder zoekveld, voor een kale kaart. */
  zonderZoeken?: MwVragenMaatwerkKaart["zonderZoeken"];
  /** Zonder de knop „Afdrukken” (afdrukken via de browser blijft werken). */
  zonderAfdrukken?: MwVragenMaatwerkKaart["zonderAfdrukken"];
  /** Zonder de knop „Gespreksmodus”. */
  zonderGespreksmodus?: MwVragenMaatwerkKaart["zonderGespreksmodus"];
  /** Zonder interactie: alle tekst zichtbaar, geen knoppen, zoekveld of gespreksmodus. Voor HTML die
zonder JavaScript werkt, zoals de statische export (`npm run export`). */
  statisch?: MwVragenMaatwerkKaart["statisch"];
  /** Het id van een groep of item om te tonen: de kaart opent de groep, scrolt ernaartoe en laat het zien.
Hetzelfde gebeurt als de URL eindigt op `#<id>`. De ids staan in `content/` en veranderen nooit. */
  toon?: MwVragenMaatwerkKaart["toon"];
  /** Het kopniveau (1–6) van de titel. De koppen daaronder krijgen de niveaus eronder, zodat het element
in de structuur van de pagina past. `auto`: één dieper dan de kop die op de pagina vóór het element
staat (ook door shadow roots heen). */
  headingLevel?: MwVragenMaatwerkKaart["headingLevel"] | `${MwVragenMaatwerkKaart["headingLevel"]}`;
  /** De markeringen op deze kaart, in de volgorde van de kaart. Zet een eerder bewaarde lijst
(uit `mw-markering`) terug door hem hier toe te wijzen; alleen `item` en `notitie` tellen.
Toewijzen vuurt geen gebeurtenis. */
  markeringen?: readonly MarkeringInvoer[];
  /** Bij elke wijziging van de markeringen door de gebruiker (markeren, notitie typen, wissen). `detail`: `{ kaart, markeringen }` met per markering het item-id, de tekst, de groep, het deel, de kant (waar die er is) en de notitie. Bubbelt en gaat door shadow roots heen. */
  onMwMarkering?: (e: CustomEvent<GlobalEventHandlersEventMap["mw-markering"]["detail"]>) => void;
};

export type CustomElements = {
  /**
   * De Argumentenkaart: argumenten voor uitvoerders voor en tegen het toepassen van maatwerk in een casus.
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
  "mw-argumenten-kaart": DefineComponent<MwArgumentenKaartProps>;

  /**
   * De begrippen uit het boek, met de tabel van de drie typen dienstverlening.
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
  "mw-begrippen": DefineComponent<MwBegrippenProps>;

  /**
   * De kaarten van één casus in één zijbalk, met het verslag als laatste tabblad.
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
  "mw-denkhulp": DefineComponent<MwDenkhulpProps>;

  /**
   * Een eigen kaart, of een kaart uit het boek met eigen aanvullingen.
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
  "mw-kaart": DefineComponent<MwKaartProps>;

  /**
   * De Lessenkaart: de belangrijkste lessen van het denktraject voor beleidsmakers, bestuurders en uitvoerders.
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
  "mw-lessen-kaart": DefineComponent<MwLessenKaartProps>;

  /**
   * De Signalenkaart: signalen voor uitvoerders dat een casus om maatwerk kan vragen.
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
  "mw-signalen-kaart": DefineComponent<MwSignalenKaartProps>;

  /**
   * Het verslag van de afweging: wat op de kaarten gemarkeerd is, met de eigen afweging, voor het dossier.
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
  "mw-verslag": DefineComponent<MwVerslagProps>;

  /**
   * De Vragenkaart beleid: algemene vragen voor beleidsmakers bij het stap voor stap maken van beleid.
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
  "mw-vragen-beleid-kaart": DefineComponent<MwVragenBeleidKaartProps>;

  /**
   * De Vragenkaart: vragen die uitvoerders zich kunnen stellen vóór, tijdens en na het toepassen van maatwerk in een casus.
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
  "mw-vragen-kaart": DefineComponent<MwVragenKaartProps>;

  /**
   * De Vragenkaart maatwerk: vragen over maatwerk voor beleidsmakers bij en na het maken van beleid.
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
  "mw-vragen-maatwerk-kaart": DefineComponent<MwVragenMaatwerkKaartProps>;
};

declare module "vue" {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface
  interface GlobalComponents extends CustomElements {}
}

declare global {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-interface
    interface IntrinsicElements extends CustomElements {}
  }
}
