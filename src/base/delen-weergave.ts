import { html, nothing, type TemplateResult } from 'lit';
import { html as htmlMetKop, unsafeStatic } from 'lit/static-html.js';
import { inStukken, type Bereik } from '../functies/zoeken/treffers.js';
import { kopTag } from '../gedeeld/kop.js';
import { losGetekend } from './los-getekend.js';
import type { Item } from '../inhoud/kaart.js';
import { delenStand, markeerId, type DeelStand, type GroepStand, type ItemStand, type KantStand, type TekstStand } from './delen-stand.js';
import type { WeergaveContext } from './weergave-context.js';

/**
 * De delen, kanten, groepen en items van een kaart, met de melding als de zoekopdracht niets vond: de enige weergave
 * ervan, in de browser, op de server, in de statische export en bij het hydrateren. Wat getoond wordt (open of
 * dicht, zichtbaar bij de zoekopdracht, doelwit, tabstop), beslist `delenStand`.
 */
export function delenWeergave(c: WeergaveContext, niveau: number, nietsGevonden: string | undefined): TemplateResult {
  // Eén luisteraar voor klikken, toetsen en focus in alle groepen, in plaats van drie per groep: elke luisteraar
  // met zijn closure blijft in het geheugen staan, en bij vijftig kaarten op een pagina telt dat.
  const bedien = (gebeurtenis: Event): void => bedienDelen(c, gebeurtenis);
  return html`<div class="delen" @click=${bedien} @keydown=${bedien} @focusin=${bedien}>
    ${nietsGevonden === undefined ? nothing : html`<p class="niets-gevonden" lang=${c.taal}>${nietsGevonden}</p>`}
    ${delenLos(c, delenStand(c, niveau))}
  </div>`;
}

/**
 * Wat een klik, toets of focus in een groep doet: de knop van de groep opent of sluit haar, en pijltjes, Home en End
 * gaan langs de tabstop van de groep (roving tabindex). De knop van een item (met `markeerbaar`) heeft haar eigen
 * luisteraar.
 */
function bedienDelen(c: WeergaveContext, gebeurtenis: Event): void {
  const doel = gebeurtenis.target as Element;
  const groep = doel.closest('.groep');
  if (!groep) return;
  if (gebeurtenis.type === 'keydown') c.roving.toets(groep.id, gebeurtenis as KeyboardEvent, groep);
  else if (gebeurtenis.type === 'focusin') c.roving.focus(groep.id, gebeurtenis as FocusEvent);
  else if (doel.closest('.groep-knop')) c.openDicht.wissel(groep.id);
}

/** De tekst met de treffers in `<mark>`; de tekst blijft tekst (Lit zet hem als tekstknoop). */
function metTreffers(tekst: string, bereiken: Bereik[] = []): unknown {
  if (bereiken.length === 0) return tekst;
  return inStukken(tekst, bereiken).map((stuk) => (stuk.treffer ? html`<mark>${stuk.tekst}</mark>` : stuk.tekst));
}

/*
 * Een deel, kant of groep is één sjabloon met haar kop erin: `htmlMetKop` (`html` van `lit/static-html`) zet de tag
 * van de kop (h1–h6, of een div met role="heading" dieper) uit `kopTag`. Dat scheelt per kop een eigen instantie
 * van Lit met vijf bindingen. (eslint-plugin-lit leest alleen sjablonen met de tag `html`, en kent de statische tag
 * niet.)
 */

/**
 * De delen van de kaart. Zonder markeerknoppen (die luisteraars hebben) tekent Lit elk deel één keer en laat het dan
 * los (`losGetekend`): verandert er iets in een deel, dan wordt het opnieuw getekend en het bestaande deel aangepast.
 * Zo houdt een kaart geen instantie van Lit per groep en item vast (50 kaarten: JS-heap 3,22 → 2,21 MB).
 */
function delenLos(c: WeergaveContext, delen: DeelStand[]): unknown {
  if (c.markeerbaar && !c.statisch) return delen.map((deel) => deelWeergave(c, deel));
  return losGetekend(delen.map((deel) => ({ sjabloon: deelWeergave(c, deel), wie: deel.deel, sleutel: deelSleutel(c, deel) })));
}

/**
 * Alles waarin een deel kan verschillen van de vorige keer, behalve de inhoud (die zit in `wie`), zo kort mogelijk:
 * wat er gewoon uitziet (open, zichtbaar, geen doelwit of treffers), telt niet mee. De sleutel blijft in het geheugen.
 */
function deelSleutel(c: WeergaveContext, deel: DeelStand): string {
  let sleutel = `${c.statisch ? 's' : ''}${c.taal}${deel.niveau}${deel.zichtbaar ? '' : 'h'}`;
  deel.kanten?.forEach((kant, k) => (sleutel += kant.zichtbaar ? '' : `k${k}`));
  (deel.kanten ? deel.kanten.flatMap((kant) => kant.groepen) : deel.groepen).forEach((g, n) => {
    let groep = `${g.open ? '' : 'c'}${g.zichtbaar ? '' : 'h'}${g.doelwit ? 'd' : ''}${g.stop === g.knopId ? '' : `(${g.stop})`}${trefferSleutel(g.titel)}`;
    g.items.forEach((item, i) => {
      const anders = `${item.doelwit ? 'd' : ''}${trefferSleutel(item)}`;
      if (anders) groep += `i${i}${anders}`;
    });
    if (groep) sleutel += `;${n}:${groep}`;
  });
  return sleutel;
}

/** De treffers van de zoekopdracht in een tekst: niets zonder zoekopdracht, `v` als ze hem verbergt. */
const trefferSleutel = ({ bereiken }: TekstStand): string => (bereiken ? (bereiken.length ? `[${bereiken.map((b) => `${b.van}-${b.tot}`).join()}]` : '') : 'v');

function deelWeergave(c: WeergaveContext, deel: DeelStand): TemplateResult {
  const kop = kopTag(deel.niveau);
  return htmlMetKop`<div class="deel" part="deel" id=${deel.deel.id} data-sleutel=${deel.deel.sleutel} ?hidden=${!deel.zichtbaar}>
    <${kop.open} class="deel-titel" part="deel-titel">${deelTitel(c, deel)}</${kop.sluit}>${deel.kanten
      ? html`<div class="kanten">${deel.kanten.map((kant) => kantWeergave(c, kant))}</div>`
      : deel.groepen.map((g) => groepWeergave(c, g))}
  </div>`;
}

function kantWeergave(c: WeergaveContext, kant: KantStand): TemplateResult {
  const kop = kopTag(kant.niveau);
  return htmlMetKop`<div class="kant" part="kant" data-kant=${kant.kant.id} ?hidden=${!kant.zichtbaar}>
    <${kop.open} class="kant-titel"><span class="kant-teken" aria-hidden="true"></span>${kant.kant.titel}</${kop.sluit}>${kant.groepen.map((g) => groepWeergave(c, g))}
  </div>`;
}

/** Het doel van een deeplink kan de focus krijgen; een ander sjabloon in plaats van twee bindingen op elke groep. */
const DOELWIT = unsafeStatic(' tabindex="-1" data-doelwit');
const GEEN_DOELWIT = unsafeStatic('');

/**
 * Een groep: haar kop met de knop die haar opent en sluit (statisch: alleen de titel), en haar items. Alles wat
 * kan veranderen is een binding op dit ene sjabloon; klikken, toetsen en focus vangt `.delen` op.
 */
function groepWeergave(c: WeergaveContext, g: GroepStand): TemplateResult {
  const { groep } = g;
  const kop = kopTag(g.niveau);
  const doelwit = g.doelwit ? DOELWIT : GEEN_DOELWIT;
  const titel = metTreffers(g.titel.tekst, g.titel.bereiken);
  const items = groep.items.map((item, i) => itemWeergave(c, item, g.items[i], g.stop));
  if (c.statisch) {
    return htmlMetKop`<div class="groep" part="groep"${doelwit} id=${groep.id} ?hidden=${!g.zichtbaar}>
      <${kop.open} class="groep-titel" part="groep-titel"><span>${titel}</span>${herkomstWeergave(g.titel)}</${kop.sluit}>
      <ul class="items" id=${g.lijstId}>${items}</ul>
    </div>`;
  }
  return htmlMetKop`<div class="groep" part="groep"${doelwit} id=${groep.id} ?hidden=${!g.zichtbaar}>
    <${kop.open} class="groep-titel" part="groep-titel"><button
        type="button"
        class="groep-knop"
        id=${g.knopId}
        data-roving
        tabindex=${g.stop === g.knopId ? '0' : '-1'}
        aria-expanded=${g.open ? 'true' : 'false'}
        aria-controls=${g.lijstId}
      ><span class="openklapteken" aria-hidden="true"></span><span>${titel}</span>${herkomstWeergave(g.titel)}</button></${kop.sluit}>
    <ul class="items" id=${g.lijstId} ?hidden=${!g.open}>${items}</ul>
  </div>`;
}

function deelTitel(c: WeergaveContext, deel: DeelStand): TemplateResult | string {
  return deel.nummer
    ? html`<span class="nummer" aria-hidden="true">${deel.nummer.teken}</span><span class="visueel-verborgen" lang=${c.taal}>${deel.nummer.label}</span>${deel.deel.titel}`
    : deel.deel.titel;
}

/** De tekst van een item, met de treffers van de zoekopdracht en, bij een eigen aanvulling, van wie die is. */
const itemTekst = (stand: ItemStand): unknown =>
  stand.herkomst ? html`${metTreffers(stand.tekst, stand.bereiken)}${herkomstWeergave(stand)}` : metTreffers(stand.tekst, stand.bereiken);

/**
 * Een item is zijn tekst in een lijstitem met zijn vaste id: geen knoppen of omhulsels. Met `markeerbaar`
 * is de tekst zelf de knop die markeert (`aria-pressed`), en krijgt alleen een gemarkeerd item een notitieveld.
 */
function itemWeergave(c: WeergaveContext, item: Item, stand: ItemStand, stop: string | undefined): TemplateResult {
  const { doelwit } = stand;
  const verborgen = stand.bereiken === undefined;
  if (!c.markeerbaar || c.statisch) {
    // Drie sjablonen in plaats van bindingen die bijna altijd hetzelfde zijn: een item dat de zoekopdracht verbergt,
    // en het ene doel van een deeplink. Zo heeft een item twee bindingen (id en tekst); wisselt het van soort, dan
    // tekent Lit alleen dat lijstitem opnieuw.
    if (doelwit) {
      return html`<li class="item" part="item" id=${item.id} tabindex="-1" data-doelwit ?hidden=${verborgen}>${itemTekst(stand)}</li>`;
    }
    return verborgen
      ? html`<li class="item" part="item" id=${item.id} hidden>${itemTekst(stand)}</li>`
      : html`<li class="item" part="item" id=${item.id}>${itemTekst(stand)}</li>`;
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
    ?hidden=${verborgen}
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
      <span class="item-tekst" id="_tekst-${item.id}">${itemTekst(stand)}</span>${gemarkeerd
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
function herkomstWeergave({ herkomst }: TekstStand): TemplateResult | typeof nothing {
  return herkomst ? html` <span class="herkomst" lang=${herkomst.taal}>${herkomst.tekst}</span>` : nothing;
}
