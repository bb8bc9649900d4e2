import { expect } from '@open-wc/testing';
import { Gesprek } from '../../src/functies/gesprek/gesprek.js';
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
  return { gesprek, aankondiger };
}

const toets = (key: string) => new KeyboardEvent('keydown', { key, cancelable: true });

describe('eenheid: Gesprek', () => {
  it('begint bij de eerste groep, of bij de groep van een deeplink', () => {
    const zonder = maak();
    zonder.gesprek.open();
    expect(zonder.gesprek.groep?.titel).to.equal('Een');
    const met = maak(groepen[2]);
    met.gesprek.open();
    expect(met.gesprek.groep?.titel).to.equal('Drie');
  });

  it('stapt met toetsen door de groepen en zegt waar je bent; voorbij het eind zegt het dat', async () => {
    const { gesprek, aankondiger } = maak();
    gesprek.open();
    const volgende = toets('ArrowRight');
    gesprek.toets(volgende);
    expect(volgende.defaultPrevented).to.equal(true);
    expect(gesprek.groep?.titel).to.equal('Twee');
    await volgendFrame();
    expect(aankondiger.tekst).to.equal(`${nl.gesprekPositie(2, 3)}: Twee`);
    gesprek.toets(toets('End'));
    gesprek.toets(toets('PageDown'));
    expect(gesprek.groep?.titel).to.equal('Drie');
    await volgendFrame();
    expect(aankondiger.tekst).to.equal(nl.laatsteGroep);
    gesprek.toets(toets('Home'));
    expect(gesprek.groep?.titel).to.equal('Een');
  });

  it('laat andere toetsen met rust, ook namen van Object.prototype', () => {
    const { gesprek } = maak();
    gesprek.open();
    for (const key of ['a', 'constructor', 'toString', 'Enter']) {
      const gebeurtenis = toets(key);
      gesprek.toets(gebeurtenis);
      expect(gebeurtenis.defaultPrevented, key).to.equal(false);
    }
    expect(gesprek.groep?.titel).to.equal('Een');
  });
});
