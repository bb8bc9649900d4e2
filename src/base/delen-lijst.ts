import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import type { Deel } from '../inhoud/kaart.js';
import type { DeelStand, GroepStand, KantStand, TekstStand } from './delen-stand.js';
import { maak, zet } from '../gedeeld/dom.js';
import { kopElement } from '../gedeeld/kop.js';
import { herkomstLabel, vulTekst } from './dom-tekst.js';

/** Wat `delenLijst` tekent, en wat het doet als een groep bediend wordt. */
export interface DelenLijstStand {
  delen: DeelStand[];
  /** De taal van de interface, voor `lang` op „Stap 3: ” bij genummerde stappen. */
  taal: string;
  /** De teksten van de interface („Stap 3: ”, het label van een aanvulling): andere teksten, opnieuw tekenen. */
  teksten: object;
  /** De melding boven de delen als de zoekopdracht niets vond. */
  nietsGevonden?: string;
  /** Klik op de knop van een groep: open of dicht. */
  wissel: (groep: string) => void;
  /** Toets in een groep (roving tabindex); `houder` is de groep. */
  toets: (groep: string, gebeurtenis: KeyboardEvent, houder: Element) => void;
  /** Focus in een groep (roving tabindex). */
  focus: (groep: string, gebeurtenis: FocusEvent) => void;
}

/**
 * De delen, kanten, groepen en items van een kaart, in de browser getekend als gewone DOM (besluit 17): dezelfde
 * elementen, klassen, parts, ids en attributen als de sjablonen in `delen-sjablonen.ts`, maar zonder de opmerkingen
 * die Lit rond elke binding en elk item in een lijst zet. Hoort als element-binding op de `<div class="delen">`,
 * die in het sjabloon geen andere inhoud heeft. Wat getoond wordt, beslist `delenStand`; de directive tekent het.
 *
 * Bij elke weergave werkt ze de bestaande elementen bij (verborgen, open, doelwit, tabstop, treffers), door ze in
 * dezelfde volgorde te doorlopen als ze getekend zijn; alleen als de opbouw verandert (andere delen uit de inhoud,
 * een ander kopniveau, een andere taal of andere teksten van de interface), tekent ze alles opnieuw, en zet ze de
 * focus terug op het element met hetzelfde id. Ze houdt geen verwijzingen naar de elementen (behalve de melding) of
 * kopieën van de tekst vast: bij vijftig kaarten op een pagina telt elk object. Klikken, toetsen en focus vangt één
 * luisteraar per soort op de houder op.
 *
 * Alleen voor een kaart die in de browser zelf tekent, met de standaardattributen: op de server, in de statische
 * export, bij het hydrateren van server-HTML en met `markeerbaar` tekenen de sjablonen.
 */
class DelenLijst extends Directive {
  /** Wat klikken, toetsen en focus doen; de stand zelf houdt de directive na het tekenen niet vast. */
  private handelingen?: Pick<DelenLijstStand, 'wissel' | 'toets' | 'focus'>;
  /** Waaruit de getekende elementen komen: dezelfde delen (objecten van de inhoud), kopniveau en taal, dan dezelfde opbouw. */
  private opbouw?: { delen: Deel[]; niveau: number; taal: string; teksten: object };
  /** Per getekende tekst (titel van een groep, dan haar items, in volgorde) de treffers die er nu in staan. */
  private treffers: string[] = [];
  private melding?: HTMLElement;

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('delenLijst hoort als element-binding op een <div>.');
  }

  /** De signatuur van de directive; tekenen doet `update`, want een element-binding heeft geen eigen inhoud. */
  render(stand: DelenLijstStand): typeof nothing {
    void stand;
    return nothing;
  }

  override update(part: ElementPart, [stand]: [DelenLijstStand]): typeof noChange {
    const houder = part.element;
    if (!this.handelingen) this.luister(houder);
    this.handelingen = { wissel: stand.wissel, toets: stand.toets, focus: stand.focus };
    if (zelfdeOpbouw(this.opbouw, stand)) {
      this.werkBij(houder, stand);
      return noChange;
    }
    this.opbouw = { delen: stand.delen.map((deel) => deel.deel), niveau: stand.delen[0]?.niveau ?? 0, taal: stand.taal, teksten: stand.teksten };
    this.treffers = [];
    const focus = focusBinnen(houder);
    this.bouw(houder, stand);
    this.werkBij(houder, stand);
    // Wie op een groep of item stond, staat er na het opnieuw tekenen weer (als het er nog is): een andere taal of
    // een ander kopniveau van buitenaf laat de gebruiker niet ineens bovenaan de pagina beginnen.
    if (focus) houder.querySelector<HTMLElement>(`#${CSS.escape(focus)}`)?.focus({ preventScroll: true });
    return noChange;
  }

  private luister(houder: Element): void {
    const groepVan = (gebeurtenis: Event): Element | null | undefined => (gebeurtenis.target as Element | null)?.closest?.('.groep');
    houder.addEventListener('click', (gebeurtenis) => {
      const knop = (gebeurtenis.target as Element | null)?.closest?.('.groep-knop');
      const groep = knop && groepVan(gebeurtenis);
      if (groep) this.handelingen?.wissel(groep.id);
    });
    houder.addEventListener('keydown', (gebeurtenis) => {
      const groep = groepVan(gebeurtenis);
      if (groep) this.handelingen?.toets(groep.id, gebeurtenis as KeyboardEvent, groep);
    });
    houder.addEventListener('focusin', (gebeurtenis) => {
      const groep = groepVan(gebeurtenis);
      if (groep) this.handelingen?.focus(groep.id, gebeurtenis as FocusEvent);
    });
  }

  /** Tekent alle elementen; `werkBij` loopt ze daarna in dezelfde volgorde door. */
  private bouw(houder: Element, stand: DelenLijstStand): void {
    const doc = houder.ownerDocument;
    this.melding = maak(doc, 'p', { class: 'niets-gevonden', lang: stand.taal });
    houder.replaceChildren(
      ...stand.delen.map((d) => {
        const titel = d.nummer
          ? [
              maak(doc, 'span', { class: 'nummer', 'aria-hidden': 'true' }, d.nummer.teken),
              maak(doc, 'span', { class: 'visueel-verborgen', lang: stand.taal }, d.nummer.label),
              d.deel.titel,
            ]
          : [d.deel.titel];
        return maak(
          doc,
          'div',
          { class: 'deel', part: 'deel', id: d.deel.id, 'data-sleutel': d.deel.sleutel },
          kopElement(doc, d.niveau, { class: 'deel-titel', part: 'deel-titel' }, ...titel),
          ...(d.kanten
            ? [maak(doc, 'div', { class: 'kanten' }, ...d.kanten.map((kant) => kantElement(doc, kant)))]
            : d.groepen.map((g) => groepElement(doc, g))),
        );
      }),
    );
  }

  /** Wat bij elke weergave kan veranderen: verborgen, open, doelwit, tabstop, treffers, de melding. */
  private werkBij(houder: Element, stand: DelenLijstStand): void {
    if (stand.nietsGevonden !== undefined && this.melding) {
      this.melding.textContent = stand.nietsGevonden;
      if (houder.firstChild !== this.melding) houder.prepend(this.melding);
    } else this.melding?.remove();
    let tekst = 0;
    const groepen = (element: Element | null | undefined, lijst: GroepStand[]): void => {
      // De eerste is de kop van het deel of de kant; daarna de groepen.
      let groep = element?.firstElementChild?.nextElementSibling;
      for (const g of lijst) {
        if (!groep) return;
        tekst = this.werkGroepBij(groep, g, tekst);
        groep = groep.nextElementSibling;
      }
    };
    let deel = houder.firstElementChild === this.melding ? this.melding?.nextElementSibling : houder.firstElementChild;
    for (const d of stand.delen) {
      if (!deel) return;
      verberg(deel, !d.zichtbaar);
      let kant = deel.lastElementChild?.firstElementChild;
      for (const k of d.kanten ?? []) {
        verberg(kant, !k.zichtbaar);
        groepen(kant, k.groepen);
        kant = kant?.nextElementSibling;
      }
      groepen(deel, d.groepen);
      deel = deel.nextElementSibling;
    }
  }

  /** Werkt één groep bij; `tekst` is het volgnummer van haar titel in `treffers`. Geeft het volgnummer na haar items. */
  private werkGroepBij(groep: Element, g: GroepStand, tekst: number): number {
    const knop = groep.firstElementChild?.firstElementChild;
    const lijst = groep.lastElementChild;
    zet(groep, 'tabindex', g.doelwit ? '-1' : null);
    zet(groep, 'data-doelwit', g.doelwit ? '' : null);
    verberg(groep, !g.zichtbaar);
    if (knop) {
      zet(knop, 'tabindex', g.stop === g.knopId ? '0' : '-1');
      zet(knop, 'aria-expanded', g.open ? 'true' : 'false');
      this.vul(knop.children[1], { tekst: g.titel.tekst, bereiken: g.titel.bereiken }, tekst);
    }
    verberg(lijst, !g.open);
    let li = lijst?.firstElementChild;
    for (const item of g.items) {
      tekst += 1;
      if (!li) continue;
      zet(li, 'tabindex', item.doelwit ? '-1' : null);
      zet(li, 'data-doelwit', item.doelwit ? '' : null);
      verberg(li, item.bereiken === undefined);
      this.vul(li, item, tekst);
      li = li.nextElementSibling;
    }
    return tekst + 1;
  }

  /** Zet de tekst in het element als de treffers erin veranderden (de tekst zelf verandert alleen met de opbouw). */
  private vul(element: Element | undefined, stand: TekstStand, volgnummer: number): void {
    const treffers = stand.bereiken?.map((b) => `${b.van}-${b.tot}`).join() ?? '';
    if (!element || this.treffers[volgnummer] === treffers) return;
    this.treffers[volgnummer] = treffers;
    vulTekst(element, stand);
  }
}

function kantElement(doc: Document, kant: KantStand): HTMLElement {
  return maak(
    doc,
    'div',
    { class: 'kant', part: 'kant', 'data-kant': kant.kant.id },
    kopElement(doc, kant.niveau, { class: 'kant-titel' }, maak(doc, 'span', { class: 'kant-teken', 'aria-hidden': 'true' }), kant.kant.titel),
    ...kant.groepen.map((g) => groepElement(doc, g)),
  );
}

function groepElement(doc: Document, g: GroepStand): HTMLElement {
  const id = g.groep.id;
  const knop = maak(
    doc,
    'button',
    { type: 'button', class: 'groep-knop', id: g.knopId, 'data-roving': '', 'aria-controls': `_items-${id}` },
    maak(doc, 'span', { class: 'openklapteken', 'aria-hidden': 'true' }),
    maak(doc, 'span', {}),
    ...(g.titel.herkomst ? herkomstLabel(doc, g.titel.herkomst) : []),
  );
  const lijst = maak(doc, 'ul', { class: 'items', id: `_items-${id}` }, ...g.items.map((item) => maak(doc, 'li', { class: 'item', part: 'item', id: item.id })));
  return maak(doc, 'div', { class: 'groep', part: 'groep', id }, kopElement(doc, g.niveau, { class: 'groep-titel', part: 'groep-titel' }, knop), lijst);
}

/** Het id van het element in de houder dat de focus heeft (alle focusbare elementen van de delen hebben een id). */
function focusBinnen(houder: Element): string | undefined {
  const actief = (houder.getRootNode() as Document | ShadowRoot).activeElement;
  return actief && actief !== houder && houder.contains(actief) ? actief.id || undefined : undefined;
}

const verberg = (element: Element | null | undefined, verborgen: boolean): void => {
  if (element) zet(element, 'hidden', verborgen ? '' : null);
};

/** Dezelfde delen (dezelfde objecten uit de inhoud), kopniveau, taal en teksten: dan staan de elementen er al. */
const zelfdeOpbouw = (opbouw: DelenLijst['opbouw'], stand: DelenLijstStand): boolean =>
  opbouw !== undefined &&
  opbouw.taal === stand.taal &&
  opbouw.teksten === stand.teksten &&
  opbouw.niveau === (stand.delen[0]?.niveau ?? 0) &&
  opbouw.delen.length === stand.delen.length &&
  stand.delen.every((deel, i) => deel.deel === opbouw.delen[i]);

/** Zie {@link DelenLijst}. */
export const delenLijst = directive(DelenLijst);
