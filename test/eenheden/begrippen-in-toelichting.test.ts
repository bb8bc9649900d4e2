import { expect, waitUntil } from '@open-wc/testing';
import { nothing, render } from 'lit';
import { BegrippenInToelichting } from '../../src/base/begrippen-in-toelichting.js';
import { Aankondiger } from '../../src/gedeeld/aankondiger.js';
import { nl } from '../../src/teksten.js';
import { NepHost } from './nep-host.js';

describe('eenheid: BegrippenInToelichting', () => {
  it('opent en sluit, en laadt de begrippen met hun weergave bij het eerste openen; daarna tekent de host opnieuw', async () => {
    const host = new NepHost();
    const begrippen = new BegrippenInToelichting(host, new Aankondiger(host), () => nl);
    expect([begrippen.open, begrippen.weergave(4)]).to.deep.equal([false, nothing]);
    begrippen.wissel();
    expect(begrippen.open).to.equal(true);
    expect(host.updates).to.equal(1);
    await waitUntil(() => begrippen.weergave(4) !== nothing, 'de begrippen laden niet');
    expect(host.updates).to.equal(2);
    const houder = document.createElement('div');
    render(begrippen.weergave(4), houder);
    expect([...houder.querySelectorAll('dt')].map((dt) => dt.textContent)).to.include('Maatwerk');
    expect(houder.querySelector('h4')?.textContent).to.contain('Wat verstaan we onder maatwerk');
    begrippen.wissel();
    expect([begrippen.open, begrippen.weergave(4)]).to.deep.equal([false, nothing]);
  });
});
