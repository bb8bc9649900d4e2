import type { Bron, Deel, DeelSoort, ItemNaam } from './inhoud/kaart.js';
import { datumIn } from './gedeeld/datum.js';
import { en } from './teksten-en.js';

/**
 * Alle woorden van de interface (knoppen, meldingen, labels, aankondigingen) staan hier, op één plek.
 * De kaarttekst zelf staat in `content/` en wordt nooit vertaald.
 */
export interface Teksten {
  toelichting: string;
  begrippen: string;
  stap: (nummer: number) => string;
  /** De naam van een deel zoals in overzicht, samenvatting en gespreksmodus: „Stap 3: Opties” of „Welzijn”. */
  deelNaam: (deel: Deel) => string;
  bron: (bron: Bron) => string;
  correctie: (gedrukt: string, verbeterd: string) => string;
  voetnoten: string;
  onbekendeKeuze: (attribuut: string, waarde: string, mogelijk: string[], soort: DeelSoort) => string;
  ongeldigKopniveau: (waarde: string, standaard: number) => string;
  /** De knop onder de fouten van `<mw-kaart>` als het laden van zijn JSON mislukte. */
  probeerOpnieuw: string;
  opnieuwMislukt: (tijd: Date) => string;
  // Zoeken
  zoekLabel: string;
  wisZoekopdracht: string;
  zoekresultaat: (gevonden: number, totaal: number, naam: ItemNaam) => string;
  nietsGevonden: (zoekopdracht: string) => string;
  // Openen en sluiten
  /** De menuknop met Alles openen, Alles sluiten, Gespreksmodus en Afdrukken. */
  meer: string;
  allesOpenen: string;
  allesSluiten: string;
  allesGeopend: string;
  allesGesloten: string;
  // Deeplinks
  kopieerLink: string;
  linkGekopieerd: string;
  onbekendDoelwit: (id: string) => string;
  verborgenDoelwit: (id: string, attribuut: string) => string;
  // Markeren
  gemarkeerd: string;
  notitie: string;
  overzicht: string;
  nogNietsGemarkeerd: string;
  nietsAanDezeKant: string;
  kopieerAlsTekst: string;
  samenvattingGekopieerd: string;
  samenvattingKop: (titel: string) => string;
  wisMarkeringen: string;
  wisVraag: string;
  wisJa: string;
  wisNee: string;
  markeringenGewist: string;
  onbekendeMarkeringen: (ids: string[]) => string;
  kopierenMislukt: string;
  sluiten: string;
  // Afdrukken
  afdrukken: string;
  afgedruktOp: (datum: Date) => string;
  datum: (datum: Date) => string;
  // Gespreksmodus
  gespreksmodus: string;
  gesprekTitel: (kaart: string) => string;
  gesprekPositie: (nummer: number, totaal: number) => string;
  gesprekSluiten: string;
  vorigeGroep: string;
  volgendeGroep: string;
  eersteGroep: string;
  laatsteGroep: string;
  gesprekHulp: string;
  // Insluiten met data-mw-kaart
  onbekendeKaart: (id: string, mogelijk: string[]) => string;
  // Aanvullingen van een organisatie
  herkomst: (organisatie: string) => string;
  aanvullingen: (organisaties: string[]) => string;
  genegeerdeAttributen: (namen: string[]) => string;
}

const meervoud: Record<DeelSoort, string> = {
  kant: 'beide kanten',
  thema: 'alle thema’s',
  fase: 'alle fasen',
  stap: 'alle stappen',
  doelgroep: 'alle doelgroepen',
  deel: 'alle delen',
};

const lijst = (woorden: string[]): string =>
  woorden.length > 1 ? `${woorden.slice(0, -1).join(', ')} of ${woorden[woorden.length - 1]}` : woorden.join('');

const datum = datumIn('nl-NL');

export const nl: Teksten = {
  toelichting: 'Toelichting',
  begrippen: 'Begrippen uit het boek',
  stap: (nummer) => `Stap ${nummer}`,
  deelNaam: (deel) => (deel.nummer ? `Stap ${deel.nummer}: ${deel.titel}` : deel.titel),
  bron: (bron) =>
    [
      `Bron: ${bron.uitgever}, ${bron.titel} (${bron.jaar})`,
      bron.opdrachtgever ? `, in opdracht van ${bron.opdrachtgever}` : '',
      bron.pagina ? `, pagina ${bron.pagina}` : '',
      '.',
    ].join(''),
  correctie: (gedrukt, verbeterd) => `Correctie: in het boek staat ‘${gedrukt}’; hier staat ‘${verbeterd}’.`,
  voetnoten: 'Voetnoten',
  onbekendeKeuze: (attribuut, waarde, mogelijk, soort) =>
    `‘${waarde}’ is geen bekende waarde voor ${attribuut}. Kies ${lijst(mogelijk)}. Nu staan ${meervoud[soort]} hieronder.`,
  probeerOpnieuw: 'Probeer opnieuw',
  opnieuwMislukt: (tijd) =>
    `Opnieuw proberen om ${tijd.toLocaleTimeString('nl-NL')} lukte niet. Probeer het later nog eens of laad de pagina opnieuw.`,
  ongeldigKopniveau: (waarde, standaard) =>
    `‘${waarde}’ is geen geldig kopniveau; kies 1 tot en met 6. Nu begint de kaart met kopniveau ${standaard}.`,
  zoekLabel: 'Zoek op deze kaart',
  wisZoekopdracht: 'Wis zoekopdracht',
  zoekresultaat: (gevonden, totaal, naam) => `${gevonden} van ${totaal} ${totaal === 1 ? naam.enkelvoud : naam.meervoud}`,
  nietsGevonden: (zoekopdracht) => `Niets gevonden voor ‘${zoekopdracht}’.`,
  meer: 'Meer',
  allesOpenen: 'Alles openen',
  allesSluiten: 'Alles sluiten',
  allesGeopend: 'Alle groepen zijn open.',
  allesGesloten: 'Alle groepen zijn dicht.',
  kopieerLink: 'Kopieer link',
  linkGekopieerd: 'Link gekopieerd.',
  onbekendDoelwit: (id) => `Op deze kaart staat geen groep of item met id ‘${id}’.`,
  verborgenDoelwit: (id, attribuut) => `‘${id}’ staat in een deel dat nu niet getoond wordt; verander of verwijder ${attribuut}.`,
  gemarkeerd: 'Gemarkeerd',
  notitie: 'Notitie',
  overzicht: 'Gemarkeerd voor deze casus',
  nogNietsGemarkeerd: 'Nog niets gemarkeerd.',
  nietsAanDezeKant: 'Hier is niets gemarkeerd.',
  kopieerAlsTekst: 'Kopieer als tekst',
  samenvattingGekopieerd: 'Samenvatting gekopieerd.',
  samenvattingKop: (titel) => `${titel}: gemarkeerd voor deze casus`,
  wisMarkeringen: 'Wis markeringen',
  wisVraag: 'Alle markeringen en notities op deze kaart wissen?',
  wisJa: 'Ja, wis alles',
  wisNee: 'Nee, bewaren',
  markeringenGewist: 'Markeringen gewist.',
  onbekendeMarkeringen: (ids) => `Deze markeringen horen niet bij deze kaart en zijn genegeerd: ${ids.join(', ')}.`,
  kopierenMislukt: 'Kopiëren lukte niet. Selecteer de tekst hieronder en kopieer hem zelf.',
  sluiten: 'Sluiten',
  afdrukken: 'Afdrukken',
  afgedruktOp: (waarde) => `Afgedrukt op ${datum(waarde)}.`,
  datum,
  gespreksmodus: 'Gespreksmodus',
  gesprekTitel: (kaart) => `Gespreksmodus: ${kaart}`,
  gesprekPositie: (nummer, totaal) => `Groep ${nummer} van ${totaal}`,
  gesprekSluiten: 'Sluit gespreksmodus',
  vorigeGroep: 'Vorige groep',
  volgendeGroep: 'Volgende groep',
  eersteGroep: 'Dit is de eerste groep.',
  laatsteGroep: 'Dit is de laatste groep.',
  gesprekHulp: 'Pijltjestoetsen: vorige of volgende groep. Esc: gespreksmodus sluiten.',
  onbekendeKaart: (id, mogelijk) => `Hier hoort een kaart, maar ‘${id}’ is geen bekende kaart. Kies ${lijst(mogelijk)}.`,
  herkomst: (organisatie) => `Aanvulling van ${organisatie}`,
  aanvullingen: (organisaties) => `Met aanvullingen van ${lijst(organisaties)}; die staan niet in de bron.`,
  genegeerdeAttributen: (namen) => `deze attributen kent de kaart niet en zijn genegeerd: ${namen.join(', ')}.`,
};

/** De taal van de interface voor een element: Engels als het dichtstbijzijnde `lang` (ook buiten shadow roots) Engels is. */
export function taalVan(element: Element): 'nl' | 'en' {
  let knoop: Element | null = element;
  while (knoop) {
    const lang = knoop.getAttribute('lang');
    if (lang) return /^en\b/i.test(lang) ? 'en' : 'nl';
    knoop = knoop.parentElement ?? ((knoop.getRootNode() as ShadowRoot).host || null);
  }
  return 'nl';
}

/** De teksten in deze taal. */
export const tekstenVoor = (taal: 'nl' | 'en'): Teksten => (taal === 'en' ? en : nl);

/**
 * De teksten van één element (`<mw-kaart>`, het verslag en de denkhulp) per taal: de gedeelde met de eigen erbij,
 * één keer per taal samengevoegd.
 */
export function metEigenTeksten<T extends Teksten>(eigen: Record<'nl' | 'en', Omit<T, keyof Teksten>>): (taal: 'nl' | 'en') => T {
  const samen = new Map<'nl' | 'en', T>();
  return (taal) => {
    let teksten = samen.get(taal);
    if (!teksten) samen.set(taal, (teksten = { ...tekstenVoor(taal), ...eigen[taal] } as T));
    return teksten;
  };
}

/** Als een kaart niet zegt hoe haar items heten. */
export const standaardItemNaam: ItemNaam = { enkelvoud: 'item', meervoud: 'items' };
