import { expect } from '@open-wc/testing';
import { css, html, LitElement } from 'lit';
import { Aankondiger } from '../../src/gedeeld/aankondiger.js';
import { alsTekst } from '../../src/gedeeld/als-tekst.js';
import { FocusNaUpdate } from '../../src/gedeeld/focus-na-update.js';
import { stijlenNaVerhuizen } from '../../src/gedeeld/stijlen.js';
import { alsHost, NepHost } from './nep-host.js';

const volgendFrame = () => new Promise((klaar) => requestAnimationFrame(klaar));

describe('eenheid: alsTekst', () => {
  it('maakt van elke waarde een tekst zonder te gooien', () => {
    const gooit = { toString: () => { throw new Error('nee'); } };
    const proxy = new Proxy({}, { get: () => { throw new Error('val'); } });
    expect(alsTekst('tijdens')).to.equal('tijdens');
    expect(alsTekst(3)).to.equal('3');
    expect(alsTekst(Symbol('x'))).to.equal('Symbol(x)');
    expect(alsTekst(Object.create(null))).to.equal('[object Object]');
    expect(alsTekst(gooit)).to.equal('[object Object]');
    expect(alsTekst(proxy)).to.be.a('string').and.not.equal('');
  });
});

describe('eenheid: Aankondiger', () => {
  it('maakt de live region eerst leeg en zet de tekst een frame later, ook dezelfde zin opnieuw', async () => {
    const host = new NepHost();
    const aankondiger = new Aankondiger(host);
    aankondiger.kondigAan('Alles geopend.');
    expect(aankondiger.tekst).to.equal('');
    await volgendFrame();
    expect(aankondiger.tekst).to.equal('Alles geopend.');
    aankondiger.kondigAan('Alles geopend.');
    expect(aankondiger.tekst).to.equal('');
    await volgendFrame();
    expect(aankondiger.tekst).to.equal('Alles geopend.');
    expect(host.updates).to.equal(4);
  });

  it('zegt niets meer na het loskoppelen', async () => {
    const host = new NepHost();
    const aankondiger = new Aankondiger(host);
    aankondiger.kondigAan('Te laat.');
    aankondiger.hostDisconnected();
    await volgendFrame();
    expect(aankondiger.tekst).to.equal('');
  });
});

describe('eenheid: FocusNaUpdate', () => {
  it('zet na de volgende weergave de focus op het gevraagde element, één keer', () => {
    const host = new NepHost();
    document.body.append(host.renderRoot);
    const focus = new FocusNaUpdate(alsHost(host));
    focus.zetOp('_doel');
    host.renderRoot.innerHTML = '<button id="_doel">Doel</button><button id="_ander">Ander</button>';
    host.bijgewerkt();
    expect(document.activeElement?.id).to.equal('_doel');
    host.renderRoot.querySelector<HTMLElement>('#_ander')?.focus();
    host.bijgewerkt();
    expect(document.activeElement?.id, 'geen tweede keer').to.equal('_ander');
    host.renderRoot.remove();
  });
});

describe('eenheid: stijlenNaVerhuizen', () => {
  it('geeft de shadow root na een verhuizing naar een ander document de stijlen van het element, in hun volgorde', async () => {
    class StijlProef extends LitElement {
      static override styles = [css`p { color: rgb(1, 2, 3); font-style: italic; }`, css`p { text-decoration-line: underline; }`];

      /** Zoals MwElement. */
      adoptedCallback(): void {
        stijlenNaVerhuizen(this);
      }

      override render() {
        return html`<p>tekst</p>`;
      }
    }
    customElements.define('mw-stijl-proef', StijlProef);
    const element = document.createElement('mw-stijl-proef') as StijlProef;
    document.body.append(element);
    try {
      await element.updateComplete;
      const frame = document.createElement('iframe');
      document.body.append(frame);
      frame.contentDocument!.body.append(frame.contentDocument!.adoptNode(element));
      expect(frame.contentWindow!.getComputedStyle(element.shadowRoot!.querySelector('p')!).fontStyle).to.equal('italic');
      expect(frame.contentWindow!.getComputedStyle(element.shadowRoot!.querySelector('p')!).color).to.equal('rgb(1, 2, 3)');
      expect(frame.contentWindow!.getComputedStyle(element.shadowRoot!.querySelector('p')!).textDecorationLine).to.equal('underline');
      frame.remove();
    } finally {
      element.remove();
    }
  });
});
