import { expect, fixture, html } from '@open-wc/testing';
import { MwKaartBase } from '../src/base/kaart-base.js';
import type { Kaart } from '../src/inhoud/kaart.js';

const AANVAL = '<img src="x" onerror="window.__aangevallen = true"><script>window.__aangevallen = true</script>';

const vijandigeKaart: Kaart = {
  id: 'vijandig',
  titel: `Titel ${AANVAL}`,
  vraag: `Vraag ${AANVAL}?`,
  deelSoort: 'deel',
  toelichting: [`Toelichting ${AANVAL}`],
  bron: { titel: `Bron ${AANVAL}`, uitgever: 'Uitgever', jaar: 2022 },
  delen: [
    {
      id: 'deel',
      sleutel: 'deel',
      titel: `Deel ${AANVAL}`,
      groepen: [{ id: 'groep', titel: `Groep ${AANVAL}`, items: [{ id: 'item', tekst: `Item ${AANVAL} ${'lang'.repeat(500)}` }] }],
    },
  ],
};

class VijandigeKaart extends MwKaartBase {
  protected override get kaart() {
    return vijandigeKaart;
  }
}
customElements.define('mw-test-vijandige-kaart', VijandigeKaart);

describe('tekst is tekst', () => {
  it('toont opmaak in de inhoud als gewone tekst en voert niets uit', async () => {
    const kaart = await fixture<VijandigeKaart>(html`<mw-test-vijandige-kaart toelichting-open></mw-test-vijandige-kaart>`);
    const root = kaart.shadowRoot!;
    expect(root.querySelectorAll('img, script')).to.have.length(0);
    expect(root.querySelector('.titel')!.textContent).to.equal(`Titel ${AANVAL}`);
    expect(root.querySelector('li.item')!.textContent).to.contain(AANVAL);
    expect(root.querySelector('.bron')!.textContent).to.contain(AANVAL);
    await new Promise((klaar) => setTimeout(klaar, 50));
    expect((window as { __aangevallen?: boolean }).__aangevallen).to.equal(undefined);
  });

  it('breekt een heel lange tekst af in plaats van uit te steken', async () => {
    const omhulsel = await fixture<HTMLDivElement>(html`<div style="width: 300px"><mw-test-vijandige-kaart></mw-test-vijandige-kaart></div>`);
    const kaart = omhulsel.firstElementChild as VijandigeKaart;
    await kaart.updateComplete;
    const item = kaart.shadowRoot!.querySelector('li.item')!;
    expect(item.getBoundingClientRect().right).to.be.at.most(kaart.getBoundingClientRect().right);
  });
});
