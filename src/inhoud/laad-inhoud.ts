import { kaarten } from '../kaarten.js';
import { metItemIds } from './item-ids.js';
import type { Kaart } from './kaart.js';

/** Een lege kaart, zolang er (nog) geen inhoud is. */
export const LEGE_KAART: Kaart = {
  id: 'leeg',
  titel: '',
  deelSoort: 'deel',
  toelichting: [],
  bron: { titel: '', uitgever: '', jaar: 0 },
  delen: [],
};

/** De tekst van een kaart uit het boek (een JSON-bestand uit content/), met de item-ids compleet. */
export const kaartUitHetBoek = (inhoud: unknown): Kaart => metItemIds(inhoud as Kaart);

/** De tekst van een kaart uit het boek op id, voor `<mw-kaart basis>`; in de drop-in-bundel zit ze al in het bestand. */
export async function laadKaart(id: string): Promise<Kaart> {
  const kaart = kaarten.find((k) => k.id === id);
  if (!kaart) throw new Error(`geen kaart ‘${id}’`);
  return kaartUitHetBoek((await kaart.laad()).default);
}
