import { expect } from '@open-wc/testing';
import { AANKONDIGEN_NA_MS, Zoeken, zoekInGroepen } from '../../src/functies/zoeken/zoeken.js';
import type { Groep } from '../../src/inhoud/kaart.js';
import { NepHost } from './nep-host.js';

const groepen: Groep[] = [
  { id: 'geld', titel: 'Financiële situatie', items: [{ id: 'geld-1', tekst: 'Schulden lopen op' }, { id: 'geld-2', tekst: 'Geen inkomen' }] },
  { id: 'zorg', titel: 'Zorg', items: [{ id: 'zorg-1', tekst: 'Mantelzorg valt weg' }] },
];

const wacht = (ms: number) => new Promise((klaar) => setTimeout(klaar, ms));

describe('eenheid: zoekInGroepen', () => {
  it('vindt woorden zonder op accenten en hoofdletters te letten, met de plek van de treffer', () => {
    const uitkomst = zoekInGroepen(groepen, 'SCHULD');
    expect(uitkomst.get('geld')?.zichtbaar).to.equal(true);
    expect([...(uitkomst.get('geld')?.items.keys() ?? [])]).to.deep.equal(['geld-1']);
    expect(uitkomst.get('geld')?.items.get('geld-1')).to.deep.equal([{ van: 0, tot: 6 }]);
    expect(uitkomst.get('zorg')?.zichtbaar).to.equal(false);
  });

  it('toont alle items van een groep waarvan de titel past', () => {
    const uitkomst = zoekInGroepen(groepen, 'financiele');
    expect([...(uitkomst.get('geld')?.items.keys() ?? [])]).to.deep.equal(['geld-1', 'geld-2']);
    expect(uitkomst.get('geld')?.titel).to.deep.equal([{ van: 0, tot: 10 }]);
  });

  it('toont alles zonder zoekopdracht', () => {
    const uitkomst = zoekInGroepen(groepen, '  ');
    expect([...uitkomst.values()].every((g) => g.zichtbaar)).to.equal(true);
  });
});

describe('eenheid: Zoeken', () => {
  it('meldt een verandering, telt de treffers en zegt het resultaat pas als de gebruiker stopt met typen', async () => {
    let aangekondigd = 0;
    const zoeken = new Zoeken(new NepHost(), { kondigResultaatAan: () => (aangekondigd += 1) });
    zoeken.typ('m');
    zoeken.typ('ma');
    expect(zoeken.veranderd).to.equal(true);
    zoeken.bereken(groepen);
    expect(zoeken.gevonden).to.equal(1);
    expect(zoeken.nietsGevonden).to.equal(false);
    await wacht(AANKONDIGEN_NA_MS + 100);
    expect(aangekondigd).to.equal(1);
  });

  it('zegt niets meer na wissen of loskoppelen', async () => {
    let aangekondigd = 0;
    const zoeken = new Zoeken(new NepHost(), { kondigResultaatAan: () => (aangekondigd += 1) });
    zoeken.typ('zorg');
    zoeken.wis();
    zoeken.typ('geld');
    zoeken.hostDisconnected();
    await wacht(AANKONDIGEN_NA_MS + 100);
    expect(aangekondigd).to.equal(0);
    expect(zoeken.zoekopdracht).to.equal('geld');
  });

  it('weet wanneer niets gevonden is', () => {
    const zoeken = new Zoeken(new NepHost(), { kondigResultaatAan: () => {} });
    zoeken.typ('xyzzy');
    zoeken.bereken(groepen);
    expect(zoeken.nietsGevonden).to.equal(true);
    expect(zoeken.gevonden).to.equal(0);
  });
});
