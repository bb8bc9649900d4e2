import { expect } from '@open-wc/testing';
import { BenodigdeStukken, type Benodigd } from '../../src/gedeeld/benodigde-stukken.js';
import { OpAanvraag } from '../../src/gedeeld/op-aanvraag.js';
import { nl } from '../../src/teksten.js';
import { alsHost, NepHost } from './nep-host.js';
import { netwerkVoor } from './stukken.js';

/** Een host zoals een element op de pagina dat al eens getekend heeft. */
function hostOpDePagina(): NepHost & { hasUpdated: boolean; isConnected: boolean } {
  return Object.assign(new NepHost(), { hasUpdated: true, isConnected: true });
}

/** Een stuk dat zonder netwerk begint. */
function stukZonderNetwerk() {
  const stuk = new OpAanvraag(async () => ({ klaar: true }));
  return { stuk, netwerk: netwerkVoor(stuk) };
}

describe('eenheid: BenodigdeStukken', () => {
  it('een weergave wacht op wat nodig is, maar niet opnieuw op een mislukt stuk; na het aanhaken nog één poging', async () => {
    const { stuk, netwerk } = stukZonderNetwerk();
    const host = hostOpDePagina();
    const stukken = new BenodigdeStukken(alsHost(host), () => [{ stuk }]);
    const eerste = stukken.nogTeLaden();
    expect(eerste).to.have.length(1);
    await Promise.all(eerste);
    expect([netwerk.pogingen, stukken.nogTeLaden().length], 'geen nieuwe poging bij een volgende weergave').to.deep.equal([1, 0]);
    const voor = host.updates;
    stukken.hostConnected();
    expect(host.updates, 'weer op de pagina met een melding: opnieuw tekenen').to.equal(voor + 1);
    netwerk.aan = true;
    await Promise.all(stukken.nogTeLaden());
    expect([netwerk.pogingen, stuk.module]).to.deep.equal([2, { klaar: true }]);
  });

  it('meldt elk mislukt stuk met zijn eigen of de gewone tekst, elke tekst één keer; op een stuk dat de gebruiker opende, wacht niets', async () => {
    const a = stukZonderNetwerk();
    const b = stukZonderNetwerk();
    const c = stukZonderNetwerk();
    const d = stukZonderNetwerk();
    const lijst: Benodigd[] = [
      { stuk: a.stuk, melding: (fout) => `tekst: ${fout}` },
      { stuk: b.stuk },
      { stuk: d.stuk },
      { stuk: c.stuk, wacht: false, melding: (fout) => `functie: ${fout}` },
    ];
    const stukken = new BenodigdeStukken(alsHost(hostOpDePagina()), () => [...lijst, false, undefined]);
    expect(stukken.nogTeLaden(), 'op c wacht geen weergave').to.have.length(3);
    expect(c.netwerk.pogingen).to.equal(0);
    await Promise.allSettled([a.stuk.laad(), b.stuk.laad(), c.stuk.laad(), d.stuk.laad()]);
    // b en d zeggen hetzelfde: één melding.
    expect(stukken.meldingen(nl)).to.deep.equal(['tekst: offline', nl.onderdeelNietGeladen('offline'), 'functie: offline']);
  });

  it('„Probeer opnieuw”: een mislukte poging noemt de tijd, een geslaagde laat melding en knop verdwijnen', async () => {
    const { stuk, netwerk } = stukZonderNetwerk();
    const host = hostOpDePagina();
    const stukken = new BenodigdeStukken(alsHost(host), () => [{ stuk }]);
    expect(stukken.knop(nl), 'niets mislukt: geen knop').to.equal(undefined);
    await Promise.all(stukken.nogTeLaden());
    const knop = stukken.knop(nl)!;
    expect(knop.label).to.equal('Probeer opnieuw');

    let updates = host.updates;
    knop.actie();
    await new Promise((klaar) => setTimeout(klaar));
    expect(host.updates).to.be.above(updates);
    expect(netwerk.pogingen).to.equal(2);
    expect(stukken.meldingen(nl)[1]).to.match(/^Opnieuw proberen om \d{1,2}:\d{2}:\d{2} lukte niet\./);

    netwerk.aan = true;
    updates = host.updates;
    stukken.knop(nl)!.actie();
    await new Promise((klaar) => setTimeout(klaar));
    expect(host.updates).to.be.above(updates);
    expect([stukken.meldingen(nl), stukken.knop(nl)]).to.deep.equal([[], undefined]);
  });

  it('tekent opnieuw als een mislukt stuk elders alsnog laadt, en niet meer na het afhaken', async () => {
    const eerste = stukZonderNetwerk();
    const host = hostOpDePagina();
    const stukken = new BenodigdeStukken(alsHost(host), () => [{ stuk: eerste.stuk }]);
    await Promise.all(stukken.nogTeLaden());
    stukken.meldingen(nl);
    const voor = host.updates;
    eerste.netwerk.aan = true;
    await eerste.stuk.laad();
    expect(host.updates, 'hersteld in een ander element: opnieuw tekenen').to.equal(voor + 1);

    const tweede = stukZonderNetwerk();
    const host2 = hostOpDePagina();
    const stukken2 = new BenodigdeStukken(alsHost(host2), () => [{ stuk: tweede.stuk }]);
    await Promise.all(stukken2.nogTeLaden());
    stukken2.meldingen(nl);
    stukken2.hostDisconnected();
    const voor2 = host2.updates;
    tweede.netwerk.aan = true;
    await tweede.stuk.laad();
    expect(host2.updates, 'van de pagina: geen verwijzing meer').to.equal(voor2);
  });
});
