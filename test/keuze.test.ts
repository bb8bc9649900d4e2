import { expect } from '@open-wc/testing';
import '../src/index.js';
import { alle, een, itemteksten, kaartMet, schaduw, tekstVan } from './helpers/dom.js';
import { kaarten } from './helpers/kaarten.js';
import { bewaakConsole } from './helpers/console.js';

const zichtbareDelen = (kaart: Element) => alle(kaart, '.deel').map((deel) => deel.id);

describe('een deel van de kaart kiezen', () => {
  const log = bewaakConsole();

  for (const { tag, inhoud, attribuut } of kaarten) {
    describe(`<${tag} ${attribuut}>`, () => {
      it('toont zonder keuze alle delen, zonder melding', async () => {
        const kaart = await kaartMet(tag);
        expect(zichtbareDelen(kaart)).to.deep.equal(inhoud.delen.map((d) => d.id));
        expect(alle(kaart, '.melding')).to.have.length(0);
        expect(log.waarschuwingen).to.deep.equal([]);
      });

      for (const deel of inhoud.delen) {
        it(`toont met ${attribuut}="${deel.sleutel}" alleen ${deel.titel}, met al zijn items, en is toegankelijk`, async () => {
          const kaart = await kaartMet(tag, { [attribuut]: deel.sleutel });
          expect(zichtbareDelen(kaart)).to.deep.equal([deel.id]);
          expect(itemteksten(schaduw(kaart))).to.deep.equal(deel.groepen.flatMap((g) => g.items.map((i) => i.tekst)));
          expect(alle(kaart, '.melding')).to.have.length(0);
          await expect(kaart).to.be.accessible();
        });
      }

      it('wisselt van deel als het attribuut verandert, en toont alles als het verdwijnt', async () => {
        const [eerste, tweede] = inhoud.delen;
        const kaart = await kaartMet(tag, { [attribuut]: eerste.sleutel });
        kaart.setAttribute(attribuut, tweede.sleutel);
        await kaart.updateComplete;
        expect(zichtbareDelen(kaart)).to.deep.equal([tweede.id]);
        kaart.removeAttribute(attribuut);
        await kaart.updateComplete;
        expect(zichtbareDelen(kaart)).to.have.length(inhoud.delen.length);
      });

      it('toont bij een onbekende waarde alle delen, een zichtbare melding en één waarschuwing in de console', async () => {
        const kaart = await kaartMet(tag, { [attribuut]: 'morgen' });
        expect(zichtbareDelen(kaart)).to.deep.equal(inhoud.delen.map((d) => d.id));
        const melding = tekstVan(een(kaart, '.melding'));
        expect(melding).to.contain('‘morgen’ is geen bekende waarde voor ' + attribuut);
        for (const deel of inhoud.delen) expect(melding).to.contain(deel.sleutel);
        expect((een(kaart, '.melding') as HTMLElement).offsetHeight).to.be.greaterThan(0);
        kaart.requestUpdate();
        await kaart.updateComplete;
        expect(log.waarschuwingen).to.deep.equal([`<${tag}>: ${melding}`]);
        await expect(kaart).to.be.accessible();
      });

      it('behandelt een lege waarde als geen keuze', async () => {
        const kaart = await kaartMet(tag, { [attribuut]: '  ' });
        expect(zichtbareDelen(kaart)).to.have.length(inhoud.delen.length);
        expect(alle(kaart, '.melding')).to.have.length(0);
      });
    });
  }

  it('accepteert "vóór" en hoofdletters voor de fase "voor"', async () => {
    for (const waarde of ['vóór', 'Vóór', ' VOOR ']) {
      const kaart = await kaartMet('mw-vragen-kaart', { fase: waarde });
      expect(zichtbareDelen(kaart), waarde).to.deep.equal(['vragen-voor']);
    }
    expect(log.waarschuwingen).to.deep.equal([]);
  });

  it('zegt bij een onbekende fase welke fasen er zijn', async () => {
    const kaart = await kaartMet('mw-vragen-kaart', { fase: 'straks' });
    expect(tekstVan(een(kaart, '.melding'))).to.equal(
      '‘straks’ is geen bekende waarde voor fase. Kies voor, tijdens of na. Nu staan alle fasen hieronder.',
    );
  });

  it('haalt de melding weg zodra de waarde klopt', async () => {
    const kaart = await kaartMet('mw-lessen-kaart', { doelgroep: 'iedereen' });
    expect(alle(kaart, '.melding')).to.have.length(1);
    kaart.setAttribute('doelgroep', 'bestuurders');
    await kaart.updateComplete;
    expect(alle(kaart, '.melding')).to.have.length(0);
    expect(zichtbareDelen(kaart)).to.deep.equal(['lessen-bestuurders']);
  });

  it('accepteert een getal als eigenschap (stap = 3, zoals React en Vue het zetten) en zet het als attribuut', async () => {
    const kaart = (await kaartMet('mw-vragen-beleid-kaart')) as HTMLElement & { stap?: unknown };
    kaart.stap = 3;
    await (kaart as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(zichtbareDelen(kaart)).to.deep.equal(['vragen-beleid-stap-3']);
    expect(kaart.getAttribute('stap')).to.equal('3');
    expect(log.waarschuwingen).to.deep.equal([]);
  });

  it('geeft bij een eigenschap die geen tekst is (een object, een getal dat geen fase is) een melding, geen fout', async () => {
    const kaart = (await kaartMet('mw-vragen-kaart')) as HTMLElement & { fase?: unknown; updateComplete: Promise<unknown> };
    kaart.fase = { fase: 'voor' };
    await kaart.updateComplete;
    expect(tekstVan(een(kaart, '.melding'))).to.contain('‘[object Object]’ is geen bekende waarde voor fase');
    kaart.fase = 42;
    await kaart.updateComplete;
    expect(tekstVan(een(kaart, '.melding'))).to.contain('‘42’ is geen bekende waarde voor fase');
    expect(zichtbareDelen(kaart)).to.have.length(3);
    expect(log.waarschuwingen).to.have.length(2);
  });

  it('overleeft snel wisselende waarden en eindigt op de laatste', async () => {
    const kaart = await kaartMet('mw-vragen-maatwerk-kaart');
    for (const stap of ['1', 'x', '7', '', '3', '99', '6']) kaart.setAttribute('stap', stap);
    await kaart.updateComplete;
    expect(zichtbareDelen(kaart)).to.deep.equal(['vragen-maatwerk-stap-6']);
    expect(alle(kaart, '.melding')).to.have.length(0);
  });
});

describe('heading-level met een verkeerde waarde', () => {
  const log = bewaakConsole();

  for (const waarde of ['hoog', '0', '7', '2.5', '']) {
    it(`gebruikt bij "${waarde}" kopniveau 2 en meldt dat`, async () => {
      const kaart = await kaartMet('mw-signalen-kaart', { 'heading-level': waarde });
      expect(een(kaart, '.titel').localName).to.equal('h2');
      const melding = tekstVan(een(kaart, '.melding'));
      expect(melding).to.equal(`‘${waarde}’ is geen geldig kopniveau; kies 1 tot en met 6. Nu begint de kaart met kopniveau 2.`);
      expect(log.waarschuwingen).to.deep.equal([`<mw-signalen-kaart>: ${melding}`]);
    });
  }
});
