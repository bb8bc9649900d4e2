import type { TemplateResult } from 'lit';
import inhoud from '../../content/begrippen.json';
import { begrippenWeergave } from '../base/begrippen-weergave.js';
import type { Begrippen } from '../inhoud/begrippen.js';
import type { Teksten } from '../teksten.js';

/**
 * Het stuk met de begrippen (besluit 16): de tekst uit het boek en de weergave ervan samen, want wie de een nodig
 * heeft, heeft ook de ander nodig. Laadt pas als iemand de begrippen opent of `<mw-begrippen>` getekend wordt
 * (`begrippenStuk` in src/inhoud/laad-inhoud.ts). De stijl staat in de elementen zelf: Lit SSR zet alleen de
 * statische stijlen van een element in de HTML.
 */
export const begrippen = inhoud as Begrippen;

/** De begrippen als definitielijst en tabel, met hun koppen op `niveau`. */
export const weergave = (niveau: number, teksten: Teksten): TemplateResult => begrippenWeergave(begrippen, niveau, teksten);
