import { metEigenTeksten, type Teksten } from '../teksten.js';

/**
 * De woorden die alleen `<mw-verslag>` en `<mw-denkhulp>` nodig hebben, naast de gedeelde woorden uit
 * src/teksten.ts (zoals `<mw-kaart>` in kaart.teksten.ts). Kaarttekst staat hier nooit: die komt uit content/.
 */
export interface VerslagTeksten extends Teksten {
  /** De naam van het laatste tabblad van `<mw-denkhulp>` en de titel van het verslag. */
  verslag: string;
  /** De naam van de lijst met tabbladen in `<mw-denkhulp>`. */
  kaartenVoorDezeCasus: string;
  afweging: string;
  afwegingHulp: string;
  afwegingLeeg: string;
  kopieerMetOpmaak: string;
  verslagGekopieerd: string;
  verslagBijgewerkt: string;
  /** Eén melding voor alles wat bij het terugzetten niet klopte, zodat er één waarschuwing is. */
  nietAllesTerug: (opmerkingen: string[]) => string;
  geenVerslag: string;
  andereVersie: (versie: string, bekend: number) => string;
  klopt: (velden: string[]) => string;
  onbekendInVerslag: (ids: string[]) => string;
  ingekort: (velden: string[], maximum: number) => string;
  opmaakAlsTekst: string;
  ongeldigBereik: (id: string) => string;
  /** `actief` van `<mw-denkhulp>` noemt geen tabblad; het eerste tabblad is gekozen. */
  onbekendTabblad: (waarde: string, mogelijk: string[]) => string;
}

type EigenTeksten = Omit<VerslagTeksten, keyof Teksten>;

const eigen: Record<'nl' | 'en', EigenTeksten> = {
  nl: {
    verslag: 'Verslag',
    kaartenVoorDezeCasus: 'Kaarten voor deze casus',
    afweging: 'Afweging',
    afwegingHulp: 'Je eigen conclusie en waarom, in je eigen woorden.',
    afwegingLeeg: 'Nog niet ingevuld.',
    kopieerMetOpmaak: 'Kopieer met opmaak',
    verslagGekopieerd: 'Verslag gekopieerd.',
    verslagBijgewerkt: 'Verslag bijgewerkt.',
    nietAllesTerug: (opmerkingen) => `Niet alles uit het verslag kon terug. ${opmerkingen.join(' ')}`,
    geenVerslag: 'Dit is geen verslag; er is niets teruggezet.',
    andereVersie: (versie, bekend) => `Versie ‘${versie}’ in plaats van ${bekend}: wat herkenbaar was, is terug.`,
    klopt: (velden) => `Ontbreekt of klopt niet: ${velden.join(', ')}.`,
    onbekendInVerslag: (ids) => `Onbekend, overgeslagen: ${ids.join(', ')}.`,
    ingekort: (velden, maximum) => `Ingekort tot ${maximum} tekens: ${velden.join(', ')}.`,
    opmaakAlsTekst: 'HTML in de tekst staat er als gewone tekst.',
    ongeldigBereik: (id) => `Er is geen element met id ‘${id}’ (voor).`,
    onbekendTabblad: (waarde, mogelijk) => `‘${waarde}’ is geen tabblad hier (actief). Kies ${mogelijk.join(', ')}. Nu is het eerste tabblad gekozen.`,
  },
  en: {
    verslag: 'Record',
    kaartenVoorDezeCasus: 'Cards for this case',
    afweging: 'Consideration',
    afwegingHulp: 'Your own conclusion and why, in your own words.',
    afwegingLeeg: 'Not filled in yet.',
    kopieerMetOpmaak: 'Copy with formatting',
    verslagGekopieerd: 'Record copied.',
    verslagBijgewerkt: 'Record updated.',
    nietAllesTerug: (opmerkingen) => `Not everything in the record could be restored. ${opmerkingen.join(' ')}`,
    geenVerslag: 'This is not a record; nothing was restored.',
    andereVersie: (versie, bekend) => `Version ‘${versie}’ instead of ${bekend}: what was recognisable is back.`,
    klopt: (velden) => `Missing or not valid: ${velden.join(', ')}.`,
    onbekendInVerslag: (ids) => `Unknown, skipped: ${ids.join(', ')}.`,
    ingekort: (velden, maximum) => `Shortened to ${maximum} characters: ${velden.join(', ')}.`,
    opmaakAlsTekst: 'HTML in the text is shown as plain text.',
    ongeldigBereik: (id) => `There is no element with id ‘${id}’ (voor).`,
    onbekendTabblad: (waarde, mogelijk) => `‘${waarde}’ is not a tab here (actief). Choose ${mogelijk.join(', ')}. The first tab is selected.`,
  },
};

/** De teksten van het verslag en de denkhulp in deze taal: de gedeelde met de eigen erbij. */
export const verslagTeksten = metEigenTeksten<VerslagTeksten>(eigen);
