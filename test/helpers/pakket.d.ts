export declare const laadVragenKaart: () => Promise<{ MwVragenKaart: CustomElementConstructor }>;
export declare const laadHoofdingang: () => Promise<Record<string, unknown>>;
export declare const laadKaartschema: () => Promise<{ valideerKaart: (invoer: unknown) => { geldig: boolean } }>;
