import { expect } from '@open-wc/testing';
import { readFile } from '@web/test-runner-commands';
import manifest from '../custom-elements.json';
import { genereerReactIngang, PAD, propVoorGebeurtenis } from '../scripts/react/genereer.mjs';
import { catalogus } from '../src/catalogus.js';

/**
 * src/react/index.ts (de ingang `maatwerk-kaarten/react`) komt uit de ene lijst kaarten en custom-elements.json
 * en staat in git: hij moet precies zijn wat `npm run react-ingang` nu maakt.
 */
describe('maatwerk-kaarten/react: de ingang komt uit src/catalogus.ts en custom-elements.json', () => {
  const vers = genereerReactIngang({ tags: catalogus.map((kaart) => kaart.tag), manifest });

  it(`${PAD} is bij (anders: npm run react-ingang)`, async () => {
    // Via de test runner van schijf, letterlijk: de dev-server zou .ts omzetten naar JavaScript.
    expect(await readFile({ path: `../${PAD}` })).to.equal(vers);
  });

  it('heeft een component per kaart uit de catalogus, plus <mw-begrippen>, <mw-denkhulp>, <mw-kaart> en <mw-verslag>', () => {
    const tags = [...vers.matchAll(/maakComponent\('([a-z-]+)'/g)].map(([, tag]) => tag);
    expect(tags).to.deep.equal([...catalogus.map((kaart) => kaart.tag), 'mw-begrippen', 'mw-denkhulp', 'mw-kaart', 'mw-verslag']);
  });

  it('noemt gebeurtenissen zoals React-gebruikers verwachten: onMwMarkering, onMwFout', () => {
    expect(['mw-markering', 'mw-fout'].map(propVoorGebeurtenis)).to.deep.equal(['onMwMarkering', 'onMwFout']);
    expect(vers).to.include("onMwFout: 'mw-fout'").and.include("onMwMarkering: 'mw-markering'");
  });
});
