import { expect, waitUntil } from '@open-wc/testing';
import { geladenKaart } from '../../src/inhoud/laad-inhoud.js';

describe('eenheid: teksten-vooruit (het begin van de drop-in-bundel)', () => {
  it('laadt de tekst van de kaarten waarvan de tag al in de pagina staat, voordat er een element geregistreerd is, en verder niets', async () => {
    // Elk testbestand heeft zijn eigen pagina: er is niets geregistreerd en niets geladen.
    document.body.insertAdjacentHTML('beforeend', '<mw-lessen-kaart></mw-lessen-kaart><mw-vragen-kaart fase="na"></mw-vragen-kaart>');
    expect([customElements.get('mw-lessen-kaart'), geladenKaart('lessen')]).to.deep.equal([undefined, undefined]);
    await import('../../src/insluiten/teksten-vooruit.js');
    await waitUntil(() => geladenKaart('lessen') && geladenKaart('vragen'), 'de teksten laden niet vooruit');
    expect(geladenKaart('lessen')!.titel).to.equal('Lessenkaart');
    expect(['signalen', 'argumenten', 'vragen-beleid', 'vragen-maatwerk'].map((id) => geladenKaart(id))).to.deep.equal([undefined, undefined, undefined, undefined]);
    expect(customElements.get('mw-lessen-kaart'), 'registreert zelf niets').to.equal(undefined);
    for (const element of document.querySelectorAll('mw-lessen-kaart, mw-vragen-kaart')) element.remove();
  });
});
