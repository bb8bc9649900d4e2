import { sjablonenStuk } from '../base/sjablonen-lader.js';
import { overzichtStuk } from '../functies/markeren/overzicht.js';
import { kopniveauAutoStuk } from '../gedeeld/kopniveau.js';
import { begrippenStuk, laadKaart } from '../inhoud/laad-inhoud.js';
import { kaarten } from '../kaarten.js';
import { engels } from '../teksten.js';

/**
 * Laadt alles wat de elementen anders pas op aanvraag laden (besluit 16): de tekst van elke kaart, de begrippen,
 * de sjablonen waarmee de server tekent, het overzicht van `markeerbaar`, de Engelse teksten en wat
 * `heading-level="auto"` nodig heeft. Voor een server die de kaarten met Lit SSR als HTML in een pagina zet: Lit SSR
 * wacht niet op wat een element laadt, dus roep dit één keer aan vóór het renderen (`docs/export.md`). In de browser
 * is het niet nodig.
 */
export async function laadVooraf(): Promise<void> {
  await Promise.all([...kaarten.map((kaart) => laadKaart(kaart.id)), begrippenStuk.laad(), sjablonenStuk.laad(), overzichtStuk.laad(), engels.laad(), kopniveauAutoStuk.laad()]);
}
