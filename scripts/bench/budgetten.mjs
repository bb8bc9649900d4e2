/**
 * De budgetten uit issue 21 (één bestand, niet wachten) en de toets ertegen. KB is hier 1024 bytes; gzip op niveau 9.
 * Bij elk gemist budget staat erbij waar de bytes of de tijd heen gaan en wat er nodig zou zijn.
 */

export const KB = 1024;

export const GRENZEN = {
  bestandGzip: 38 * KB,
  zonderTekstGzip: 23 * KB,
  domVerhouding: 2,
  weergaveZes: 1.3,
  weergaveZijbalk: 1.3,
  weergaveVeel: 1.5,
  weergaveServer: 1.1,
  verschuivingServer: 0,
  verschuivingZes: 0.01,
  gebruikerInsluiten: 1.3,
  gebruikerServer: 1.0,
  toetsP95Ms: 16,
  heapVerhouding: 3,
};

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

/** Waar de bytes van de bundel heen gaan, als zin (uit de opsplitsing, de bundel als één bestand nagebouwd). */
const bytesVan = ({ inhoud, lit, css, code }) =>
  `tekst uit het boek ${kb(inhoud.gzip)}, Lit ${kb(lit.gzip)}, CSS ${kb(css.gzip)}, overige code (basis, zoeken, openen en ` +
  `sluiten, deeplinks, werkbalk, afdrukken, gespreksmodus, overzicht, hydratie, de teksten van de interface) ${kb(code.gzip)}.`;

/**
 * De bytes van de standaardbundel met alle zes kaarten: dist/mw-kaarten.js, met de stukken in dist/gedeeld/ als de
 * build die nog maakt (dan ook de functies op aanvraag). De tekst uit het boek telt apart: wat de bundel, opnieuw
 * gebouwd met elk content/*.json als `{}`, kleiner is (de opsplitsing); de rest is het bestand min die tekst.
 */
function groottes({ geheel, stukken, opsplitsing }) {
  const losseStukken = Object.values(stukken);
  const bestand = geheel.gzip + losseStukken.reduce((totaal, m) => totaal + m.gzip, 0);
  const tekst = opsplitsing.inhoud.gzip;
  const metStukken = losseStukken.length ? ` met de ${losseStukken.length} stukken in dist/gedeeld/` : '';
  const waar = bytesVan(opsplitsing);
  const budget = (id, naam, grens, gemeten, nodig) => ({
    id,
    naam,
    grens: `≤ ${kb(grens)}`,
    gemeten: kb(gemeten),
    gehaald: gemeten <= grens,
    waar,
    nodig: `${kb(Math.max(0, gemeten - grens))} minder. ${nodig}`,
  });
  return [
    budget('bestandGzip', `de standaardbundel dist/mw-kaarten.js${metStukken}, alle zes kaarten, gzip`, GRENZEN.bestandGzip, bestand,
      'Minder code of CSS; de tekst uit het boek telt hier mee.'),
    budget('zonderTekstGzip', `alles behalve de tekst uit het boek (zes kaarten en de begrippen, ${kb(tekst)}): dist/mw-kaarten.js${metStukken}, gzip`, GRENZEN.zonderTekstGzip, bestand - tekst,
      'Minder code per functie, of kortere CSS.'),
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
    waar: 'per kaart de delen, groepen en items (Lit-sjablonen, besluit 18), de kop met toelichtingsknop, de werkbalk met menu en de voet.',
    nodig: 'de werkbalk en de kop kleiner, of hun menu pas tekenen als het opengaat.',
  };
}

/**
 * Layout shift (de som over een pagina, zonder verschuivingen vlak na invoer) in de slechtste ronde, met hoe ver de
 * alinea onder de kaarten verschoof tussen haar eerste frame en het einde.
 */
function verschuiving(id, naam, grens, u) {
  const alinea = u.alinea ? `de alinea eronder stond op ${u.alinea.begin} px en eindigde op ${u.alinea.eind} px (mediaan); in de slechtste ronde ${u.alinea.verschovenMax} px verschoven` : 'geen alinea gemeten';
  return {
    id,
    naam,
    grens: `≤ ${grens}`,
    gemeten: `${u.verschuiving.max} in de slechtste van ${u.rondes} rondes (mediaan ${u.verschuiving.mediaan}); ${alinea}`,
    gehaald: u.verschuiving.max <= grens,
    waar: 'de pagina tekent een frame voordat de kaarten hun hoogte hebben (of de hydratie verandert hun hoogte), en daarna schuift wat eronder staat op.',
    nodig: 'de kaarten hebben hun hoogte in het eerste frame waarin ze staan: tekenen vóór het eerste frame, of de server-HTML laten staan zoals ze is.',
  };
}

const WERK_VOOR_EERSTE_KAART = 'minder werk vóór de eerste kaart getekend wordt (uitvoeren van de bundel, registreren, de eerste update).';

/** Waar de tijd heen gaat tot het frame met alle tekst (weergave) of tot de eerste kaarttekst (gebruiker). */
const waarTot = {
  frame: (n, c, s) =>
    `${n}: bundel binnen op ${c.script} ms, kaarten in de DOM op ${c.dom} ms, stijl en lay-out klaar op ${c.opmaak} ms, ` +
    `frame op ${c.frame} ms; statisch: DOM op ${s.dom} ms, stijl en lay-out op ${s.opmaak} ms, frame op ${s.frame} ms.`,
  eersteTekst: (n, c, s) =>
    `${n}: document binnen op ${c.document} ms, bundel op ${c.script} ms, DOMContentLoaded op ${c.geladen} ms, eerste tekst op ` +
    `${c.eersteTekst} ms (first-contentful-paint ${c.fcp} ms); statisch: document op ${s.document} ms, eerste tekst op ${s.eersteTekst} ms.`,
};

/**
 * Een verhouding van tijden tegenover statische HTML: tot het frame met de tekst (`fase: 'frame'`), of op het niveau
 * van de gebruiker tot het eerste item van de eerste kaart getekend is (`'eersteTekst'`, bench/pagina/meet-weergave.js).
 */
function verhouding(id, naam, grens, uitkomst, { componenten = 'componenten', fase = 'frame', reden = 'minder werk vóór de eerste weergave en minder DOM per kaart.' } = {}) {
  const c = uitkomst[componenten].mediaan;
  const s = uitkomst.statisch.mediaan;
  const waarde = c[fase] / s[fase];
  return {
    id,
    naam,
    grens: `≤ ${grens}`,
    gemeten: `${waarde.toFixed(2)} (${c[fase]} ms tegen ${s[fase]} ms)`,
    gehaald: waarde <= grens,
    waar: waarTot[fase](componenten, c, s),
    nodig: `${Math.max(0, c[fase] - grens * s[fase]).toFixed(0)} ms sneller: ${reden}`,
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
    waar:
      'de bundel zelf (Lit, code, de inhoud van de kaarten als objecten; ongeveer 1 MB zonder kaarten), en per kaart de instanties en bindingen van Lit: ' +
      'een instantie per item (ongeveer 0,3 KB met id, tekst, lijstplek en wrappers), een per groep met kop en knop (ongeveer 0,9 KB), kop, werkbalk en voet; ' +
      'node scripts/bench/heap-opbouw.mjs telt het per soort en per sjabloon.',
    nodig: 'minder instanties van Lit per kaart: de items alleen kosten ongeveer 0,7 MB, en zonder items staat de pagina al op ongeveer 3,3 × (bench/RESULTS.md, 7 december).',
  };
}

/** Alle budgetten, elk met `gehaald`; bij een gemist budget ook `waar` en `nodig`. */
export function toetsBudgetten({ groottes: g, weergave: w, gebruiker: gb, toets: t, veel: v }) {
  return [
    ...groottes(g),
    dom(v),
    verhouding('weergaveZes', 'zes kaarten: weergavetijd tegenover statische HTML (mediaan)', GRENZEN.weergaveZes, w.zes),
    verhouding('weergaveServer', 'zes kaarten, op de server gerenderd, met hun script: tekst op het scherm tegenover statisch', GRENZEN.weergaveServer, w.zes, {
      componenten: 'server',
      reden: 'minder CSS per shadow root: elke declaratieve shadow root parset haar eigen <style> (zie bench/RESULTS.md, 30 november).',
    }),
    verschuiving('verschuivingServer', 'zes kaarten, op de server gerenderd: layout shift als het script komt', GRENZEN.verschuivingServer, w.zes.server),
    verschuiving('verschuivingZes', 'zes kaarten met de standaardbundel: layout shift', GRENZEN.verschuivingZes, w.zes.componenten),
    verhouding('weergaveZijbalk', 'één kaart in een zijbalk van 320 px tegenover statisch', GRENZEN.weergaveZijbalk, w.zijbalk),
    verhouding('weergaveVeel', `${v.aantal} kaarten tegenover statisch`, GRENZEN.weergaveVeel, v.tijden),
    verhouding('gebruikerInsluiten', `gebruiker (processor ${gb.cpu}× trager, ${gb.latentie} ms per verzoek): eerste kaarttekst met de standaardbundel tegenover statisch`,
      GRENZEN.gebruikerInsluiten, gb.uitkomst, { fase: 'eersteTekst', reden: WERK_VOOR_EERSTE_KAART }),
    verhouding('gebruikerServer', `gebruiker (processor ${gb.cpu}× trager, ${gb.latentie} ms per verzoek): eerste kaarttekst van de server-HTML tegenover statisch`,
      GRENZEN.gebruikerServer, gb.uitkomst, { componenten: 'server', fase: 'eersteTekst', reden: WERK_VOOR_EERSTE_KAART }),
    toets({ toets: t }),
    heap(v),
  ];
}
