import { datumIn } from './gedeeld/datum.js';
import type { DeelSoort } from './inhoud/kaart.js';
import type { Teksten } from './teksten.js';

/* De interface in het Engels; de woorden staan in dezelfde volgorde als `nl` in src/teksten.ts. */

const meervoudEn: Record<DeelSoort, string> = {
  kant: 'both sides',
  thema: 'all themes',
  fase: 'all phases',
  stap: 'all steps',
  doelgroep: 'all audiences',
  deel: 'all parts',
};

const lijstEn = (woorden: string[]): string =>
  woorden.length > 1 ? `${woorden.slice(0, -1).join(', ')} or ${woorden[woorden.length - 1]}` : woorden.join('');

const datumEn = datumIn('en-GB');

/**
 * De interface in het Engels, voor `lang="en"` op het element of hoger. De kaarttekst blijft Nederlands;
 * namen van kaartdelen (signalen, fasen) blijven ook in het Nederlands, zoals op de kaart.
 */
export const en: Teksten = {
  toelichting: 'Explanation',
  begrippen: 'Definitions from the book',
  stap: (nummer) => `Step ${nummer}`,
  deelNaam: (deel) => (deel.nummer ? `Step ${deel.nummer}: ${deel.titel}` : deel.titel),
  bron: (bron) =>
    [
      `Source: ${bron.uitgever}, ${bron.titel} (${bron.jaar})`,
      bron.opdrachtgever ? `, commissioned by ${bron.opdrachtgever}` : '',
      bron.pagina ? `, pages ${bron.pagina}` : '',
      '.',
    ].join(''),
  correctie: (gedrukt, verbeterd) => `Correction: the book reads ‘${gedrukt}’; this card reads ‘${verbeterd}’.`,
  voetnoten: 'Footnotes',
  onbekendeKeuze: (attribuut, waarde, mogelijk, soort) =>
    `‘${waarde}’ is not a known value for ${attribuut}. Choose ${lijstEn(mogelijk)}. Showing ${meervoudEn[soort]} below.`,
  probeerOpnieuw: 'Try again',
  opnieuwMislukt: (tijd) =>
    `Trying again at ${tijd.toLocaleTimeString('en-GB')} did not work. Try again later or reload the page.`,
  ongeldigKopniveau: (waarde, standaard) =>
    `‘${waarde}’ is not a valid heading level; choose 1 to 6. The card now starts at heading level ${standaard}.`,
  zoekLabel: 'Search this card',
  wisZoekopdracht: 'Clear search',
  // De namen van de items (signalen, vragen) zijn Nederlands; in het Engels gewoon „items”.
  zoekresultaat: (gevonden, totaal) => `${gevonden} of ${totaal} ${totaal === 1 ? 'item' : 'items'}`,
  nietsGevonden: (zoekopdracht) => `Nothing found for ‘${zoekopdracht}’.`,
  meer: 'More',
  allesOpenen: 'Open all',
  allesSluiten: 'Close all',
  allesGeopend: 'All groups are open.',
  allesGesloten: 'All groups are closed.',
  kopieerLink: 'Copy link',
  linkGekopieerd: 'Link copied.',
  onbekendDoelwit: (id) => `This card has no group or item with id ‘${id}’.`,
  verborgenDoelwit: (id, attribuut) => `‘${id}’ is in a part that is not shown; change or remove ${attribuut}.`,
  gemarkeerd: 'Marked',
  notitie: 'Note',
  overzicht: 'Marked for this case',
  nogNietsGemarkeerd: 'Nothing marked yet.',
  nietsAanDezeKant: 'Nothing marked here.',
  kopieerAlsTekst: 'Copy as text',
  samenvattingGekopieerd: 'Summary copied.',
  samenvattingKop: (titel) => `${titel}: marked for this case`,
  wisMarkeringen: 'Clear marks',
  wisVraag: 'Clear all marks and notes on this card?',
  wisJa: 'Yes, clear all',
  wisNee: 'No, keep them',
  markeringenGewist: 'Marks cleared.',
  onbekendeMarkeringen: (ids) => `These marks do not belong to this card and were ignored: ${ids.join(', ')}.`,
  kopierenMislukt: 'Copying did not work. Select the text below and copy it yourself.',
  sluiten: 'Close',
  afdrukken: 'Print',
  afgedruktOp: (waarde) => `Printed on ${datumEn(waarde)}.`,
  datum: datumEn,
  gespreksmodus: 'Discussion mode',
  gesprekTitel: (kaart) => `Discussion mode: ${kaart}`,
  gesprekPositie: (nummer, totaal) => `Group ${nummer} of ${totaal}`,
  gesprekSluiten: 'Close discussion mode',
  vorigeGroep: 'Previous group',
  volgendeGroep: 'Next group',
  eersteGroep: 'This is the first group.',
  laatsteGroep: 'This is the last group.',
  gesprekHulp: 'Arrow keys: previous or next group. Esc: close discussion mode.',
  onbekendeKaart: (id, mogelijk) => `A card belongs here, but ‘${id}’ is not a known card. Choose ${lijstEn(mogelijk)}.`,
  herkomst: (organisatie) => `Added by ${organisatie}`,
  aanvullingen: (organisaties) => `With additions by ${lijstEn(organisaties)}; these are not in the source.`,
  genegeerdeAttributen: (namen) => `the card does not know these attributes, they were ignored: ${namen.join(', ')}.`,
};
