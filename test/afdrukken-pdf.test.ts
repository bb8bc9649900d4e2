import { expect, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { MwKaartBase } from '../src/base/kaart-base.js';
import { catalogus, kaartUitCatalogus } from '../src/catalogus.js';
import type { Deel, Kaart } from '../src/inhoud/kaart.js';
import { nl } from '../src/teksten.js';
import { bladzijdeSleutel, drukAfAlsPdf, onderKop, sleutel, vind, type Afdruk, type Plek } from './helpers/afdruk-pdf.js';
import { kaartMet } from './helpers/dom.js';
import { kiesUitMenu } from './helpers/menu.js';
import { describeAlleenChromium } from './helpers/motor.js';

/**
 * Issue 11, punt 2: de PDF die Chromium afdrukt, gelezen met pdf.js (test/plugins/afdruk-pdf.js). Per kaart en
 * variant: het aantal bladzijden, bladzijde 1 begint met de kaart zelf, geen kop onderaan een bladzijde (een kop
 * staat op dezelfde bladzijde als wat erop volgt), geen groep gesplitst vóór haar tweede item, geen bladzijde met
 * alleen de bron en de datum. De koppen en items komen uit de tekst van de kaart zelf (de catalogus).
 *
 * Drie manieren van afdrukken:
 * - `knop`: de knop Afdrukken van de kaart (alleen de kaart, A4 met 15 mm marge);
 * - `browser`: het menu van de browser (Ctrl+P) op de testpagina met de kaart, zonder de knop;
 * - `pagina`: het menu van de browser op een gewone pagina met de gebouwde bundel (test/paginas/een-kaart.html).
 */
type Manier = 'knop' | 'browser' | 'pagina';

interface Geval {
  kaart: string;
  manier: Manier;
  attributen?: Record<string, string>;
  /** Items om te markeren (met `markeerbaar`), elk met een notitie. */
  markeer?: string[];
  bladzijden: number;
}

const naamVan = (geval: Geval): string =>
  [geval.kaart, geval.manier, ...Object.entries(geval.attributen ?? {}).map(([naam, waarde]) => (waarde ? `${naam}=${waarde}` : naam)), geval.markeer ? `${geval.markeer.length} gemarkeerd` : '']
    .filter(Boolean)
    .join(', ');

/** De eerste twee items van de eerste groep van elk deel, en het laatste item van de kaart: markeringen verspreid over de kaart. */
const verspreid = (id: string): string[] => {
  const { delen } = kaartUitCatalogus(id).inhoud;
  return [...delen.flatMap((deel) => deel.groepen[0].items.slice(0, 2).map((item) => item.id)), delen.at(-1)!.groepen.at(-1)!.items.at(-1)!.id];
};

const GEVALLEN: Geval[] = [
  { kaart: 'signalen', manier: 'knop', bladzijden: 4 },
  { kaart: 'signalen', manier: 'pagina', bladzijden: 3 },
  { kaart: 'signalen', manier: 'knop', attributen: { markeerbaar: '' }, markeer: verspreid('signalen'), bladzijden: 4 },
  { kaart: 'argumenten', manier: 'knop', bladzijden: 5 },
  { kaart: 'argumenten', manier: 'pagina', bladzijden: 5 },
  { kaart: 'argumenten', manier: 'browser', bladzijden: 5 },
  { kaart: 'argumenten', manier: 'browser', attributen: { markeerbaar: '' }, markeer: verspreid('argumenten'), bladzijden: 6 },
  { kaart: 'argumenten', manier: 'knop', attributen: { thema: 'financien' }, bladzijden: 2 },
  { kaart: 'vragen', manier: 'knop', bladzijden: 4 },
  { kaart: 'vragen', manier: 'pagina', bladzijden: 4 },
  { kaart: 'vragen', manier: 'knop', attributen: { fase: 'voor' }, bladzijden: 2 },
  { kaart: 'vragen', manier: 'knop', attributen: { fase: 'tijdens' }, bladzijden: 3 },
  { kaart: 'vragen', manier: 'knop', attributen: { fase: 'na' }, bladzijden: 2 },
  { kaart: 'vragen', manier: 'knop', attributen: { markeerbaar: '', fase: 'tijdens' }, markeer: verspreid('vragen').slice(2, 4), bladzijden: 3 },
  { kaart: 'vragen', manier: 'browser', attributen: { 'toelichting-open': '', 'heading-level': '3' }, bladzijden: 4 },
  { kaart: 'vragen-beleid', manier: 'knop', bladzijden: 3 },
  { kaart: 'vragen-beleid', manier: 'pagina', attributen: { 'toelichting-open': '' }, bladzijden: 3 },
  { kaart: 'vragen-maatwerk', manier: 'knop', bladzijden: 5 },
  { kaart: 'vragen-maatwerk', manier: 'pagina', bladzijden: 4 },
  { kaart: 'vragen-maatwerk', manier: 'knop', attributen: { markeerbaar: '', 'heading-level': '4' }, markeer: verspreid('vragen-maatwerk'), bladzijden: 7 },
  { kaart: 'lessen', manier: 'knop', bladzijden: 3 },
  { kaart: 'lessen', manier: 'pagina', attributen: { 'heading-level': '1' }, bladzijden: 3 },
  { kaart: 'lessen', manier: 'browser', attributen: { markeerbaar: '', 'toelichting-open': '' }, markeer: verspreid('lessen'), bladzijden: 4 },
];

async function drukAf(geval: Geval): Promise<Afdruk> {
  const { tag } = kaartUitCatalogus(geval.kaart);
  const naam = naamVan(geval);
  if (geval.manier === 'pagina') {
    const parameters = new URLSearchParams({ tag, ...geval.attributen });
    return drukAfAlsPdf({ pagina: `/test/paginas/een-kaart.html?${parameters}`, naam });
  }
  const kaart = await kaartMet<MwKaartBase>(tag, geval.attributen);
  if (geval.markeer) {
    kaart.markeringen = geval.markeer.map((item, index) => ({ item, notitie: `Notitie ${index + 1} bij deze casus` }));
    await kaart.updateComplete;
  }
  if (geval.manier === 'knop') {
    // De knop zet de pagina klaar en roept print() aan; het afdrukken zelf doet Chromium hierna, met beforeprint.
    const origineel = window.print;
    window.print = () => undefined;
    try {
      await kiesUitMenu(kaart, 'Afdrukken');
      await waitUntil(() => kaart.hasAttribute('data-mw-afdrukken'), 'de knop zet de kaart niet klaar voor de printer');
    } finally {
      window.print = origineel;
    }
  }
  return drukAfAlsPdf({ naam });
}

/** De delen die de kaart toont: alle, of het ene dat het keuze-attribuut kiest. */
function getoondeDelen(geval: Geval, kaart: Kaart): Deel[] {
  const keuze = geval.attributen?.[kaartUitCatalogus(geval.kaart).attribuut];
  return kaart.delen.filter((deel) => !keuze || deel.sleutel === keuze);
}

/** Wat er mis is met de afdruk, als zinnen; leeg als alles goed is. */
function problemen(afdruk: Afdruk, geval: Geval): string[] {
  const kaart = kaartUitCatalogus(geval.kaart).inhoud;
  const fouten: string[] = [];
  const zoek = (tekst: string, vanaf?: Plek): Plek | undefined => {
    const plek = vind(afdruk, tekst, vanaf);
    if (!plek) fouten.push(`„${tekst}” staat niet in de afdruk${vanaf ? ` na „${vanaf.regel.tekst}”` : ''}`);
    return plek;
  };
  /** Wat op een kop volgt, begint onder de kop, op dezelfde bladzijde en in dezelfde kolom. */
  const samen = (kop: Plek | undefined, volgende: Plek | undefined) => {
    if (kop && volgende && !onderKop(kop, volgende)) {
      const waar = kop.bladzijde === volgende.bladzijde ? `onderaan een kolom op bladzijde ${kop.bladzijde}` : `onderaan bladzijde ${kop.bladzijde}`;
      fouten.push(`„${kop.regel.tekst}” ${waar}, „${volgende.regel.tekst}” op bladzijde ${volgende.bladzijde}`);
    }
  };

  const begin = [kaart.titel, kaart.vraag ?? '', kaart.geenAfvinklijst?.tekst ?? ''].map(sleutel).join('');
  if (!bladzijdeSleutel(afdruk.bladzijden[0]).startsWith(begin)) fouten.push('bladzijde 1 begint niet met de titel, de vraag en de stelling van de kaart');

  // De delen staan na de stelling (de tweede regel van de vraag kan met de titel van een deel beginnen).
  const kaartBegin = zoek(kaart.geenAfvinklijst?.tekst ?? kaart.vraag ?? kaart.titel);
  /** Twee koppen naast elkaar: op dezelfde bladzijde, op dezelfde hoogte, de tweede rechts van de eerste. */
  const naastElkaar = (links: Plek | undefined, rechts: Plek | undefined) => {
    if (links && rechts && !(links.bladzijde === rechts.bladzijde && Math.abs(links.regel.y - rechts.regel.y) < 1 && rechts.regel.x > links.regel.x + 100)) {
      fouten.push(`„${links.regel.tekst}” en „${rechts.regel.tekst}” staan niet naast elkaar`);
    }
  };
  const delen = getoondeDelen(geval, kaart);
  const deelPlekken: (Plek | undefined)[] = [];
  for (const deel of delen) {
    const deelPlek = zoek(deel.titel, kaartBegin);
    deelPlekken.push(deelPlek);
    const kantPlekken: (Plek | undefined)[] = [];
    const kanten = kaart.kanten
      ? kaart.kanten.map((kant) => ({ kant, groepen: deel.groepen.filter((groep) => groep.kant === kant.id) })).filter(({ groepen }) => groepen.length > 0)
      : [{ kant: undefined, groepen: deel.groepen }];
    for (const [index, { kant, groepen }] of kanten.entries()) {
      const kantPlek = kant ? zoek(kant.titel, deelPlek) : deelPlek;
      if (kant) kantPlekken.push(kantPlek);
      for (const [nummer, groep] of groepen.entries()) {
        const groepPlek = zoek(groep.titel, kantPlek);
        if (nummer === 0 && kant) samen(kantPlek, groepPlek);
        if (nummer === 0 && index === 0) samen(deelPlek, kant ? kantPlek : groepPlek);
        // Een groep breekt niet vóór haar tweede item: kop, eerste item en het begin van het tweede staan samen.
        for (const item of groep.items.slice(0, 2)) samen(groepPlek, zoek(item.tekst, groepPlek));
      }
    }
    // Vóór en tegen naast elkaar, zoals op de gedrukte kaart.
    if (kantPlekken.length === 2) naastElkaar(kantPlekken[0], kantPlekken[1]);
  }
  // Twee delen zonder kanten (de twee kanten van de Signalenkaart) naast elkaar.
  if (delen.length === 2 && !kaart.kanten) naastElkaar(deelPlekken[0], deelPlekken[1]);

  if (geval.markeer) {
    const overzicht = zoek(nl.overzicht);
    const gemarkeerd = new Set(geval.markeer);
    let eerste = true;
    for (const deel of kaart.delen) {
      const groepen = deel.groepen.filter((groep) => groep.items.some((item) => gemarkeerd.has(item.id)));
      if (groepen.length === 0) continue;
      const deelPlek = zoek(nl.deelNaam(deel), overzicht);
      if (eerste) samen(overzicht, deelPlek);
      eerste = false;
      const kanten = kaart.kanten ? kaart.kanten.map((kant) => ({ kant, groepen: groepen.filter((groep) => groep.kant === kant.id) })) : [{ kant: undefined, groepen }];
      for (const [index, { kant, groepen: vanKant }] of kanten.entries()) {
        const kantPlek = kant ? zoek(kant.titel, deelPlek) : deelPlek;
        const items = vanKant.flatMap((groep) => groep.items).filter((item) => gemarkeerd.has(item.id));
        const eersteItem = zoek(items[0]?.tekst ?? nl.nietsAanDezeKant, kantPlek);
        samen(kantPlek, eersteItem);
        if (index === 0) samen(deelPlek, kant ? kantPlek : eersteItem);
      }
    }
  }

  const toelichting = zoek(nl.toelichting);
  samen(toelichting, zoek((kaart.doel?.[0]?.tekst ?? kaart.toelichting[0]), toelichting));

  const voet = sleutel([nl.bron(kaart.bron), nl.afgedruktOp(new Date())].join(''));
  for (const [index, bladzijde] of afdruk.bladzijden.entries()) {
    if (bladzijde.regels.every((regel) => voet.includes(sleutel(regel.tekst)))) fouten.push(`bladzijde ${index + 1} heeft alleen de bron en de datum`);
  }
  return fouten;
}

describeAlleenChromium('afdrukken naar PDF', () => {
  afterEach(() => window.dispatchEvent(new Event('afterprint')));

  it('kent elke kaart', () => {
    expect([...new Set(GEVALLEN.map((geval) => geval.kaart))]).to.deep.equal(catalogus.map((kaart) => kaart.id));
  });

  for (const geval of GEVALLEN) {
    it(`${naamVan(geval)}: ${geval.bladzijden} bladzijden, de kaart eerst, geen kop onderaan, geen groep gesplitst`, async () => {
      const afdruk = await drukAf(geval);
      expect(problemen(afdruk, geval)).to.deep.equal([]);
      expect(afdruk.bladzijden.length, 'bladzijden').to.equal(geval.bladzijden);
    });
  }
});
