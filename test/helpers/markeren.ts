import type { MwKaartBase } from '../../src/base/kaart-base.js';
import { een } from './dom.js';
import { typ } from './toetsenbord.js';

/** Markeert een item met een klik op zijn wisselknop, en typt een notitie als die er is (echte toetsaanslagen). */
export async function markeer(kaart: MwKaartBase, item: string, notitie?: string): Promise<void> {
  (een(kaart, `#${item} .markeer-knop`) as HTMLButtonElement).click();
  await kaart.updateComplete;
  if (notitie === undefined) return;
  (een(kaart, `#_notitie-${item}`) as HTMLTextAreaElement).focus();
  await typ(notitie);
  await kaart.updateComplete;
}
