/**
 * Het toegankelijkheidsrapport als leesbare Markdown: wat getest is en wat niet, een samenvatting per
 * kaart en situatie, de uitkomst per succescriterium, en de bevindingen.
 */

const datum = (iso) => new Date(iso).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });

/** Een Markdown-tabel; `|` in cellen wordt ge-escaped. */
function tabel(koppen, rijen) {
  const cel = (waarde) => String(waarde).replaceAll('|', '\\|').replaceAll('\n', ' ');
  return [
    `| ${koppen.map(cel).join(' | ')} |`,
    `| ${koppen.map(() => '---').join(' | ')} |`,
    ...rijen.map((rij) => `| ${rij.map(cel).join(' | ')} |`),
  ].join('\n');
}

/** Natuurlijke volgorde van criteriumnummers: 1.4.3 vóór 1.4.10. */
const opNummer = (a, b) => {
  const [x, y] = [a, b].map((n) => n.split('.').map(Number));
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
};

const meervoud = (aantal, een, meer) => `${aantal} ${aantal === 1 ? een : meer}`;

/** Wat in één situatie gevonden is, in woorden. */
function kort(situatie) {
  const fout = situatie.overtredingen.reduce((som, b) => som + b.plekken, 0);
  const nakijken = situatie.nakijken.reduce((som, b) => som + b.plekken, 0);
  if (!fout && !nakijken) return 'geen bevindingen';
  return [fout && meervoud(fout, 'overtreding', 'overtredingen'), nakijken && `${nakijken} nakijken`].filter(Boolean).join(', ');
}

function inleiding(r, aantalTests) {
  return `# Toegankelijkheidsrapport maatwerk-kaarten

${r.pakket.naam} ${r.pakket.versie}, gemaakt op ${datum(r.gemaakt)} met axe-core ${r.gereedschap.axe} in
${r.gereedschap.chromium} (headless). Opnieuw maken: \`npm run a11y-rapport\` (bouwt eerst de bundel).
De gegevens staan ook als JSON in [\`rapport.json\`](rapport.json).

## Wat dit rapport is

Een organisatie die de kaarten op haar site of intranet zet, kan dit rapport gebruiken bij haar
toegankelijkheidsverklaring. Het gaat over de componenten zelf, niet over de pagina eromheen.

- **Wat getest is.** Elk element uit de gebouwde bundel \`dist/mw-kaarten.js\` in een gewone HTML-pagina:
  elke kaart als geheel, elk deel apart (met het attribuut dat een deel kiest), met \`markeerbaar\` en twee
  markeringen (één met notitie), en met de toelichting open; daarnaast \`<mw-begrippen>\`. Samen
  ${meervoud(r.uitkomsten.length, 'variant', 'varianten')}, elk in ${r.situaties.length} situaties: ${aantalTests} tests.
- **Hoe.** [axe-core](https://github.com/dequelabs/axe-core) draait op het element (ook in de shadow root) met
  alleen de regels voor WCAG 2.0, 2.1 en 2.2 op niveau A en AA (tags \`${r.gereedschap.tags.join('`, `')}\`).
  Per regel noemt axe de succescriteria; zo komt de uitkomst per criterium tot stand.
- **De situaties.**
${r.situaties.map((s) => `  - *${s.naam}*: ${s.beschrijving}.`).join('\n')}
- **De pagina eromheen.** Omdat alleen het element getest wordt, zijn criteria over de hele pagina hier
  *niet van toepassing*: paginatitel (2.4.2), taal van de pagina (3.1.1), blokken omzeilen (2.4.1). Die horen
  bij de pagina van de organisatie.

## Wat een automatische test niet zegt

Een automatische test vindt maar een deel van de problemen. *Voldoet* betekent hier: de regels van axe voor dit
criterium vonden geen probleem, niet dat het criterium helemaal gehaald is. Veel criteria kan geen
programma beoordelen (of koppen en labels de inhoud goed beschrijven, of de volgorde betekenisvol is, of
een schermlezer het goed voorleest). Voor een volledige beoordeling is onderzoek door een deskundige nodig,
bijvoorbeeld volgens de WCAG-EM-methode.

Wat de tests in \`test/\` van dit project daarnaast controleren (bij elke wijziging, in Chromium):

- axe bij elke kaart en elk deel, en in de scenario's van de tests; de toegankelijkheidsboom: elke kaart is een
  regio met de titel als naam, met echte koppen (ook met \`heading-level\`) en lijsten (1.3.1, 4.1.2);
- alles met alleen het toetsenbord, in een zijbalk van 320 px: zoeken, markeren, kopiëren, afdrukken en de
  gespreksmodus, die met Esc sluit (2.1.1, 2.1.2);
- de focus: blijft op de groepsknop bij openen en sluiten, gaat de gespreksmodus in en na Esc terug naar de knop,
  na het wissen van de markeringen naar het overzicht, en bij een deeplink naar het doel (2.4.3); een zichtbare
  focusrand, getest op de knop van de toelichting (2.4.7);
- aankondigingen voor schermlezers via live regions: zoekresultaten, openen en sluiten, kopiëren (4.1.3);
- geen horizontale scrollbalk op 280 en 320 px breed, ook met toelichting, begrippen en overzicht open (1.4.10);
- vóór en tegen op de Argumentenkaart ook zonder kleur te onderscheiden: tekst, teken en lijnstijl (1.4.1);
- hoog contrast (forced colors): randen en stapnummers blijven zichtbaar;
- beperkte beweging (prefers-reduced-motion): het openklapteken beweegt dan niet;
- afdrukken: alle items en de toelichting, zonder knoppen.

Niet getest, door dit rapport noch door de tests: het voorlezen met echte schermlezers (NVDA, JAWS,
VoiceOver, TalkBack), spraakbediening, en vergroten met de zoom van het besturingssysteem.
`;
}

function samenvatting(r) {
  const rijen = r.uitkomsten.map((u) => [u.kaart, `\`<${u.element}>\` ${u.variant}`, ...r.situaties.map((s) => kort(u.situaties[s.id]))]);
  return `## Samenvatting per kaart en situatie\n\n${tabel(['kaart', 'variant', ...r.situaties.map((s) => s.naam)], rijen)}\n`;
}

/** Alle criteria waar een regel van axe over gaat, op volgorde. */
function criteriaVanAxe(r) {
  return [...new Set(Object.values(r.regelsVanAxe).flat())].sort(opNummer);
}

/** Telt per criterium in hoeveel tests (in deze situaties) het voldoet, faalt, nagekeken moet worden of niet van toepassing is. */
function tellingen(r, situatieIds) {
  const tellen = {};
  for (const nummer of criteriaVanAxe(r)) tellen[nummer] = { voldoet: 0, overtreding: 0, nakijken: 0, 'niet van toepassing': 0 };
  for (const u of r.uitkomsten) {
    for (const id of situatieIds) {
      for (const nummer of Object.keys(tellen)) tellen[nummer][u.situaties[id].criteria[nummer] ?? 'niet van toepassing'] += 1;
    }
  }
  return tellen;
}

/** De regels die over een criterium gaan en in minstens één test iets vonden om te beoordelen. */
function gebruikteRegels(r, nummer) {
  const gebruikt = new Set(r.uitkomsten.flatMap((u) => Object.values(u.situaties).flatMap((s) => [...s.regels.voldoet, ...s.regels.overtreding, ...s.regels.nakijken])));
  return Object.entries(r.regelsVanAxe)
    .filter(([regel, nummers]) => nummers.includes(nummer) && gebruikt.has(regel))
    .map(([regel]) => regel);
}

function inWoorden(t) {
  const delen = [];
  if (t.overtreding) delen.push(`overtreding in ${t.overtreding}`);
  if (t.nakijken) delen.push(`nakijken in ${t.nakijken}`);
  if (t.voldoet) delen.push(`voldoet in ${t.voldoet}`);
  if (t['niet van toepassing']) delen.push(`niet van toepassing in ${t['niet van toepassing']}`);
  return delen.join(', ');
}

const naamVan = (r, n) => r.criteria[n]?.naam ?? '';
const niveauVan = (r, n) => r.criteria[n]?.niveau ?? '';

function perCriterium(r) {
  const alle = r.situaties.map((s) => s.id);
  const totaal = tellingen(r, alle);
  const perSituatie = Object.fromEntries(alle.map((id) => [id, tellingen(r, [id])]));
  const aantal = r.uitkomsten.length * alle.length;
  const beoordeeld = (n) => totaal[n]['niet van toepassing'] < aantal;
  const nummers = Object.keys(totaal).filter(beoordeeld);
  const rijen = nummers.map((n) => [n, naamVan(r, n), niveauVan(r, n), inWoorden(totaal[n]), gebruikteRegels(r, n).join(', ') || '–']);
  const situatieRijen = nummers.map((n) => [
    n,
    ...alle.map((id) => {
      const t = perSituatie[id][n];
      if (t.overtreding) return `overtreding (${t.overtreding})`;
      if (t.nakijken) return `nakijken (${t.nakijken})`;
      if (t.voldoet) return `voldoet (${t.voldoet})`;
      return 'n.v.t.';
    }),
  ]);
  return `## Per succescriterium

De criteria die axe in minstens één test beoordeelde. Over alle ${aantal} tests (${r.uitkomsten.length} varianten ×
${alle.length} situaties): in hoeveel tests het criterium voldoet, een overtreding heeft, nagekeken moet worden, of niet
van toepassing is (de regels vonden niets om te beoordelen, bijvoorbeeld geen zoekveld in de afdruk), en welke regels
van axe iets beoordeelden. De andere criteria staan onder *Niet door axe beoordeeld*.

${tabel(['criterium', 'naam', 'niveau', 'uitkomst', 'regels van axe die iets beoordeelden'], rijen)}

### Per situatie

Tussen haakjes: in hoeveel van de ${r.uitkomsten.length} varianten.

${tabel(['criterium', ...r.situaties.map((s) => s.naam)], situatieRijen)}
`;
}

/** De criteria van niveau A en AA die axe hier nergens beoordeelde, met wat de tests ervan controleren. */
function nietDoorAxe(r) {
  const totaal = tellingen(r, r.situaties.map((s) => s.id));
  const beoordeeld = (n) => totaal[n] && totaal[n]['niet van toepassing'] < r.uitkomsten.length * r.situaties.length;
  const rijen = Object.keys(r.criteria)
    .filter((n) => r.criteria[n].niveau !== 'AAA' && !beoordeeld(n))
    .sort(opNummer)
    .map((n) => [n, naamVan(r, n), niveauVan(r, n), r.doorTests[n] ?? '–']);
  return `## Niet door axe beoordeeld

Deze criteria van WCAG 2.2 op niveau A en AA heeft axe hier in geen enkele test beoordeeld: er is geen regel voor,
of de regel gaat over de hele pagina of over iets wat de kaarten niet hebben (video, geluid, afbeeldingen, formulieren
met foutmeldingen). Wat de tests van dit project ervan controleren staat erbij; de rest vraagt een beoordeling door
een mens, of hoort bij de pagina waarin de kaarten staan.

${tabel(['criterium', 'naam', 'niveau', 'gecontroleerd door de tests in test/'], rijen)}
`;
}

function bevindingenLijst(r, soort, titel, leeg) {
  const regels = [];
  for (const u of r.uitkomsten) {
    for (const s of r.situaties) {
      for (const b of u.situaties[s.id][soort]) {
        regels.push(`- **${u.kaart}, ${u.variant}, ${s.naam}**: \`${b.regel}\` (${b.criteria.join(', ') || 'geen criterium'}; ${b.ernst ?? 'ernst onbekend'}), ${meervoud(b.plekken, 'plek', 'plekken')}. ${b.uitleg}`);
        for (const v of b.voorbeelden) regels.push(`  - \`${v.doel}\`${v.samenvatting ? `: ${v.samenvatting.replaceAll('\n', ' ')}` : ''}`);
      }
    }
  }
  return `## ${titel}\n\n${regels.length ? regels.join('\n') : leeg}\n`;
}

/** Het hele rapport als Markdown. */
export function alsMarkdown(r) {
  const aantalTests = r.uitkomsten.length * r.situaties.length;
  return [
    inleiding(r, aantalTests),
    samenvatting(r),
    perCriterium(r),
    nietDoorAxe(r),
    bevindingenLijst(r, 'overtredingen', 'Overtredingen', 'axe vond in geen enkele variant en situatie een overtreding.'),
    bevindingenLijst(r, 'nakijken', 'Nakijken', 'axe had in geen enkele variant en situatie iets dat een mens moet nakijken.'),
  ].join('\n');
}
