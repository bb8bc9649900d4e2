import { expect, waitUntil } from '@open-wc/testing';
import { BegrippenInToelichting } from '../../src/base/begrippen-in-toelichting.js';
import { Aankondiger } from '../../src/gedeeld/aankondiger.js';
import { nl } from '../../src/teksten.js';
import { NepHost } from './nep-host.js';

describe('eenheid: BegrippenInToelichting', () => {
  it('opent en sluit, en laadt de begrippen bij het eerste openen; daarna tekent de host opnieuw', async () => {
    const host = new NepHost();
    const begrippen = new BegrippenInToelichting(host, new Aankondiger(host), () => nl);
    expect(begrippen.open).to.equal(false);
    begrippen.wissel();
    expect(begrippen.open).to.equal(true);
    expect(host.updates).to.equal(1);
    await waitUntil(() => begrippen.begrippen, 'de begrippen laden niet');
    expect(host.updates).to.equal(2);
    expect(begrippen.begrippen!.begrippen.map((b) => b.term)).to.include('Maatwerk');
    begrippen.wissel();
    expect(begrippen.open).to.equal(false);
  });
});
