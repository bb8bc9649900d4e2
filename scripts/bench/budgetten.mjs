/**
 * De budgetten uit issue 6 en de toets ertegen. KB is hier 1024 bytes; gzip op niveau 9.
 * Bij elk gemist budget staat erbij waar de bytes of de tijd heen gaan en wat er nodig zou zijn.
 */
export const KB = 1024;

export const GRENZEN = {
  heleBundelGzip: 25 * KB,
  eenKaartMetLitGzip: 15 * KB,
  weergaveVerhouding: 1.3,
  toetsP95Ms: 16,
};

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

/** Een kaart-element heet mw-<id>-kaart; mw-begrippen is geen kaart en telt niet mee voor het budget. */
const kaartId = (element) => element.replace(/^mw-/, '').replace(/-kaart$/, '');

function heleBundel({ geheel, opsplitsing }) {
  const { lit, inhoud, css, code } = opsplitsing;
  const vast = lit.gzip + inhoud.gzip;
  return {
    id: 'heleBundelGzip',
    naam: 'hele bundel dist/mw-kaarten.js, gzip',
    grens: kb(GRENZEN.heleBundelGzip),
    gemeten: kb(geheel.gzip),
    gehaald: geheel.gzip <= GRENZEN.heleBundelGzip,
    waar:
      `Lit ${kb(lit.gzip)}, kaartteksten (zes kaarten en de begrippen) ${kb(inhoud.gzip)}, ` +
      `CSS ${kb(css.gzip)}, overige code (logica, templates, teksten van de knoppen) ${kb(code.gzip)}.`,
    nodig:
      `${kb(geheel.gzip - GRENZEN.heleBundelGzip)} minder. Lit en de kaartteksten samen zijn al ${kb(vast)}; ` +
      `binnen 25 KB blijft dan ${kb(GRENZEN.heleBundelGzip - vast)} over voor CSS en code (nu ${kb(css.gzip + code.gzip)}). ` +
      'Haalbaar alleen als de bundel de kaartteksten niet allemaal meteen meelevert (per kaart een apart stuk dat ' +
      'pas geladen wordt als de tag op de pagina staat), of met een budget dat de tekst van het boek meetelt.',
  };
}

function eenKaart({ perElement, opsplitsing }) {
  const kaarten = perElement.filter((e) => e.element.endsWith('-kaart'));
  const grootste = kaarten.reduce((a, b) => (b.metLit.gzip > a.metLit.gzip ? b : a));
  const eigenTekst = opsplitsing.inhoudAlleen.perKaart[kaartId(grootste.element)].gzip;
  const begrippen = opsplitsing.inhoudAlleen.perKaart.begrippen.gzip;
  const lit = grootste.metLit.gzip - grootste.alleen.gzip;
  const rest = grootste.alleen.gzip - eigenTekst - begrippen;
  return {
    id: 'eenKaartMetLitGzip',
    naam: 'één kaart met Lit, gzip (de grootste van de zes)',
    grens: kb(GRENZEN.eenKaartMetLitGzip),
    gemeten: `${kb(grootste.metLit.gzip)} (${grootste.element})`,
    gehaald: kaarten.every((e) => e.metLit.gzip <= GRENZEN.eenKaartMetLitGzip),
    waar:
      `Lit ${kb(lit)}, de tekst van deze kaart ongeveer ${kb(eigenTekst)}, de begrippen (in de toelichting van elke kaart) ` +
      `ongeveer ${kb(begrippen)}, de gedeelde basis (zoeken, markeren, overzicht, afdrukken, gespreksmodus, CSS) ongeveer ${kb(rest)}.`,
    nodig:
      `${kb(grootste.metLit.gzip - GRENZEN.eenKaartMetLitGzip)} minder. Zonder de basis te verkleinen past het niet: ` +
      'de begrippen pas laden als de toelichting opengaat, en gespreksmodus, markeren met overzicht en afdrukken ' +
      'als losse stukken laden bij het eerste gebruik; of het budget ophogen naar wat Lit + tekst + basis nu kosten.',
  };
}

function weergave({ zes }) {
  const c = zes.componenten.mediaan;
  const s = zes.statisch.mediaan;
  const b = zes['alleen bundel'].mediaan;
  const verhouding = c.frame / s.frame;
  return {
    id: 'weergaveVerhouding',
    naam: 'zes kaarten: weergavetijd tegenover statische HTML (mediaan)',
    grens: `≤ ${GRENZEN.weergaveVerhouding}`,
    gemeten: `${verhouding.toFixed(2)} (${c.frame} ms tegen ${s.frame} ms)`,
    gehaald: verhouding <= GRENZEN.weergaveVerhouding,
    waar:
      `componenten: bundel binnen op ${c.script} ms, kaarten in de DOM op ${c.dom} ms (na uitvoeren van de bundel en de eerste ` +
      `render van Lit), stijl en lay-out klaar op ${c.opmaak} ms, frame op ${c.frame} ms; statisch: DOM op ${s.dom} ms, ` +
      `stijl en lay-out op ${s.opmaak} ms, frame op ${s.frame} ms. Alleen de bundel, zonder kaarten: binnen op ${b.script} ms, ` +
      `uitgevoerd op ${b.dom} ms.`,
    nodig:
      `de componenten moeten ${Math.max(0, c.frame - GRENZEN.weergaveVerhouding * s.frame).toFixed(0)} ms sneller. ` +
      'Het verschil zit in het laden en uitvoeren van de bundel en in stijl en lay-out van de veel grotere DOM ' +
      '(knoppen per item, werkbalk, toelichting, gespreksvenster): minder knopen per item, of de knoppen per item pas ' +
      'maken als ze nodig zijn, en de bundel kleiner of vooraf geladen (modulepreload).',
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

/** Alle budgetten, elk met `gehaald`; bij een gemist budget ook `waar` en `nodig`. */
export function toetsBudgetten(resultaten) {
  return [heleBundel(resultaten.groottes), eenKaart(resultaten.groottes), weergave(resultaten.weergave), toets(resultaten)];
}
