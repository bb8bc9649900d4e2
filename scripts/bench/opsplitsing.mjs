/**
 * Waar de bytes van de bundel heen gaan. Bouwt dist/mw-kaarten.js opnieuw in het geheugen met precies de
 * instellingen uit rollup.config.js, als één bestand (stukken op aanvraag erin, zoals een build zonder dist/gedeeld/),
 * telkens met één deel minder: zonder de kaartteksten (elk content/*.json wordt `{}`), dan ook zonder Lit, dan ook
 * zonder CSS (elke `css\`…\`` wordt leeg). Het verschil is wat dat deel kost; wat overblijft is de eigen code
 * (logica, templates, teksten van de knoppen). De kaartteksten eerst: dat verschil is de tekst uit het boek in het
 * hele bestand, zoals de budgetten die apart tellen.
 * Daarnaast Lit los (precies wat de kaarten eruit gebruiken) en elk content-bestand los als verkleinde JSON.
 */
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { rollup } from 'rollup';
import { LIT, maten, verklein } from './groottes.mjs';

const INHOUD = ['signalen', 'argumenten', 'vragen', 'vragen-beleid', 'vragen-maatwerk', 'lessen', 'begrippen'];

/** Elk content/*.json wordt een leeg object (vóór de plugins van de bundel, die het als JSON lezen). */
const zonderInhoud = () => ({
  name: 'zonder-inhoud',
  transform: (code, id) => (/[\\/]content[\\/][^\\/]+\.json$/.test(id) ? { code: '{}', map: null } : null),
});

/** Maakt elke `css\`…\`` in de eigen bronnen leeg. */
const zonderCss = () => ({
  name: 'zonder-css',
  transform(code, id) {
    if (id.includes(`${path.sep}node_modules${path.sep}`) || !/\bcss\s*`/.test(code)) return null;
    return { code: code.replace(/\bcss\s*`(?:\\.|[^`\\])*`/g, 'css``'), map: null };
  },
});

/** Een virtuele ingang met alleen deze code. */
const virtueel = (naam, code) => ({
  name: 'virtueel',
  resolveId: (id) => (id === naam ? naam : null),
  load: (id) => (id === naam ? code : null),
});

let keer = 0;

/** De instellingen van dist/mw-kaarten.js uit rollup.config.js, elke keer met nieuwe plugins. */
async function bundelInstellingen() {
  keer += 1;
  const { default: instellingen } = await import(`${pathToFileURL(path.resolve('rollup.config.js')).href}?keer=${keer}`);
  // Eén build met de ingangen mw-kaarten en mw-eigen-kaart (docs/beslissingen/007): hier alleen mw-kaarten, zonder
  // het schrijven van THIRD-PARTY-NOTICES.txt (dat zou dist/ overschrijven met alleen deze ingang).
  const ingangen = (i) => (typeof i.input === 'string' ? [i.input] : Object.values(i.input ?? {}));
  const gevonden = instellingen.find((i) => ingangen(i).includes('src/mw-kaarten.ts'));
  if (!gevonden) throw new Error('Geen ingang src/mw-kaarten.ts in rollup.config.js.');
  return { ...gevonden, input: 'src/mw-kaarten.ts', plugins: gevonden.plugins.filter((plugin) => plugin.name !== 'rollup-plugin-license') };
}

/** Bouwt de bundel in het geheugen als één bestand, met of zonder Lit, kaartteksten en CSS; `extra`: plugins ervóór. */
export async function bouw({ lit = true, inhoud = true, css = true, extra = [] } = {}) {
  const instellingen = await bundelInstellingen();
  const bundle = await rollup({
    ...instellingen,
    external: lit ? [] : LIT,
    plugins: [...extra, ...(inhoud ? [] : [zonderInhoud()]), ...(css ? [] : [zonderCss()]), ...instellingen.plugins],
    onwarn: () => {},
  });
  try {
    const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
    return { code: output[0].code, importedBindings: output[0].importedBindings };
  } finally {
    await bundle.close();
  }
}

/** Alleen de delen van Lit (en tslib) die de kaarten gebruiken, gebundeld en verkleind zoals de bundel. */
async function alleenLit(importedBindings) {
  const regels = Object.entries(importedBindings)
    .filter(([bron]) => LIT.some((patroon) => patroon.test(bron)))
    .map(([bron, namen], i) => `export { ${namen.map((n) => `${n} as b${i}_${n}`).join(', ')} } from '${bron}';`);
  const bundle = await rollup({
    input: '\0alleen-lit',
    plugins: [virtueel('\0alleen-lit', regels.join('\n')), nodeResolve({ exportConditions: ['production'] }), verklein()],
  });
  try {
    return (await bundle.generate({ format: 'es' })).output[0].code;
  } finally {
    await bundle.close();
  }
}

/** Elk content-bestand als verkleinde JSON, en alle samen. */
async function inhoudLos() {
  const perKaart = {};
  const alles = [];
  for (const naam of INHOUD) {
    const json = JSON.stringify(JSON.parse(await readFile(`content/${naam}.json`, 'utf8')));
    perKaart[naam] = maten(json);
    alles.push(json);
  }
  return { perKaart, samen: maten(`[${alles.join(',')}]`) };
}

const verschil = (x, y) => ({ min: x.min - y.min, gzip: x.gzip - y.gzip, brotli: x.brotli - y.brotli });

/**
 * De opsplitsing. `nagebouwd` is de hele bundel in één bestand: gelijk aan dist/mw-kaarten.js als de build geen
 * stukken in dist/gedeeld/ maakt (controle). `inhoud` is de tekst uit het boek (zes kaarten en de begrippen).
 */
export async function meetOpsplitsing() {
  const volledig = await bouw();
  const zonderInhoud = await bouw({ inhoud: false });
  const zonderInhoudLit = await bouw({ inhoud: false, lit: false });
  const zonderInhoudLitCss = await bouw({ inhoud: false, lit: false, css: false });
  const [a, b, c, d] = [volledig, zonderInhoud, zonderInhoudLit, zonderInhoudLitCss].map((x) => maten(x.code));
  return {
    nagebouwd: a,
    inhoud: verschil(a, b),
    lit: verschil(b, c),
    css: verschil(c, d),
    code: d,
    litAlleen: maten(await alleenLit(zonderInhoudLit.importedBindings)),
    inhoudAlleen: await inhoudLos(),
  };
}
