import { expect } from '@open-wc/testing';
import { Markeren } from '../../src/functies/markeren/markeren.js';
import type { MarkeringDetail } from '../../src/functies/markeren/markeringen.js';
import { Aankondiger } from '../../src/gedeeld/aankondiger.js';
import { FocusNaUpdate } from '../../src/gedeeld/focus-na-update.js';
import type { Kaart } from '../../src/inhoud/kaart.js';
import { nl } from '../../src/teksten.js';
import { alsHost, NepHost } from './nep-host.js';

const kaart: Kaart = {
  id: 'proef',
  titel: 'Proefkaart',
  deelSoort: 'deel',
  toelichting: [],
  bron: { titel: 'Boek', uitgever: 'Uitgever', jaar: 2022 },
  delen: [{ id: 'een', sleutel: 'een', titel: 'Een', groepen: [{ id: 'g', titel: 'Groep', items: [{ id: 'g-1', tekst: 'Eerste' }, { id: 'g-2', tekst: 'Tweede' }] }] }],
};

function maak() {
  const host = new NepHost();
  const aankondiger = new Aankondiger(host);
  const focus = new FocusNaUpdate(alsHost(host));
  const markeren = new Markeren(alsHost(host), { kaart: () => kaart, teksten: () => nl, aankondiger, focus });
  const gebeurtenissen: MarkeringDetail[] = [];
  host.addEventListener('mw-markering', (e) => gebeurtenissen.push((e as CustomEvent<MarkeringDetail>).detail));
  return { markeren, gebeurtenissen };
}

describe('eenheid: Markeren', () => {
  it('markeert en ontmarkeert een item en laat de pagina elke wijziging weten', () => {
    const { markeren, gebeurtenissen } = maak();
    const [eerste] = kaart.delen[0].groepen[0].items;
    markeren.wissel(eerste);
    expect(markeren.isGemarkeerd('g-1')).to.equal(true);
    markeren.zetNotitie(eerste, 'besproken');
    markeren.wissel(eerste);
    expect(markeren.isGemarkeerd('g-1')).to.equal(false);
    expect(gebeurtenissen.map((d) => d.markeringen.map((m) => `${m.item}:${m.notitie}`))).to.deep.equal([['g-1:'], ['g-1:besproken'], []]);
    expect(gebeurtenissen[0].kaart).to.equal('proef');
  });

  it('zet een bewaarde lijst terug zonder gebeurtenis, en houdt onbekende ids apart', () => {
    const { markeren, gebeurtenissen } = maak();
    markeren.zetInvoer([{ item: 'g-2', notitie: 'ja' }, 'bestaat-niet']);
    expect(markeren.lijst.map((m) => [m.item, m.tekst, m.notitie])).to.deep.equal([['g-2', 'Tweede', 'ja']]);
    expect(markeren.onbekend).to.deep.equal(['bestaat-niet']);
    expect(gebeurtenissen).to.have.length(0);
  });

  it('wist alles pas na de vraag, en meldt dat', () => {
    const { markeren, gebeurtenissen } = maak();
    markeren.zetInvoer(['g-1', 'g-2']);
    markeren.vraagWissen();
    expect(markeren.bevestigWissen).to.equal(true);
    markeren.annuleerWissen();
    expect(markeren.lijst).to.have.length(2);
    markeren.vraagWissen();
    markeren.wis();
    expect(markeren.lijst).to.have.length(0);
    expect(markeren.bevestigWissen).to.equal(false);
    expect(gebeurtenissen.at(-1)?.markeringen).to.deep.equal([]);
  });
});
