import { expect } from '@open-wc/testing';
import pakket from '../package.json';

const NOTICES = '/dist/THIRD-PARTY-NOTICES.txt';

/** De npm-pakketten waaruit een gebouwde bundel code meeneemt, volgens zijn sourcemap. */
async function pakkettenIn(bundel: string): Promise<string[]> {
  const { sources } = (await (await fetch(`${bundel}.map`)).json()) as { sources: string[] };
  const namen = sources.flatMap((bron) => {
    const deel = bron.split('node_modules/')[1];
    if (!deel) return [];
    const [eerste, tweede] = deel.split('/');
    return [eerste.startsWith('@') ? `${eerste}/${tweede}` : eerste];
  });
  return [...new Set(namen)].sort();
}

/** Issue 12, punt 9: de bundels nemen Lit (BSD-3-Clause), tslib (0BSD) en valibot (MIT) mee, met hun licentie erbij. */
describe('licenties van wat de bundels meenemen', () => {
  it('THIRD-PARTY-NOTICES.txt naast de bundels noemt elk meegenomen pakket, met licentie en copyright', async () => {
    const antwoord = await fetch(NOTICES);
    expect(antwoord.ok, `${NOTICES} ontbreekt`).to.equal(true);
    const tekst = await antwoord.text();
    const blokken = new Map(
      tekst
        .split(/\n---\n/)
        .map((blok) => [/^Name: (.+)$/m.exec(blok)?.[1], blok] as const)
        .filter((paar): paar is [string, string] => !!paar[0]),
    );
    const meegenomen = [...new Set([...(await pakkettenIn('/dist/mw-kaarten.js')), ...(await pakkettenIn('/dist/mw-eigen-kaart.js'))])];
    expect(meegenomen).to.include.members(['lit-html', 'lit-element', '@lit/reactive-element', 'tslib', 'valibot']);
    for (const naam of meegenomen) {
      const blok = blokken.get(naam);
      expect(blok, `${naam} staat niet in ${NOTICES}`).to.be.a('string');
      expect(blok, naam).to.match(/^License: \S+/m);
      expect(blok, `${naam}: de licentietekst met copyright`).to.match(/Copyright/i);
    }
    expect(blokken.get('lit-html')).to.contain('License: BSD-3-Clause').and.to.contain('Google LLC');
    expect(blokken.get('tslib')).to.contain('License: 0BSD');
    expect(blokken.get('valibot')).to.contain('License: MIT');
  });

  it('zit in het npm-pakket, naast de bundels', () => {
    expect(pakket.files).to.include('dist/THIRD-PARTY-NOTICES.txt');
    for (const bundel of ['dist/mw-kaarten.js', 'dist/mw-eigen-kaart.js']) expect(pakket.files).to.include(bundel);
  });
});
