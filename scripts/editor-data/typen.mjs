/**
 * Maakt custom-elements.json klaar voor de generatoren (scripts/editor-data/integraties.mjs). Het manifest noemt
 * sommige typen alleen bij naam (`Kopniveau`, `Markering[]`) en `@fires` met het hele type van de gebeurtenis;
 * de generatoren nemen de tekst letterlijk over. Hier krijgt elk attribuut en elke eigenschap zijn uitgeschreven
 * type, in velden die de generatoren met hun optie `typesSrc` lezen:
 *   `htmlType` wat in HTML kan (VS Code en JetBrains bieden de waarden aan), `jsxType` wat JSX aanneemt.
 * Geen bestandssysteem: draait in Node en in de browser (test/editor-data.test.ts).
 */

/** Typen die het manifest alleen bij naam noemt. Een onbekende naam laat het maken falen. */
const ALIASSEN = {
  Kopniveau: {
    html: "'1' | '2' | '3' | '4' | '5' | '6' | 'auto'",
    jsx: "1 | 2 | 3 | 4 | 5 | 6 | '1' | '2' | '3' | '4' | '5' | '6' | 'auto'",
  },
};

/** Eigenschappen zonder attribuut waarvan de setter meer aanneemt dan de getter teruggeeft (het manifest kent de getter). */
const SETTER_TYPEN = {
  markeringen: "readonly import('../dist/esm/src/index.js').MarkeringInvoer[]",
  verslag: "import('../dist/esm/src/index.js').Verslag",
};

/**
 * Het type van een attribuut: `{ html, jsx }`. Letterlijke teksten en getallen (`stap`: `'1' | 1`) blijven,
 * in HTML als tekst en zonder dubbele; `boolean` en `string` blijven zoals ze zijn.
 */
export function leesType(tekst = 'string') {
  const delen = tekst.split('|').map((deel) => deel.trim()).filter((deel) => deel && deel !== 'undefined' && deel !== 'null');
  if (delen.length === 0) return { html: 'string', jsx: 'string' };
  if (delen.length === 1 && ['boolean', 'string', 'number', 'unknown'].includes(delen[0])) return { html: delen[0], jsx: delen[0] };
  if (delen.length === 1 && Object.hasOwn(ALIASSEN, delen[0])) return ALIASSEN[delen[0]];
  const letterlijk = delen.map((deel) => /^'([^'\\]*)'$|^"([^"\\]*)"$|^(\d+)$/.exec(deel));
  if (letterlijk.every(Boolean)) {
    const waarden = [...new Set(letterlijk.map((treffer) => treffer[1] ?? treffer[2] ?? treffer[3]))];
    return { html: waarden.map((waarde) => `'${waarde}'`).join(' | '), jsx: delen.join(' | ') };
  }
  throw new Error(`Onbekend type in custom-elements.json: "${tekst}". Voeg het toe aan ALIASSEN in scripts/editor-data/typen.mjs.`);
}

const openbaar = (lid) => lid.kind === 'field' && !lid.static && (lid.privacy === undefined || lid.privacy === 'public');

/** Een kopie van het manifest met `htmlType` en `jsxType` bij elk attribuut en elke eigenschap van een element. */
export function voorbereid(manifest) {
  const kopie = structuredClone(manifest);
  for (const element of kopie.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.customElement && d.tagName)) {
    for (const attribuut of element.attributes ?? []) {
      const { html, jsx } = leesType(attribuut.type?.text);
      Object.assign(attribuut, { htmlType: { text: html }, jsxType: { text: jsx } });
    }
    for (const lid of (element.members ?? []).filter(openbaar)) {
      lid.jsxType = { text: SETTER_TYPEN[lid.name] ?? leesType(lid.type?.text).jsx };
    }
    // De JSX-generator verwacht bij een gebeurtenis het type van `detail` en schrijft er `CustomEvent<…>` omheen.
    for (const gebeurtenis of element.events ?? []) {
      gebeurtenis.type = { text: `GlobalEventHandlersEventMap['${gebeurtenis.name}']['detail']` };
    }
  }
  return kopie;
}
