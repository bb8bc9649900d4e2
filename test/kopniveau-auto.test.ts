import { expect, fixture } from '@open-wc/testing';
import '../src/index.js';
import type { MwKaartBase } from '../src/base/kaart-base.js';

/** Alle koppen van de pagina in de volgorde waarin een schermlezer ze tegenkomt (door shadow roots en slots heen). */
function overzicht(wortel: Node): number[] {
  const niveaus: number[] = [];
  const bezoek = (knoop: Node): void => {
    if (knoop instanceof Element) {
      const rol = knoop.getAttribute('role');
      const h = /^h([1-6])$/.exec(knoop.localName);
      if (rol === 'heading') niveaus.push(Number(knoop.getAttribute('aria-level')));
      else if (h && !rol) niveaus.push(Number(h[1]));
      if ((knoop as HTMLElement).checkVisibility && !(knoop as HTMLElement).checkVisibility()) return;
    }
    const kinderen =
      knoop instanceof HTMLSlotElement && knoop.assignedNodes().length
        ? knoop.assignedNodes({ flatten: true })
        : [...((knoop as Element).shadowRoot ?? knoop).childNodes];
    kinderen.forEach(bezoek);
  };
  bezoek(wortel);
  return niveaus;
}

const slaatGeenNiveauOver = (niveaus: number[]) => niveaus.every((niveau, i) => i === 0 || niveau <= niveaus[i - 1] + 1);

class MwTestPaginakop extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = '<header><h2>Sectie in een shadow root</h2></header><div><slot></slot></div>';
  }
}
customElements.define('mw-test-paginakop', MwTestPaginakop);

describe('heading-level="auto"', () => {
  for (const niveau of [1, 2, 3]) {
    it(`begint onder een h${niveau} met h${niveau + 1}, zonder een niveau over te slaan`, async () => {
      const pagina = await fixture<HTMLElement>(`<main>
        <h${niveau}>Kop van de host</h${niveau}>
        <p>Tekst</p>
        <div><mw-signalen-kaart heading-level="auto"></mw-signalen-kaart></div>
      </main>`);
      const kaart = pagina.querySelector<MwKaartBase>('mw-signalen-kaart')!;
      await kaart.updateComplete;
      expect(kaart.shadowRoot!.querySelector('.titel')!.localName).to.equal(`h${niveau + 1}`);
      const niveaus = overzicht(pagina);
      expect(niveaus.slice(0, 3)).to.deep.equal([niveau, niveau + 1, niveau + 2]);
      expect(slaatGeenNiveauOver(niveaus), niveaus.join(' ')).to.equal(true);
    });
  }

  it('vindt de kop ook in de shadow root van een ander component, met de kaart in een slot', async () => {
    const pagina = await fixture<HTMLElement>(`<div>
      <h1>Intranet</h1>
      <mw-test-paginakop><mw-argumenten-kaart heading-level="auto"></mw-argumenten-kaart></mw-test-paginakop>
    </div>`);
    const kaart = pagina.querySelector<MwKaartBase>('mw-argumenten-kaart')!;
    await kaart.updateComplete;
    expect(kaart.shadowRoot!.querySelector('.titel')!.localName).to.equal('h3');
    expect(slaatGeenNiveauOver(overzicht(pagina))).to.equal(true);
  });

  it('gebruikt role="heading" met aria-level voor de kop ervoor', async () => {
    const metRol = await fixture<HTMLElement>(`<div><div role="heading" aria-level="4">Kop</div><mw-lessen-kaart heading-level="auto"></mw-lessen-kaart></div>`);
    const kaart = metRol.querySelector<MwKaartBase>('mw-lessen-kaart')!;
    await kaart.updateComplete;
    expect(kaart.shadowRoot!.querySelector('.titel')!.localName).to.equal('h5');
  });

  it('gebruikt kopniveau 2 als er geen kop vóór de kaart staat', async () => {
    const zonder = await fixture<MwKaartBase>(`<mw-vragen-kaart heading-level="auto"></mw-vragen-kaart>`);
    expect(zonder.shadowRoot!.querySelector('.titel')!.localName).to.equal('h2');
    expect(zonder.shadowRoot!.querySelectorAll('.melding')).to.have.length(0);
  });

  it('gaat onder een h6 niet dieper dan h6 voor de titel', async () => {
    const pagina = await fixture<HTMLElement>(`<div><h6>Diep</h6><mw-vragen-beleid-kaart heading-level="auto"></mw-vragen-beleid-kaart></div>`);
    const kaart = pagina.querySelector<MwKaartBase>('mw-vragen-beleid-kaart')!;
    await kaart.updateComplete;
    expect(kaart.shadowRoot!.querySelector('.titel')!.localName).to.equal('h6');
  });

  it('werkt ook voor <mw-begrippen>', async () => {
    const pagina = await fixture<HTMLElement>(`<div><h3>Definities</h3><mw-begrippen heading-level="auto"></mw-begrippen></div>`);
    const begrippen = pagina.querySelector('mw-begrippen') as HTMLElement & { updateComplete: Promise<boolean> };
    await begrippen.updateComplete;
    expect(begrippen.shadowRoot!.querySelector('.titel')!.localName).to.equal('h4');
  });
});

describe('heading-level="auto" met meerdere kaarten', () => {
  it('zet kaarten na elkaar naast elkaar, niet onder elkaar', async () => {
    const pagina = await fixture<HTMLElement>(`<main>
      <h2>Kaarten voor deze casus</h2>
      <mw-signalen-kaart heading-level="auto"></mw-signalen-kaart>
      <mw-argumenten-kaart heading-level="auto"></mw-argumenten-kaart>
      <section><h3>Ander onderdeel</h3><p>tekst</p></section>
      <mw-lessen-kaart heading-level="auto"></mw-lessen-kaart>
    </main>`);
    const kaarten = [...pagina.querySelectorAll<MwKaartBase>('mw-signalen-kaart, mw-argumenten-kaart, mw-lessen-kaart')];
    for (const kaart of kaarten) await kaart.updateComplete;
    expect(kaarten.map((k) => k.shadowRoot!.querySelector('.titel')!.localName)).to.deep.equal(['h3', 'h3', 'h3']);
    expect(slaatGeenNiveauOver(overzicht(pagina))).to.equal(true);
  });
});
