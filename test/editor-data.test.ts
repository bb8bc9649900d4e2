import { expect } from '@open-wc/testing';
import { readFile } from '@web/test-runner-commands';
import manifest from '../custom-elements.json';
import pakket from '../package.json';
import { BESTANDEN, genereer, leesType } from '../scripts/editor-data/genereer.mjs';

/**
 * De editorgegevens (VS Code custom data, JetBrains web-types) en de JSX-typen voor React komen uit
 * custom-elements.json en staan in git en in het pakket. Ze moeten precies zijn wat `npm run editor-data` nu maakt.
 */
const gecommit = async (pad: string): Promise<string> => {
  // Via de test runner van schijf, letterlijk: de dev-server zou .json en .ts omzetten naar JavaScript.
  const inhoud = await readFile({ path: `../${pad}` });
  expect(inhoud, `${pad} ontbreekt`).to.be.a('string');
  return inhoud!;
};

interface VsCodeData {
  version: number;
  tags: { name: string; attributes: { name: string; values?: { name: string }[]; valueSet?: string }[] }[];
}
interface WebTypes {
  $schema: string;
  name: string;
  version: string;
  contributions: {
    html: { elements: { name: string; attributes: { name: string; value: { type: string }; values?: { name: string }[] }[] }[] };
  };
}

describe('editorgegevens uit custom-elements.json', () => {
  const vers = genereer(manifest, pakket);

  for (const pad of Object.values(BESTANDEN)) {
    it(`${pad} is bij (anders: npm run editor-data)`, async () => {
      const regels = (await gecommit(pad)).split('\n');
      const versRegels = vers[pad].split('\n');
      const eerste = versRegels.findIndex((regel, i) => regel !== regels[i]);
      const verschil = eerste === -1 && regels.length !== versRegels.length ? versRegels.length : eerste;
      expect(
        verschil,
        `${pad} is niet bij met custom-elements.json; draai 'npm run editor-data'. Eerste verschil op regel ${verschil + 1}:\n` +
          `  in git: ${regels[verschil] ?? '(einde)'}\n  vers:   ${versRegels[verschil] ?? '(einde)'}`,
      ).to.equal(-1);
    });
  }

  it('VS Code biedt bij <mw-vragen-kaart fase="…"> voor, vóór, tijdens en na aan', async () => {
    const data: VsCodeData = JSON.parse(await gecommit(BESTANDEN.htmlData));
    expect(data.version).to.equal(1.1);
    expect(data.tags.map((tag) => tag.name)).to.include.members([
      'mw-signalen-kaart',
      'mw-argumenten-kaart',
      'mw-vragen-kaart',
      'mw-vragen-beleid-kaart',
      'mw-vragen-maatwerk-kaart',
      'mw-lessen-kaart',
      'mw-begrippen',
    ]);
    const vragen = data.tags.find((tag) => tag.name === 'mw-vragen-kaart')!;
    const fase = vragen.attributes.find((attribuut) => attribuut.name === 'fase')!;
    expect(fase.values!.map((waarde) => waarde.name)).to.deep.equal(['voor', 'vóór', 'tijdens', 'na']);
    expect(vragen.attributes.find((attribuut) => attribuut.name === 'markeerbaar')!.valueSet, 'markeerbaar heeft geen waarde').to.equal('v');
  });

  it('JetBrains (web-types) biedt dezelfde waarden aan, met het schema als tekst', async () => {
    const data: WebTypes = JSON.parse(await gecommit(BESTANDEN.webTypes));
    expect(data.$schema).to.equal('https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json');
    expect([data.name, data.version]).to.deep.equal([pakket.name, pakket.version]);
    const vragen = data.contributions.html.elements.find((element) => element.name === 'mw-vragen-kaart')!;
    const fase = vragen.attributes.find((attribuut) => attribuut.name === 'fase')!;
    expect(fase.value.type).to.equal('enum');
    expect(fase.values!.map((waarde) => waarde.name)).to.deep.equal(['voor', 'vóór', 'tijdens', 'na']);
  });

  it('de React-typen kennen elk element, en onmw-markering met het type uit GlobalEventHandlersEventMap', async () => {
    const typen = await gecommit(BESTANDEN.reactJsx);
    for (const tag of ['mw-signalen-kaart', 'mw-vragen-kaart', 'mw-begrippen']) expect(typen).to.contain(`'${tag}': MwJsxProps<`);
    expect(typen).to.contain("fase?: 'voor' | 'vóór' | 'tijdens' | 'na';");
    expect(typen).to.contain("'onmw-markering'?: (gebeurtenis: GlobalEventHandlersEventMap['mw-markering']) => void;");
  });

  it('weigert een attribuuttype dat het niet kent, in plaats van er stil vrije tekst van te maken', () => {
    expect(leesType("'a' | 'b' | undefined")).to.deep.equal({ soort: 'waarden', waarden: ['a', 'b'], ts: "'a' | 'b'" });
    expect(leesType('boolean').soort).to.equal('boolean');
    expect(() => leesType('Onbekend')).to.throw(/Onbekend attribuuttype/);
  });
});
