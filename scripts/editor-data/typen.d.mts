/** Typen voor typen.mjs, zodat test/editor-data.test.ts het kan importeren. */
export declare function leesType(tekst?: string): { html: string; jsx: string };
export declare function voorbereid<Manifest>(manifest: Manifest): Manifest;
