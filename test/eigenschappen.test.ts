import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { MwKaartBase } from '../src/base/kaart-base.js';
import { kaarten } from './helpers/kaarten.js';
import { alle, een, tekstVan } from './helpers/dom.js';
import { bewaakConsole } from './helpers/console.js';

/** Waarden die bij `String()` of een template literal gooien, of die geen tekst zijn. */
const exotisch: [string, () => unknown][] = [
  ['Object.create(null)', () => Object.create(null)],
  ['toString die gooit', () => ({ toString: () => { throw new Error('toString'); } })],
  ['symbool', () => Symbol('x')],
  ['Proxy die gooit', () => new Proxy({}, { get: () => { throw new Error('proxy'); } })],
];

/** Vangt fouten en afgewezen beloftes op de pagina tijdens een test. */
function vangFouten(): { fouten: unknown[]; stop: () => void } {
  const fouten: unknown[] = [];
  const fout = (e: ErrorEvent) => fouten.push(e.error ?? e.message);
  const afgewezen = (e: PromiseRejectionEvent) => {
    fouten.push(e.reason);
    e.preventDefault();
  };
  window.addEventListener('error', fout);
  window.addEventListener('unhandledrejection', afgewezen);
  return { fouten, stop: () => (window.removeEventListener('error', fout), window.removeEventListener('unhandledrejection', afgewezen)) };
}

const rust = () => new Promise((klaar) => setTimeout(klaar, 20));

describe('eigenschappen van elk type: nooit een fout, nooit een bevroren kaart', () => {
  const log = bewaakConsole();

  for (const { tag, attribuut } of kaarten) {
    for (const [naam, maak] of exotisch) {
      it(`<${tag}> met ${attribuut} = ${naam}, heading-level = ${naam} en toon = ${naam}`, async () => {
        const vanger = vangFouten();
        try {
          const kaart = await fixture<MwKaartBase>(html`<div></div>`).then((houder) => {
            houder.innerHTML = `<${tag}></${tag}>`;
            return houder.firstElementChild as MwKaartBase;
          });
          await kaart.updateComplete;
          const eigenschap = attribuut.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
          (kaart as unknown as Record<string, unknown>)[eigenschap] = maak();
          kaart.headingLevel = maak() as never;
          kaart.toon = maak() as never;
          await kaart.updateComplete;
          await rust();
          expect(alle(kaart, '.melding').length, 'een zichtbare melding').to.be.greaterThan(0);
          expect(tekstVan(een(kaart, '.melding'))).to.not.equal('');
          // Niet bevroren: een groep gaat nog dicht.
          const knop = een(kaart, '.groep-knop') as HTMLButtonElement;
          knop.click();
          await kaart.updateComplete;
          expect(knop.getAttribute('aria-expanded')).to.equal('false');
          expect(vanger.fouten.map(String)).to.deep.equal([]);
          expect(log.waarschuwingen, 'één waarschuwing per melding').to.have.length(alle(kaart, '.melding').length);
        } finally {
          vanger.stop();
        }
      });
    }
  }
});
