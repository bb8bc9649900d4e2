import { html, nothing, type TemplateResult } from 'lit';
import { metTreffers, type Bereik } from '../functies/zoeken/treffers.js';
import { kop } from '../gedeeld/kop.js';
import type { Deel, Groep, Item } from '../inhoud/kaart.js';
import { itemLijst, type ItemStand } from './item-lijst.js';
import type { WeergaveContext } from './weergave-context.js';

/**
 * De sjablonen van de delen, groepen en items van een kaart: de enige plek waar een kaart haar inhoud
 * doorloopt. Wat een functie toevoegt (treffers, open en dicht, doelwit, markering), leest het sjabloon
 * uit de context. In de browser, met de standaardattributen, tekent `itemLijst` de items van een groep als
 * gewone lijstitems, zonder de markeringen van Lit (besluit 17); anders doet `itemWeergave` het.
 */
export function delenWeergave(c: WeergaveContext, niveau: number): TemplateResult {
  return html`${c.delen.map((deel) => deelWeergave(c, deel, niveau))}`;
}

const zichtbaar = (c: WeergaveContext, groepen: Groep[]): boolean => groepen.some((groep) => c.zoeken.treffers.get(groep.id)?.zichtbaar);

function deelWeergave(c: WeergaveContext, deel: Deel, niveau: number): TemplateResult {
  const kanten = c.kaart.kanten;
  return html`<div class="deel" part="deel" id=${deel.id} data-sleutel=${deel.sleutel} ?hidden=${!zichtbaar(c, deel.groepen)}>
    ${kop(niveau, deelTitel(c, deel), { klasse: 'deel-titel', part: 'deel-titel' })}
    ${kanten
      ? html`<div class="kanten">
          ${kanten.map((kant) => {
            const groepen = deel.groepen.filter((groep) => groep.kant === kant.id);
            return groepen.length
              ? html`<div class="kant" part="kant" data-kant=${kant.id} ?hidden=${!zichtbaar(c, groepen)}>
                  ${kop(niveau + 1, html`<span class="kant-teken" aria-hidden="true"></span>${kant.titel}`, { klasse: 'kant-titel' })}
                  ${groepen.map((groep) => groepWeergave(c, groep, niveau + 2))}
                </div>`
              : nothing;
          })}
        </div>`
      : deel.groepen.map((groep) => groepWeergave(c, groep, niveau + 1))}
  </div>`;
}

function deelTitel(c: WeergaveContext, deel: Deel): TemplateResult | string {
  return deel.nummer
    ? html`<span class="nummer" aria-hidden="true">${deel.nummer}</span><span class="visueel-verborgen" lang=${c.taal}>${c.teksten.stap(deel.nummer)}: </span>${deel.titel}`
    : deel.titel;
}

function groepWeergave(c: WeergaveContext, groep: Groep, niveau: number): TemplateResult {
  const gevonden = c.zoeken.treffers.get(groep.id);
  const open = c.statisch || c.openDicht.isOpen(groep.id);
  const doelwit = c.deeplinks.doelwit === groep.id;
  const titel = html`<span>${metTreffers(groep.titel, gevonden?.titel)}</span>${herkomstWeergave(c, groep.herkomst)}`;
  const knopId = `_knop-${groep.id}`;
  // Eén tabstop per groep: de knop van de groep en (met `markeerbaar`) de knoppen van de getoonde items.
  const leden = [knopId, ...(c.markeerbaar && open ? groep.items.filter((item) => gevonden?.items.has(item.id)).map((item) => markeerId(item)) : [])];
  const stop = c.roving.stop(groep.id, leden);
  const knop = html`<button
    type="button"
    class="groep-knop"
    id=${knopId}
    data-roving
    tabindex=${stop === knopId ? '0' : '-1'}
    aria-expanded=${open ? 'true' : 'false'}
    aria-controls="_items-${groep.id}"
    @click=${() => c.openDicht.wissel(groep.id)}
  >
    <span class="openklapteken" aria-hidden="true"></span>${titel}
  </button>`;
  return html`<div
    class="groep"
    part="groep"
    id=${groep.id}
    tabindex=${doelwit ? '-1' : nothing}
    ?data-doelwit=${doelwit}
    ?hidden=${!gevonden?.zichtbaar}
    @keydown=${(gebeurtenis: KeyboardEvent) => c.roving.toets(groep.id, gebeurtenis)}
    @focusin=${(gebeurtenis: FocusEvent) => c.roving.focus(groep.id, gebeurtenis)}
  >
    ${kop(niveau, c.statisch ? titel : knop, { klasse: 'groep-titel', part: 'groep-titel' })}
    ${sjabloonItems(c)
      ? html`<ul class="items" id="_items-${groep.id}" ?hidden=${!open}>
          ${groep.items.map((item) => itemWeergave(c, item, gevonden?.items.get(item.id), stop))}
        </ul>`
      : html`<ul class="items" id="_items-${groep.id}" ?hidden=${!open} ${itemLijst(groep.items.map((item) => itemStand(c, item, gevonden?.items.get(item.id))))}></ul>`}
  </div>`;
}

/**
 * Of de items met Lit-sjablonen getekend worden: op de server en in de statische export, bij server-HTML die
 * hydrateert (de sjablonen moeten die van de server zijn) en met `markeerbaar`. Anders tekent `itemLijst` ze als
 * gewone lijstitems (besluit 17).
 */
const sjabloonItems = (c: WeergaveContext): boolean => c.statisch || c.uitServerHtml || c.markeerbaar;

/** Een item zoals `itemLijst` het tekent: dezelfde tekst, treffers, doelwit en herkomst als `itemWeergave`. */
const itemStand = (c: WeergaveContext, item: Item, bereiken: Bereik[] | undefined): ItemStand => ({
  id: item.id,
  tekst: item.tekst,
  bereiken,
  doelwit: c.deeplinks.doelwit === item.id,
  herkomst: item.herkomst ? { tekst: c.teksten.herkomst(item.herkomst), taal: c.taal } : undefined,
});

const markeerId = (item: Item): string => `_markeer-${item.id}`;

/** De tekst van een item, met de treffers van de zoekopdracht en, bij een eigen aanvulling, van wie die is. */
const itemTekst = (c: WeergaveContext, item: Item, bereiken: Bereik[] | undefined): unknown =>
  item.herkomst ? html`${metTreffers(item.tekst, bereiken)}${herkomstWeergave(c, item.herkomst)}` : metTreffers(item.tekst, bereiken);

/**
 * Een item is zijn tekst in een lijstitem met zijn vaste id: geen knoppen of omhulsels. Met `markeerbaar`
 * is de tekst zelf de knop die markeert (`aria-pressed`), en krijgt alleen een gemarkeerd item een notitieveld.
 */
function itemWeergave(c: WeergaveContext, item: Item, bereiken: Bereik[] | undefined, stop: string | undefined): TemplateResult {
  const doelwit = c.deeplinks.doelwit === item.id;
  if (!c.markeerbaar || c.statisch) {
    return html`<li class="item" part="item" id=${item.id} tabindex=${doelwit ? '-1' : nothing} ?data-doelwit=${doelwit} ?hidden=${bereiken === undefined}>${itemTekst(c, item, bereiken)}</li>`;
  }
  const gemarkeerd = c.markeren.isGemarkeerd(item.id);
  const id = markeerId(item);
  return html`<li
    class="item"
    part="item"
    id=${item.id}
    tabindex=${doelwit ? '-1' : nothing}
    ?data-doelwit=${doelwit}
    ?data-gemarkeerd=${gemarkeerd}
    ?hidden=${bereiken === undefined}
  >
    <button
      type="button"
      class="markeer-knop"
      part="markeer-knop"
      id=${id}
      data-roving
      tabindex=${stop === id ? '0' : '-1'}
      aria-pressed=${gemarkeerd ? 'true' : 'false'}
      @click=${() => c.markeren.wissel(item)}
    >
      <span class="item-tekst" id="_tekst-${item.id}">${itemTekst(c, item, bereiken)}</span>${gemarkeerd
        ? html`<span class="markering-label" lang=${c.taal} aria-hidden="true">${c.teksten.gemarkeerd}</span>`
        : nothing}
    </button>
    ${gemarkeerd ? notitieWeergave(c, item) : nothing}
  </li>`;
}

/** Het notitieveld bij een gemarkeerd item, en de notitie als tekst voor op papier. */
function notitieWeergave(c: WeergaveContext, item: Item): TemplateResult {
  const notitie = c.markeren.notities.get(item.id) ?? '';
  return html`<span class="notitie">
    <label for="_notitie-${item.id}" lang=${c.taal}>${c.teksten.notitie}</label>
    <textarea
      id="_notitie-${item.id}"
      aria-describedby="_tekst-${item.id}"
      part="notitie"
      rows="2"
      .value=${notitie}
      @input=${(gebeurtenis: InputEvent) => c.markeren.zetNotitie(item, (gebeurtenis.target as HTMLTextAreaElement).value)}
    ></textarea>
    ${notitie.trim() ? html`<span class="notitie-afdruk"><span lang=${c.taal}>${c.teksten.notitie}:</span> ${notitie}</span>` : nothing}
  </span>`;
}

/** Een zichtbaar label bij wat een organisatie zelf toevoegde: dat staat niet in de bron. */
function herkomstWeergave(c: WeergaveContext, herkomst: string | undefined): TemplateResult | typeof nothing {
  return herkomst ? html` <span class="herkomst" lang=${c.taal}>${c.teksten.herkomst(herkomst)}</span>` : nothing;
}
