import vragen from '../../content/vragen.json';
import { perDeel, type Markering } from '../functies/markeren/markeringen.js';
import type { Kaart } from '../inhoud/kaart.js';
import type { VerslagTeksten } from './verslag.teksten.js';

/** Wat het verslag toont, kopieert en afdrukt. */
export interface VerslagInhoud {
  kaarten: { inhoud: Kaart; markeringen: Markering[] }[];
  afweging: string;
  datum: Date;
}

/**
 * De zin van het boek dat de kaarten denkhulpen zijn en géén afvinklijstjes (pagina 32): over alle kaarten, dus
 * onder het verslag. Letterlijk uit content/, nooit overgetypt.
 */
export const GEEN_AFVINKLIJST: string = vragen.geenAfvinklijst.tekst;

/** De bron van het verslag: het boek, zonder de pagina van één kaart. */
export const bronVan = (teksten: VerslagTeksten): string => teksten.bron({ ...(vragen.bron as Kaart['bron']), pagina: undefined });

/** Een notitie op één regel, zoals in de samenvatting van een kaart. */
export const notitieOpEenRegel = (notitie: string): string => notitie.trim().replace(/\s*\n\s*/g, ' ');

/** Eén blok van het verslag: een kop, een alinea (`p+` met witregel ervoor) of een lijst met items en notities. */
type Blok = ['h2' | 'h3' | 'h4' | 'p' | 'p+', string] | ['ul', [string, string][]];

/**
 * Het verslag als blokken, de ene bron voor tekst en HTML: titel, datum, per kaart in de volgorde van het boek de
 * gemarkeerde items per deel (en kant) met hun notities, de afweging, de zin dat de kaarten géén afvinklijst zijn,
 * en de bron. Er staat niets in dat telt of weegt, en niets over wat niet gemarkeerd is.
 */
function blokken(inhoud: VerslagInhoud, teksten: VerslagTeksten): Blok[] {
  const uit: Blok[] = [['h2', teksten.verslag], ['p', teksten.datum(inhoud.datum)]];
  if (inhoud.kaarten.length === 0) uit.push(['p+', teksten.nogNietsGemarkeerd]);
  for (const { inhoud: kaart, markeringen } of inhoud.kaarten) {
    uit.push(['h3', kaart.titel]);
    for (const { deel, perKant } of perDeel(kaart, markeringen)) {
      uit.push(['h4', teksten.deelNaam(deel)]);
      for (const { kant, markeringen: lijst } of perKant) {
        if (!lijst.length) continue;
        if (kant) uit.push(['p', `${kant.titel}:`]);
        uit.push(['ul', lijst.map((m) => [m.tekst, m.notitie.trim() && `${teksten.notitie}: ${notitieOpEenRegel(m.notitie)}`])]);
      }
    }
  }
  uit.push(['h3', teksten.afweging], ['p', inhoud.afweging.trim() || teksten.afwegingLeeg], ['p+', GEEN_AFVINKLIJST], ['p', bronVan(teksten)]);
  return uit;
}

/** Het verslag als platte tekst voor het dossier. */
export function verslagAlsTekst(inhoud: VerslagInhoud, teksten: VerslagTeksten): string {
  const regels = blokken(inhoud, teksten).map(([soort, tekst]) =>
    soort === 'ul'
      ? tekst.map(([item, notitie]) => `- ${item}${notitie && `\n  ${notitie}`}`).join('\n')
      : `${soort === 'h3' || soort === 'p+' ? '\n' : ''}${tekst}`,
  );
  return `${regels.join('\n')}\n`;
}

const VERVANG: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Tekst veilig in HTML: elk teken dat opmaak kan beginnen, wordt een entiteit; een nieuwe regel wordt `<br>`. */
export const ontsnap = (tekst: string): string => tekst.replace(/[&<>"]/g, (teken) => VERVANG[teken]).replace(/\r?\n/g, '<br>');

/**
 * Het verslag als HTML voor het klembord (`text/html`), zodat het met koppen en lijsten in Word, Outlook of de
 * editor van een dossier plakt. Alle tekst is ontsnapt; alleen de koppen, alinea's en lijsten zijn opmaak.
 */
export function verslagAlsHtml(inhoud: VerslagInhoud, teksten: VerslagTeksten): string {
  return blokken(inhoud, teksten)
    .map(([soort, tekst]) =>
      soort === 'ul'
        ? `<ul>${tekst.map(([item, notitie]) => `<li>${ontsnap(item)}${notitie && `<br>${ontsnap(notitie)}`}</li>`).join('')}</ul>`
        : `<${soort[0] === 'p' ? 'p' : soort}>${ontsnap(tekst)}</${soort[0] === 'p' ? 'p' : soort}>`,
    )
    .join('');
}
