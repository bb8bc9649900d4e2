import { expect } from '@open-wc/testing';
import { nothing, render } from 'lit';
import { delenWeergave, sjablonenStuk, tekentMetSjablonen } from '../../src/base/delen-weergave.js';
import type { WeergaveContext } from '../../src/base/weergave-context.js';
import { nl } from '../../src/teksten.js';

/** Een kaart zonder delen: genoeg om te zien wie tekent. */
const context = (wijziging: Partial<WeergaveContext>): WeergaveContext =>
  ({ kaart: { id: 'leeg', delen: [] }, delen: [], teksten: nl, taal: 'nl', statisch: false, markeerbaar: false, uitServerHtml: false, ...wijziging }) as unknown as WeergaveContext;

const teken = (waarde: unknown): HTMLElement => {
  const houder = document.createElement('div');
  render(waarde, houder);
  return houder;
};

describe('eenheid: delenWeergave en het stuk met de sjablonen', () => {
  it('kiest de sjablonen op de server, in de export, bij server-HTML en met markeerbaar; anders de directive', () => {
    expect(tekentMetSjablonen(context({}))).to.equal(false);
    for (const vlag of ['statisch', 'uitServerHtml', 'markeerbaar'] as const) expect(tekentMetSjablonen(context({ [vlag]: true })), vlag).to.equal(true);
  });

  it('zonder het stuk: een lege .delen, of bij server-HTML niets (de HTML van de server blijft staan); met het stuk de sjablonen', async () => {
    // Elk testbestand heeft zijn eigen pagina: het stuk is nog niet geladen.
    expect(sjablonenStuk.module).to.equal(undefined);
    expect(delenWeergave(context({ uitServerHtml: true }), 3, undefined)).to.equal(nothing);
    const leeg = teken(delenWeergave(context({ markeerbaar: true }), 3, 'Niets gevonden.'));
    expect([leeg.querySelectorAll('.delen').length, leeg.textContent!.trim()]).to.deep.equal([1, '']);

    await sjablonenStuk.laad();
    const getekend = teken(delenWeergave(context({ markeerbaar: true }), 3, 'Niets gevonden.'));
    expect(getekend.querySelector('.delen > p.niets-gevonden')!.textContent).to.equal('Niets gevonden.');
    // De sjablonen van Lit laten hun markeringen achter; de directive niet.
    const markeringen = (houder: HTMLElement) => [...houder.querySelector('.delen')!.childNodes].filter((k) => k.nodeType === Node.COMMENT_NODE).length;
    expect(markeringen(getekend)).to.be.above(0);
    expect(markeringen(teken(delenWeergave(context({}), 3, 'Niets gevonden.')))).to.equal(0);
  });
});
