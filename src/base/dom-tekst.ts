import { inStukken } from '../functies/zoeken/treffers.js';
import { maak } from '../gedeeld/dom.js';
import type { TekstStand } from './delen-stand.js';

/**
 * Zet een tekst van de kaart in een element, als tekstknopen, met `<mark>` rond de treffers en, bij een eigen
 * aanvulling, een spatie en het label (`span.herkomst`). Tekst blijft tekst: opmaak erin wordt niet gelezen.
 */
export function vulTekst(element: Element, stand: TekstStand): void {
  const doc = element.ownerDocument;
  const knopen: Node[] = inStukken(stand.tekst, stand.bereiken ?? [])
    .filter((stuk) => stuk.tekst !== '')
    .map((stuk) => (stuk.treffer ? maak(doc, 'mark', {}, stuk.tekst) : doc.createTextNode(stuk.tekst)));
  if (stand.herkomst) knopen.push(...herkomstLabel(doc, stand.herkomst));
  element.replaceChildren(...knopen);
}

/** Een spatie en het label bij wat een organisatie zelf toevoegde: dat staat niet in de bron. */
export const herkomstLabel = (doc: Document, herkomst: NonNullable<TekstStand['herkomst']>): Node[] => [
  doc.createTextNode(' '),
  maak(doc, 'span', { class: 'herkomst', lang: herkomst.taal }, herkomst.tekst),
];
