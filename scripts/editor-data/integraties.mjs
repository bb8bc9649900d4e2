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
  generateJetBrainsWebTypes(klaar, {
    outdir: map(BESTANDEN.webTypes),
    webTypesFileName: path.basename(BESTANDEN.webTypes),
    descriptionSrc: 'description',
    typesSrc: 'htmlType',
    hideLogs: true,
  });
  generateJsxTypes(klaar, {
    outdir: map(BESTANDEN.jsx),
    fileName: path.basename(BESTANDEN.jsx),
    descriptionSrc: 'description',
    typesSrc: 'jsxType',
    hideLogs: true,
  });
}
