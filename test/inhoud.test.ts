import { expect } from '@open-wc/testing';
import kaartschemaJson from '../content/kaart.schema.json';
import { kaartschemaAlsJson } from '../scripts/kaartschema-als-json.js';
import { valideerKaart } from '../src/inhoud/kaart.schema.js';
import type { Kaart } from '../src/inhoud/kaart.js';
import { alleItems, kaarten } from './helpers/kaarten.js';

/** De tekst van het boek, zoals in ../shared/bron; een kopie staat in test/bron. */
let boek = '';
before(async () => {
  boek = await (await fetch('/test/bron/denkhulp-maatwerk.txt')).text();
});

/** Witruimte samengevoegd en de bekende extractiefout in de pdf-tekst hersteld. */
const regelsVanBoek = () =>
  boek
    .split('\n')
    .map((regel) => regel.replace('zelfb eeld', 'zelfbeeld').replace(/\s+/g, ' ').trim())
    .map((regel) => regel.replace(/Wat zijn de$/, ''));

/** Voor lopende tekst over meerdere regels: zonder witruimte en afbreekstreepjes. */
const zonderAfbreking = (tekst: string) => tekst.replace(/[\s\-\u00ad]/g, '');

const gedrukteTekst = (kaart: Kaart, itemId: string, tekst: string): string => {
  const erratum = kaart.errata?.find((e) => e.item === itemId);
  return erratum ? tekst.replace(erratum.verbeterd, erratum.gedrukt) : tekst;
};

describe('inhoud van de kaarten', () => {
  it('telt samen 244 items, zoals in het boek', () => {
    expect(kaarten.reduce((som, k) => som + alleItems(k.inhoud).length, 0)).to.equal(244);
  });

  it('heeft per kaart het aantal delen, groepen en items uit het boek', () => {
    const telling = Object.fromEntries(
      kaarten.map(({ inhoud }) => [
        inhoud.id,
        [inhoud.delen.length, inhoud.delen.flatMap((d) => d.groepen).length, alleItems(inhoud).length],
      ]),
    );
    expect(telling).to.deep.equal({
      signalen: [2, 8, 38],
      argumenten: [5, 21, 55],
      vragen: [3, 10, 47],
      'vragen-beleid': [5, 6, 23],
      'vragen-maatwerk': [7, 10, 45],
      lessen: [3, 7, 36],
    });
  });

  it('heeft de delen van elke kaart in de volgorde van het boek', () => {
    const delen = Object.fromEntries(kaarten.map(({ inhoud }) => [inhoud.id, inhoud.delen.map((d) => d.titel)]));
    expect(delen.signalen).to.deep.equal(['Signalen van inwoner', 'Signalen bij uitvoerder']);
    expect(delen.argumenten).to.deep.equal(['Welzijn', 'Bestuur', 'Uitvoering', 'Financiën', 'Principes']);
    expect(delen.vragen).to.deep.equal(['Vóór het toepassen', 'Tijdens het toepassen', 'Na het toepassen']);
    expect(delen['vragen-beleid']).to.deep.equal(['Huidige situatie', 'Gewenste situatie', 'Opties', 'Argumenten', 'Keuze']);
    expect(delen['vragen-maatwerk']).to.deep.equal([
      'Huidige situatie',
      'Gewenste situatie',
      'Opties',
      'Argumenten',
      'Keuze',
      'Uitvoering',
      'Evaluatie',
    ]);
    expect(delen.lessen).to.deep.equal(['Beleidsmakers', 'Bestuurders', 'Uitvoerders']);
  });

  it('zet op de Argumentenkaart 28 argumenten vóór en 27 tegen maatwerk', () => {
    const argumenten = kaarten.find((k) => k.inhoud.id === 'argumenten')!.inhoud;
    const perKant = (kant: string) =>
      argumenten.delen.flatMap((d) => d.groepen.filter((g) => g.kant === kant)).flatMap((g) => g.items).length;
    expect([perKant('voor'), perKant('tegen')]).to.deep.equal([28, 27]);
  });

  for (const { inhoud } of kaarten) {
    describe(`${inhoud.titel} (content/${inhoud.id}.json)`, () => {
      it('voldoet aan het kaartschema', () => {
        const uitkomst = valideerKaart(inhoud);
        expect(uitkomst.geldig ? [] : uitkomst.fouten).to.deep.equal([]);
      });

      it('neemt elk item en elke groepstitel letterlijk over uit het boek', () => {
        const regels = new Set(regelsVanBoek());
        const ontbrekend = [
          ...inhoud.delen.flatMap((d) => d.groepen.map((g) => g.titel)),
          ...inhoud.delen.flatMap((d) => d.groepen.flatMap((g) => g.items.map((i) => gedrukteTekst(inhoud, i.id, i.tekst)))),
        ].filter((zin) => !regels.has(zin));
        expect(ontbrekend).to.deep.equal([]);
      });

      it('neemt de centrale vraag, de toelichting en de zin over de afvinklijst letterlijk over', () => {
        const doorlopend = zonderAfbreking(boek.replace(/³/g, ''));
        const passages = [
          inhoud.vraag!,
          ...inhoud.toelichting.map((alinea) => alinea.replace(/³/g, '')),
          ...(inhoud.doel ?? []).map((p) => p.tekst),
          inhoud.geenAfvinklijst!.tekst,
        ];
        expect(passages.filter((passage) => !doorlopend.includes(zonderAfbreking(passage)))).to.deep.equal([]);
      });

      it('vermeldt titel, uitgever, jaar en pagina van de bron', () => {
        expect(inhoud.bron).to.include({ titel: 'Helder denken over maatwerk', uitgever: 'De Argumentenfabriek', jaar: 2022 });
        expect(inhoud.bron.pagina).to.match(/^\d+–\d+$/);
      });
    });
  }

  it('geeft elk id één keer, over alle kaarten heen', () => {
    const ids = kaarten.flatMap(({ inhoud }) => [
      inhoud.id,
      ...inhoud.delen.flatMap((d) => [d.id, ...d.groepen.flatMap((g) => [g.id, ...g.items.map((i) => i.id)])]),
    ]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).to.deep.equal([]);
  });

  it('documenteert de correctie van ‘ongelijke ongevallen’ en houdt de gedrukte tekst terug te vinden', () => {
    const argumenten = kaarten.find((k) => k.inhoud.id === 'argumenten')!.inhoud;
    const [erratum] = argumenten.errata!;
    expect(erratum).to.include({ item: 'argumenten-rechtvaardig-4', gedrukt: 'ongelijke ongevallen', verbeterd: 'ongelijke gevallen' });
    const item = alleItems(argumenten).find((i) => i.id === erratum.item)!;
    expect(item.tekst).to.contain('gelijke uitkomsten in ongelijke gevallen');
    expect(boek).to.contain('gelijke uitkomsten in ongelijke ongevallen');
  });
});

describe('kaartschema', () => {
  it('staat als JSON Schema bij in content/kaart.schema.json (npm run schema)', () => {
    expect(kaartschemaJson).to.deep.equal(kaartschemaAlsJson());
  });

  const geldig = kaarten[0].inhoud;
  const kopie = (): Kaart => JSON.parse(JSON.stringify(geldig)) as Kaart;

  it('noemt het veld dat ontbreekt', () => {
    const kaart = kopie() as Partial<Kaart>;
    delete kaart.titel;
    const uitkomst = valideerKaart(kaart);
    expect(uitkomst.geldig).to.equal(false);
    expect(uitkomst.geldig ? [] : uitkomst.fouten.join('\n')).to.contain('titel');
  });

  it('noemt het pad van een leeg item', () => {
    const kaart = kopie();
    kaart.delen[1].groepen[2].items[0].tekst = '  ';
    const uitkomst = valideerKaart(kaart);
    expect(uitkomst.geldig ? [] : uitkomst.fouten).to.deep.equal(['delen.1.groepen.2.items.0.tekst: mag niet leeg zijn']);
  });

  it('weigert dubbele ids en onbekende velden', () => {
    const kaart = kopie() as Kaart & { kleur?: string };
    kaart.delen[0].groepen[1].items[0].id = kaart.delen[0].groepen[0].items[0].id;
    kaart.kleur = 'rood';
    const uitkomst = valideerKaart(kaart);
    const fouten = uitkomst.geldig ? '' : uitkomst.fouten.join('\n');
    expect(fouten).to.contain('kleur');
    const zonderOnbekendVeld = kopie();
    zonderOnbekendVeld.delen[0].groepen[1].items[0].id = zonderOnbekendVeld.delen[0].groepen[0].items[0].id;
    const tweede = valideerKaart(zonderOnbekendVeld);
    expect(tweede.geldig ? '' : tweede.fouten.join('\n')).to.contain(`dubbele ids: ${geldig.delen[0].groepen[0].items[0].id}`);
  });

  it('eist bij kanten dat elke groep een bekende kant heeft', () => {
    const argumenten = JSON.parse(JSON.stringify(kaarten[1].inhoud)) as Kaart;
    argumenten.delen[0].groepen[0].kant = 'misschien';
    const uitkomst = valideerKaart(argumenten);
    expect(uitkomst.geldig ? '' : uitkomst.fouten.join('\n')).to.contain('argumenten-schrijnende-problemen');
  });
});
