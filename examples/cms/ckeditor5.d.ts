/** Typen voor ckeditor5.js, zodat test/cms-insluiten.test.ts het kan importeren. */
import type { EditorConfig } from 'ckeditor5';

export declare const ckeditorInstellingen: EditorConfig & {
  htmlSupport: { allow: { name: string | RegExp; attributes?: string[] }[] };
};
