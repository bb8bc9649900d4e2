import { expect } from '@open-wc/testing';
import { SjablonenLader, sjablonenStuk } from '../../src/base/sjablonen-lader.js';
import { tekstenVoor } from '../../src/teksten.js';
import { vergeet, vervangLaden } from './stukken.js';

/** Een kaart voor `SjablonenLader`: een shadow root (leeg, of met „server-HTML”) en een teller van de weergaven die ze vraagt. */
function kaart(opties: { serverHtml?: boolean; markeerbaar?: boolean; statisch?: boolean } = {}) {
  const renderRoot = document.createElement('div').attachShadow({ mode: 'open' });
  if (opties.serverHtml) renderRoot.innerHTML = '<section class="kaart">van de server</section>';
  const host = { localName: 'mw-proef-kaart', renderRoot, weergaven: 0, requestUpdate: () => (host.weergaven += 1), addController: () => undefined, removeController: () => undefined, updateComplete: Promise.resolve(true) };
  const wijze = { markeerbaar: opties.markeerbaar ?? false, statisch: opties.statisch ?? false };
  return { host, wijze, sjablonen: new SjablonenLader(host, () => wijze, () => tekstenVoor('nl')) };
}

let echteHaal: () => Promise<unknown> = () => Promise.reject(new Error('nog niet bewaard'));
vervangLaden(sjablonenStuk, (echt) => (echteHaal = echt));

/** Elke test begint zonder geladen stuk en zonder fout (het stuk is één per pagina), met het echte laden of `haal`. */
function opnieuw(haal = echteHaal): void {
  vergeet(sjablonenStuk);
  vervangLaden(sjablonenStuk, () => haal);
}

describe('eenheid: SjablonenLader (wanneer een kaart de sjablonen laadt)', () => {
  it('een kaart die in de browser met de directive tekent, laadt niets; markeerbaar, statisch en server-HTML wachten op het stuk', async () => {
    opnieuw();
    expect(kaart().sjablonen.laadVoorWeergave()).to.equal(undefined);
    const laden = [{ markeerbaar: true }, { statisch: true }, { serverHtml: true }].map((opties) => {
      const { sjablonen } = kaart(opties);
      expect(sjablonen.uitServerHtml, JSON.stringify(opties)).to.equal(!!opties.serverHtml);
      const belofte = sjablonen.laadVoorWeergave();
      expect(belofte, JSON.stringify(opties)).not.to.equal(undefined);
      return belofte;
    });
    await Promise.all(laden);
    expect(typeof sjablonenStuk.module?.delenSjablonen).to.equal('function');
    expect(kaart({ markeerbaar: true }).sjablonen.laadVoorWeergave(), 'geladen: niets meer te wachten').to.equal(undefined);
  });

  it('markeerbaar pas na het wachten: bereidVoor laadt het stuk en vraagt daarna één nieuwe weergave', async () => {
    opnieuw();
    const { host, wijze, sjablonen } = kaart();
    sjablonen.bereidVoor();
    expect(sjablonenStuk.module, 'zonder markeerbaar laadt niets').to.equal(undefined);
    wijze.markeerbaar = true;
    sjablonen.bereidVoor();
    await sjablonenStuk.laad();
    await Promise.resolve();
    expect(host.weergaven).to.equal(1);
  });

  it('laadt het stuk niet: fout zegt waarom (alleen aan wie het nodig heeft), en server-HTML blijft staan met één waarschuwing', async () => {
    opnieuw(() => Promise.reject(new Error('geblokkeerd')));
    const server = kaart({ serverHtml: true });
    await server.sjablonen.laadVoorWeergave();
    expect(server.sjablonen.fout).to.equal('geblokkeerd');
    expect(kaart().sjablonen.fout, 'de directive heeft het stuk niet nodig').to.equal(undefined);
    expect(kaart({ markeerbaar: true }).sjablonen.laadVoorWeergave(), 'geen nieuwe poging bij een weergave').to.equal(undefined);
    const waarschuwingen: string[] = [];
    const waarschuw = console.warn;
    console.warn = (...delen: unknown[]) => waarschuwingen.push(delen.map(String).join(' '));
    try {
      expect([server.sjablonen.magTekenen(), server.sjablonen.magTekenen()]).to.deep.equal([false, false]);
      expect(kaart().sjablonen.magTekenen(), 'zonder server-HTML tekent de directive').to.equal(true);
    } finally {
      console.warn = waarschuw;
    }
    expect(waarschuwingen).to.deep.equal(['<mw-proef-kaart>: ' + tekstenVoor('nl').onderdeelNietGeladen('geblokkeerd')]);
    let pogingen = 0;
    vervangLaden(sjablonenStuk, () => () => {
      pogingen += 1;
      return Promise.reject(new Error('geblokkeerd'));
    });
    const { host, sjablonen } = kaart({ markeerbaar: true });
    sjablonen.bereidVoor();
    expect(sjablonen.laadVoorWeergave(), 'een weergave wacht niet op een nieuwe poging').to.equal(undefined);
    await new Promise((klaar) => setTimeout(klaar));
    expect([pogingen, host.weergaven], 'bereidVoor probeert het ook niet opnieuw').to.deep.equal([0, 0]);
    // Een kaart die net op de pagina kwam, mag het nog één keer proberen.
    await sjablonen.laadVoorWeergave(true);
    expect(pogingen).to.equal(1);
    opnieuw();
  });
});
