import inhoud from '../../content/begrippen.json';
import type { Begrippen } from '../inhoud/begrippen.js';

/** De begrippen uit het boek (content/begrippen.json), voor `<mw-begrippen>` en de toelichting van elke kaart. */
export const begrippen = inhoud as Begrippen;
