import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';

type Kaart = HTMLElement & { updateComplete: Promise<boolean> };

const heeftTekst = (kaart: Element) => kaart.shadowRoot?.querySelector('li.item') != null;
const even = (ms: number) => new Promise((klaar) => setTimeout(klaar, ms));

describe('eenheid: de eerste weergave van kaarten die samen op de pagina komen', () => {
  it('de eerste kaart tekent meteen, de andere pas na het frame waarin de eerste staat', async () => {
    const plek = await fixture<HTMLElement>(html`<div></div>`);
    await even(150);
    plek.innerHTML = '<mw-lessen-kaart></mw-lessen-kaart><mw-vragen-kaart></mw-vragen-kaart><mw-signalen-kaart></mw-signalen-kaart>';
    const [eerste, ...andere] = [...plek.children] as Kaart[];
    let frame = false;
    requestAnimationFrame(() => (frame = true));
    await eerste.updateComplete;
    expect([frame, heeftTekst(eerste)], 'de eerste, vóór het frame').to.deep.equal([false, true]);
    expect(andere.map(heeftTekst), 'de andere nog niet').to.deep.equal([false, false]);
    await Promise.all(andere.map((kaart) => kaart.updateComplete));
    expect(frame, 'de andere na het frame').to.equal(true);
    expect(andere.map(heeftTekst)).to.deep.equal([true, true]);
  });

  it('een kaart alleen tekent meteen, zonder op een frame te wachten', async () => {
    const plek = await fixture<HTMLElement>(html`<div></div>`);
    await even(150);
    let frame = false;
    requestAnimationFrame(() => (frame = true));
    plek.innerHTML = '<mw-argumenten-kaart></mw-argumenten-kaart>';
    const kaart = plek.firstElementChild as Kaart;
    await kaart.updateComplete;
    expect([frame, heeftTekst(kaart)]).to.deep.equal([false, true]);
  });
});
