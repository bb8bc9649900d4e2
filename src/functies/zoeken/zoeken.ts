import type { ReactiveControllerHost } from 'lit';
import type { Aankondiger } from '../../gedeeld/aankondiger.js';
import type { Groep } from '../../inhoud/kaart.js';
import { treffers, zoektermen, type Bereik } from './treffers.js';

/** Wat de zoekopdracht van een groep overlaat: of ze getoond wordt, en waar de treffers staan. */
export interface GroepTreffers {
  zichtbaar: boolean;
  titel: Bereik[];
  /** Per getoond item de treffers in zijn tekst (leeg als de groepstitel de treffer is). */
  items: Map<string, Bereik[]>;
}

/**
 * Per groep: past ze bij de zoekopdracht, en waar staan de treffers. Zuiver, zodat ook de statische export het kan.
 * Zonder zoekopdracht is de uitkomst per groep altijd dezelfde: die wordt één keer per groep uit de inhoud gemaakt en
 * gedeeld door alle kaarten met die inhoud (vijftig kaarten op een pagina houden zo geen vijftig kopieën vast).
 */
export function zoekInGroepen(groepen: readonly Groep[], zoekopdracht: string): Map<string, GroepTreffers> {
  const termen = zoektermen(zoekopdracht);
  const uitkomst = new Map<string, GroepTreffers>();
  for (const groep of groepen) uitkomst.set(groep.id, termen.length ? zoekInGroep(groep, termen) : allesIn(groep));
  return uitkomst;
}

function zoekInGroep(groep: Groep, termen: string[]): GroepTreffers {
  const inTitel = treffers(groep.titel, termen);
  const items = new Map<string, Bereik[]>();
  for (const item of groep.items) {
    const inItem = treffers(item.tekst, termen);
    if (inItem) items.set(item.id, inItem);
    else if (inTitel) items.set(item.id, GEEN);
  }
  return { zichtbaar: items.size > 0, titel: inTitel ?? GEEN, items };
}

/** Geen treffers: een gedeelde lege lijst, die niemand verandert. */
const GEEN: Bereik[] = [];

const zonderZoekopdracht = new WeakMap<Groep, GroepTreffers>();

/** Zonder zoekopdracht: elk item getoond, zonder treffers. */
function allesIn(groep: Groep): GroepTreffers {
  let uitkomst = zonderZoekopdracht.get(groep);
  if (!uitkomst) {
    uitkomst = { zichtbaar: groep.items.length > 0, titel: GEEN, items: new Map(groep.items.map((item) => [item.id, GEEN])) };
    zonderZoekopdracht.set(groep, uitkomst);
  }
  return uitkomst;
}

/** Hoe lang na de laatste toetsaanslag het aantal treffers wordt voorgelezen. */
export const AANKONDIGEN_NA_MS = 600;

/**
 * Zoeken in de kaart: de zoekopdracht, de treffers per groep en het voorlezen van het resultaat
 * als de gebruiker stopt met typen. Welke groepen daardoor opengaan, regelt de kaart met `OpenDicht`.
 */
export class Zoeken {
  zoekopdracht = '';

  /** De treffers per getoonde groep, na `bereken`. */
  treffers = new Map<string, GroepTreffers>();

  /** Of de zoekopdracht sinds de vorige weergave veranderde. */
  veranderd = false;

  /**
   * @param resultaat het resultaat in woorden, dat de aankondiger zegt als de gebruiker even stopt met typen
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly aankondiger: Aankondiger,
    private readonly resultaat: () => string,
  ) {}

  get actief(): boolean {
    return this.zoekopdracht.trim() !== '';
  }

  /** Of er gezocht wordt en niets gevonden is. */
  get nietsGevonden(): boolean {
    return this.actief && ![...this.treffers.values()].some((groep) => groep.zichtbaar);
  }

  /** Het aantal gevonden items. */
  get gevonden(): number {
    return [...this.treffers.values()].reduce((som, groep) => som + groep.items.size, 0);
  }

  /** Vanuit `willUpdate`: de treffers in de getoonde groepen. */
  bereken(groepen: readonly Groep[]): void {
    this.treffers = zoekInGroepen(groepen, this.zoekopdracht);
  }

  typ(waarde: string): void {
    this.zet(waarde);
    if (this.actief) this.aankondiger.kondigAanNa(AANKONDIGEN_NA_MS, this.resultaat);
    else this.aankondiger.vergeetUitgesteld();
  }

  wis(): void {
    this.aankondiger.vergeetUitgesteld();
    if (this.zoekopdracht) this.zet('');
  }

  private zet(waarde: string): void {
    this.zoekopdracht = waarde;
    this.veranderd = true;
    this.host.requestUpdate();
  }
}
