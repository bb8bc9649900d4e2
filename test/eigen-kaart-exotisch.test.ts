import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/kaart/kaart.js';
import nsob from '../demo/eigen-kaart/nsob-loyaliteiten.json';
import { bewaakConsole } from './helpers/console.js';
import { alle, een, tekstVan } from './helpers/dom.js';
import type { FoutDetail, MwKaart } from '../src/kaart/kaart.component.js';

/** Een object waarvan het lezen van `titel` gooit. */
const metGooiendeGetter = () => {
  const inhoud: Record<string, unknown> = structuredClone(nsob);
  Object.defineProperty(inhoud, 'titel', { enumerable: true, get: () => { throw new Error('getter gooit'); } });
  return inhoud;
};
/** Een Proxy die bij elke eigenschap gooit. */
const gooiendeProxy = () => new Proxy({}, { get: () => { throw new Error('proxy gooit'); }, ownKeys: () => { throw new Error('proxy gooit'); } });
const ingetrokkenProxy = () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};
const gooiendeToString = () => ({ toString: () => { throw new Error('toString gooit'); } });

type Geval = [naam: string, eigenschappen: Record<string, unknown>];

/** Issue 12, punt 3: exotische waarden in inhoud, aanvulling, src en basis. */
const gevallen: Geval[] = [
  ['inhoud met een gooiende getter', { inhoud: metGooiendeGetter() }],
  ['inhoud als Proxy die gooit', { inhoud: gooiendeProxy() }],
  ['inhoud als ingetrokken Proxy', { inhoud: ingetrokkenProxy() }],
  ['aanvulling met een gooiende getter', { basis: 'signalen', aanvulling: Object.defineProperty({}, 'organisatie', { enumerable: true, get: () => { throw 1; } }) }],
  ['aanvulling als Proxy die gooit', { basis: 'signalen', aanvulling: gooiendeProxy() }],
  ['src met een gooiende toString', { src: gooiendeToString() }],
  ['src als Symbol', { src: Symbol('src') }],
  ['basis als getal', { basis: 42 }],
  ['basis als object zonder prototype', { basis: Object.create(null) }],
];

describe('<mw-kaart> met exotische waarden (gooiende getters, Proxies, symbolen)', () => {
  const log = bewaakConsole();
  const weigeringen: unknown[] = [];
  const vang = (gebeurtenis: PromiseRejectionEvent) => {
    weigeringen.push(gebeurtenis.reason);
    gebeurtenis.preventDefault();
  };
  beforeEach(() => {
    weigeringen.length = 0;
    window.addEventListener('unhandledrejection', vang);
  });
  afterEach(() => window.removeEventListener('unhandledrejection', vang));

  for (const [naam, eigenschappen] of gevallen) {
    it(`${naam}: een zichtbare melding, één mw-fout, één waarschuwing, geen weigering`, async () => {
      const fouten: FoutDetail[] = [];
      const kaart = await fixture<MwKaart>(html`<mw-kaart @mw-fout=${(e: CustomEvent<FoutDetail>) => fouten.push(e.detail)}></mw-kaart>`);
      Object.assign(kaart, eigenschappen);
      await waitUntil(() => fouten.length > 0 || weigeringen.length > 0, 'geen mw-fout: de kaart blijft laden', { timeout: 3000 });
      await kaart.updateComplete;
      await new Promise((klaar) => setTimeout(klaar, 20));
      expect(weigeringen.map(String)).to.deep.equal([]);
      expect(kaart.shadowRoot!.textContent).not.to.contain('wordt geladen');
      expect(tekstVan(een(kaart, '.melding'))).to.contain('Deze kaart kan niet getoond worden');
      expect(fouten).to.have.length(1);
      expect(log.waarschuwingen).to.have.length(1);
      expect(log.fouten).to.deep.equal([]);
      expect(alle(kaart, '.deel')).to.have.length(0);

      // Daarna werkt het element gewoon weer met geldige inhoud.
      Object.assign(kaart, { src: undefined, basis: undefined, aanvulling: undefined, inhoud: nsob });
      await waitUntil(() => alle(kaart, 'li.item').length === 10, 'de kaart herstelt niet met geldige inhoud', { timeout: 3000 });
    });
  }
});
