import { expect, waitUntil } from '@open-wc/testing';
import { laadPagina } from './helpers/pagina.js';
import { kaarten } from './helpers/kaarten.js';

/**
 * demo/index.html is de gewone HTML-pagina uit de README: alleen de bundel en de zes tags.
 * De test opent haar in een iframe, zoals een intranetpagina haar zou tonen.
 */
describe('demo/index.html: een gewone pagina met alleen de bundel', () => {
  it('toont alle 244 items onder hun koppen (fouten bij het laden vangt test/vijandige-omgeving.test.ts)', async () => {
    const { venster, document: doc } = await laadPagina('/demo/index.html', { breedte: 1280, hoogte: 800 });
    const fouten: string[] = [];
    venster.addEventListener('error', (gebeurtenis) => fouten.push(gebeurtenis.message));
    const scripts = [...doc.querySelectorAll('script')].filter((script) => !script.src.includes('/__web-dev-server'));
    // Zoals het eerste voorbeeld van de README: render-blokkerend, met de terugval (een link) in elke tag.
    expect(scripts.map((script) => [script.getAttribute('src'), script.getAttribute('blocking')])).to.deep.equal([['../dist/mw-kaarten.js', 'render']]);
    expect(kaarten.map(({ tag }) => doc.querySelector(`${tag} > a`)?.getAttribute('href'))).to.deep.equal(kaarten.map(({ inhoud }) => `../export/${inhoud.id}.html`));
    await waitUntil(() => kaarten.every(({ tag }) => venster.customElements.get(tag)), 'niet alle elementen geregistreerd', {
      timeout: 5000,
    });
    const elementen = kaarten.map(({ tag }) => doc.querySelector(tag) as HTMLElement & { updateComplete: Promise<boolean> });
    await Promise.all(elementen.map((element) => element.updateComplete));

    for (const [i, { inhoud, items }] of kaarten.entries()) {
      const root = elementen[i].shadowRoot!;
      expect(root.querySelectorAll('li.item'), inhoud.id).to.have.length(items);
      for (const deel of inhoud.delen) {
        for (const groep of deel.groepen) {
          const plek = root.querySelector(`#${deel.id} #${groep.id}`);
          expect(plek, `${groep.id} in ${deel.id}`).to.exist;
          if (groep.kant) expect(plek!.closest('.kant')!.getAttribute('data-kant'), groep.id).to.equal(groep.kant);
        }
      }
    }
    const totaal = elementen.reduce((som, element) => som + element.shadowRoot!.querySelectorAll('li.item').length, 0);
    expect(totaal).to.equal(244);
    expect(fouten).to.deep.equal([]);
  });
});
