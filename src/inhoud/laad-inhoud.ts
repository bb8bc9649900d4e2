import { OpAanvraag } from '../gedeeld/op-aanvraag.js';
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

/** Per kaart uit het boek één lader (src/gedeeld/op-aanvraag.ts): de tekst laadt één keer per pagina. */
const teksten = new Map(
  kaarten.map((soort) => [soort.id, new OpAanvraag(() => soort.laad().then(({ default: inhoud }) => metItemIds(inhoud as Kaart)))]),
);

/** De lader van de tekst van een kaart uit het boek (met `fout` als het laden mislukte). */
export const tekstStuk = (id: string): OpAanvraag<Kaart> | undefined => teksten.get(id);

/** De tekst van een kaart uit het boek, als die al geladen is. */
export const geladenKaart = (id: string): Kaart | undefined => teksten.get(id)?.module;

/** Laadt de tekst van een kaart uit het boek (één keer per pagina), met de item-ids compleet. */
export function laadKaart(id: string): Promise<Kaart> {
  return teksten.get(id)?.laad() ?? Promise.reject(new Error(`geen kaart ‘${id}’`));
}

/**
 * De begrippen uit het boek met hun weergave (src/begrippen/begrippen-stuk.ts, één keer per pagina): laden pas als
 * iemand ze opent, of als `<mw-begrippen>` getekend wordt.
 */
export const begrippenStuk = new OpAanvraag(() => import('../begrippen/begrippen-stuk.js'));
