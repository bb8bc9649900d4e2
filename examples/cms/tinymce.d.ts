/** Typen voor tinymce.js, zodat test/cms-insluiten.test.ts het kan importeren. */
export declare const tinymceInstellingen: { license_key: string; custom_elements: string; extended_valid_elements: string };
