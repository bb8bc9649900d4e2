import { expect } from '@open-wc/testing';
import { sjablonenStuk } from '../../src/base/sjablonen-lader.js';
import { overzichtStuk } from '../../src/functies/markeren/overzicht.js';
import '../../src/index.js';
import { geladenKaart } from '../../src/inhoud/laad-inhoud.js';

type Kaart = HTMLElement & { markeerbaar: boolean; updateComplete: Promise<boolean> };

describe('eenheid: MwElement wacht op de stukken die een weergave nodig heeft', () => {
  it('ook als een eigenschap tijdens het wachten een ander stuk vraagt (React zet markeerbaar na hydrateRoot)', async () => {
    // Elk testbestand heeft zijn eigen pagina: niets is geladen.
    expect([geladenKaart('lessen'), sjablonenStuk.module, overzichtStuk.module]).to.deep.equal([undefined, undefined, undefined]);
    const kaart = document.createElement('mw-lessen-kaart') as Kaart;
    document.body.append(kaart);
    // De eerste weergave wacht nu op de tekst van de kaart; pas daarna wordt ze markeerbaar.
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(geladenKaart('lessen'), 'de tekst is nog onderweg').to.equal(undefined);
    kaart.markeerbaar = true;
    await kaart.updateComplete;
    // De weergave na het wachten is volledig: markeerknoppen (de sjablonen) en het overzicht met zijn stijl.
    expect(kaart.shadowRoot!.querySelectorAll('li.item > button.markeer-knop').length).to.be.above(10);
    expect(kaart.shadowRoot!.querySelector('.overzicht')).not.to.equal(null);
    expect(getComputedStyle(kaart.shadowRoot!.querySelector('.items')!).listStyleType).to.equal('none');
    kaart.remove();
  });
});
