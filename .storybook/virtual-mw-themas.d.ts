/** De module die main.ts maakt uit themas/lijst.ts (zie daar). */
declare module 'virtual:mw-themas' {
  export interface GeladenThema {
    id: string;
    titel: string;
    klasse: string;
    donker?: boolean;
    /** De CSS van het thema, in de volgorde van de bladen. */
    laad: () => Promise<string[]>;
  }
  export const themas: GeladenThema[];
  /** Het thema waarmee de Storybook opent: het eigen thema als dat gezet is, anders geen (''). */
  export const beginThema: string;
}
