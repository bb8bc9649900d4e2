/**
 * De budgetten uit issue 9 (slanke kaarten) en de toets ertegen. KB is hier 1024 bytes; gzip op niveau 9.
 * Bij elk gemist budget staat erbij waar de bytes of de tijd heen gaan en wat er nodig zou zijn.
 */
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

/** Een kaart-element heet mw-<id>-kaart; mw-begrippen is geen kaart en telt niet mee voor het budget. */
const kaartId = (element) => element.replace(/^mw-/, '').replace(/-kaart$/, '');

/** Waar de bytes van de ene bundel heen gaan, als zin. */
const bytesVan = ({ lit, inhoud, css, code }) =>
  `Lit ${kb(lit.gzip)}, kaartteksten (zes kaarten en de begrippen) ${kb(inhoud.gzip)}, CSS ${kb(css.gzip)}, ` +
  `overige code (functies, templates, teksten van de knoppen) ${kb(code.gzip)}.`;

/**
 * De groottes. Er is nog één bundel (dist/mw-kaarten.js): ingang, eerste kaart en „alles” zijn daarom nu
 * allemaal die ene bundel. Zodra de bundel in een ingang en stukken is gesplitst, meet dit de stukken.
 */
function groottes({ geheel, opsplitsing, perElement }) {
  const waar = bytesVan(opsplitsing);
  const grootste = perElement.filter((e) => e.element.endsWith('-kaart')).reduce((a, b) => (b.metLit.gzip > a.metLit.gzip ? b : a));
  const eigenTekst = opsplitsing.inhoudAlleen.perKaart[kaartId(grootste.element)].gzip;
  const nietGesplitst =
    'De bundel is nog niet gesplitst in een ingang met Lit, basis en CSS plus stukken per kaarttekst en per functie ' +
    '(gespreksmodus, markeren, afdrukken, begrippen, Engelse teksten) die pas laden bij gebruik.';
  const budget = (id, naam, grens, gemeten, nodig) => ({
    id,
    naam,
    grens: kb(grens),
    gemeten: kb(gemeten),
    gehaald: gemeten <= grens,
    waar,
    nodig: `${kb(Math.max(0, gemeten - grens))} minder. ${nodig}`,
  });
  return [
    budget('ingangGzip', 'ingang van de bundel (Lit, basis, CSS), gzip', GRENZEN.ingangGzip, geheel.gzip, `${nietGesplitst} Dan valt alle kaarttekst uit de ingang.`),
    budget(
      'eersteKaartGzip',
      `eerste kaart op het scherm (ingang + stukken van die kaart), gzip`,
      GRENZEN.eersteKaartGzip,
      geheel.gzip,
      `${nietGesplitst} Met de losse npm-module is de grootste kaart (${grootste.element}) met Lit ${kb(grootste.metLit.gzip)}, waarvan haar eigen tekst ongeveer ${kb(eigenTekst)}.`,
    ),
    budget('allesGzip', 'alles: zes kaarten met elke functie gebruikt, gzip', GRENZEN.allesGzip, geheel.gzip, 'Minder code per functie, of kortere CSS.'),
    budget('eenBestandGzip', 'de bundel in één bestand (dist/mw-kaarten.js), gzip', GRENZEN.eenBestandGzip, geheel.gzip, 'Minder code per functie, of kortere CSS.'),
  ];
}

/** De DOM van de kaarten tegenover dezelfde tekst als statische HTML, op de pagina met veel kaarten. */
function dom({ aantal, geheugen }) {
  const { componenten, statisch, alleenBundel } = geheugen;
  const eigen = componenten.knopen - alleenBundel.knopen;
  const verhouding = eigen / statisch.knopen;
  return {
    id: 'domVerhouding',
    naam: `DOM-knopen van ${aantal} kaarten (samengestelde boom, standaardattributen) tegenover statische HTML`,
    grens: `≤ ${GRENZEN.domVerhouding}`,
    gemeten: `${verhouding.toFixed(2)} (${eigen} tegen ${statisch.knopen})`,
    gehaald: verhouding <= GRENZEN.domVerhouding,
    waar: 'per kaart de werkbalk, de toelichting met begrippen, het gespreksvenster en de markeringen van Lit (opmerkingen) bij elke binding.',
    nodig: 'de toelichting en begrippen pas tekenen als ze opengaan; minder bindingen per item.',
  };
}

/** Een verhouding van weergavetijden (tot het frame met de tekst) tegenover statische HTML. */
function verhouding(id, naam, grens, uitkomst, componenten = 'componenten') {
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
    nodig: `${Math.max(0, c.frame - grens * s.frame).toFixed(0)} ms sneller: een kleinere ingang (de bundel splitsen) en minder DOM per kaart.`,
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
    waar: 'Lit (templates en parts per binding), de inhoud van de kaarten als objecten, en per kaart de functies.',
    nodig: 'minder parts per item, en de inhoud van een kaart pas laden als haar tag op de pagina staat.',
  };
}

/** Alle budgetten, elk met `gehaald`; bij een gemist budget ook `waar` en `nodig`. */
export function toetsBudgetten({ groottes: g, weergave: w, toets: t, veel: v }) {
  return [
    ...groottes(g),
    dom(v),
    verhouding('weergaveZes', 'zes kaarten: weergavetijd tegenover statische HTML (mediaan)', GRENZEN.weergaveZes, w.zes),
    verhouding('weergaveServer', 'zes kaarten, op de server gerenderd en gehydrateerd: tekst op het scherm tegenover statisch', GRENZEN.weergaveServer, w.zes, 'server'),
    verhouding('weergaveZijbalk', 'één kaart in een zijbalk van 320 px tegenover statisch', GRENZEN.weergaveZijbalk, w.zijbalk),
    verhouding('weergaveVeel', `${v.aantal} kaarten tegenover statisch`, GRENZEN.weergaveVeel, v.tijden),
    toets({ toets: t }),
    heap(v),
  ];
}
