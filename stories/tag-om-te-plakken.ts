/**
 * De tag om te plakken: uit een element en de waarden van Controls de HTML die een redacteur in haar pagina zet
 * (de scriptregel en de tag met alleen de attributen die van de standaard afwijken), en dezelfde kaart voor npm,
 * React en Vue. Zuiver en zonder Storybook: het blok onder elk verhaal, de test in test/ en de browsercontrole van
 * de statische Storybook gebruiken deze ene functie.
 */
import { declaratie, standaardwaarde, type ApiLid } from './manifest.js';

/** Wat een redacteur of ontwikkelaar kopieert. */
export interface TagOmTePlakken {
  /** `<script type="module" src="…/mw-kaarten.js"></script>` */
  script: string;
  /** De tags, elk op een regel, zonder inhoud. */
  tags: string;
  /** Script en tags samen: dit plakt een redacteur in een HTML-pagina naast de bundel. */
  html: string;
  /** `npm install …` en de import van alleen deze kaarten. */
  npm: string;
  /** React 19 met `maatwerk-kaarten/react`. */
  react: string;
  /** Vue 3: de import en de tags in een template (met `isCustomElement` voor `mw-*`). */
  vue: string;
}

/** Eén element met de waarden uit Controls, op naam van het attribuut (`heading-level`, `fase`). */
export interface PlakElement {
  tag: string;
  waarden: Readonly<Record<string, unknown>>;
}

const escapeAttribuut = (waarde: string) => waarde.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const isBooleaans = (lid: ApiLid) => lid.type?.text === 'boolean';

/**
 * De attributen die in de tag komen, in de volgorde van het manifest: alleen wat gezet is en afwijkt van de
 * standaard. Een booleaans attribuut staat er kaal (`compact`) als het aan is; leeg, `undefined` en uit vallen weg.
 */
export function afwijkendeAttributen({ tag, waarden }: PlakElement): [naam: string, waarde: string | true, lid: ApiLid][] {
  return (declaratie(tag).attributes ?? []).flatMap((lid): [string, string | true, ApiLid][] => {
    const waarde = waarden[lid.name];
    if (waarde === undefined || waarde === null || waarde === '' || waarde === false) return [];
    if (isBooleaans(lid)) return waarde === true && standaardwaarde(lid) !== 'true' ? [[lid.name, true, lid]] : [];
    const tekst = String(waarde);
    return tekst === standaardwaarde(lid) ? [] : [[lid.name, tekst, lid]];
  });
}

/** Eén tag in HTML: `<mw-vragen-kaart fase="tijdens" compact></mw-vragen-kaart>`. */
export function htmlTag(element: PlakElement): string {
  const attributen = afwijkendeAttributen(element)
    .map(([naam, waarde]) => (waarde === true ? ` ${naam}` : ` ${naam}="${escapeAttribuut(waarde)}"`))
    .join('');
  return `<${element.tag}${attributen}></${element.tag}>`;
}

/** `mw-vragen-kaart` → `MwVragenKaart`, zoals `maatwerk-kaarten/react` de component noemt. */
export const reactNaam = (tag: string) => tag.replace(/(^|-)([a-z])/g, (_, _streep: string, letter: string) => letter.toUpperCase());

/** `mw-vragen-kaart` → `vragen-kaart.js`, het ingangspunt van het pakket dat alleen die tag registreert. */
export const npmIngang = (tag: string) => `${tag.replace(/^mw-/, '')}.js`;

function reactTag(element: PlakElement): string {
  const props = afwijkendeAttributen(element).map(([naam, waarde, lid]) => {
    const prop = lid.fieldName ?? naam;
    if (waarde === true) return ` ${prop}`;
    return /^\d+$/.test(waarde) && lid.type?.text !== 'string' && !lid.type?.text.includes("'") ? ` ${prop}={${waarde}}` : ` ${prop}="${escapeAttribuut(waarde)}"`;
  });
  return `<${reactNaam(element.tag)}${props.join('')} />`;
}

/**
 * De tag om te plakken voor een of meer elementen. `bundel` is het adres van `mw-kaarten.js` zoals de pagina het
 * ziet; standaard ernaast (`mw-kaarten.js`), zodat een pagina naast de bundel meteen werkt.
 */
export function tagOmTePlakken(elementen: readonly PlakElement[], bundel = 'mw-kaarten.js'): TagOmTePlakken {
  const script = `<script type="module" src="${escapeAttribuut(bundel)}"></script>`;
  const tags = elementen.map(htmlTag).join('\n');
  const uniek = [...new Set(elementen.map((e) => e.tag))];
  const npm = ['npm install maatwerk-kaarten', '', ...uniek.map((tag) => `import 'maatwerk-kaarten/${npmIngang(tag)}';`)].join('\n');
  const react = [
    `import { ${uniek.map(reactNaam).join(', ')} } from 'maatwerk-kaarten/react';`,
    '',
    ...elementen.map(reactTag),
  ].join('\n');
  const vue = [
    ...uniek.map((tag) => `import 'maatwerk-kaarten/${npmIngang(tag)}';`),
    "// en in de Vue-instellingen: isCustomElement: (tag) => tag.startsWith('mw-')",
    '',
    '<template>',
    ...elementen.map((e) => `  ${htmlTag(e)}`),
    '</template>',
  ].join('\n');
  return { script, tags, html: `${script}\n${tags}`, npm, react, vue };
}
