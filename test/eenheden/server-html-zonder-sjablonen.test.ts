import { expect } from '@open-wc/testing';
import { sjablonenStuk } from '../../src/base/sjablonen-lader.js';
import { mislukt, vervangLaden } from './stukken.js';

type Kaart = HTMLElement & { updateComplete: Promise<boolean> };

describe('eenheid: server-HTML terwijl het stuk met de sjablonen niet laadt', () => {
  it('laat de HTML van de server staan zoals ze is (niets dubbel, geen fout), met één waarschuwing', async () => {
    // Een kaart met een shadow root vol „server-HTML” vóór de elementen registreren, zoals declaratieve shadow DOM.
    const kaart = document.createElement('mw-lessen-kaart') as Kaart;
    const root = kaart.attachShadow({ mode: 'open' });
    root.innerHTML = '<section class="kaart"><h2 id="_titel">Lessenkaart</h2><ul class="items"><li class="item">Een les.</li></ul></section>';
    const voor = root.innerHTML;
    document.body.append(kaart);
    // Het stuk laadt niet (netwerk, CSP): het `import()` erachter wijst af.
    vervangLaden(sjablonenStuk, mislukt('geblokkeerd'));
    const waarschuwingen: string[] = [];
    const fouten: string[] = [];
    const waarschuw = console.warn;
    const opvangen = (gebeurtenis: ErrorEvent) => fouten.push(gebeurtenis.message);
    console.warn = (...delen: unknown[]) => waarschuwingen.push(delen.map(String).join(' '));
    window.addEventListener('error', opvangen);
    try {
      await import('../../src/index.js');
      await customElements.whenDefined('mw-lessen-kaart');
      await kaart.updateComplete;
      kaart.setAttribute('heading-level', '3');
      await kaart.updateComplete;
    } finally {
      console.warn = waarschuw;
      window.removeEventListener('error', opvangen);
    }
    expect(root.innerHTML).to.equal(voor);
    expect(fouten).to.deep.equal([]);
    expect(waarschuwingen).to.have.length(1);
    expect(waarschuwingen[0]).to.contain('<mw-lessen-kaart>: Een onderdeel van deze kaart kon niet geladen worden (geblokkeerd).');
    kaart.remove();
  });
});
