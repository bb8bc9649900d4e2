/** Typen voor dompurify.js, zodat test/cms-insluiten.test.ts het kan importeren. */
import type { Config } from 'dompurify';

export declare const dompurifyInstellingen: Config & {
  CUSTOM_ELEMENT_HANDLING: { tagNameCheck: RegExp; attributeNameCheck: RegExp; allowCustomizedBuiltInElements: boolean };
};
