import { expect } from '@open-wc/testing';
import { nothing, render } from 'lit';
import { delenWeergave } from '../../src/base/delen-weergave.js';
import { sjablonenStuk, tekentMetSjablonen } from '../../src/base/sjablonen-lader.js';
import type { WeergaveContext } from '../../src/base/weergave-context.js';
import { catalogus } from '../../src/catalogus.js';
import { zoekInGroepen } from '../../src/functies/zoeken/zoeken.js';
import type { Kaart } from '../../src/inhoud/kaart.js';
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

  it('zonder het stuk: bij server-HTML niets (de HTML van de server blijft staan), anders de directive; met het stuk de sjablonen', async () => {
    // Elk testbestand heeft zijn eigen pagina: het stuk is nog niet geladen.
    expect(sjablonenStuk.module).to.equal(undefined);
    expect(delenWeergave(context({ uitServerHtml: true }), 3, undefined)).to.equal(nothing);
    // De Lit-sjablonen laten hun markeringen achter; de directive niet.
    const markeringen = (houder: HTMLElement) => [...houder.querySelector('.delen')!.childNodes].filter((k) => k.nodeType === Node.COMMENT_NODE).length;
    const zonder = teken(delenWeergave(context({ markeerbaar: true }), 3, 'Niets gevonden.'));
    expect([zonder.querySelector('.delen > p.niets-gevonden')!.textContent, markeringen(zonder)]).to.deep.equal(['Niets gevonden.', 0]);

    await sjablonenStuk.laad();
    const getekend = teken(delenWeergave(context({ markeerbaar: true }), 3, 'Niets gevonden.'));
    expect(getekend.querySelector('.delen > p.niets-gevonden')!.textContent).to.equal('Niets gevonden.');
    expect(markeringen(getekend)).to.be.above(0);
    expect(markeringen(teken(delenWeergave(context({}), 3, 'Niets gevonden.')))).to.equal(0);
  });
});

/** Een knoop als tekst, met de attributen gesorteerd en zonder opmerkingen en witruimte tussen elementen. */
function vorm(knoop: Node): string {
  if (knoop.nodeType === Node.TEXT_NODE) return (knoop as Text).data;
  const element = knoop as Element;
  const attributen = [...element.attributes].map((a) => `${a.name}="${a.value}"`).sort();
  return `<${[element.localName, ...attributen].join(' ')}>${[...element.childNodes].map(vorm).join('')}</${element.localName}>`;
}

/** De `.delen` zoals een lezer ze krijgt: opmerkingen en witruimte tussen elementen weg, aangrenzende tekst samen. */
function schoon(houder: HTMLElement): string {
  const delen = houder.querySelector('.delen')!.cloneNode(true) as Element;
  const loper = document.createTreeWalker(delen, NodeFilter.SHOW_COMMENT | NodeFilter.SHOW_TEXT);
  const weg: Node[] = [];
  while (loper.nextNode()) {
    const k = loper.currentNode;
    if (k.nodeType === Node.COMMENT_NODE || (k as Text).data.trim() === '') weg.push(k);
  }
  for (const k of weg) k.parentNode!.removeChild(k);
  delen.normalize();
  return vorm(delen);
}

/** Een echte kaart in een stand met van alles: een zoekopdracht, een dichte groep, een doelwit, een eigen aanvulling. */
function contextMet(kaart: Kaart, uitServerHtml: boolean): WeergaveContext {
  const groepen = kaart.delen.flatMap((deel) => deel.groepen);
  // Het langste woord uit het tweede item van de eerste groep: een zoekterm die op elke kaart iets vindt.
  const term = (groepen[0].items[1] ?? groepen[0].items[0]).tekst.split(/[^\p{L}]+/u).reduce((a, b) => (b.length > a.length ? b : a));
  return context({
    kaart,
    delen: kaart.delen,
    uitServerHtml,
    zoeken: { treffers: zoekInGroepen(groepen, term) },
    openDicht: { isOpen: (id: string) => id !== groepen[1]?.id, wissel: () => undefined },
    deeplinks: { doelwit: groepen[0].items[0].id },
    roving: { stop: (_groep: string, leden: string[]) => leden[0], toets: () => undefined, focus: () => undefined },
  } as unknown as Partial<WeergaveContext>);
}

describe('de directive en de sjablonen tekenen hetzelfde (elke kaart, met zoekopdracht, dichte groep, doelwit en aanvulling)', () => {
  before(() => sjablonenStuk.laad());

  for (const { id, inhoud } of catalogus) {
    it(id, () => {
      // Een eigen aanvulling op de eerste groep en haar eerste item, met het label erbij.
      const kaart = structuredClone(inhoud);
      kaart.delen[0].groepen[0].herkomst = 'Gemeente Voorbeeld';
      kaart.delen[0].groepen[0].items[0].herkomst = 'Gemeente Voorbeeld';
      const directive = schoon(teken(delenWeergave(contextMet(kaart, false), 3, undefined)));
      const sjablonen = schoon(teken(delenWeergave(contextMet(kaart, true), 3, undefined)));
      expect(directive).to.contain('<mark>');
      expect(directive).to.contain('Aanvulling van Gemeente Voorbeeld');
      expect(directive).to.contain('data-doelwit');
      expect(directive).to.contain('aria-expanded="false"');
      expect(directive).to.equal(sjablonen);
    });
  }
});
