import { html, nothing, type TemplateResult } from 'lit';
import { metTreffers, type Bereik } from '../functies/zoeken/treffers.js';
import { kop } from '../gedeeld/kop.js';
import type { Deel, Groep, Item } from '../inhoud/kaart.js';
import type { WeergaveContext } from './weergave-context.js';

/**
 * De sjablonen van de delen, groepen en items van een kaart: de enige plek waar een kaart haar inhoud
 * doorloopt. Wat een functie toevoegt (treffers, open en dicht, doelwit, markering), leest het sjabloon
 * uit de context.
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
  const knop = html`<button
    type="button"
    class="groep-knop"
    aria-expanded=${open ? 'true' : 'false'}
    aria-controls="_items-${groep.id}"
    @click=${() => c.openDicht.wissel(groep.id)}
  >
    <span class="openklapteken" aria-hidden="true"></span>${titel}
  </button>`;
  return html`<div class="groep" part="groep" id=${groep.id} tabindex=${doelwit ? '-1' : nothing} ?data-doelwit=${doelwit} ?hidden=${!gevonden?.zichtbaar}>
    ${kop(niveau, c.statisch ? titel : knop, { klasse: 'groep-titel', part: 'groep-titel' })}
    <ul class="items" id="_items-${groep.id}" ?hidden=${!open}>
      ${groep.items.map((item) => itemWeergave(c, item, gevonden?.items.get(item.id)))}
    </ul>
  </div>`;
}

function itemActiesWeergave(c: WeergaveContext, item: Item, gemarkeerd: boolean): TemplateResult {
  return html`<span class="item-acties" lang=${c.taal}>
    ${c.markeerbaar
      ? html`<button
          type="button"
          class="klein markeer-knop"
          part="markeer-knop"
          aria-pressed=${gemarkeerd ? 'true' : 'false'}
          aria-describedby="_tekst-${item.id}"
          @click=${() => c.markeren.wissel(item)}
        >
          ${c.teksten.markeer}
        </button>`
      : nothing}
    <button type="button" class="klein link-knop" aria-describedby="_tekst-${item.id}" @click=${() => c.kopieerLink(item.id)}>
      ${c.teksten.kopieerLink}
    </button>
  </span>`;
}

function itemWeergave(c: WeergaveContext, item: Item, bereiken: Bereik[] | undefined): TemplateResult {
  const gemarkeerd = c.markeerbaar && c.markeren.isGemarkeerd(item.id);
  const notitie = c.markeren.notities.get(item.id) ?? '';
  const doelwit = c.deeplinks.doelwit === item.id;
  return html`<li
    class="item"
    part="item"
    id=${item.id}
    tabindex=${doelwit ? '-1' : nothing}
    ?data-doelwit=${doelwit}
    ?data-gemarkeerd=${gemarkeerd}
    ?hidden=${bereiken === undefined}
  >
    <span class="item-tekst" id="_tekst-${item.id}">${metTreffers(item.tekst, bereiken)}</span>${herkomstWeergave(c, item.herkomst)}
    ${gemarkeerd ? html`<span class="markering-label" lang=${c.taal}>${c.teksten.gemarkeerd}</span>` : nothing}
    ${c.statisch ? nothing : itemActiesWeergave(c, item, gemarkeerd)}
    ${gemarkeerd
      ? html`<span class="notitie">
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
        </span>`
      : nothing}
  </li>`;
}

/** Een zichtbaar label bij wat een organisatie zelf toevoegde: dat staat niet in de bron. */
function herkomstWeergave(c: WeergaveContext, herkomst: string | undefined): TemplateResult | typeof nothing {
  return herkomst ? html` <span class="herkomst" lang=${c.taal}>${c.teksten.herkomst(herkomst)}</span>` : nothing;
}
