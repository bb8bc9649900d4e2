import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { inStukken, type Bereik } from '../functies/zoeken/treffers.js';

/** Wat één item in de lijst toont. */
export interface ItemStand {
  id: string;
  tekst: string;
  /** De treffers van de zoekopdracht; `undefined`: het item valt buiten de zoekopdracht en is verborgen. */
  bereiken: Bereik[] | undefined;
  /** Het item is het doel van een deeplink: het kan de focus krijgen. */
  doelwit: boolean;
  /** Het label bij een eigen aanvulling (wie het toevoegde), in de taal van de interface. */
  herkomst?: { tekst: string; taal: string };
}

/** De inhoud van een lijstitem als sleutel: verandert hij niet, dan blijft de tekst staan. */
const inhoudSleutel = (item: ItemStand): string =>
  JSON.stringify([item.tekst, item.bereiken?.map((b) => [b.van, b.tot]) ?? [], item.herkomst?.tekst ?? '', item.herkomst?.taal ?? '']);

/**
 * De items van een groep, in de browser getekend als gewone `<li>`'s met hun tekst (besluit 17): zonder de
 * opmerkingen die Lit rond elk item en elke binding zet (vijf knopen per item in plaats van twee). Hoort als
 * element-binding op de `<ul>` van de groep; die `<ul>` heeft in het sjabloon geen andere inhoud.
 *
 * Alleen voor een kaart die in de browser zelf tekent, met de standaardattributen: op de server, in de statische
 * export, bij het hydrateren van server-HTML en met `markeerbaar` tekent `kaart-weergave.ts` de items met sjablonen.
 */
class ItemLijst extends Directive {
  private ids = '';
  private readonly sleutels = new WeakMap<Element, string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('itemLijst hoort als element-binding op een <ul>.');
  }

  /** De signatuur van de directive; tekenen doet `update`, want een element-binding heeft geen eigen inhoud. */
  render(items: ItemStand[]): typeof nothing {
    void items;
    return nothing;
  }

  override update(part: ElementPart, [items]: [ItemStand[]]): typeof noChange {
    const lijst = part.element;
    const ids = items.map((item) => item.id).join('\n');
    if (ids !== this.ids) {
      lijst.replaceChildren(...items.map(() => lijst.ownerDocument.createElement('li')));
      this.ids = ids;
    }
    let li = lijst.firstElementChild;
    for (const item of items) {
      if (!li) break;
      werkBij(li, item, this.sleutels);
      li = li.nextElementSibling;
    }
    return noChange;
  }
}

function werkBij(li: Element, item: ItemStand, sleutels: WeakMap<Element, string>): void {
  if (li.id !== item.id) {
    li.className = 'item';
    li.setAttribute('part', 'item');
    li.id = item.id;
  }
  zet(li, 'tabindex', item.doelwit ? '-1' : null);
  zet(li, 'data-doelwit', item.doelwit ? '' : null);
  zet(li, 'hidden', item.bereiken === undefined ? '' : null);
  const sleutel = inhoudSleutel(item);
  if (sleutels.get(li) === sleutel) return;
  sleutels.set(li, sleutel);
  const doc = li.ownerDocument;
  const knopen: Node[] = inStukken(item.tekst, item.bereiken ?? []).map((stuk) => {
    if (!stuk.treffer) return doc.createTextNode(stuk.tekst);
    const mark = doc.createElement('mark');
    mark.textContent = stuk.tekst;
    return mark;
  });
  if (item.herkomst) {
    const label = doc.createElement('span');
    label.className = 'herkomst';
    label.lang = item.herkomst.taal;
    label.textContent = item.herkomst.tekst;
    knopen.push(doc.createTextNode(' '), label);
  }
  li.replaceChildren(...knopen.filter((knoop) => knoop.nodeType !== Node.TEXT_NODE || (knoop as Text).data !== ''));
}

function zet(element: Element, naam: string, waarde: string | null): void {
  if (waarde === null) element.removeAttribute(naam);
  else if (element.getAttribute(naam) !== waarde) element.setAttribute(naam, waarde);
}

/** Zie {@link ItemLijst}. */
export const itemLijst = directive(ItemLijst);
