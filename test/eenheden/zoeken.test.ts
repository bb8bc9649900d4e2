import { expect } from '@open-wc/testing';
import { treffers, vergelijkbaar } from '../../src/functies/zoeken/treffers.js';
import { AANKONDIGEN_NA_MS, Zoeken, zoekInGroepen } from '../../src/functies/zoeken/zoeken.js';
import { Aankondiger } from '../../src/gedeeld/aankondiger.js';
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

  it('het snelle pad voor ASCII geeft hetzelfde als accenten weghalen en kleine letters maken, teken voor teken', () => {
    const regel = (teken: string) => teken.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
    for (let code = 1; code < 128; code += 1) {
      const teken = `a${String.fromCharCode(code)}b`;
      expect(vergelijkbaar(teken), `teken ${code}`).to.equal(regel(teken).trim());
    }
    expect(vergelijkbaar('Vóór de ÉÉN Financiële')).to.equal('voor de een financiele');
    // De plek van een treffer na een teken met accent telt in de oorspronkelijke tekst.
    expect(treffers('Vóór DE regel', ['de'])).to.deep.equal([{ van: 5, tot: 7 }]);
  });

  it('toont alle items van een groep waarvan de titel past', () => {
    const uitkomst = zoekInGroepen(groepen, 'financiele');
    expect([...(uitkomst.get('geld')?.items.keys() ?? [])]).to.deep.equal(['geld-1', 'geld-2']);
    expect(uitkomst.get('geld')?.titel).to.deep.equal([{ van: 0, tot: 10 }]);
  });

  it('toont alles zonder zoekopdracht', () => {
    const uitkomst = zoekInGroepen(groepen, '  ');
    expect([...uitkomst.values()].every((g) => g.zichtbaar)).to.equal(true);
    expect([...uitkomst.values()].map((g) => [g.titel, [...g.items]])).to.deep.equal([
      [[], [['geld-1', []], ['geld-2', []]]],
      [[], [['zorg-1', []]]],
    ]);
  });

  it('deelt de uitkomst zonder zoekopdracht tussen kaarten met dezelfde inhoud, en zoeken daarna verandert haar niet', () => {
    const een = zoekInGroepen(groepen, '');
    const twee = zoekInGroepen(groepen, ' ');
    expect(twee.get('geld')).to.equal(een.get('geld'));
    zoekInGroepen(groepen, 'schulden');
    zoekInGroepen(groepen, 'financiële');
    expect([een.get('geld')!.titel, [...een.get('geld')!.items]]).to.deep.equal([[], [['geld-1', []], ['geld-2', []]]]);
    // Een andere groep (andere inhoud) krijgt haar eigen uitkomst.
    const kopie = zoekInGroepen([{ ...groepen[0] }], '');
    expect(kopie.get('geld')).not.to.equal(een.get('geld'));
  });
});

/** Zoeken met een echte aankondiger; telt hoe vaak het resultaat gevraagd wordt (en dus gezegd). */
function maakZoeken() {
  const host = new NepHost();
  const teller = { aangekondigd: 0 };
  const aankondiger = new Aankondiger(host);
  const zoeken = new Zoeken(host, aankondiger, () => `resultaat ${(teller.aangekondigd += 1)}`);
  return { zoeken, aankondiger, teller };
}

describe('eenheid: Zoeken', () => {
  it('meldt een verandering, telt de treffers en zegt het resultaat pas als de gebruiker stopt met typen', async () => {
    const { zoeken, teller } = maakZoeken();
    zoeken.typ('m');
    zoeken.typ('ma');
    expect(zoeken.veranderd).to.equal(true);
    zoeken.bereken(groepen);
    expect(zoeken.gevonden).to.equal(1);
    expect(zoeken.nietsGevonden).to.equal(false);
    await wacht(AANKONDIGEN_NA_MS + 100);
    expect(teller.aangekondigd).to.equal(1);
  });

  it('zegt niets meer na wissen of loskoppelen, en niet als intussen iets anders gezegd is', async () => {
    const { zoeken, aankondiger, teller } = maakZoeken();
    zoeken.typ('zorg');
    zoeken.wis();
    zoeken.typ('geld');
    aankondiger.hostDisconnected();
    await wacht(AANKONDIGEN_NA_MS + 100);
    expect(teller.aangekondigd).to.equal(0);
    expect(zoeken.zoekopdracht).to.equal('geld');
    zoeken.typ('geldzorgen');
    aankondiger.kondigAan('Samenvatting gekopieerd.');
    await wacht(AANKONDIGEN_NA_MS + 100);
    expect(teller.aangekondigd, 'het resultaat van het zoeken overschrijft de kopieermelding niet').to.equal(0);
    expect(aankondiger.tekst).to.equal('Samenvatting gekopieerd.');
  });

  it('weet wanneer niets gevonden is', () => {
    const { zoeken } = maakZoeken();
    zoeken.typ('xyzzy');
    zoeken.bereken(groepen);
    expect(zoeken.nietsGevonden).to.equal(true);
    expect(zoeken.gevonden).to.equal(0);
  });
});
