/**
 * De budgetten uit issue 9 (slanke kaarten) en de toets ertegen. KB is hier 1024 bytes; gzip op niveau 9.
 * Bij elk gemist budget staat erbij waar de bytes of de tijd heen gaan en wat er nodig zou zijn.
 */
import { readdirSync } from 'node:fs';

export const KB = 1024;

export const GRENZEN = {
  ingangGzip: 12 * KB,
  eersteKaartGzip: 15 * KB,
  allesGzip: 30 * KB,
  eenBestandGzip: 30 * KB,
  domVerhouding: 2,
  weergaveZes: 1.3,
  weergaveZijbalk: 1.3,
  weergaveVeel: 1.5,
  weergaveServer: 1.05,
  toetsP95Ms: 16,
  heapVerhouding: 3,
};

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

/** Waar de bytes van de ingang heen gaan, als zin (de kaartteksten zitten niet in de ingang maar in eigen stukken). */
const bytesVan = ({ lit, css, code }) =>
  `Lit ${kb(lit.gzip)}, CSS ${kb(css.gzip)}, overige code (basis, zoeken, openen en sluiten, deeplinks, werkbalk, ` +
  `voorbereiding van het afdrukken, Nederlandse teksten van de interface) ${kb(code.gzip)}.`;

/**
 * De stukken in dist/gedeeld/ met tekst uit het boek: per kaart een stuk met de naam van haar bestand in content/
 * (`signalen`, …), en de begrippen met hun weergave (`begrippen-stuk`). De andere stukken zijn functies op aanvraag.
 */
const KAARTSTUKKEN = readdirSync('content')
  .filter((bestand) => bestand.endsWith('.json') && !bestand.endsWith('.schema.json') && bestand !== 'begrippen.json')
  .map((bestand) => bestand.replace(/\.json$/, ''));
const TEKSTSTUKKEN = [...KAARTSTUKKEN, 'begrippen-stuk'];

/**
 * De groottes van de bundel voor `<script type="module">`: de ingang dist/mw-kaarten.js, de losse stukken in
 * dist/gedeeld/ (de tekst van elke kaart, de begrippen en de functies op aanvraag), en alles in één bestand.
 */
function groottes({ geheel, andereBundels, stukken, opsplitsing }) {
  const tekstStukken = Object.entries(stukken).filter(([naam]) => TEKSTSTUKKEN.includes(naam));
  const kaartStukken = tekstStukken.filter(([naam]) => KAARTSTUKKEN.includes(naam));
  const [grootsteNaam, grootste] = kaartStukken.reduce((a, b) => (b[1].gzip > a[1].gzip ? b : a));
  const som = (lijst) => lijst.reduce((totaal, [, m]) => totaal + m.gzip, 0);
  const alles = geheel.gzip + som(Object.entries(stukken));
  const eenBestand = andereBundels['dist/mw-kaarten-een-bestand.js'];
  const waar = bytesVan(opsplitsing);
  const budget = (id, naam, grens, gemeten, nodig) => ({
    id,
    naam,
    grens: kb(grens),
    gemeten: kb(gemeten),
    gehaald: gemeten <= grens,
    waar,
    nodig: `${kb(Math.max(0, gemeten - grens))} minder. ${nodig}`,
  });
  const ingang =
    'Gespreksmodus, overzicht met kopiëren, afdrukken met de knop, de Engelse teksten, de hydratieondersteuning en de ' +
    'Lit-sjablonen van de delen laden al apart (besluit 16). Lit zelf en de CSS blijven; de rest is de basis met zoeken, ' +
    'openen en sluiten, deeplinks en de directive die de delen tekent (besluit 17).';
  return [
    budget('ingangGzip', 'ingang dist/mw-kaarten.js (Lit, basis, CSS), gzip', GRENZEN.ingangGzip, geheel.gzip, ingang),
    budget(
      'eersteKaartGzip',
      `eerste kaart op het scherm: ingang en het stuk van de grootste kaart (${grootsteNaam}, ${kb(grootste.gzip)}), gzip`,
      GRENZEN.eersteKaartGzip,
      geheel.gzip + grootste.gzip,
      ingang,
    ),
    budget(
      'allesGzip',
      'alles: de ingang en alle stukken (zes kaartteksten, de begrippen en de functies op aanvraag), gzip',
      GRENZEN.allesGzip,
      alles,
      `De tekst uit het boek (zes kaarten, en de begrippen met hun weergave) is samen ${kb(som(tekstStukken))}, de functies op aanvraag ` +
        `${kb(alles - geheel.gzip - som(tekstStukken))}: met Lit (${kb(opsplitsing.lit.gzip)}) erbij is 30 KB niet te halen.`,
    ),
    budget('eenBestandGzip', 'dezelfde kaarten in één bestand (dist/mw-kaarten-een-bestand.js), gzip', GRENZEN.eenBestandGzip, eenBestand.gzip, 'Alle tekst zit erin; minder code per functie, of kortere CSS.'),
  ];
}

/**
 * De DOM van de kaarten tegenover dezelfde tekst als statische HTML, op de pagina met veel kaarten: elementen en
 * tekstknopen in de samengestelde boom (document en shadow roots), zonder opmerkingen; die staan erbij.
 */
function dom({ aantal, geheugen }) {
  const { componenten, statisch, alleenBundel } = geheugen;
  const eigen = componenten.knopen - alleenBundel.knopen;
  const verhouding = eigen / statisch.knopen;
  return {
    id: 'domVerhouding',
    naam: `DOM van ${aantal} kaarten (elementen en tekstknopen in de samengestelde boom, standaardattributen) tegenover statische HTML`,
    grens: `≤ ${GRENZEN.domVerhouding}`,
    gemeten: `${verhouding.toFixed(2)} (${eigen} tegen ${statisch.knopen}; daarnaast ${componenten.opmerkingen - alleenBundel.opmerkingen} opmerkingen tegen ${statisch.opmerkingen})`,
    gehaald: verhouding <= GRENZEN.domVerhouding,
    waar: 'delen, groepen en items zijn al gewone DOM (besluit 17); wat overblijft zijn per kaart de kop met toelichtingsknop, de werkbalk met menu en de voet.',
    nodig: 'de werkbalk en de kop kleiner, of hun menu pas tekenen als het opengaat.',
  };
}

/** Een verhouding van weergavetijden (tot het frame met de tekst) tegenover statische HTML. */
function verhouding(id, naam, grens, uitkomst, componenten = 'componenten', reden = 'een kleinere ingang (de bundel splitsen) en minder DOM per kaart.') {
  const c = uitkomst[componenten].mediaan;
  const s = uitkomst.statisch.mediaan;
  const waarde = c.frame / s.frame;
  return {
    id,
    naam,
    grens: `≤ ${grens}`,
    gemeten: `${waarde.toFixed(2)} (${c.frame} ms tegen ${s.frame} ms)`,
    gehaald: waarde <= grens,
    waar:
      `${componenten}: bundel binnen op ${c.script} ms, kaarten in de DOM op ${c.dom} ms, stijl en lay-out klaar op ${c.opmaak} ms, ` +
      `frame op ${c.frame} ms; statisch: DOM op ${s.dom} ms, stijl en lay-out op ${s.opmaak} ms, frame op ${s.frame} ms.`,
    nodig: `${Math.max(0, c.frame - grens * s.frame).toFixed(0)} ms sneller: ${reden}`,
  };
}

function toets({ toets: t }) {
  return {
    id: 'toetsP95Ms',
    naam: 'toetsaanslag in het zoekveld van de Argumentenkaart, p95',
    grens: `≤ ${GRENZEN.toetsP95Ms} ms`,
    gemeten: `${t.werk.p95} ms (mediaan ${t.werk.mediaan} ms; tot het volgende frame p95 ${t.frame.p95} ms)`,
    gehaald: t.werk.p95 <= GRENZEN.toetsP95Ms,
    waar: 'filteren van 55 argumenten, de update van Lit en stijl en lay-out van de kaart.',
    nodig: 'minder DOM bijwerken per aanslag (alleen de groepen die veranderen), of het zoeken uitstellen tot de gebruiker even stopt.',
  };
}

function heap({ aantal, geheugen }) {
  const { componenten, statisch } = geheugen;
  const waarde = componenten.heap / statisch.heap;
  return {
    id: 'heapVerhouding',
    naam: `JS-heap met ${aantal} kaarten tegenover statische HTML`,
    grens: `≤ ${GRENZEN.heapVerhouding}`,
    gemeten: `${waarde.toFixed(2)} (${(componenten.heap / 1e6).toFixed(2)} MB tegen ${(statisch.heap / 1e6).toFixed(2)} MB)`,
    gehaald: waarde <= GRENZEN.heapVerhouding,
    waar: 'de bundel zelf (Lit, code, de inhoud van de kaarten als objecten; ongeveer 0,9 MB zonder kaarten), en per kaart de parts van Lit in kop, werkbalk en voet en de functies.',
    nodig: 'minder Lit-bindingen in kop en werkbalk.',
  };
}

/** Alle budgetten, elk met `gehaald`; bij een gemist budget ook `waar` en `nodig`. */
export function toetsBudgetten({ groottes: g, weergave: w, toets: t, veel: v }) {
  return [
    ...groottes(g),
    dom(v),
    verhouding('weergaveZes', 'zes kaarten: weergavetijd tegenover statische HTML (mediaan)', GRENZEN.weergaveZes, w.zes),
    verhouding('weergaveServer', 'zes kaarten, op de server gerenderd en gehydrateerd: tekst op het scherm tegenover statisch', GRENZEN.weergaveServer, w.zes, 'server',
      'minder CSS per shadow root: de pagina tekent even laat zonder het script; elke declaratieve shadow root parset haar eigen <style> van 14 KB (zie bench/RESULTS.md, 30 november).'),
    verhouding('weergaveZijbalk', 'één kaart in een zijbalk van 320 px tegenover statisch', GRENZEN.weergaveZijbalk, w.zijbalk),
    verhouding('weergaveVeel', `${v.aantal} kaarten tegenover statisch`, GRENZEN.weergaveVeel, v.tijden),
    toets({ toets: t }),
    heap(v),
  ];
}
