/** Drukt de uitkomst van de benchmark af als tabellen in de terminal. */
import { KB } from './budgetten.mjs';

const kb = (bytes) => (bytes / KB).toFixed(1);
const ms = (waarde) => (waarde === null || waarde === undefined ? '–' : waarde.toFixed(1));

/** Een tabel met kolommen op gelijke breedte; getallen rechts uitgelijnd. */
function tabel(titel, koppen, rijen) {
  const breedtes = koppen.map((kop, i) => Math.max(kop.length, ...rijen.map((rij) => String(rij[i]).length)));
  const regel = (cellen) =>
    cellen.map((cel, i) => (i === 0 ? String(cel).padEnd(breedtes[i]) : String(cel).padStart(breedtes[i]))).join('  ');
  console.log(`\n${titel}`);
  console.log(regel(koppen));
  console.log(breedtes.map((b) => '-'.repeat(b)).join('  '));
  for (const rij of rijen) console.log(regel(rij));
}

const grootte = (naam, m) => [naam, kb(m.min), kb(m.gzip), kb(m.brotli)];

function groottes({ geheel, andereBundels, stukken, perElement, opsplitsing, perModule }) {
  tabel('Groottes (KB = 1024 bytes; gzip niveau 9, brotli kwaliteit 11); per element: de ingang uit dist/esm', ['', 'min', 'gzip', 'brotli'], [
    grootte('dist/mw-kaarten.js', geheel),
    ...Object.entries(stukken).map(([naam, m]) => grootte(`dist/gedeeld/${naam}-….js (los stuk)`, m)),
    ...Object.entries(andereBundels).map(([naam, m]) => grootte(naam, m)),
    ...perElement.map((e) => grootte(`${e.element} met Lit`, e.metLit)),
    ...perElement.map((e) => grootte(`${e.element} zonder Lit`, e.alleen)),
  ]);
  const o = opsplitsing;
  tabel('Waar de bytes van dist/mw-kaarten.js heen gaan (opnieuw gebouwd als één bestand, telkens één deel weggelaten)', ['', 'min', 'gzip', 'brotli'], [
    grootte('nagebouwd als één bestand volgens rollup.config.js (controle)', o.nagebouwd),
    grootte('kaartteksten (content/*.json, compact)', o.inhoud),
    grootte('Lit', o.lit),
    grootte('CSS', o.css),
    grootte('overige code en templates', o.code),
    grootte('Lit los gebundeld (wat de kaarten gebruiken)', o.litAlleen),
    ...Object.entries(o.inhoudAlleen.perKaart).map(([naam, m]) => grootte(`content/${naam}.json los`, m)),
    grootte('content samen los', o.inhoudAlleen.samen),
  ]);
  tabel(
    `<${perModule.element}> zonder Lit, per module (elk los verkleind en gezipt; de som is groter dan het geheel)`,
    ['module', 'min', 'gzip', 'brotli'],
    perModule.modules.map((m) => grootte(m.module, m)),
  );
}

/** Layout shift in de slechtste ronde, en hoe ver de alinea onder de kaarten in de slechtste ronde verschoof. */
const verschuiving = (u) => [u.verschuiving.max.toFixed(4), u.alinea ? `${u.alinea.verschovenMax}` : '–'];

const fasen = (naam, u) => {
  const m = u.mediaan;
  return [naam, ms(m.document), ms(m.script), ms(m.eersteTekst), ms(m.dom), ms(m.opmaak), ms(m.frame), ms(m.interactief), ...verschuiving(u)];
};

function weergave(titel, uitkomst) {
  const rijen = Object.entries(uitkomst).map(([naam, u]) => fasen(`${naam} (${u.rondes}×)`, u));
  tabel(titel, ['mediaan in ms vanaf navigatie', 'document', 'script', 'eerste tekst', 'in DOM', 'lay-out', 'frame', 'gehydrateerd', 'shift (max)', 'alinea px (max)'], rijen);
  const statisch = uitkomst.statisch.mediaan.frame;
  for (const [naam, u] of Object.entries(uitkomst)) {
    if (naam !== 'statisch' && naam !== 'alleen bundel') console.log(`verhouding ${naam} / statisch: ${(u.mediaan.frame / statisch).toFixed(2)}`);
  }
}

/** De eerste kaarttekst op het niveau van de gebruiker, met first-contentful-paint ter vergelijking. */
function gebruiker({ cpu, latentie, uitkomst }) {
  const rijen = Object.entries(uitkomst).map(([naam, u]) => {
    const m = u.mediaan;
    return [`${naam} (${u.rondes}×)`, ms(m.document), ms(m.script), ms(m.eersteTekst), ms(m.fcp), ms(m.frame)];
  });
  tabel(`Gebruiker: zes kaarten, processor ${cpu}× trager, ${latentie} ms latentie per verzoek`,
    ['mediaan in ms vanaf navigatie', 'document', 'script', 'eerste kaarttekst', 'first-contentful-paint', 'alle tekst (frame)'], rijen);
  const statisch = uitkomst.statisch.mediaan.eersteTekst;
  for (const [naam, u] of Object.entries(uitkomst)) {
    if (naam !== 'statisch') console.log(`verhouding eerste kaarttekst ${naam} / statisch: ${(u.mediaan.eersteTekst / statisch).toFixed(2)}`);
  }
}

/** Alle tabellen en de budgetten. */
export function drukVerslag(resultaten) {
  const { groottes: g, weergave: w, toets: t, veel: v, budgetten, machine } = resultaten;
  console.log(`\nMachine: ${machine.processors} processors (${machine.processor}), ${machine.geheugenGB} GB, ${machine.systeem}, Node ${machine.node}, ${machine.chromium}`);
  console.log(`Belasting (load average, 1 minuut): ${machine.belasting.voor[0]} voor, ${machine.belasting.na[0]} na (na: met de meting zelf).`);
  if (machine.belasting.voor[0] > machine.processors / 2) {
    console.log('LET OP: de machine had het druk tijdens de meting; de tijden zijn dan te hoog en wisselvallig. Meet opnieuw op een rustige machine.');
  }
  groottes(g);
  weergave('Zes kaarten, 1280 px breed, tegenover dezelfde tekst als statische HTML; "alleen bundel" = de bundel zonder kaarten', w.zes);
  weergave('Eén kaart (<mw-signalen-kaart>) in een zijbalk van 320 px; "los" = alleen de ingang van die kaart met Lit', w.zijbalk);
  gebruiker(resultaten.gebruiker);
  tabel(`Toetsaanslag in het zoekveld van <mw-argumenten-kaart> (${t.aanslagen} aanslagen)`, ['ms', 'mediaan', 'p95', 'max'], [
    ['tot bijgewerkt en opgemaakt', ms(t.werk.mediaan), ms(t.werk.p95), ms(t.werk.max)],
    ['tot het volgende frame', ms(t.frame.mediaan), ms(t.frame.p95), ms(t.frame.max)],
  ]);
  weergave(`${v.aantal} kaarten op één pagina`, v.tijden);
  tabel(`${v.aantal} kaarten: geheugen na garbage collection; DOM in de samengestelde boom`, ['', 'JS-heap (MB)', 'elementen en tekst', 'opmerkingen'], [
    ...Object.entries(v.geheugen).map(([naam, m]) => [naam, (m.heap / 1e6).toFixed(2), m.knopen, m.opmerkingen]),
  ]);
  console.log('\nBudgetten');
  for (const b of budgetten) {
    console.log(`${b.gehaald ? 'GEHAALD ' : 'GEMIST  '} ${b.naam}: ${b.gemeten} (grens ${b.grens})`);
    if (!b.gehaald) {
      console.log(`         waar het heen gaat: ${b.waar}`);
      console.log(`         nodig: ${b.nodig}`);
    }
  }
}
