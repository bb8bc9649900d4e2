import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { kopniveauAuto } from '../../src/gedeeld/kopniveau.js';
import { tekstStuk } from '../../src/inhoud/laad-inhoud.js';

type Kaart = HTMLElement & { updateComplete: Promise<boolean> };

const meldingen = (kaart: Kaart) => [...kaart.shadowRoot!.querySelectorAll('.melding')].map((melding) => melding.textContent ?? '');

describe('eenheid: een stuk dat niet laadde', () => {
  it('laadt een weergave niet opnieuw: zoeken, een ander kopniveau en een tweede kaart tonen de melding zonder nieuwe poging', async () => {
    // Elk testbestand heeft zijn eigen pagina: de tekst van de Lessenkaart is nog niet geladen, en laadt hier nooit.
    let pogingen = 0;
    Object.assign(tekstStuk('lessen')!, {
      haal: () => {
        pogingen += 1;
        return Promise.reject(new Error('404'));
      },
    });
    const kaart = document.createElement('mw-lessen-kaart') as Kaart;
    document.body.append(kaart);
    await kaart.updateComplete;
    expect(pogingen).to.equal(1);
    expect(meldingen(kaart)).to.have.length(1);
    expect(meldingen(kaart)[0]).to.contain('De tekst van deze kaart kon niet geladen worden (404).');

    const zoekveld = kaart.shadowRoot!.querySelector<HTMLInputElement>('#_zoekveld')!;
    for (const waarde of ['b', 'bu', 'bui', 'buik']) {
      zoekveld.value = waarde;
      zoekveld.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await kaart.updateComplete;
    }
    kaart.setAttribute('heading-level', '4');
    await kaart.updateComplete;
    const tweede = document.createElement('mw-lessen-kaart') as Kaart;
    document.body.append(tweede);
    await tweede.updateComplete;

    expect(pogingen, 'geen nieuwe poging bij een weergave').to.equal(1);
    expect(meldingen(kaart)).to.have.length(1);
    expect(meldingen(tweede), 'ook de tweede kaart weet waarom').to.deep.equal(meldingen(kaart));
    kaart.remove();
    tweede.remove();
  });

  it('heading-level="auto" zonder zijn stuk: de kaart tekent op het standaardniveau, met een melding en één waarschuwing', async () => {
    Object.assign(kopniveauAuto, { haal: () => Promise.reject(new Error('geblokkeerd')) });
    const waarschuwingen: string[] = [];
    const waarschuw = console.warn;
    console.warn = (...delen: unknown[]) => waarschuwingen.push(delen.map(String).join(' '));
    const sectie = document.createElement('section');
    sectie.innerHTML = '<h3>Casus</h3><mw-begrippen heading-level="auto"></mw-begrippen>';
    document.body.append(sectie);
    const begrippen = sectie.querySelector('mw-begrippen') as Kaart;
    try {
      await begrippen.updateComplete;
      begrippen.setAttribute('lang', 'nl');
      await begrippen.updateComplete;
    } finally {
      console.warn = waarschuw;
    }
    expect(begrippen.shadowRoot!.querySelector('.titel')!.localName, 'het standaardniveau, niet h4').to.equal('h2');
    expect(meldingen(begrippen)).to.deep.equal(['Een onderdeel van deze kaart kon niet geladen worden (geblokkeerd). Laad de pagina opnieuw; blijft dit zo, vraag dan de beheerder of de map gedeeld/ naast mw-kaarten.js staat.']);
    expect(waarschuwingen).to.have.length(1);
    sectie.remove();
  });
});
