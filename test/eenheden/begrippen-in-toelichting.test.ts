import { expect } from '@open-wc/testing';
import { nothing, render } from 'lit';
import { BegrippenInToelichting } from '../../src/base/begrippen-in-toelichting.js';
import { nl } from '../../src/teksten.js';
import { NepHost } from './nep-host.js';

describe('eenheid: BegrippenInToelichting', () => {
  it('opent en sluit de begrippen, en vraagt de host om opnieuw te tekenen', () => {
    const host = new NepHost();
    const begrippen = new BegrippenInToelichting(host, () => nl);
    expect([begrippen.open, begrippen.weergave(4)]).to.deep.equal([false, nothing]);
    begrippen.wissel();
    expect(begrippen.open).to.equal(true);
    expect(host.updates).to.equal(1);
    const houder = document.createElement('div');
    render(begrippen.weergave(4), houder);
    expect([...houder.querySelectorAll('dt')].map((dt) => dt.textContent)).to.include('Maatwerk');
    expect(houder.querySelector('h4')?.textContent).to.contain('Wat verstaan we onder maatwerk');
    begrippen.wissel();
    expect([begrippen.open, begrippen.weergave(4)]).to.deep.equal([false, nothing]);
  });
});
