import type { Deeplinks } from '../functies/deeplinks/deeplinks.js';
import type { Markeren } from '../functies/markeren/markeren.js';
import type { OpenDicht } from '../functies/openen-sluiten/open-dicht.js';
import type { Zoeken } from '../functies/zoeken/zoeken.js';
import type { RovingTabindex } from '../gedeeld/roving-tabindex.js';
import type { Deel, Kaart } from '../inhoud/kaart.js';
import type { Teksten } from '../teksten.js';

/** Wat de sjablonen van een kaart nodig hebben: de inhoud, de instellingen en de functies, per weergave één keer samengesteld. */
export interface WeergaveContext {
  kaart: Kaart;
  delen: Deel[];
  teksten: Teksten;
  /** De taal van de interface, voor `lang` op woorden die niet van de kaart zijn. */
  taal: string;
  statisch: boolean;
  markeerbaar: boolean;
  zoeken: Zoeken;
  openDicht: OpenDicht;
  deeplinks: Deeplinks;
  markeren: Markeren;
  roving: RovingTabindex;
}
