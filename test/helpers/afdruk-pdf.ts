import { executeServerCommand } from '@web/test-runner-commands';

/** Een regel tekst in de PDF: wat op één hoogte in één kolom staat; plaats en maten in punten, van linksboven. */
export interface Regel {
  tekst: string;
  x: number;
  /** De basislijn, van de bovenkant van de bladzijde. */
  y: number;
  breedte: number;
  grootte: number;
}

export interface Bladzijde {
  breedte: number;
  hoogte: number;
  regels: Regel[];
}

export interface Afdruk {
  bladzijden: Bladzijde[];
}

export interface AfdrukOpties {
  /** Een pagina op de testserver om in een eigen tabblad af te drukken; zonder: de pagina van de test zelf. */
  pagina?: string;
  /** Naam van de PDF als MW_AFDRUK_MAP gezet is (om de bladzijden te bekijken). */
  naam?: string;
}

/** Laat Chromium afdrukken naar PDF (A4) en geeft de regels per bladzijde (zie test/plugins/afdruk-pdf.js). */
export const drukAfAlsPdf = (opties: AfdrukOpties = {}): Promise<Afdruk> =>
  executeServerCommand<Afdruk, AfdrukOpties>('druk-af-als-pdf', opties);

/** Een plek in de afdruk: bladzijde (vanaf 1) en regel. */
export interface Plek {
  bladzijde: number;
  regel: Regel;
}

/** Tekst als sleutel om te vergelijken: kleine letters en cijfers, zonder accenten, leestekens, witruimte of afbreekstreepjes. */
export const sleutel = (tekst: string): string =>
  tekst
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Begint `tekst` op deze regel? Korte teksten (een kop als „Toelichting” of „Na”) staan er precies; van langere is de
 * regel het begin (lang genoeg om niet toevallig te zijn) of staat de hele tekst erop (met een markering erachter).
 * Ervoor mag alleen een nummer staan (het stapnummer; tekens als + en − tellen niet mee).
 */
function begintOp(regel: Regel, tekst: string): boolean {
  const r = sleutel(regel.tekst);
  const t = sleutel(tekst);
  const nummer = /^\d*/.exec(r)![0].length;
  for (let begin = 0; begin <= nummer; begin += 1) {
    const rest = r.slice(begin);
    if (rest === t) return true;
    if (t.length >= 12 && (rest.startsWith(t) || (t.startsWith(rest) && rest.length >= 10))) return true;
  }
  return false;
}

/** Zoveel punten rechts van een regel begint een volgende kolom (een kolom is op A4 minstens zo breed). */
const KOLOM = 100;

/**
 * De regels van een bladzijde na `vanaf`, in leesvolgorde: eerst wat eronder staat, dan (bij kolommen die
 * doorlopen) wat in een kolom rechts ervan staat, ook hoger op de bladzijde.
 */
function regelsNa(bladzijde: Bladzijde, nummer: number, vanaf?: Plek): Regel[] {
  if (!vanaf || nummer > vanaf.bladzijde) return bladzijde.regels;
  if (nummer < vanaf.bladzijde) return [];
  const { x, y } = vanaf.regel;
  return [...bladzijde.regels.filter((regel) => regel.y > y + 0.5), ...bladzijde.regels.filter((regel) => regel.y <= y + 0.5 && regel.x > x + KOLOM)];
}

/** De eerste regel waarop `tekst` begint, na `vanaf` (bladzijde na bladzijde, zie `regelsNa`). */
export function vind(afdruk: Afdruk, tekst: string, vanaf?: Plek): Plek | undefined {
  for (const [index, bladzijde] of afdruk.bladzijden.entries()) {
    const regel = regelsNa(bladzijde, index + 1, vanaf).find((kandidaat) => begintOp(kandidaat, tekst));
    if (regel) return { bladzijde: index + 1, regel };
  }
  return undefined;
}

/**
 * Staat `volgende` direct onder de kop, in dezelfde kolom op dezelfde bladzijde? Zo niet, dan is de kop de laatste
 * regel van een bladzijde of van een kolom.
 */
export const onderKop = (kop: Plek, volgende: Plek): boolean => kop.bladzijde === volgende.bladzijde && volgende.regel.y > kop.regel.y;

/** De tekst van een bladzijde als één sleutel, van boven naar beneden. */
export const bladzijdeSleutel = (bladzijde: Bladzijde): string => bladzijde.regels.map((regel) => sleutel(regel.tekst)).join('');

/** De afdruk als leesbare tekst, voor een foutmelding: per bladzijde de regels met hun hoogte. */
export const alsTekst = (afdruk: Afdruk): string =>
  afdruk.bladzijden
    .map((bladzijde, index) => `--- bladzijde ${index + 1}\n${bladzijde.regels.map((regel) => `${Math.round(regel.y)} ${Math.round(regel.x)} ${regel.tekst}`).join('\n')}`)
    .join('\n');
