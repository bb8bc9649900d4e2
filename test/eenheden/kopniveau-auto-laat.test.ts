import { expect, waitUntil } from '@open-wc/testing';
import { sjablonenStuk } from '../../src/base/sjablonen-lader.js';
import { kopniveauAutoStuk } from '../../src/gedeeld/kopniveau.js';
import type { OpAanvraag } from '../../src/gedeeld/op-aanvraag.js';
import '../../src/index.js';
import { laadKaart } from '../../src/inhoud/laad-inhoud.js';
import { engels } from '../../src/teksten.js';
import { vervangLaden } from './stukken.js';

type Kaart = HTMLElement & { updateComplete: Promise<boolean> };

/** Houdt het laden van een stuk tegen tot `los()`; `gevraagd` zegt of iemand erom vroeg. */
function houdTegen(stuk: OpAanvraag<unknown>) {
  let los = () => {};
  const poort = new Promise<void>((klaar) => (los = klaar));
  const staat = { gevraagd: false, los: () => los() };
  vervangLaden(stuk, (echt) => () => {
    staat.gevraagd = true;
    return poort.then(echt);
  });
  return staat;
}

describe('eenheid: heading-level="auto" dat komt terwijl de laatste ronde van het laden al wacht', () => {
  it('tekent eerst op het standaardniveau en daarna, als het stuk er is, op het goede niveau', async () => {
    // Elk testbestand heeft zijn eigen pagina: niets is geladen. De tekst alvast wel, zodat alleen de stukken tellen.
    expect([sjablonenStuk.module, engels.module, kopniveauAutoStuk.module]).to.deep.equal([undefined, undefined, undefined]);
    await laadKaart('lessen');
    const sjablonen = houdTegen(sjablonenStuk);
    const engelsStuk = houdTegen(engels);
    const sectie = document.createElement('section');
    sectie.innerHTML = '<h3>Casus</h3><mw-lessen-kaart markeerbaar></mw-lessen-kaart>';
    document.body.append(sectie);
    const kaart = sectie.querySelector('mw-lessen-kaart') as Kaart;
    // Eerste ronde: de kaart wacht op de sjablonen (markeerbaar). Intussen wordt ze Engels.
    await waitUntil(() => sjablonen.gevraagd, 'de kaart vraagt de sjablonen niet');
    kaart.setAttribute('lang', 'en');
    sjablonen.los();
    // Tweede en laatste ronde: de kaart wacht op het Engels. Intussen komt heading-level="auto".
    await waitUntil(() => engelsStuk.gevraagd, 'de tweede ronde vraagt het Engels niet');
    expect(kopniveauAutoStuk.module, 'het stuk van auto is er nog niet').to.equal(undefined);
    kaart.setAttribute('heading-level', 'auto');
    engelsStuk.los();
    await kaart.updateComplete;
    expect(kaart.shadowRoot!.querySelector('.titel')!.localName, 'zonder het stuk: het standaardniveau').to.equal('h2');
    // Dan laadt het stuk alsnog, en tekent de kaart opnieuw: één dieper dan de kop ervoor.
    await waitUntil(() => kaart.shadowRoot!.querySelector('.titel')!.localName === 'h4', 'de kaart blijft op het standaardniveau');
    expect(kaart.shadowRoot!.querySelectorAll('.melding')).to.have.length(0);
    sectie.remove();
  });
});
