import { expect } from '@open-wc/testing';
import { kaarten } from './helpers/kaarten.js';
import { laadPagina } from './helpers/pagina.js';

/**
 * De kaart op een brede pagina (issue 11, punt 4): de genummerde stappen, de fasen, de doelgroepen van de Lessenkaart en
 * de kanten van de Signalen- en Argumentenkaart lezen in volgorde, van links naar rechts en van boven naar beneden,
 * zonder grote lege vlakken. Elke breedte is een iframe van die breedte (een venster van die maat in elke motor).
 *
 * Gemeten op 29-11-2026 vóór deze wijziging (Chromium, 1280 px): de Vragenkaart beleid had vier stappen naast elkaar en
 * stap 5 onder stap 1; de Vragenkaart maatwerk 4 + 3 stappen naast elkaar.
 */
const BREEDTES = [320, 768, 1280, 1920];

/**
 * Hoeveel van het vlak van de delen met tekst gevuld is: de koppen van delen, kanten en groepen en de items, gedeeld
 * door hun omsluitende rechthoek. Wat overblijft zijn de marges tussen groepen en items en de lege plek onderaan een
 * kolom. Gemeten op 29-11-2026 (Chromium) vóór deze wijziging, met de delen naast elkaar: Vragenkaart beleid 0,49 /
 * 0,36 / 0,41 bij 768 / 1280 / 1920 px, maatwerk 0,50 / 0,44 / 0,34, Lessenkaart 0,48 / 0,53 / 0,52. Erna, in alle drie
 * de motoren, 0,58 of meer. In één smalle kolom (320 px), waar niets leeg kan blijven dan de marges, is het 0,74–0,81:
 * een ondergrens van 0,55 laat de marges toe, maar geen kolom of rij die voor een flink deel leeg blijft.
 */
const MINIMALE_VULLING = 0.55;

type Vak = Pick<DOMRect, 'left' | 'top' | 'right' | 'bottom' | 'width' | 'height'>;
const vak = (element: Element): Vak => element.getBoundingClientRect();
const kort = (v: Vak) => `${Math.round(v.left)},${Math.round(v.top)} ${Math.round(v.width)}×${Math.round(v.height)}`;

/**
 * Staan deze vakken (broers en zussen, in de volgorde van het DOM) in leesvolgorde? Elk volgend vak staat rechts van
 * het vorige op dezelfde rij (zelfde bovenkant), of begint een nieuwe rij onder álle vakken ervoor. Geeft de fout.
 */
function buitenLeesvolgorde(vakken: Vak[]): string | undefined {
  let onderkant = -Infinity;
  for (let i = 1; i < vakken.length; i += 1) {
    const [vorige, deze] = [vakken[i - 1], vakken[i]];
    onderkant = Math.max(onderkant, vorige.bottom);
    const rechts = deze.left >= vorige.right - 1 && Math.abs(deze.top - vorige.top) <= 1;
    const nieuweRij = deze.top >= onderkant - 1;
    if (!rechts && !nieuweRij) return `vak ${i + 1} (${kort(deze)}) staat niet rechts van vak ${i} (${kort(vorige)}) en niet onder de rij erboven (onderkant ${Math.round(onderkant)})`;
  }
  return undefined;
}

/**
 * De items van een groep lopen in kolommen, als in een krant: elk volgend item staat onder het vorige, of bovenaan
 * de volgende kolom rechts ervan.
 */
function buitenKolomvolgorde(vakken: Vak[]): string | undefined {
  for (let i = 1; i < vakken.length; i += 1) {
    const [vorige, deze] = [vakken[i - 1], vakken[i]];
    const eronder = deze.top >= vorige.bottom - 1 && Math.abs(deze.left - vorige.left) <= 1;
    const volgendeKolom = deze.left >= vorige.right - 1 && deze.top <= vorige.top + 1;
    if (!eronder && !volgendeKolom) return `item ${i + 1} (${kort(deze)}) staat niet onder item ${i} (${kort(vorige)}) en niet bovenaan de kolom rechts ervan`;
  }
  return undefined;
}

function vulling(wortel: ShadowRoot): number {
  const vakken = [...wortel.querySelectorAll('.delen :is(.deel-titel, .kant-titel, .groep-titel, .item)')].map(vak).filter((v) => v.width > 0 && v.height > 0);
  const som = vakken.reduce((totaal, v) => totaal + v.width * v.height, 0);
  const breedte = Math.max(...vakken.map((v) => v.right)) - Math.min(...vakken.map((v) => v.left));
  const hoogte = Math.max(...vakken.map((v) => v.bottom)) - Math.min(...vakken.map((v) => v.top));
  return som / (breedte * hoogte);
}

describe('brede pagina: delen, kanten, groepen en items in leesvolgorde', () => {
  for (const { tag } of kaarten) {
    it(`<${tag}> bij ${BREEDTES.join(', ')} px: in leesvolgorde en zonder groot leeg vlak`, async () => {
      for (const breedte of BREEDTES) {
        const { document: doc, frame } = await laadPagina(`/test/paginas/een-kaart.html?tag=${tag}`, { breedte, hoogte: 800, tags: [tag] });
        const wortel = doc.querySelector(tag)!.shadowRoot!;
        const delen = [...wortel.querySelectorAll('.delen > .deel')];
        expect(delen.length, `${breedte} px: delen`).to.be.greaterThan(1);
        expect(buitenLeesvolgorde(delen.map(vak)), `${breedte} px: de delen`).to.equal(undefined);
        for (const ouder of [...delen, ...wortel.querySelectorAll('.kanten, .kant')]) {
          const kinderen = [...ouder.children].filter((kind) => kind.matches('.kanten, .kant, .groep'));
          expect(buitenLeesvolgorde(kinderen.map(vak)), `${breedte} px: in ${ouder.className} ${ouder.id}`).to.equal(undefined);
        }
        for (const groep of wortel.querySelectorAll('.groep')) {
          expect(buitenKolomvolgorde([...groep.querySelectorAll('.item')].map(vak)), `${breedte} px: items van ${groep.id}`).to.equal(undefined);
        }
        const gevuld = vulling(wortel);
        console.log(`breed ${tag} ${breedte}: vulling ${gevuld.toFixed(2)}, delen ${delen.map((deel) => kort(vak(deel))).join(' | ')}`);
        expect(gevuld, `${breedte} px: gevuld deel van het vlak van de delen`).to.be.at.least(MINIMALE_VULLING);
        frame.remove();
      }
    });
  }
});
