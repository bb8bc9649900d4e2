import { expect } from '@open-wc/testing';
import { OpenDicht } from '../../src/functies/openen-sluiten/open-dicht.js';
import { NepHost } from './nep-host.js';

const groepen = ['a', 'b', 'c'];

describe('eenheid: OpenDicht', () => {
  it('begint open, of met compact alles dicht', () => {
    const open = new OpenDicht(new NepHost());
    open.begin(false, groepen);
    expect(groepen.map((g) => open.isOpen(g))).to.deep.equal([true, true, true]);
    open.begin(true, groepen);
    expect(groepen.map((g) => open.isOpen(g))).to.deep.equal([false, false, false]);
  });

  it('wisselt, opent en sluit alles', () => {
    const open = new OpenDicht(new NepHost());
    open.begin(false, groepen);
    open.wissel('b');
    expect(open.isOpen('b')).to.equal(false);
    open.wissel('b');
    expect(open.isOpen('b')).to.equal(true);
    open.sluitAlles(groepen);
    expect([...open.gesloten]).to.deep.equal(groepen);
    open.open('c');
    expect(open.isOpen('c')).to.equal(true);
    open.openAlles();
    expect(open.gesloten.size).to.equal(0);
  });

  it('opent tijdens het zoeken de groepen met treffers en zet daarna de stand van ervoor terug', () => {
    const open = new OpenDicht(new NepHost());
    open.begin(true, groepen);
    open.open('a');
    open.toonTreffers((g) => g === 'b');
    expect(groepen.map((g) => open.isOpen(g))).to.deep.equal([true, true, false]);
    open.toonTreffers((g) => g === 'c');
    expect(groepen.map((g) => open.isOpen(g)), 'van de stand vóór het zoeken uit').to.deep.equal([true, false, true]);
    open.herstelNaZoeken();
    expect(groepen.map((g) => open.isOpen(g))).to.deep.equal([true, false, false]);
  });
});
