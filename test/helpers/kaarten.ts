import argumenten from '../../content/argumenten.json';
import lessen from '../../content/lessen.json';
import signalen from '../../content/signalen.json';
import vragenBeleid from '../../content/vragen-beleid.json';
import vragenMaatwerk from '../../content/vragen-maatwerk.json';
import vragen from '../../content/vragen.json';
import type { Kaart } from '../../src/inhoud/kaart.js';

/** De zes kaarten zoals de tests ze gebruiken: tag, inhoud, keuze-attribuut en het aantal items uit het boek. */
export interface KaartGeval {
  tag: string;
  inhoud: Kaart;
  attribuut: string;
  items: number;
}

export const kaarten: KaartGeval[] = [
  { tag: 'mw-signalen-kaart', inhoud: signalen as Kaart, attribuut: 'kant', items: 38 },
  { tag: 'mw-argumenten-kaart', inhoud: argumenten as Kaart, attribuut: 'thema', items: 55 },
  { tag: 'mw-vragen-kaart', inhoud: vragen as Kaart, attribuut: 'fase', items: 47 },
  { tag: 'mw-vragen-beleid-kaart', inhoud: vragenBeleid as Kaart, attribuut: 'stap', items: 23 },
  { tag: 'mw-vragen-maatwerk-kaart', inhoud: vragenMaatwerk as Kaart, attribuut: 'stap', items: 45 },
  { tag: 'mw-lessen-kaart', inhoud: lessen as Kaart, attribuut: 'doelgroep', items: 36 },
];

export const alleItems = (kaart: Kaart) => kaart.delen.flatMap((d) => d.groepen.flatMap((g) => g.items));
