import { expect, waitUntil } from '@open-wc/testing';
import { defineer, zetRegistratiePoort } from '../../src/gedeeld/defineer.js';
import { heeftServerHtml } from '../../src/insluiten/hydratie-op-aanvraag.js';

let volgnummer = 0;
const nieuweNaam = () => `mw-proef-poort-${(volgnummer += 1)}`;

describe('eenheid: registreren na de hydratieondersteuning', () => {
  afterEach(() => zetRegistratiePoort(undefined));

  it('registreert meteen zonder poort', () => {
    const naam = nieuweNaam();
    defineer(naam, class extends HTMLElement {});
    expect(customElements.get(naam)).to.exist;
  });

  it('wacht met registreren tot de poort open is', async () => {
    let open: () => void = () => undefined;
    zetRegistratiePoort(new Promise<void>((klaar) => (open = klaar)));
    const naam = nieuweNaam();
    defineer(naam, class extends HTMLElement {});
    await new Promise((klaar) => setTimeout(klaar, 20));
    expect(customElements.get(naam), 'nog niet geregistreerd').to.equal(undefined);
    open();
    await waitUntil(() => customElements.get(naam), 'registreert niet na het openen van de poort');
  });

  it('registreert ook als het laden mislukte', async () => {
    const mislukt = Promise.reject(new Error('stuk niet gevonden'));
    mislukt.catch(() => undefined);
    zetRegistratiePoort(mislukt);
    const naam = nieuweNaam();
    defineer(naam, class extends HTMLElement {});
    await waitUntil(() => customElements.get(naam), 'registreert niet na een mislukte poort');
  });
});

describe('eenheid: heeftServerHtml', () => {
  it('ziet een van onze elementen met een shadow root, en niets anders', () => {
    const doc = document.implementation.createHTMLDocument('proef');
    doc.body.innerHTML = '<mw-vragen-kaart></mw-vragen-kaart><andere-kaart></andere-kaart>';
    expect(heeftServerHtml(doc), 'zonder shadow root').to.equal(false);
    doc.querySelector('andere-kaart')!.attachShadow({ mode: 'open' });
    expect(heeftServerHtml(doc), 'shadow root op een ander element').to.equal(false);
    doc.querySelector('mw-vragen-kaart')!.attachShadow({ mode: 'open' });
    expect(heeftServerHtml(doc)).to.equal(true);
  });

  it('herkent ook <mw-begrippen> en <mw-kaart>', () => {
    for (const tag of ['mw-begrippen', 'mw-kaart']) {
      const doc = document.implementation.createHTMLDocument('proef');
      doc.body.append(doc.createElement(tag));
      doc.body.firstElementChild!.attachShadow({ mode: 'open' });
      expect(heeftServerHtml(doc), tag).to.equal(true);
    }
  });
});
