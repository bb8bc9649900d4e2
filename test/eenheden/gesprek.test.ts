import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { Gesprek } from '../../src/functies/gesprek/gesprek.js';
import { toets as stapMet } from '../../src/functies/gesprek/gesprek-stappen.js';
import { LEGE_KAART } from '../../src/inhoud/laad-inhoud.js';
import { Aankondiger } from '../../src/gedeeld/aankondiger.js';
import { FocusNaUpdate } from '../../src/gedeeld/focus-na-update.js';
import type { Groep } from '../../src/inhoud/kaart.js';
import { nl } from '../../src/teksten.js';
import { alsHost, NepHost } from './nep-host.js';

const groepen: Groep[] = ['Een', 'Twee', 'Drie'].map((titel, i) => ({ id: `g${i}`, titel, items: [{ id: `g${i}-1`, tekst: titel }] }));
const volgendFrame = () => new Promise((klaar) => requestAnimationFrame(klaar));

function maak(begin?: Groep) {
  const host = new NepHost();
  const aankondiger = new Aankondiger(host);
  const gesprek = new Gesprek(alsHost(host), {
    groepen: () => groepen,
    beginGroep: () => begin,
    teksten: () => nl,
    aankondiger,
    focus: new FocusNaUpdate(alsHost(host)),
  });
  return { gesprek, aankondiger, host };
}

const toets = (key: string) => new KeyboardEvent('keydown', { key, cancelable: true });

describe('eenheid: Gesprek', () => {
  it('begint bij de eerste groep, of bij de groep van een deeplink', async () => {
    const zonder = maak();
    await zonder.gesprek.open();
    expect(zonder.gesprek.groep?.titel).to.equal('Een');
    const met = maak(groepen[2]);
    await met.gesprek.open();
    expect(met.gesprek.groep?.titel).to.equal('Drie');
  });

  it('stapt met toetsen door de groepen en zegt waar je bent; voorbij het eind zegt het dat', async () => {
    const { gesprek, aankondiger } = maak();
    await gesprek.open();
    const volgende = toets('ArrowRight');
    stapMet(gesprek, volgende);
    expect(volgende.defaultPrevented).to.equal(true);
    expect(gesprek.groep?.titel).to.equal('Twee');
    await volgendFrame();
    expect(aankondiger.tekst).to.equal(`${nl.gesprekPositie(2, 3)}: Twee`);
    stapMet(gesprek, toets('End'));
    stapMet(gesprek, toets('PageDown'));
    expect(gesprek.groep?.titel).to.equal('Drie');
    await volgendFrame();
    expect(aankondiger.tekst).to.equal(nl.laatsteGroep);
    stapMet(gesprek, toets('Home'));
    expect(gesprek.groep?.titel).to.equal('Een');
  });

  it('laat andere toetsen met rust, ook namen van Object.prototype', async () => {
    const { gesprek } = maak();
    await gesprek.open();
    for (const key of ['a', 'constructor', 'toString', 'Enter']) {
      const gebeurtenis = toets(key);
      stapMet(gesprek, gebeurtenis);
      expect(gebeurtenis.defaultPrevented, key).to.equal(false);
    }
    expect(gesprek.groep?.titel).to.equal('Een');
  });

  it('zet het venster pas bij het eerste openen in de weergave, met de groep', async () => {
    const { gesprek, host } = maak();
    const opties = { kaart: { ...LEGE_KAART, titel: 'Kaart' }, groepen, teksten: nl, taal: 'nl', aankondiging: '' };
    const plek = document.createElement('div');
    render(gesprek.weergave(opties), plek);
    expect(plek.querySelector('dialog'), 'vóór het openen geen venster').to.equal(null);
    const updatesVoor = host.updates;
    await gesprek.open();
    expect(host.updates).to.be.greaterThan(updatesVoor);
    render(gesprek.weergave(opties), plek);
    expect(plek.querySelector('dialog.gesprek h2')?.textContent).to.equal('Een');
  });
});
