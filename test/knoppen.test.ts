import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { kaarten } from './helpers/kaarten.js';

/**
 * Knoppen en velden zien er in elke browsermotor hetzelfde uit en zijn groot genoeg om te raken (WCAG 2.2, 2.5.8:
 * minstens 24 bij 24 CSS-pixels), ook in een zijbalk van 280 px. Browsers geven knoppen en velden elk hun eigen
 * standaardletter en -maten (WebKit bijvoorbeeld 13,33 px systeemletter); de kaart moet die overal vervangen.
 */
type Kaartelement = HTMLElement & { updateComplete: Promise<boolean> };

async function kaartInBreedte(tag: string, breedte: number): Promise<Kaartelement> {
  const omhulsel = await fixture<HTMLDivElement>(html`<div style="width: ${breedte}px; font-size: 16px"></div>`);
  omhulsel.innerHTML = `<${tag} markeerbaar toelichting-open></${tag}>`;
  const kaart = omhulsel.firstElementChild as Kaartelement;
  await kaart.updateComplete;
  return kaart;
}

const bedieningen = (kaart: Element) =>
  [...kaart.shadowRoot!.querySelectorAll<HTMLElement>('button, input, textarea, select')].filter((element) => element.checkVisibility());

const naam = (element: Element) => `${element.localName}${element.id ? `#${element.id}` : ''}.${element.className}`;

describe('knoppen en velden in elke browsermotor', () => {
  for (const { tag } of kaarten) {
    for (const breedte of [280, 800]) {
      it(`<${tag}> op ${breedte} px: elke knop en elk veld minstens 24 × 24 px, met de letter van de kaart`, async () => {
        const kaart = await kaartInBreedte(tag, breedte);
        const elementen = bedieningen(kaart);
        expect(elementen.length).to.be.greaterThan(3);
        const teKlein = elementen
          .map((element) => ({ element, maat: element.getBoundingClientRect() }))
          .filter(({ maat }) => maat.width < 24 || maat.height < 24)
          .map(({ element, maat }) => `${naam(element)} ${Math.round(maat.width)}×${Math.round(maat.height)}`);
        expect(teKlein).to.deep.equal([]);
        // Geen standaardletter van de browser: elke bediening heeft de letterfamilie van de kaart.
        const familie = getComputedStyle(kaart.shadowRoot!.querySelector('.titel')!).fontFamily;
        expect(elementen.filter((element) => getComputedStyle(element).fontFamily !== familie).map(naam)).to.deep.equal([]);
      });
    }
  }

  it('zet het zoekveld en de knop „Meer” van de werkbalk op één hoogte naast elkaar, zonder dat ze elkaar overlappen', async () => {
    const kaart = await kaartInBreedte('mw-argumenten-kaart', 800);
    const knoppen = [...kaart.shadowRoot!.querySelectorAll<HTMLElement>('.werkbalk :is(input, button)')].filter((k) => k.checkVisibility());
    expect(knoppen.map((k) => k.id)).to.deep.equal(['_zoekveld', '_meer-knop']);
    const rechthoeken = knoppen.map((k) => k.getBoundingClientRect());
    for (let i = 1; i < rechthoeken.length; i += 1) {
      const [vorige, deze] = [rechthoeken[i - 1], rechthoeken[i]];
      const naast = deze.left >= vorige.right - 0.5;
      const onder = deze.top >= vorige.bottom - 0.5;
      expect(naast || onder, `${naam(knoppen[i - 1])} en ${naam(knoppen[i])} overlappen`).to.equal(true);
    }
    expect(new Set(rechthoeken.map((r) => Math.round(r.height))).size, 'één hoogte').to.equal(1);
  });
});
