/**
 * De editorgegevens en JSX-typen uit custom-elements.json, gemaakt door de generatoren van het ecosysteem
 * (break-stuff/cem-tools), met het manifest uitgeschreven door typen.mjs:
 *
 *   editor/vscode.html-custom-data.json  VS Code (`html.customData`)    custom-element-vs-code-integration
 *   editor/vscode.css-custom-data.json   VS Code (`css.customData`)     custom-element-vs-code-integration
 *   editor/web-types.json                JetBrains-IDE's (web-types)    custom-element-jet-brains-integration
 *   types/custom-element-jsx.d.ts        JSX-typen per tag              custom-element-jsx-integration
 *
 * types/react-jsx.d.ts (met de hand, een paar regels) zet die JSX-typen in React.
 * `npm run editor-data` schrijft de bestanden (scripts/editor-data.mjs); test/editor-data.test.ts maakt ze
 * opnieuw in een tijdelijke map (test/plugins/editor-data.js) en vergelijkt.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { voorbereid } from './typen.mjs';

/** Waar de bestanden staan, vanaf de wortel van het pakket. */
export const BESTANDEN = {
  htmlData: 'editor/vscode.html-custom-data.json',
  cssData: 'editor/vscode.css-custom-data.json',
  webTypes: 'editor/web-types.json',
  jsx: 'types/custom-element-jsx.d.ts',
};

/** Schrijft de bestanden uit het manifest onder `wortel` (de test gebruikt een tijdelijke map). */
export function schrijfEditorData(manifest, wortel) {
  const klaar = voorbereid(manifest);
  const map = (bestand) => path.join(wortel, path.dirname(bestand));
  generateVsCodeCustomElementData(klaar, {
    outdir: map(BESTANDEN.htmlData),
    htmlFileName: path.basename(BESTANDEN.htmlData),
    cssFileName: path.basename(BESTANDEN.cssData),
    descriptionSrc: 'description',
    typesSrc: 'htmlType',
    hideLogs: true,
  });
  ontdubbelCssData(path.join(wortel, BESTANDEN.cssData));
  generateJetBrainsWebTypes(klaar, {
    outdir: map(BESTANDEN.webTypes),
    webTypesFileName: path.basename(BESTANDEN.webTypes),
    descriptionSrc: 'description',
    typesSrc: 'htmlType',
    hideLogs: true,
  });
  zetTypeTaal(path.join(wortel, BESTANDEN.webTypes));
  generateJsxTypes(klaar, {
    outdir: map(BESTANDEN.jsx),
    fileName: path.basename(BESTANDEN.jsx),
    descriptionSrc: 'description',
    typesSrc: 'jsxType',
    hideLogs: true,
  });
}

/**
 * De VS Code-generator zet elke custom property en elk part één keer per element in de CSS-gegevens (97 keer voor
 * 14 properties); VS Code biedt ze dan zo vaak aan. Eén keer per naam, met de verschillende beschrijvingen samen.
 */
function ontdubbelCssData(bestand) {
  const data = JSON.parse(readFileSync(bestand, 'utf8'));
  for (const soort of ['properties', 'pseudoElements']) {
    const perNaam = new Map();
    for (const item of data[soort] ?? []) {
      const bekend = perNaam.get(item.name);
      if (!bekend) perNaam.set(item.name, { ...item });
      else if (item.description && !(bekend.description ?? '').split('\n\n').includes(item.description)) {
        bekend.description = bekend.description ? `${bekend.description}\n\n${item.description}` : item.description;
      }
    }
    if (data[soort]) data[soort] = [...perNaam.values()];
  }
  writeFileSync(bestand, `${JSON.stringify(data, null, 2)}\n`);
}

/**
 * De typen in web-types (`'voor' | 'vóór' | …`) zijn TypeScript; de JetBrains-generator zegt dat niet
 * (`js-types-syntax`), en zonder die aanwijzing leest de IDE ze niet als typen.
 */
function zetTypeTaal(bestand) {
  const { $schema, name, version, ...rest } = JSON.parse(readFileSync(bestand, 'utf8'));
  writeFileSync(bestand, `${JSON.stringify({ $schema, name, version, 'js-types-syntax': 'typescript', ...rest }, null, 2)}\n`);
}
