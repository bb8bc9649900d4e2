import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { MwKaartBase } from '../src/base/kaart-base.js';
import { een } from './helpers/dom.js';

/** Een leeg iframe van dezelfde herkomst, om een kaart naartoe te verhuizen. */
async function leegIframe(): Promise<HTMLIFrameElement> {
  const iframe = await fixture<HTMLIFrameElement>(html`<iframe title="ander document" style="width: 600px; height: 400px"></iframe>`);
  iframe.contentDocument!.body.innerHTML = '<main></main>';
  return iframe;
}

/** Of de visueel verborgen hulptekst echt verborgen is (1 px, afgeknipt): dat doen alleen de stijlen van de kaart. */
const hulptekstVerborgen = (kaart: Element): boolean => {
  const hulp = een(kaart, '.aankondiging');
  return hulp.getBoundingClientRect().width <= 1 && getComputedStyle(hulp).position === 'absolute';
};

describe('verhuizen naar een ander document', () => {
  it('houdt zijn stijlen in een iframe (adoptNode en append), en krijgt ze terug in het eigen document', async () => {
    const kaart = await fixture<MwKaartBase>(html`<mw-signalen-kaart></mw-signalen-kaart>`);
    const aantal = kaart.shadowRoot!.adoptedStyleSheets.length;
    expect(aantal).to.be.greaterThan(0);
    const iframe = await leegIframe();
    const ander = iframe.contentDocument!;

    ander.querySelector('main')!.append(ander.adoptNode(kaart));
    await kaart.updateComplete;
    expect(kaart.ownerDocument).to.equal(ander);
    expect(kaart.shadowRoot!.adoptedStyleSheets).to.have.length(aantal);
    expect(hulptekstVerborgen(kaart), 'hulptekst verborgen in het iframe').to.equal(true);
    expect(iframe.contentWindow!.getComputedStyle(een(kaart, '.kaart')).borderTopStyle).to.equal('solid');

    document.body.append(document.adoptNode(kaart));
    await kaart.updateComplete;
    expect(kaart.shadowRoot!.adoptedStyleSheets).to.have.length(aantal);
    expect(hulptekstVerborgen(kaart), 'hulptekst verborgen na terugkomst').to.equal(true);
    kaart.remove();
  });

  it('werkt na de verhuizing nog: een groep gaat dicht en open', async () => {
    const kaart = await fixture<MwKaartBase>(html`<mw-lessen-kaart></mw-lessen-kaart>`);
    const iframe = await leegIframe();
    iframe.contentDocument!.body.append(kaart);
    const knop = een(kaart, '.groep-knop') as HTMLButtonElement;
    knop.click();
    await kaart.updateComplete;
    expect(knop.getAttribute('aria-expanded')).to.equal('false');
  });
});
