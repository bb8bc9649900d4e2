/**
 * `npm run vue-typen`: schrijft types/vue.d.ts, de typen voor Vue-templates (`GlobalComponents`), met
 * custom-element-vuejs-integration uit custom-elements.json. Draait vanzelf na `npm run analyze`.
 *
 * Zes aanpassingen, omdat de generator (1.4.0) anders typen schrijft die niets of het verkeerde controleren.
 * Aan een kopie van het manifest:
 * - een attribuut zonder eigenschap (`lang`, van HTML zelf) zou `Klasse['undefined']` worden: het valt weg
 *   (Vue geeft het als gewoon attribuut door);
 * - een gebeurtenis van het type `CustomEvent<X>` zou `CustomEvent<CustomEvent<X>>` worden, met `X` niet
 *   geïmporteerd: de generator krijgt het `detail` uit `GlobalEventHandlersEventMap`, waar elk element zijn
 *   gebeurtenissen typt.
 * Aan het resultaat:
 * - de generator noemt de handler `"onmw-markering"` en attributen `"heading-level"`, maar vue-tsc zoekt bij
 *   `@mw-markering` naar `onMwMarkering` en bij `heading-level` naar `headingLevel` (zoals Vue props
 *   normaliseert): zonder die namen controleert Vue de handler en de attributen met een streepje niet;
 * - `markeringen` neemt aan wat de setter aanneemt (`MarkeringInvoer[]`), niet alleen wat de getter geeft;
 * - `heading-level="2"` is in een template tekst: het kopniveau mag ook als tekst (`"2"`, `"auto"`).
 */
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const WORTEL = fileURLToPath(new URL('../', import.meta.url));
const manifest = JSON.parse(await readFile(`${WORTEL}custom-elements.json`, 'utf8'));

const modulePerKlasse = new Map();
for (const module of manifest.modules) {
  for (const declaratie of module.declarations ?? []) {
    if (!declaratie.customElement || !declaratie.tagName) continue;
    modulePerKlasse.set(declaratie.name, module.path);
    declaratie.attributes = (declaratie.attributes ?? []).filter((attribuut) => attribuut.fieldName);
    for (const gebeurtenis of declaratie.events ?? []) gebeurtenis.type = { text: `GlobalEventHandlersEventMap['${gebeurtenis.name}']['detail']` };
  }
}

generateVuejsTypes(manifest, {
  outdir: `${WORTEL}types`,
  fileName: 'vue.d.ts',
  // Vanuit types/: de klasse uit haar eigen module in dist/esm, zoals types/react-jsx.d.ts.
  componentTypePath: (naam) => `../dist/esm/${modulePerKlasse.get(naam).replace(/\.ts$/, '.js')}`,
  hideLogs: true,
});

const PAD = `${WORTEL}types/vue.d.ts`;
const handlerNaam = (naam) => `on${naam.split('-').map((deel) => deel[0].toUpperCase() + deel.slice(1)).join('')}`;
const typen = (await readFile(PAD, 'utf8'))
  .replace(/"on(mw-[a-z-]+)"\?:/g, (_, naam) => `${handlerNaam(naam)}?:`)
  .replace(/"([a-z]+(?:-[a-z]+)+)"\?:/g, (_, naam) => `${naam.replace(/-([a-z])/g, (__, letter) => letter.toUpperCase())}?:`)
  .replace(/\b\w+\["markeringen"\]/g, 'readonly MarkeringInvoer[]')
  .replace(/\b(\w+\["headingLevel"\]);/g, (_, type) => `${type} | \`\${${type}}\`;`)
  .replace('import type { DefineComponent } from "vue";\n', (regel) => `${regel}import type { MarkeringInvoer } from "../dist/esm/src/index.js";\n`);
await writeFile(
  PAD,
  `// Gegenereerd door \`npm run vue-typen\` (scripts/vue-typen.mjs, custom-element-vuejs-integration) uit custom-elements.json; niet met de hand bewerken.\n${typen}`,
);
console.log('Geschreven: types/vue.d.ts');
