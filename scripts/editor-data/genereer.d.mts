/** Typen voor genereer.mjs, zodat TypeScript-tests het kunnen importeren. */
export declare const BESTANDEN: {
  htmlData: 'editor/vscode.html-custom-data.json';
  cssData: 'editor/vscode.css-custom-data.json';
  webTypes: 'editor/web-types.json';
  reactJsx: 'types/react-jsx.d.ts';
};

export type GelezenType =
  | { soort: 'waarden'; waarden: string[]; ts: string }
  | { soort: 'boolean'; ts: 'boolean' }
  | { soort: 'tekst'; ts: string };

export declare function leesType(tekst: string): GelezenType;

/** Alle bestanden (pad → inhoud) uit het manifest en de naam en versie van het pakket. */
export declare function genereer(manifest: unknown, pakket: { name: string; version: string }): Record<string, string>;
