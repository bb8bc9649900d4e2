/// <reference types="vite/client" />
/**
 * Het blok „Tag om te plakken” onder elk verhaal en in de Docs: de HTML voor de keuzes in Controls (scriptregel en
 * tag met alleen wat afwijkt van de standaard), een knop die haar kopieert en zegt dat dat gelukt is (zichtbaar en
 * voor schermlezers, `role="status"`), en dezelfde kaart voor npm, React en Vue. De tekst komt uit
 * `tagOmTePlakken()`, dezelfde functie die de tests gebruiken.
 */
import type { Decorator } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { tagOmTePlakken, type PlakElement } from './tag-om-te-plakken.js';

/**
 * Het adres van `mw-kaarten.js` in de scriptregel. Standaard ernaast; wie de Storybook als interne site publiceert,
 * zet het adres van de eigen server: `STORYBOOK_MW_BUNDEL=https://intranet.example/mw/mw-kaarten.js`.
 */
const BUNDEL: string = import.meta.env.STORYBOOK_MW_BUNDEL || 'mw-kaarten.js';

/** Per verhaal: welke tags het blok toont. Standaard de `component` van het verhaal; `false`: geen blok. */
export interface TagOmTePlakkenParameter {
  tags?: string[];
}

/** Kopieert de tekst; valt terug op selecteren en `execCommand('copy')` waar het klembord niet mag. */
async function kopieer(tekst: string, bron: HTMLElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(tekst);
    return true;
  } catch {
    const selectie = getSelection();
    selectie?.selectAllChildren(bron);
    const gelukt = document.execCommand('copy');
    return gelukt;
  }
}

async function klikKopieer(gebeurtenis: Event): Promise<void> {
  const knop = gebeurtenis.currentTarget as HTMLButtonElement;
  const blok = knop.closest('.mw-tag-om-te-plakken');
  const code = blok?.querySelector<HTMLElement>('[data-soort="html"]');
  const status = blok?.querySelector<HTMLElement>('[role="status"]');
  if (!blok || !code || !status) return;
  const gelukt = await kopieer(code.textContent ?? '', code);
  status.textContent = gelukt
    ? 'Gekopieerd: plak de regels in uw pagina en zet mw-kaarten.js ernaast.'
    : 'Kopiëren lukte niet. Selecteer de regels hierboven en kopieer ze met Ctrl+C (of Cmd+C).';
  blok.toggleAttribute('data-gekopieerd', gelukt);
}

/** Het blok voor deze elementen. */
function tagBlok(elementen: PlakElement[]) {
  const plak = tagOmTePlakken(elementen, BUNDEL);
  return html`<section class="mw-tag-om-te-plakken" aria-label="Tag om te plakken">
    <style>
      .mw-tag-om-te-plakken { margin-block-start: 2rem; padding-block-start: 1rem; border-block-start: 2px solid; max-inline-size: 60rem; font-family: system-ui, sans-serif; }
      .mw-tag-om-te-plakken pre { white-space: pre-wrap; overflow-wrap: anywhere; padding: 0.75rem; border: 1px solid; border-radius: 4px; font-size: 0.9rem; }
      .mw-tag-om-te-plakken button { font: inherit; padding: 0.4rem 1rem; border: 2px solid; border-radius: 4px; background: Canvas; color: CanvasText; cursor: pointer; }
      .mw-tag-om-te-plakken button:focus-visible { outline: 3px solid; outline-offset: 2px; }
      .mw-tag-om-te-plakken [role='status'] { display: inline-block; margin-inline-start: 0.75rem; font-weight: bold; }
      .mw-tag-om-te-plakken[data-gekopieerd] pre[data-soort='html'] { outline: 3px solid; }
    </style>
    <p><strong>Tag om te plakken</strong> (HTML, voor de keuzes in Controls):</p>
    <pre data-soort="html">${plak.html}</pre>
    <button type="button" @click=${klikKopieer}>Kopieer de tag</button>
    <span role="status"></span>
    <details>
      <summary>Voor ontwikkelaars: npm, React en Vue</summary>
      <p>npm:</p>
      <pre data-soort="npm">${plak.npm}</pre>
      <p>React (<code>maatwerk-kaarten/react</code>):</p>
      <pre data-soort="react">${plak.react}</pre>
      <p>Vue 3:</p>
      <pre data-soort="vue">${plak.vue}</pre>
    </details>
  </section>`;
}

/** Decorator: het verhaal met eronder de tag om te plakken voor de tags van het verhaal en de waarden in Controls. */
export const metTagOmTePlakken: Decorator = (verhaal, { args, component, parameters }) => {
  const parameter = parameters.tagOmTePlakken as TagOmTePlakkenParameter | false | undefined;
  const tags = parameter === false ? [] : (parameter?.tags ?? (component ? [component] : []));
  return html`${verhaal()}${tags.length ? tagBlok(tags.map((tag) => ({ tag, waarden: args }))) : nothing}`;
};
