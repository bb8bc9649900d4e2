import { expect, waitUntil } from '@open-wc/testing';
import { drukAfOpAanvraag } from '../../src/functies/afdrukken/afdruk-stuk.js';
import { OpAanvraag } from '../../src/gedeeld/op-aanvraag.js';

/** Een afdrukstuk dat laadt zodra `laat` wordt aangeroepen, en bijhoudt wat het afdrukte. */
function nepStuk(mislukt = false) {
  const afgedrukt: HTMLElement[] = [];
  let laat: () => void = () => undefined;
  const stuk = new OpAanvraag(
    () =>
      new Promise<{ drukAf: (element: HTMLElement) => void }>((klaar, fout) => {
        laat = () => (mislukt ? fout(new Error('stuk niet gevonden')) : klaar({ drukAf: (element) => afgedrukt.push(element) }));
      }),
  );
  return { stuk, afgedrukt, laat: () => laat() };
}

describe('eenheid: drukAfOpAanvraag', () => {
  it('drukt meteen af, nog in dezelfde taak, als het stuk al geladen is (print() blijft een handeling van de gebruiker)', async () => {
    const { stuk, afgedrukt, laat } = nepStuk();
    const geladen = stuk.laad();
    laat();
    await geladen;
    const element = document.createElement('div');
    drukAfOpAanvraag(element, () => expect.fail('geen fout verwacht'), stuk);
    expect(afgedrukt).to.deep.equal([element]);
  });

  it('laadt het stuk eerst als het er nog niet is, en drukt dan af', async () => {
    const { stuk, afgedrukt, laat } = nepStuk();
    const element = document.createElement('div');
    drukAfOpAanvraag(element, () => expect.fail('geen fout verwacht'), stuk);
    expect(afgedrukt).to.deep.equal([]);
    laat();
    await waitUntil(() => afgedrukt.length === 1, 'drukt niet af na het laden');
    expect(afgedrukt[0]).to.equal(element);
  });

  it('geeft een mislukt laden aan de fout door, zonder afgewezen belofte, en probeert het de volgende keer opnieuw', async () => {
    const { stuk, afgedrukt, laat } = nepStuk(true);
    const fouten: unknown[] = [];
    drukAfOpAanvraag(document.createElement('div'), (fout) => fouten.push(fout), stuk);
    laat();
    await waitUntil(() => fouten.length === 1, 'de fout komt niet door');
    expect(String(fouten[0])).to.contain('stuk niet gevonden');
    expect(afgedrukt).to.deep.equal([]);
    expect(stuk.module).to.equal(undefined);
  });
});
