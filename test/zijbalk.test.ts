import { expect } from '@open-wc/testing';
import { kaarten } from './helpers/kaarten.js';
import { laadPagina } from './helpers/pagina.js';

/**
 * De kaart in de zijbalk van een zaaksysteem (issue 11, punt 1): in een venster van 320×640 en 280×600, met de
 * standaardattributen, staan de kop van de eerste groep en haar eerste item zonder scrollen in beeld, en neemt de
 * werkbalk één regel.
 */
const ZIJBALKEN = [
  { breedte: 320, hoogte: 640 },
  { breedte: 280, hoogte: 600 },
];

describe('zijbalk', () => {
  for (const { breedte, hoogte } of ZIJBALKEN) {
    for (const { tag } of kaarten) {
      it(`<${tag}> toont in ${breedte}×${hoogte} de eerste groep en haar eerste item zonder scrollen`, async () => {
        const { document: doc } = await laadPagina(`/test/paginas/een-kaart.html?tag=${tag}`, { breedte, hoogte, tags: [tag] });
        const wortel = doc.querySelector(tag)!.shadowRoot!;
        const boven = wortel.querySelector('.kaart')!.getBoundingClientRect().top;
        const kop = wortel.querySelector('.groep-titel')!.getBoundingClientRect();
        const item = wortel.querySelector('.groep .item')!.getBoundingClientRect();
        const blokken = ['.titel', '.toelichting', '.vraag', '.geen-afvinklijst', '.werkbalk', '.delen', '.deel-titel', '.kant-titel'].map((s) => `${s}=${Math.round((wortel.querySelector(s)?.getBoundingClientRect().top ?? NaN) - boven)}`).join(' ');
        console.log(`MEET ${blokken} ${tag} ${breedte}: kop ${Math.round(kop.top - boven)} item ${Math.round(item.top - boven)} breedte ${Math.round(item.width)}`);
        expect(kop.bottom - boven, 'onderkant van de kop van de eerste groep').to.be.at.most(hoogte);
        // De eerste regel van het item staat in beeld (niet alleen de bovenrand).
        expect(item.top - boven + 24, 'eerste regel van het eerste item').to.be.at.most(hoogte);
      });
    }
  }
});
