import { expect } from '@open-wc/testing';
import { defineer } from '../src/gedeeld/defineer.js';
import { versie } from '../src/versie.js';
import { bewaakConsole } from './helpers/console.js';

describe('registratie van de elementen', () => {
  const log = bewaakConsole();

  it('registreert een nieuwe naam', () => {
    class Nieuw extends HTMLElement {}
    defineer('mw-test-nieuw', Nieuw);
    expect(customElements.get('mw-test-nieuw')).to.equal(Nieuw);
  });

  it('laat een naam van dezelfde versie met rust, zonder waarschuwing', () => {
    class Eerste extends HTMLElement {
      static versie = versie;
    }
    class Tweede extends HTMLElement {}
    defineer('mw-test-zelfde', Eerste);
    defineer('mw-test-zelfde', Tweede);
    expect(customElements.get('mw-test-zelfde')).to.equal(Eerste);
    expect(log.waarschuwingen).to.deep.equal([]);
  });

  it('waarschuwt één keer per pagina als een andere versie al geregistreerd is, met beide versies', () => {
    class Oud extends HTMLElement {
      static versie = '0.0.1';
    }
    customElements.define('mw-test-oud-a', Oud);
    customElements.define('mw-test-oud-b', class extends Oud {});
    class Nieuw extends HTMLElement {}
    defineer('mw-test-oud-a', Nieuw);
    defineer('mw-test-oud-b', Nieuw);
    expect(customElements.get('mw-test-oud-a')).to.equal(Oud);
    expect(log.waarschuwingen).to.have.length(1);
    expect(log.waarschuwingen[0]).to.contain('0.0.1').and.to.contain(versie);
  });
});
