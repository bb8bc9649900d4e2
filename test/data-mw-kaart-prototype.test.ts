import { expect, waitUntil } from '@open-wc/testing';
import { laadPagina } from './helpers/pagina.js';

type Venster = Window & { __bundel?: string };

/** Issue 12, punt 1: de kaartnaam wordt alleen als eigen sleutel opgezocht, nooit via Object.prototype. */
describe('data-mw-kaart met namen van Object.prototype (constructor, __proto__, toString, hasOwnProperty)', () => {
  it('meldt ze als onbekende kaart, zonder fout; import() van de bundel vervult en een latere plek wordt gewoon een kaart', async () => {
    const { document: doc, venster } = await laadPagina('/test/vijandig/prototype-namen.html');
    await waitUntil(() => (venster as Venster).__bundel, 'import() van de bundel komt niet terug', { timeout: 5000 });
    expect((venster as Venster).__bundel).to.equal('geladen');
    expect(venster.__fouten).to.deep.equal([]);

    for (const naam of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const plek = doc.querySelector(`[data-mw-kaart="${naam}"]`)!;
      expect(plek.children, `${naam}: alleen de melding`).to.have.length(1);
      const melding = plek.querySelector('[role="status"]');
      expect(melding?.textContent, naam).to.contain(`‘${naam.toLowerCase()}’ is geen bekende kaart`);
      expect(melding?.textContent, naam).to.contain('signalen');
      expect(plek.querySelector('undefined'), `${naam}: geen <undefined>`).to.equal(null);
      expect(venster.__waarschuwingen.filter((w) => w.includes(`‘${naam.toLowerCase()}’`)), naam).to.have.length(1);
    }

    await waitUntil(() => doc.querySelector('[data-mw-kaart="vragen"] mw-vragen-kaart')?.shadowRoot, 'de plek na de onbekende namen blijft leeg');
    const vragen = doc.querySelector('mw-vragen-kaart') as HTMLElement & { updateComplete: Promise<boolean> };
    await vragen.updateComplete;
    expect([...vragen.shadowRoot!.querySelectorAll('.deel')].map((d) => d.id)).to.deep.equal(['vragen-tijdens']);
    expect(doc.querySelectorAll('undefined')).to.have.length(0);
  });
});
