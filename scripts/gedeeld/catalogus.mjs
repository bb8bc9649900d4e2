/**
 * De catalogus van de zes kaarten (src/catalogus.ts: id, tag, het attribuut dat een deel kiest, en de
 * inhoud uit content/), voor scripts in Node; zo is er maar één lijst.
 */
import { laadTypeScript } from './laad-typescript.mjs';

/** @returns {Promise<readonly import('../../src/catalogus.ts').KaartInCatalogus[]>} */
export async function leesCatalogus() {
  return (await laadTypeScript('src/catalogus.ts')).catalogus;
}
