import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, readFile } from '@web/test-runner-commands';

/**
 * Het npm-pakket zoals het gepubliceerd wordt (`npm pack`, test/plugins/pakket.js): elk bestand waarnaar de README
 * en de meegeleverde documentatie verwijzen, zit erin; publint en @arethetypeswrong/cli vinden niets.
 */
interface PakketControle {
  bestanden: string[];
  publint: string[];
  attw: { code: number; uitvoer: string };
}

/** Verwijzingen in de README naar wat alleen wie aan dit project werkt nodig heeft; die horen niet in het pakket. */
const ALLEEN_VOOR_ONTWIKKELAARS = new Set(['.ci/run', 'bench/RESULTS.md']);

/** De relatieve verwijzingen in een Markdown-bestand, als pad vanaf de wortel van het pakket. */
function verwijzingen(markdown: string, pad: string): string[] {
  return [...markdown.matchAll(/\]\(([^)\s]+)\)/g)]
    .map(([, doel]) => doel.replace(/[#?].*$/, ''))
    .filter((doel) => doel && !/^[a-z]+:/i.test(doel))
    .map((doel) => decodeURIComponent(new URL(doel, `https://pakket.test/${pad}`).pathname.slice(1)));
}

describe('het npm-pakket', () => {
  let controle: PakketControle;
  before(async function () {
    this.timeout(120000);
    await executeServerCommand('pakket-controle-start');
    let uitkomst: { klaar: boolean; waarde?: PakketControle; fout?: string } = { klaar: false };
    await waitUntil(
      async () => (uitkomst = (await executeServerCommand<typeof uitkomst, undefined>('pakket-controle-uitkomst'))!).klaar,
      'npm pack, publint en attw zijn niet klaar',
      { interval: 500, timeout: 115000 },
    );
    expect(uitkomst.fout).to.equal(undefined);
    controle = uitkomst.waarde!;
  });

  it('bevat elk bestand waarnaar de README en de meegeleverde documentatie verwijzen (ook themas/donker.css)', async () => {
    const inPakket = new Set(controle.bestanden);
    const bestaat = (pad: string) => inPakket.has(pad) || (pad.endsWith('/') && controle.bestanden.some((bestand) => bestand.startsWith(pad)));
    const ontbreekt: string[] = [];
    const gelezen = new Set<string>();
    const teLezen = ['README.md'];
    while (teLezen.length) {
      const pad = teLezen.pop()!;
      if (gelezen.has(pad)) continue;
      gelezen.add(pad);
      for (const doel of verwijzingen((await readFile({ path: `../${pad}` }))!, pad)) {
        if (ALLEEN_VOOR_ONTWIKKELAARS.has(doel)) continue;
        if (!bestaat(doel)) ontbreekt.push(`${doel} (uit ${pad})`);
        else if (doel.endsWith('.md')) teLezen.push(doel);
      }
    }
    expect(ontbreekt, 'niet in het pakket').to.deep.equal([]);
    expect([...gelezen]).to.include.members(['README.md', 'docs/cms-insluiten.md', 'examples/README.md']);
    expect(inPakket.has('themas/donker.css')).to.equal(true);
  });

  it('bevat geen bouwsels van de voorbeelden, geen node_modules en geen tests', () => {
    expect(controle.bestanden.filter((pad) => /(^|\/)(node_modules|dist)\//.test(pad.replace(/^dist\//, '')) || /^(test|src|stories)\//.test(pad))).to.deep.equal([]);
  });

  it('publint (strikt) vindt niets', () => {
    expect(controle.publint).to.deep.equal([]);
  });

  it('@arethetypeswrong/cli (profiel esm-only) vindt niets: elke ingang heeft typen', () => {
    expect(controle.attw.code, controle.attw.uitvoer).to.equal(0);
    // Per ingang een regel per resolutie die meedoet: `node16 (from ESM): OK (ESM)`, `bundler: OK`.
    const regels = controle.attw.uitvoer.split('\n').filter((regel) => /^(node16 \(from ESM\)|bundler):/.test(regel));
    expect(regels.length, 'twee regels per ingang').to.be.greaterThan(40);
    expect(regels.filter((regel) => !/: (OK|\(wildcard\))/.test(regel))).to.deep.equal([]);
  });
});

describe('npm run demo', () => {
  it('opent de demopagina: het pad achter --open geeft demo/index.html', async () => {
    const pakket = JSON.parse((await readFile({ path: '../package.json' }))!) as { scripts: Record<string, string> };
    const [, pad] = /--open (\S+)/.exec(pakket.scripts.demo) ?? [];
    expect(pad, 'npm run demo opent een pad').to.be.a('string');
    const antwoord = await fetch(pad);
    expect(antwoord.status).to.equal(200);
    const pagina = new DOMParser().parseFromString(await antwoord.text(), 'text/html');
    const demo = new DOMParser().parseFromString((await readFile({ path: '../demo/index.html' }))!, 'text/html');
    expect(pagina.title).to.equal(demo.title);
    expect(pagina.querySelectorAll('mw-vragen-kaart, mw-signalen-kaart').length).to.be.greaterThan(0);
  });
});
