import type { Kaart } from '../../inhoud/kaart.js';
import type { Teksten } from '../../teksten.js';
import { perDeel, type Markering } from './markeringen.js';

/**
 * De markeringen als platte tekst voor het dossier: kaart, datum, centrale vraag, de gemarkeerde
 * items per deel (en kant) met hun notities, de herinnering dat de kaart géén afvinklijst is, en de bron.
 * Er staat niets in dat telt of weegt.
 */
export function samenvattingAlsTekst(kaart: Kaart, markeringen: Markering[], datum: Date, teksten: Teksten): string {
  const regels: string[] = [teksten.samenvattingKop(kaart.titel), teksten.datum(datum), ...(kaart.vraag ? ['', kaart.vraag] : [])];
  for (const { deel, perKant } of perDeel(kaart, markeringen)) {
    regels.push('', teksten.deelNaam(deel));
    for (const { kant, markeringen: lijst } of perKant) {
      if (lijst.length === 0) continue;
      if (kant) regels.push(`${kant.titel}:`);
      for (const markering of lijst) {
        regels.push(`- ${markering.tekst}${markering.herkomst ? ` (${teksten.herkomst(markering.herkomst)})` : ''}`);
        if (markering.notitie.trim()) regels.push(`  ${teksten.notitie}: ${markering.notitie.trim().replace(/\s*\n\s*/g, ' ')}`);
      }
    }
  }
  if (markeringen.length === 0) regels.push('', teksten.nogNietsGemarkeerd);
  if (kaart.geenAfvinklijst) regels.push('', kaart.geenAfvinklijst.tekst);
  regels.push('', teksten.bron(kaart.bron));
  if (kaart.aanvullers?.length) regels.push(teksten.aanvullingen(kaart.aanvullers));
  return `${regels.join('\n')}\n`;
}
