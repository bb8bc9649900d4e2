import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, readFile } from '@web/test-runner-commands';
import pakket from '../package.json';
import { leesType } from '../scripts/editor-data/typen.mjs';

/**
 * De editorgegevens (VS Code custom data, JetBrains web-types) en de JSX-typen komen uit custom-elements.json,
 * gemaakt door de generatoren custom-element-vs-code-integration, -jet-brains-integration en -jsx-integration
 * (scripts/editor-data/integraties.mjs), en staan in git en in het pakket. Ze moeten precies zijn wat
 * `npm run editor-data` nu maakt; test/plugins/editor-data.js maakt ze daarvoor opnieuw in Node.
 */
const gecommit = async (pad: string): Promise<string> => {
  // Via de test runner van schijf, letterlijk: de dev-server zou .json en .ts omzetten naar JavaScript.
  const inhoud = await readFile({ path: `../${pad}` });
  expect(inhoud, `${pad} ontbreekt`).to.be.a('string');
  return inhoud!;
};

const HTML_DATA = 'editor/vscode.html-custom-data.json';
const WEB_TYPES = 'editor/web-types.json';
const JSX = 'types/custom-element-jsx.d.ts';

interface VsCodeData {
  version: number;
  tags: { name: string; attributes: { name: string; values?: { name: string }[] }[] }[];
}
interface WebTypes {
  name: string;
  'js-types-syntax': string;
  version: string;
  contributions: {
    html: { elements: { name: string; attributes: { name: string; value: { type: string } }[] }[] };
  };
}

describe('editorgegevens uit custom-elements.json', () => {
  let vers: Record<string, string>;
  before(async function () {
    this.timeout(120000);
    await executeServerCommand('editor-data-start');
    let uitkomst: { klaar: boolean; waarde?: Record<string, string>; fout?: string } = { klaar: false };
    await waitUntil(
      async () => (uitkomst = (await executeServerCommand<typeof uitkomst, undefined>('editor-data-uitkomst'))!).klaar,
      'de generatoren zijn niet klaar',
      { interval: 500, timeout: 115000 },
    );
    expect(uitkomst.fout).to.equal(undefined);
    vers = uitkomst.waarde!;
  });

  it('de vier bestanden zijn bij (anders: npm run editor-data)', async () => {
    expect(Object.keys(vers)).to.have.members([HTML_DATA, 'editor/vscode.css-custom-data.json', WEB_TYPES, JSX]);
    for (const [pad, inhoud] of Object.entries(vers)) {
      const regels = (await gecommit(pad)).split('\n');
      const versRegels = inhoud.split('\n');
      const eerste = versRegels.findIndex((regel, i) => regel !== regels[i]);
      const verschil = eerste === -1 && regels.length !== versRegels.length ? versRegels.length : eerste;
      expect(
        verschil,
        `${pad} is niet bij met custom-elements.json; draai 'npm run editor-data'. Eerste verschil op regel ${verschil + 1}:\n` +
          `  in git: ${regels[verschil] ?? '(einde)'}\n  vers:   ${versRegels[verschil] ?? '(einde)'}`,
      ).to.equal(-1);
    }
  });

  it('VS Code biedt bij <mw-vragen-kaart fase="…"> voor, vóór, tijdens en na aan, en bij heading-level 1–6 en auto', async () => {
    const data: VsCodeData = JSON.parse(await gecommit(HTML_DATA));
    expect(data.version).to.equal(1.1);
    expect(data.tags.map((tag) => tag.name)).to.include.members([
      'mw-signalen-kaart',
      'mw-argumenten-kaart',
      'mw-vragen-kaart',
      'mw-vragen-beleid-kaart',
      'mw-vragen-maatwerk-kaart',
      'mw-lessen-kaart',
      'mw-begrippen',
      'mw-kaart',
    ]);
    const vragen = data.tags.find((tag) => tag.name === 'mw-vragen-kaart')!;
    const waarden = (naam: string) => vragen.attributes.find((attribuut) => attribuut.name === naam)!.values!.map((waarde) => waarde.name);
    expect(waarden('fase')).to.deep.equal(['voor', 'vóór', 'tijdens', 'na']);
    expect(waarden('heading-level')).to.deep.equal(['1', '2', '3', '4', '5', '6', 'auto']);
    const stap = data.tags.find((tag) => tag.name === 'mw-vragen-beleid-kaart')!.attributes.find((attribuut) => attribuut.name === 'stap')!;
    expect(stap.values!.map((waarde) => waarde.name), 'getal en tekst één keer').to.deep.equal(['1', '2', '3', '4', '5']);
  });

  it('VS Code kent elke custom property en elk part in CSS één keer', async () => {
    const data: { properties: { name: string }[]; pseudoElements: { name: string }[] } = JSON.parse(
      await gecommit('editor/vscode.css-custom-data.json'),
    );
    const namen = data.properties.map((eigenschap) => eigenschap.name);
    expect(namen).to.include.members(['--mw-kleur-accent', '--mw-kleur-focus', '--mw-lettertype']);
    expect(namen.length).to.equal(new Set(namen).size);
    const parts = data.pseudoElements.map((part) => part.name);
    expect(parts).to.include('::part(titel)');
    expect(parts.length).to.equal(new Set(parts).size);
  });

  it('JetBrains (web-types) kent dezelfde waarden, met naam en versie van het pakket', async () => {
    const data: WebTypes = JSON.parse(await gecommit(WEB_TYPES));
    expect([data.name, data.version, data['js-types-syntax']]).to.deep.equal([pakket.name, pakket.version, 'typescript']);
    const vragen = data.contributions.html.elements.find((element) => element.name === 'mw-vragen-kaart')!;
    expect(vragen.attributes.find((attribuut) => attribuut.name === 'fase')!.value.type).to.equal("'voor' | 'vóór' | 'tijdens' | 'na'");
  });

  it('de JSX-typen kennen elk element, onmw-markering met het type uit GlobalEventHandlersEventMap, en markeringen als invoer', async () => {
    const typen = await gecommit(JSX);
    for (const tag of ['mw-signalen-kaart', 'mw-vragen-kaart', 'mw-begrippen', 'mw-kaart']) expect(typen).to.contain(`"${tag}": Partial<`);
    expect(typen).to.contain('fase?: "voor" | "vóór" | "tijdens" | "na";');
    expect(typen).to.contain('"onmw-markering"?: (e: CustomEvent<GlobalEventHandlersEventMap["mw-markering"]["detail"]>) => void;');
    expect(typen).to.contain('markeringen?: readonly import("../dist/esm/src/index.js").MarkeringInvoer[];');
    expect(typen).not.to.match(/"onMw-/);
  });

  it('weigert een type dat het niet kent, in plaats van er stil vrije tekst van te maken', () => {
    expect(leesType("'a' | 'b' | undefined")).to.deep.equal({ html: "'a' | 'b'", jsx: "'a' | 'b'" });
    expect(leesType("'1' | '2' | 1 | 2 | undefined")).to.deep.equal({ html: "'1' | '2'", jsx: "'1' | '2' | 1 | 2" });
    expect(leesType('Kopniveau').html).to.equal("'1' | '2' | '3' | '4' | '5' | '6' | 'auto'");
    expect(leesType('boolean')).to.deep.equal({ html: 'boolean', jsx: 'boolean' });
    expect(() => leesType('Onbekend')).to.throw(/Onbekend type/);
  });
});
