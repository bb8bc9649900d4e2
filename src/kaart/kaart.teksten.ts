import { metEigenTeksten, type Teksten } from '../teksten.js';

/**
 * De woorden die alleen `<mw-kaart>` nodig heeft (laden en controleren van eigen inhoud), naast de
 * gedeelde woorden uit src/teksten.ts.
 */
export interface KaartTeksten extends Teksten {
  kaartNietTeTonen: string;
  kaartLaden: string;
  andereHerkomst: (adres: string) => string;
  laadfout: (adres: string, reden: string) => string;
  geenInhoud: string;
  geenTekst: string;
  tekstNietGeladen: (fout: string) => string;
}

type EigenTeksten = Omit<KaartTeksten, keyof Teksten>;

const eigen: Record<'nl' | 'en', EigenTeksten> = {
  nl: {
    kaartNietTeTonen: 'Deze kaart kan niet getoond worden. Wat er mis is:',
    kaartLaden: 'De kaart wordt geladen…',
    andereHerkomst: (adres) => `‘${adres}’ staat op een ander domein; een kaart laadt alleen van dezelfde herkomst als de pagina.`,
    laadfout: (adres, reden) => `‘${adres}’ kon niet geladen worden (${reden}).`,
    geenInhoud: 'Er is nog geen inhoud: geef een src of zet de eigenschap inhoud.',
    geenTekst: 'het adres is geen tekst',
    tekstNietGeladen: (fout) => `De tekst van deze kaart kon niet geladen worden (${fout}).`,
  },
  en: {
    kaartNietTeTonen: 'This card cannot be shown. What is wrong:',
    kaartLaden: 'Loading the card…',
    andereHerkomst: (adres) => `‘${adres}’ is on another domain; a card only loads from the same origin as the page.`,
    laadfout: (adres, reden) => `‘${adres}’ could not be loaded (${reden}).`,
    geenInhoud: 'There is no content yet: set src or the inhoud property.',
    geenTekst: 'the address is not text',
    tekstNietGeladen: (fout) => `The text of this card could not be loaded (${fout}).`,
  },
};

/** De teksten van `<mw-kaart>` in deze taal: de gedeelde met de eigen erbij. */
export const kaartTeksten = metEigenTeksten<KaartTeksten>(eigen);
