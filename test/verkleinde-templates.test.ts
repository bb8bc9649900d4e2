import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { MwKaartBase } from '../src/base/kaart-base.js';
import { kaarten } from './helpers/kaarten.js';
import { laadPagina } from './helpers/pagina.js';

/** De tekst zoals de gebruiker haar ziet en kopieert (met de opmaak: blokken op eigen regels), witruimte samengevoegd. */
const zichtbareTekst = (kaart: Element) =>
  (kaart.shadowRoot!.querySelector('section') as HTMLElement).innerText
    .replace(/\d{1,2} \p{L}+ \d{4}/gu, '<datum>')
    .replace(/\s+/g, ' ')
    .trim();

/** Markeert het eerste item met een notitie en opent de begrippen in de toelichting: zo staat bijna elk template in beeld. */
async function metAllesOpen(kaart: MwKaartBase): Promise<void> {
  kaart.markeringen = [{ item: kaart.shadowRoot!.querySelector('li.item')!.id, notitie: 'Notitie bij de casus' }];
  await kaart.updateComplete;
  (kaart.shadowRoot!.querySelector('.begrippen-blok .toelichting-knop') as HTMLButtonElement).click();
  // De begrippen zijn een los stuk (tekst en weergave): wachten tot ze er staan, niet een vaste tijd.
  await waitUntil(() => kaart.shadowRoot!.querySelector('#_begrippen-inhoud .begrippen dt'), 'de begrippen verschijnen niet');
  await kaart.updateComplete;
}

/**
 * De bundel verkleint de HTML in de templates (ook de witruimte tussen blokken, zie rollup.config.js): dat spaart
 * honderden lege tekstknopen per kaart. Hier: de bundel toont precies dezelfde zichtbare tekst als de broncode.
 */
describe('de verkleinde templates in dist/mw-kaarten.js', () => {
  for (const { tag } of kaarten) {
    it(`tonen in ${tag} dezelfde zichtbare tekst als de broncode (markeerbaar, toelichting en begrippen open, Engels)`, async () => {
      const { document: doc } = await laadPagina(`/test/paginas/een-kaart.html?tag=${tag}&markeerbaar&toelichting-open&lang=en`, { tags: [tag] });
      const uitBundel = doc.querySelector(tag) as MwKaartBase;
      const omhulsel = await fixture<HTMLElement>(html`<div></div>`);
      omhulsel.innerHTML = `<${tag} markeerbaar toelichting-open lang="en"></${tag}>`;
      const uitBron = omhulsel.firstElementChild as MwKaartBase;
      await uitBron.updateComplete;
      await metAllesOpen(uitBundel);
      await metAllesOpen(uitBron);
      expect(zichtbareTekst(uitBundel)).to.contain('Notitie bij de casus').and.to.contain('Maatwerk');
      expect(zichtbareTekst(uitBundel)).to.equal(zichtbareTekst(uitBron));
    });
  }
});
