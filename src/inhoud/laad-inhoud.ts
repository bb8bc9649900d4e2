import { kaarten } from '../kaarten.js';
import type { Begrippen } from './begrippen.js';
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

const geladen = new Map<string, Kaart>();
const bezig = new Map<string, Promise<Kaart>>();

/** De tekst van een kaart uit het boek, als die al geladen is. */
export const geladenKaart = (id: string): Kaart | undefined => geladen.get(id);

/** Laadt de tekst van een kaart uit het boek (één keer per pagina), met de item-ids compleet. */
export function laadKaart(id: string): Promise<Kaart> {
  let belofte = bezig.get(id);
  if (!belofte) {
    const soort = kaarten.find((kaart) => kaart.id === id);
    belofte = soort
      ? soort.laad().then(({ default: inhoud }) => {
          const kaart = metItemIds(inhoud as Kaart);
          geladen.set(id, kaart);
          return kaart;
        })
      : Promise.reject(new Error(`geen kaart ‘${id}’`));
    // Mislukt het laden (netwerk, CSP), dan mag een volgende poging het opnieuw proberen.
    belofte.catch(() => bezig.delete(id));
    bezig.set(id, belofte);
  }
  return belofte;
}

let begrippen: Begrippen | undefined;
let begrippenBezig: Promise<Begrippen> | undefined;

/** De begrippen uit het boek, als ze al geladen zijn. */
export const geladenBegrippen = (): Begrippen | undefined => begrippen;

/** Laadt de begrippen (één keer per pagina): pas als iemand ze opent, of als `<mw-begrippen>` getekend wordt. */
export function laadBegrippen(): Promise<Begrippen> {
  begrippenBezig ??= import('../../content/begrippen.json').then(({ default: inhoud }) => (begrippen = inhoud as Begrippen));
  begrippenBezig.catch(() => (begrippenBezig = undefined));
  return begrippenBezig;
}
