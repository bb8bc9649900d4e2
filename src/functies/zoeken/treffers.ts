/** Een stuk tekst dat bij een zoekterm past: van (inclusief) tot (exclusief), in tekens van de oorspronkelijke tekst. */
export interface Bereik {
  van: number;
  tot: number;
}

/** Eén teken zonder accenten en in kleine letters. */
const vergelijkbaarTeken = (teken: string): string => teken.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

/** Dezelfde regel, vooraf voor de 128 ASCII-tekens: het grootste deel van de tekst, zonder normalize per teken. */
const ASCII = Array.from({ length: 128 }, (_, code) => vergelijkbaarTeken(String.fromCharCode(code)));

/**
 * De vergelijkbare vorm van een tekst, per teken: zonder accenten en in kleine letters, met voor
 * elk teken de plek in de oorspronkelijke tekst. Zo vindt „financiele” ook „financiële” en kan
 * de treffer toch in de oorspronkelijke tekst worden aangewezen.
 */
function vergelijkbareVorm(tekst: string): { vorm: string; plek: number[] } {
  let vorm = '';
  const plek: number[] = [];
  for (let i = 0; i < tekst.length; i += 1) {
    const code = tekst.charCodeAt(i);
    const kern = code < 128 ? ASCII[code] : vergelijkbaarTeken(tekst[i]);
    for (const teken of kern) {
      vorm += teken;
      plek.push(i);
    }
  }
  return { vorm, plek };
}

/** Een tekst zonder accenten, hoofdletters en witruimte aan de randen („ Vóór ” wordt „voor”). */
export const vergelijkbaar = (tekst: string): string => vergelijkbareVorm(tekst.trim()).vorm;

/** De losse woorden van een zoekopdracht, in vergelijkbare vorm. */
export const zoektermen = (zoekopdracht: string): string[] => vergelijkbaar(zoekopdracht).split(/\s+/u).filter(Boolean);

/**
 * Waar de zoektermen in de tekst staan. `null` als niet elke term erin voorkomt;
 * anders alle plekken van alle termen, gesorteerd en samengevoegd.
 */
export function treffers(tekst: string, termen: string[]): Bereik[] | null {
  if (termen.length === 0) return [];
  const { vorm, plek } = vergelijkbareVorm(tekst);
  const bereiken: Bereik[] = [];
  for (const term of termen) {
    let start = vorm.indexOf(term);
    if (start < 0) return null;
    while (start >= 0) {
      bereiken.push({ van: plek[start], tot: plek[start + term.length - 1] + 1 });
      start = vorm.indexOf(term, start + term.length);
    }
  }
  bereiken.sort((a, b) => a.van - b.van);
  return bereiken.reduce<Bereik[]>((samen, bereik) => {
    const vorige = samen[samen.length - 1];
    if (vorige && bereik.van <= vorige.tot) vorige.tot = Math.max(vorige.tot, bereik.tot);
    else samen.push({ ...bereik });
    return samen;
  }, []);
}

/** Een tekst in stukken: gewone tekst en treffers, om de treffers in `<mark>` te zetten. */
export function inStukken(tekst: string, bereiken: Bereik[]): { tekst: string; treffer: boolean }[] {
  const stukken: { tekst: string; treffer: boolean }[] = [];
  let positie = 0;
  for (const { van, tot } of bereiken) {
    stukken.push({ tekst: tekst.slice(positie, van), treffer: false }, { tekst: tekst.slice(van, tot), treffer: true });
    positie = tot;
  }
  stukken.push({ tekst: tekst.slice(positie), treffer: false });
  return stukken;
}

