/**
 * Draait axe-core in een pagina op één element (axe gaat door shadow roots heen), met alleen de regels
 * voor WCAG 2.0, 2.1 en 2.2 op niveau A en AA, en vat de uitkomst samen per succescriterium.
 */
import { readFile } from 'node:fs/promises';

export const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe-core zoals het in node_modules staat (via @open-wc/testing → chai-a11y-axe). */
export async function leesAxe() {
  const bron = await readFile('node_modules/axe-core/axe.min.js', 'utf8');
  const { version } = JSON.parse(await readFile('node_modules/axe-core/package.json', 'utf8'));
  return { bron, versie: version };
}

/** `wcag143` → `1.4.3`, `wcag1410` → `1.4.10`; niveautags als `wcag21aa` geven niets. */
export function criteriumUitTag(tag) {
  const treffer = /^wcag(\d)(\d)(\d{1,2})$/.exec(tag);
  return treffer ? `${treffer[1]}.${treffer[2]}.${treffer[3]}` : undefined;
}

/** Draait axe op het eerste element dat bij `selector` past. Geeft het ruwe resultaat van axe. */
export function draaiAxe(tab, selector) {
  return tab.evaluate(
    (selector, tags) => window.axe.run(document.querySelector(selector), { runOnly: { type: 'tag', values: tags } }),
    selector,
    TAGS,
  );
}

const UITKOMSTEN = [
  ['violations', 'overtreding'],
  ['incomplete', 'nakijken'],
  ['passes', 'voldoet'],
];

/** Per regel van axe de succescriteria die ze noemt (leeg: alleen een niveautag). */
export function criteriaPerRegel(resultaat) {
  const regels = {};
  for (const soort of ['violations', 'incomplete', 'passes', 'inapplicable']) {
    for (const regel of resultaat[soort]) regels[regel.id] = regel.tags.map(criteriumUitTag).filter(Boolean);
  }
  return regels;
}

/**
 * De uitkomst per succescriterium: `overtreding` als één regel ervoor faalt, anders `nakijken` als axe het niet
 * zeker weet, anders `voldoet` als een regel iets vond en goedkeurde. Criteria waarvoor alle regels niets vonden
 * om te testen (niet van toepassing) staan er niet in. Daarnaast de regels per uitkomst.
 */
export function perCriterium(resultaat) {
  const criteria = {};
  const regels = {};
  for (const [soort, uitkomst] of [...UITKOMSTEN].reverse()) {
    regels[uitkomst] = resultaat[soort].map((regel) => regel.id).sort();
    for (const regel of resultaat[soort]) {
      for (const nummer of regel.tags.map(criteriumUitTag).filter(Boolean)) criteria[nummer] = uitkomst;
    }
  }
  const opNummer = ([a], [b]) => a.localeCompare(b, 'en', { numeric: true });
  return {
    criteria: Object.fromEntries(Object.entries(criteria).sort(opNummer)),
    regels: { overtreding: regels.overtreding, nakijken: regels.nakijken, voldoet: regels.voldoet },
  };
}

/** De bevindingen (overtredingen of nakijken) kort: regel, criteria, ernst, uitleg en waar (hoogstens vijf plekken). */
export function bevindingen(regels) {
  return regels.map((regel) => ({
    regel: regel.id,
    criteria: regel.tags.map(criteriumUitTag).filter(Boolean),
    ernst: regel.impact,
    uitleg: regel.help,
    meer: regel.helpUrl,
    plekken: regel.nodes.length,
    voorbeelden: regel.nodes.slice(0, 5).map((knoop) => ({ doel: knoop.target.flat().join(' ⟫ '), samenvatting: knoop.failureSummary ?? '' })),
  }));
}
