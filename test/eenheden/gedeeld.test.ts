import { expect } from '@open-wc/testing';
import { css, html, LitElement } from 'lit';
import { Aankondiger } from '../../src/gedeeld/aankondiger.js';
import { alsTekst } from '../../src/gedeeld/als-tekst.js';
import { FocusNaUpdate } from '../../src/gedeeld/focus-na-update.js';
import { bijHerstel, OpAanvraag } from '../../src/gedeeld/op-aanvraag.js';
import { blijftLaatst, stijlenNaVerhuizen, voegStijlToe } from '../../src/gedeeld/stijlen.js';
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

describe('eenheid: OpAanvraag', () => {
  /** Een stuk waarvan de eerste poging mislukt met `boodschap` en de volgende `{ waarde: 42 }` geven. */
  function eersteKeerMislukt(boodschap: string) {
    const teller = { pogingen: 0 };
    const stuk = new OpAanvraag(async () => {
      teller.pogingen += 1;
      if (teller.pogingen === 1) throw new Error(boodschap);
      return { waarde: 42 };
    });
    return { stuk, teller };
  }

  it('laadt één keer, ook als twee elementen tegelijk vragen, en probeert opnieuw na een mislukte poging', async () => {
    const { stuk, teller } = eersteKeerMislukt('netwerk');
    const [eerste, tweede] = await Promise.allSettled([stuk.laad(), stuk.laad()]);
    expect([eerste.status, tweede.status, teller.pogingen, stuk.module]).to.deep.equal(['rejected', 'rejected', 1, undefined]);
    const [derde, vierde] = await Promise.all([stuk.laad(), stuk.laad()]);
    expect(derde).to.equal(vierde);
    expect(teller.pogingen).to.equal(2);
    expect(stuk.module).to.deep.equal({ waarde: 42 });
  });

  it('onthoudt waarom het laden mislukte; laadVoorWeergave probeert het dan niet opnieuw (laad wel), en wijst nooit af', async () => {
    const { stuk, teller } = eersteKeerMislukt('404');
    const eerste = stuk.laadVoorWeergave();
    expect(eerste).not.to.equal(undefined);
    expect(await eerste).to.equal(undefined);
    expect([stuk.fout, stuk.laadVoorWeergave(), teller.pogingen]).to.deep.equal(['404', undefined, 1]);
    expect(await stuk.laad()).to.deep.equal({ waarde: 42 });
    expect([stuk.fout, stuk.laadVoorWeergave(), teller.pogingen]).to.deep.equal([undefined, undefined, 2]);
  });

  it('roept wie op herstel wacht (bijHerstel) één keer aan als een poging na een mislukking slaagt, niet bij een eerste succes', async () => {
    const aanroepen: string[] = [];
    const a = () => aanroepen.push('a');
    const gewoon = new OpAanvraag(async () => 1);
    bijHerstel(a);
    await gewoon.laad();
    expect(aanroepen, 'geen herstel: het stuk mislukte nooit').to.deep.equal([]);
    const { stuk } = eersteKeerMislukt('offline');
    await stuk.laad().catch(() => undefined);
    bijHerstel(a);
    bijHerstel(() => aanroepen.push('b'));
    await stuk.laad();
    expect(aanroepen, 'a telt één keer, ook twee keer aangemeld').to.deep.equal(['a', 'b']);
    // Een volgend herstel (van een ander stuk) roept ze niet nog eens aan: wie wacht, is na één herstel van de lijst.
    const { stuk: ander } = eersteKeerMislukt('offline');
    await ander.laad().catch(() => undefined);
    await ander.laad();
    expect(aanroepen, 'daarna niet nog eens').to.deep.equal(['a', 'b']);
  });
});

describe('eenheid: voegStijlToe', () => {
  it('voegt een stijl één keer toe aan de shadow root, na de stijlen van het element (behalve die laatst blijven), en houdt hem bij een verhuizing', async () => {
    class StijlProef extends LitElement {
      static override styles = [css`p { color: rgb(1, 2, 3); }`, blijftLaatst(css`p { text-decoration-line: underline; }`)];

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
      const later = css`p { font-style: italic; text-decoration-line: none; }`;
      voegStijlToe(element, later);
      voegStijlToe(element, later);
      expect(element.shadowRoot!.adoptedStyleSheets).to.have.length(3);
      expect(getComputedStyle(element.shadowRoot!.querySelector('p')!).fontStyle).to.equal('italic');
      // De stijl die laatst blijft (zoals de afdrukstijl) wint van de later geladen stijl.
      expect(getComputedStyle(element.shadowRoot!.querySelector('p')!).textDecorationLine).to.equal('underline');
      const frame = document.createElement('iframe');
      document.body.append(frame);
      frame.contentDocument!.body.append(frame.contentDocument!.adoptNode(element));
      expect(frame.contentWindow!.getComputedStyle(element.shadowRoot!.querySelector('p')!).fontStyle).to.equal('italic');
      expect(frame.contentWindow!.getComputedStyle(element.shadowRoot!.querySelector('p')!).color).to.equal('rgb(1, 2, 3)');
      frame.remove();
    } finally {
      element.remove();
    }
  });
});
