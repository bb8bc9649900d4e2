import { expect } from '@open-wc/testing';
import { Deeplinks, leesAdresId, type DeeplinksOpties } from '../../src/functies/deeplinks/deeplinks.js';
import { FocusNaUpdate } from '../../src/gedeeld/focus-na-update.js';
import { alsHost, NepHost } from './nep-host.js';

function maak(getoond: boolean) {
  const host = new NepHost();
  const zichtbaar: string[] = [];
  const opties: DeeplinksOpties = {
    zoek: (id) => (id.startsWith('geld') ? { groep: 'geld', getoond } : undefined),
    maakZichtbaar: (groep) => zichtbaar.push(groep),
    waarschuw: () => {},
    focus: new FocusNaUpdate(alsHost(host)),
  };
  return { host, zichtbaar, deeplinks: new Deeplinks(alsHost(host), opties) };
}

describe('eenheid: Deeplinks', () => {
  it('leest het id uit het adres, ook gecodeerd, en niets uit een kapotte codering', () => {
    expect(leesAdresId('#geld-1')).to.equal('geld-1');
    expect(leesAdresId('#financi%C3%ABn')).to.equal('financiën');
    expect(leesAdresId('#%E0%A4')).to.equal('');
    expect(leesAdresId('')).to.equal('');
  });

  it('maakt de groep van het doel zichtbaar en onthoudt het doel', () => {
    const { deeplinks, zichtbaar } = maak(true);
    expect(deeplinks.gaNaar('geld-2', false)).to.equal(undefined);
    expect(zichtbaar).to.deep.equal(['geld']);
    expect(deeplinks.doelwit).to.equal('geld-2');
  });

  it('zegt waarom een doel niet te tonen is', () => {
    expect(maak(true).deeplinks.gaNaar('zorg-1', false)).to.equal('onbekend');
    const verborgen = maak(false);
    expect(verborgen.deeplinks.gaNaar('geld-1', false)).to.equal('verborgen');
    expect(verborgen.zichtbaar).to.deep.equal([]);
    expect(verborgen.deeplinks.doelwit).to.equal(undefined);
  });

  it('scrolt na de weergave naar een nieuw doel, en zet met focus de focus erop', () => {
    const { host, deeplinks } = maak(true);
    document.body.append(host.renderRoot);
    host.renderRoot.innerHTML = '<p id="geld-1" tabindex="-1">Schulden lopen op</p>';
    deeplinks.gaNaar('geld-1', true);
    host.bijgewerkt();
    expect(document.activeElement?.id).to.equal('geld-1');
    host.renderRoot.remove();
  });
});
