/** Typen voor genereer.mjs, zodat TypeScript-tests het kunnen importeren. */
export declare const PAD: 'src/react/index.ts';
export declare function propVoorGebeurtenis(naam: string): string;
export declare function genereerReactIngang(invoer: { tags: readonly string[]; manifest: unknown }): string;
