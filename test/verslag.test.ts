import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import * as v from 'valibot';
import '../src/index.js';
import type { MwKaartBase } from '../src/base/kaart-base.js';
import type { MwDenkhulp } from '../src/denkhulp/denkhulp.js';
import type { Verslag } from '../src/verslag/verslag-model.js';
import type { MwVerslag } from '../src/verslag/verslag.js';
import { VerslagSchema } from '../src/verslag/verslag.schema.js';
import { verslagAlsTekst } from '../src/verslag/verslag-tekst.js';
import { verslagTeksten } from '../src/verslag/verslag.teksten.js';
import { bewaakConsole } from './helpers/console.js';
import { exotischeWaarden } from './helpers/exotisch.js';
import { markeer } from './helpers/markeren.js';
import { zonderSporen } from './helpers/sporen.js';
import { alle, een, schaduw, tekstVan } from './helpers/dom.js';
import { kaarten } from './helpers/kaarten.js';
import { druk, leesKlembord, staKlembordToe, toetsen, typ } from './helpers/toetsenbord.js';

/** De tekst van een item uit content/, zoals het boek het zegt. */
const tekstVanItem = (kaart: string, item: string): string =>
  kaarten.find((k) => k.id === kaart)!.inhoud.delen.flatMap((d) => d.groepen.flatMap((g) => g.items)).find((i) => i.id === item)!.tekst;

const vandaag = (): string => verslagTeksten('nl').datum(new Date());


/** Typt in het veld Afweging van een verslag. */
async function typAfweging(verslag: MwVerslag, tekst: string): Promise<void> {
  (een(verslag, '#_afweging') as HTMLTextAreaElement).focus();
  await typ(tekst);
  await verslag.updateComplete;
}

/** Per rij van de samenvattingslijst: [deel (en kant), zin met notitie], zoals een lezer ze ziet. */
const rijen = (verslag: Element): [string, string][] =>
  alle(verslag, '.samenvatting .rij').map((rij) => [tekstVan(rij.querySelector('dt')), tekstVan(rij.querySelector('dd'))]);

const kaartTitels = (verslag: Element): string[] => alle(verslag, '.verslag-kaart .kaart-titel').map(tekstVan);

const knop = (element: Element, tekst: string): HTMLButtonElement => {
  const gevonden = alle(element, 'button').find((k) => tekstVan(k) === tekst);
  if (!gevonden) throw new Error(`geen knop „${tekst}” in <${element.localName}>`);
  return gevonden as HTMLButtonElement;
};

interface Pagina {
  signalen: MwKaartBase;
  argumenten: MwKaartBase;
  verslag: MwVerslag;
}

async function pagina(): Promise<Pagina> {
  const houder = await fixture<HTMLElement>(html`<div>
    <mw-signalen-kaart markeerbaar></mw-signalen-kaart>
    <mw-argumenten-kaart markeerbaar></mw-argumenten-kaart>
    <mw-verslag></mw-verslag>
  </div>`);
  const [signalen, argumenten] = [...houder.querySelectorAll<MwKaartBase>('mw-signalen-kaart, mw-argumenten-kaart')];
  const verslag = houder.querySelector('mw-verslag')!;
  await Promise.all([signalen.updateComplete, argumenten.updateComplete, verslag.updateComplete]);
  return { signalen, argumenten, verslag };
}


const S = 'signalen-bijzondere-vraag-1';
const A_VOOR = 'argumenten-schrijnende-problemen-1';
const A_TEGEN = 'argumenten-teleurstellingen-1';
const V = 'vragen-aanleiding-1';

/** Een verslag zoals een zaaksysteem het bewaard kan hebben: twee kaarten en een afweging. */
const bewaard = (): Verslag => ({
  versie: 1,
  datum: '2026-12-01',
  kaarten: [
    { kaart: 'signalen', titel: 'Signalenkaart', markeringen: [{ item: S, notitie: 'spoed, huur' } as never] },
    { kaart: 'argumenten', titel: 'Argumentenkaart', markeringen: [{ item: A_VOOR, notitie: '' } as never, { item: A_TEGEN, notitie: 'wachttijd' } as never] },
  ],
  afweging: 'Maatwerk: de huurachterstand eerst.\nTeamoverleg 3 december.',
});

const ingedrukt = (kaart: Element, item: string): string | null => een(kaart, `#${item} .markeer-knop`).getAttribute('aria-pressed');

/** Vangt `mw-verslag` en `mw-markering` op het document. */
function vang(): { verslagen: Verslag[]; markeringen: number; stop: () => void } {
  const uit = { verslagen: [] as Verslag[], markeringen: 0, stop: () => {} };
  const opVerslag = (e: CustomEvent<Verslag>) => uit.verslagen.push(e.detail);
  const opMarkering = () => (uit.markeringen += 1);
  document.addEventListener('mw-verslag', opVerslag);
  document.addEventListener('mw-markering', opMarkering);
  uit.stop = () => {
    document.removeEventListener('mw-verslag', opVerslag);
    document.removeEventListener('mw-markering', opMarkering);
  };
  return uit;
}

/** Plakt het klembord in een bewerkbaar blok, zoals in Word of de editor van een dossier, en geeft dat blok. */
async function plakOpgemaakt(): Promise<HTMLElement> {
  const blok = document.createElement('div');
  blok.contentEditable = 'true';
  blok.setAttribute('aria-label', 'plakken');
  document.body.append(blok);
  blok.focus();
  await toetsen(['Control', 'v']);
  await waitUntil(() => blok.childNodes.length > 0, 'er is niets geplakt');
  return blok;
}

describe('<mw-verslag>', () => {
  const log = bewaakConsole();
  let gevangen: ReturnType<typeof vang>;
  beforeEach(() => {
    gevangen = vang();
  });
  afterEach(() => gevangen.stop());

  it('is leeg een verslag met titel, datum, „Nog niets gemarkeerd.”, de afweging en de zin dat de kaarten géén afvinklijst zijn', async () => {
    const { verslag } = await pagina();
    expect(tekstVan(een(verslag, '.titel'))).to.equal('Verslag');
    expect(tekstVan(een(verslag, '.datum'))).to.equal(vandaag());
    expect(tekstVan(een(verslag, '.leeg'))).to.equal('Nog niets gemarkeerd.');
    expect(tekstVan(een(verslag, '.geen-afvinklijst'))).to.equal(kaarten.find((k) => k.id === 'vragen')!.inhoud.geenAfvinklijst!.tekst);
    expect(alle(verslag, '.samenvatting')).to.have.length(0);
    expect(een(verslag, 'section').getAttribute('aria-labelledby')).to.equal('_titel');
    await expect(verslag).to.be.accessible();
    expect(log.waarschuwingen).to.deep.equal([]);
  });

  it('verzamelt markeringen van twee kaarten met een afweging: rijen, tekst, HTML en JSON in de volgorde van het boek', async () => {
    await staKlembordToe();
    const { signalen, argumenten, verslag } = await pagina();
    // Eerst de Argumentenkaart, dan de Signalenkaart: het verslag volgt het boek, niet de volgorde van klikken.
    await markeer(argumenten, A_TEGEN, 'wachttijd');
    await markeer(argumenten, A_VOOR);
    await markeer(signalen, S, 'spoed, huur');
    await verslag.updateComplete;
    await typAfweging(verslag, 'Maatwerk: de huurachterstand eerst.');

    expect(kaartTitels(verslag)).to.deep.equal(['Signalenkaart', 'Argumentenkaart']);
    expect(rijen(verslag)).to.deep.equal([
      ['Signalen van inwoner', `${tekstVanItem('signalen', S)} Notitie: spoed, huur`],
      ['Welzijn, Argumenten voor maatwerk', tekstVanItem('argumenten', A_VOOR)],
      ['Welzijn, Argumenten tegen maatwerk', `${tekstVanItem('argumenten', A_TEGEN)} Notitie: wachttijd`],
    ]);

    // JSON: elke wijziging door de gebruiker gaf het hele verslag, met versie; het laatste klopt met het schema.
    const laatste = gevangen.verslagen.at(-1)!;
    expect(v.safeParse(VerslagSchema, laatste).success, JSON.stringify(v.safeParse(VerslagSchema, laatste).issues)).to.equal(true);
    expect(laatste.versie).to.equal(1);
    expect(laatste.afweging).to.equal('Maatwerk: de huurachterstand eerst.');
    expect(laatste.kaarten.map((k) => [k.kaart, k.markeringen.map((m) => [m.item, m.kant ?? '', m.notitie])])).to.deep.equal([
      ['signalen', [[S, '', 'spoed, huur']]],
      ['argumenten', [[A_VOOR, 'voor', ''], [A_TEGEN, 'tegen', 'wachttijd']]],
    ]);
    expect(gevangen.verslagen.length, 'een mw-verslag per wijziging').to.equal(gevangen.markeringen + 'Maatwerk: de huurachterstand eerst.'.length);
    expect(verslag.verslag).to.deep.equal(laatste);

    // Platte tekst.
    knop(verslag, 'Kopieer als tekst').focus();
    await druk('Enter');
    await waitUntil(() => een(verslag, '#_kopieer-tekst').getAttribute('data-gekopieerd') === 'Verslag gekopieerd.', 'geen bevestiging na kopiëren');
    const verwacht = [
      'Verslag',
      vandaag(),
      '',
      'Signalenkaart',
      'Signalen van inwoner',
      `- ${tekstVanItem('signalen', S)}`,
      '  Notitie: spoed, huur',
      '',
      'Argumentenkaart',
      'Welzijn',
      'Argumenten voor maatwerk:',
      `- ${tekstVanItem('argumenten', A_VOOR)}`,
      'Argumenten tegen maatwerk:',
      `- ${tekstVanItem('argumenten', A_TEGEN)}`,
      '  Notitie: wachttijd',
      '',
      'Afweging',
      'Maatwerk: de huurachterstand eerst.',
      '',
      kaarten.find((k) => k.id === 'vragen')!.inhoud.geenAfvinklijst!.tekst,
      'Bron: De Argumentenfabriek, Helder denken over maatwerk (2022), in opdracht van ICTU en het ministerie van BZK.',
      '',
    ].join('\n');
    expect((await leesKlembord()).replace(/\r\n/g, '\n')).to.equal(verwacht);

    // Opgemaakte tekst: koppen en lijsten, geplakt zoals in Word of een dossiereditor.
    knop(verslag, 'Kopieer met opmaak').focus();
    await druk('Enter');
    await waitUntil(() => een(verslag, '#_kopieer-opmaak').hasAttribute('data-gekopieerd'), 'geen bevestiging na kopiëren met opmaak');
    const blok = await plakOpgemaakt();
    try {
      expect([...blok.querySelectorAll('h2, h3, h4')].map((k) => `${k.localName} ${tekstVan(k)}`)).to.deep.equal([
        'h2 Verslag',
        'h3 Signalenkaart',
        'h4 Signalen van inwoner',
        'h3 Argumentenkaart',
        'h4 Welzijn',
        'h3 Afweging',
      ]);
      expect([...blok.querySelectorAll('li')].map(tekstVan)).to.deep.equal([
        `${tekstVanItem('signalen', S)}Notitie: spoed, huur`,
        tekstVanItem('argumenten', A_VOOR),
        `${tekstVanItem('argumenten', A_TEGEN)}Notitie: wachttijd`,
      ]);
      expect(blok.querySelectorAll('ul')).to.have.length(3);
    } finally {
      blok.remove();
    }

    // Niets telt of weegt, en wat niet gemarkeerd is, staat er niet.
    const alles = `${tekstVan(schaduw(verslag).querySelector('section'))}\n${verwacht}`;
    expect(alles).not.to.match(/\d+\s*(van|of|\/)\s*\d+|%|✓|☐|☑|score|punten/i);
    expect(alles).not.to.include(tekstVanItem('argumenten', 'argumenten-grip-1'));
    await expect(verslag).to.be.accessible();
    expect(log.waarschuwingen).to.deep.equal([]);
  });

  it('zet een bewaard verslag in één keer terug op elke kaart en in de afweging, zonder gebeurtenis', async () => {
    const { signalen, argumenten, verslag } = await pagina();
    await markeer(signalen, 'signalen-dossier-1', 'weg na terugzetten');
    gevangen.verslagen.length = 0;
    gevangen.markeringen = 0;

    verslag.verslag = bewaard();
    await Promise.all([signalen.updateComplete, argumenten.updateComplete, verslag.updateComplete]);

    expect(gevangen.verslagen, 'geen mw-verslag bij toewijzen').to.deep.equal([]);
    expect(gevangen.markeringen, 'geen mw-markering bij toewijzen').to.equal(0);
    expect(ingedrukt(signalen, S)).to.equal('true');
    expect(ingedrukt(signalen, 'signalen-dossier-1'), 'de vorige stand is weg').to.equal('false');
    expect((een(signalen, `#_notitie-${S}`) as HTMLTextAreaElement).value).to.equal('spoed, huur');
    expect(ingedrukt(argumenten, A_VOOR)).to.equal('true');
    expect((een(argumenten, `#_notitie-${A_TEGEN}`) as HTMLTextAreaElement).value).to.equal('wachttijd');
    expect((een(verslag, '#_afweging') as HTMLTextAreaElement).value).to.equal(bewaard().afweging);
    expect(kaartTitels(verslag)).to.deep.equal(['Signalenkaart', 'Argumentenkaart']);
    const terug = verslag.verslag;
    expect(terug.afweging).to.equal(bewaard().afweging);
    expect(terug.kaarten.map((k) => k.markeringen.map((m) => [m.item, m.notitie]))).to.deep.equal([[[S, 'spoed, huur']], [[A_VOOR, ''], [A_TEGEN, 'wachttijd']]]);
    expect(alle(verslag, '.melding')).to.have.length(0);
    expect(log.waarschuwingen).to.deep.equal([]);

    // En een leeg verslag maakt alles leeg.
    verslag.verslag = { versie: 1, datum: '2026-12-02', kaarten: [], afweging: '' };
    await Promise.all([signalen.updateComplete, argumenten.updateComplete, verslag.updateComplete]);
    expect(signalen.markeringen).to.deep.equal([]);
    expect(argumenten.markeringen).to.deep.equal([]);
    expect(tekstVan(een(verslag, '.leeg'))).to.equal('Nog niets gemarkeerd.');

    // Geen verslag (null of undefined, zoals een nieuwe casus zonder bewaard verslag) is ook leeg, zonder melding.
    for (const niets of [null, undefined]) {
      verslag.verslag = bewaard();
      await verslag.updateComplete;
      verslag.verslag = niets as never;
      await Promise.all([signalen.updateComplete, argumenten.updateComplete, verslag.updateComplete]);
      expect(signalen.markeringen, String(niets)).to.deep.equal([]);
      expect((een(verslag, '#_afweging') as HTMLTextAreaElement).value).to.equal('');
      expect(alle(verslag, '.melding')).to.have.length(0);
    }
    expect(log.waarschuwingen).to.deep.equal([]);
  });

  const reus = 'x'.repeat(3_000_000);
  const vijandig: { naam: string; invoer: () => unknown; melding: RegExp; blijft?: [string, string][]; afweging?: string }[] = [
    { naam: 'geen object', invoer: () => 'verslag', melding: /geen verslag; er is niets teruggezet/ },
    {
      naam: 'een Proxy die gooit',
      invoer: () =>
        new Proxy(
          {},
          {
            get() {
              throw new Error('au');
            },
            has() {
              throw new Error('au');
            },
          },
        ),
      melding: /geen verslag/,
    },
    {
      naam: 'onbekende ids',
      invoer: () => ({
        ...bewaard(),
        kaarten: [...bewaard().kaarten, { kaart: 'communicatie', titel: 'x', markeringen: [] }, { kaart: 'signalen', titel: '', markeringen: [{ item: 'signalen-bestaat-niet-9', notitie: 'x' }] }],
      }),
      melding: /Onbekend, overgeslagen: communicatie, signalen-bestaat-niet-9/,
      blijft: [[S, 'spoed, huur'], [A_VOOR, ''], [A_TEGEN, 'wachttijd']],
      afweging: bewaard().afweging,
    },
    {
      naam: 'een andere versie',
      invoer: () => ({ ...bewaard(), versie: 2 }),
      melding: /Versie ‘2’ in plaats van 1: wat herkenbaar was, is terug/,
      blijft: [[S, 'spoed, huur'], [A_VOOR, ''], [A_TEGEN, 'wachttijd']],
      afweging: bewaard().afweging,
    },
    {
      naam: 'ontbrekende velden',
      invoer: () => ({ kaarten: [{ kaart: 'signalen', markeringen: [{ notitie: 'zonder item' }, { item: S }] }, { markeringen: [] }] }),
      melding: /Ontbreekt of klopt niet: versie, datum, afweging, kaarten\.1\. Onbekend, overgeslagen: \{"notitie":"zonder item"\}\./,
      blijft: [[S, '']],
      afweging: '',
    },
    {
      naam: 'verkeerde soorten',
      invoer: () => ({ ...bewaard(), datum: 5, afweging: { tekst: 'x' }, kaarten: [{ kaart: 'argumenten', markeringen: [{ item: A_VOOR, notitie: 7 }, 'x'] }, 'y'] }),
      melding: /Ontbreekt of klopt niet: datum, afweging, kaarten\.0\.markeringen\.0\.notitie, kaarten\.1\. Onbekend, overgeslagen: x\./,
      blijft: [[A_VOOR, '']],
      afweging: '',
    },
    {
      naam: 'notities en een afweging die geen tekst zijn',
      invoer: () => ({
        ...bewaard(),
        afweging: null,
        kaarten: [
          {
            kaart: 'signalen',
            titel: 'Signalenkaart',
            markeringen: [{ item: S, notitie: 12 }, { item: 'signalen-dossier-1', notitie: { tekst: 'x' } }, { item: 'signalen-dossier-2', notitie: null }, 'signalen-dossier-3'],
          },
          { kaart: 'argumenten', titel: 'Argumentenkaart', markeringen: [{ item: A_VOOR, notitie: ['lijst'] }, { item: A_TEGEN, notitie: 'wachttijd' }] },
        ],
      }),
      melding:
        /Ontbreekt of klopt niet: afweging, kaarten\.0\.markeringen\.0\.notitie, kaarten\.0\.markeringen\.1\.notitie, kaarten\.0\.markeringen\.2\.notitie, kaarten\.1\.markeringen\.0\.notitie\.$/,
      blijft: [[S, ''], ['signalen-dossier-1', ''], ['signalen-dossier-2', ''], ['signalen-dossier-3', ''], [A_VOOR, ''], [A_TEGEN, 'wachttijd']],
      afweging: '',
    },
    {
      naam: 'reusachtige notities',
      invoer: () => ({ ...bewaard(), afweging: reus, kaarten: [{ kaart: 'signalen', titel: '', markeringen: [{ item: S, notitie: reus }] }] }),
      melding: /Ingekort tot 20000 tekens: afweging, signalen-bijzondere-vraag-1\./,
      blijft: [[S, 'x'.repeat(20_000)]],
      afweging: 'x'.repeat(20_000),
    },
    {
      naam: 'opmaak in de tekst',
      invoer: () => ({
        ...bewaard(),
        afweging: '<img src=x onerror="window.__geinjecteerd=1"><b>vet</b>',
        kaarten: [{ kaart: 'signalen', titel: '<script>', markeringen: [{ item: S, notitie: '<a href="javascript:alert(1)">klik</a>' }] }],
      }),
      melding: /HTML in de tekst staat er als gewone tekst/,
      blijft: [[S, '<a href="javascript:alert(1)">klik</a>']],
      afweging: '<img src=x onerror="window.__geinjecteerd=1"><b>vet</b>',
    },
  ];

  for (const geval of vijandig) {
    it(`vijandig verslag (${geval.naam}): een duidelijke melding, één waarschuwing, niets gegooid of ingevoegd, het geldige blijft`, async () => {
      const { signalen, argumenten, verslag } = await pagina();
      expect(() => (verslag.verslag = geval.invoer())).not.to.throw();
      await Promise.all([signalen.updateComplete, argumenten.updateComplete, verslag.updateComplete]);
      const meldingen = alle(verslag, '.melding').map(tekstVan);
      expect(meldingen).to.have.length(1);
      expect(meldingen[0]).to.match(/^Niet alles uit het verslag kon terug\.|^Dit is geen verslag/);
      expect(meldingen[0]).to.match(geval.melding);
      expect(log.waarschuwingen, 'precies één waarschuwing').to.have.length(1);
      expect(log.waarschuwingen[0]).to.include(meldingen[0]);
      expect(log.fouten).to.deep.equal([]);
      const terug = verslag.verslag;
      expect(terug.kaarten.flatMap((k) => k.markeringen.map((m) => [m.item, m.notitie]))).to.deep.equal(geval.blijft ?? []);
      expect(terug.afweging).to.equal(geval.afweging ?? '');
      expect((een(verslag, '#_afweging') as HTMLTextAreaElement).value).to.equal(geval.afweging ?? '');
      // Niets ingevoegd: geen elementen uit de tekst, in het verslag of op de kaart.
      for (const element of [verslag, signalen]) expect(alle(element, 'img, b, a, script')).to.have.length(0);
      expect((window as { __geinjecteerd?: number }).__geinjecteerd).to.equal(undefined);
      if (geval.naam === 'opmaak in de tekst') expect(tekstVan(een(verslag, '.afweging-afdruk'))).to.equal(geval.afweging);
      await expect(verslag).to.be.accessible();
      // Nog een keer terugzetten: geen tweede waarschuwing voor dezelfde melding.
      verslag.verslag = geval.invoer();
      await verslag.updateComplete;
      expect(log.waarschuwingen).to.have.length(1);
    });
  }

  it('werkt bij zodra er gemarkeerd wordt, en zegt dat één keer beleefd, niet bij elke klik', async () => {
    const { signalen, verslag } = await pagina();
    const status = een(verslag, '.aankondiging');
    expect(status.getAttribute('role')).to.equal('status');
    await markeer(signalen, S);
    await verslag.updateComplete;
    expect(rijen(verslag).map(([, zin]) => zin)).to.deep.equal([tekstVanItem('signalen', S)]);
    await markeer(signalen, 'signalen-dossier-1');
    await markeer(signalen, S);
    await verslag.updateComplete;
    expect(rijen(verslag).map(([, zin]) => zin)).to.deep.equal([tekstVanItem('signalen', 'signalen-dossier-1')]);
    expect(tekstVan(status), 'nog niets gezegd tijdens het markeren').to.equal('');
    const gezegd: string[] = [];
    const waarnemer = new MutationObserver(() => tekstVan(status) && gezegd.push(tekstVan(status)));
    waarnemer.observe(status, { childList: true, characterData: true, subtree: true });
    await waitUntil(() => tekstVan(status) === 'Verslag bijgewerkt.', 'het verslag zegt niet dat het bijgewerkt is', { timeout: 4000 });
    await new Promise((klaar) => setTimeout(klaar, 300));
    waarnemer.disconnect();
    expect(gezegd).to.deep.equal(['Verslag bijgewerkt.']);
  });

  it('volgt met voor alleen de kaarten in dat element', async () => {
    const houder = await fixture<HTMLElement>(html`<div>
      <section id="casus-a"><mw-signalen-kaart markeerbaar></mw-signalen-kaart></section>
      <section id="casus-b"><mw-argumenten-kaart markeerbaar></mw-argumenten-kaart></section>
      <mw-verslag voor="casus-b"></mw-verslag>
      <mw-verslag voor="bestaat-niet" lang="en"></mw-verslag>
    </div>`);
    const signalen = houder.querySelector<MwKaartBase>('mw-signalen-kaart')!;
    const argumenten = houder.querySelector<MwKaartBase>('mw-argumenten-kaart')!;
    const [verslag, zonder] = [...houder.querySelectorAll('mw-verslag')];
    await Promise.all([signalen.updateComplete, argumenten.updateComplete, verslag.updateComplete, zonder.updateComplete]);
    await markeer(signalen, S);
    await markeer(argumenten, A_VOOR);
    await verslag.updateComplete;
    expect(kaartTitels(verslag)).to.deep.equal(['Argumentenkaart']);
    expect(kaartTitels(zonder)).to.deep.equal([]);
    expect(alle(zonder, '.melding').map(tekstVan)).to.deep.equal(['There is no element with id ‘bestaat-niet’ (voor).']);
    expect(tekstVan(een(zonder, '.titel'))).to.equal('Record');
    expect(log.waarschuwingen).to.have.length(1);
  });

  for (const { naam, waarde, tekst } of exotischeWaarden) {
    it(`voor als eigenschap met ${naam}: één melding, één waarschuwing, het verslag blijft staan, niets gegooid`, async () => {
      const { signalen, verslag } = await pagina();
      (verslag as unknown as { voor: unknown }).voor = waarde();
      await verslag.updateComplete;
      expect(alle(verslag, '.melding').map(tekstVan)).to.deep.equal([`Er is geen element met id ‘${tekst}’ (voor).`]);
      expect(tekstVan(een(verslag, '.titel'))).to.equal('Verslag');
      await markeer(signalen, 'signalen-dossier-1');
      await verslag.updateComplete;
      expect(kaartTitels(verslag), 'zonder bereik hoort het niets').to.deep.equal([]);
      expect(() => (verslag.verslag = bewaard())).not.to.throw();
      await Promise.all([verslag.updateComplete, signalen.updateComplete]);
      expect([ingedrukt(signalen, 'signalen-dossier-1'), ingedrukt(signalen, S)], 'zonder bereik blijft de kaart zoals ze was').to.deep.equal(['true', 'false']);
      expect(log.waarschuwingen).to.have.length(1);
      expect(log.fouten).to.deep.equal([]);
      await expect(verslag).to.be.accessible();
    });
  }

  describe('een verslag op de pagina met de kaarten in een <mw-denkhulp>', () => {
    const tabVan = (denkhulp: MwDenkhulp, naam: string) => alle(denkhulp, '[role="tab"]').find((t) => tekstVan(t) === naam) as HTMLButtonElement;
    const getoondIn = (denkhulp: MwDenkhulp) => alle(denkhulp, '[role="tabpanel"]').find((p) => !p.hasAttribute('hidden'))!.firstElementChild as MwKaartBase;
    async function kiesTab(denkhulp: MwDenkhulp, naam: string): Promise<MwKaartBase> {
      tabVan(denkhulp, naam).click();
      await denkhulp.updateComplete;
      const kaart = getoondIn(denkhulp);
      await kaart.updateComplete;
      return kaart;
    }
    async function casus(voor = ''): Promise<{ denkhulp: MwDenkhulp; verslag: MwVerslag; binnen: MwVerslag }> {
      const houder = await fixture<HTMLElement>(html`<div>
        <section id="zijbalk"><mw-denkhulp kaarten="signalen argumenten"></mw-denkhulp></section>
        <section id="elders"></section>
        <mw-verslag voor=${voor || nothing}></mw-verslag>
      </div>`);
      const denkhulp = houder.querySelector('mw-denkhulp')!;
      const verslag = houder.querySelector('mw-verslag')!;
      await Promise.all([denkhulp.updateComplete, verslag.updateComplete]);
      const binnen = een(denkhulp, 'mw-verslag') as MwVerslag;
      await Promise.all([getoondIn(denkhulp).updateComplete, binnen.updateComplete]);
      return { denkhulp, verslag, binnen };
    }

    it('hoort de markeringen en zet de hele casus terug op dezelfde kaarten, ook die niet getoond worden, zonder gebeurtenis', async () => {
      const { denkhulp, verslag, binnen } = await casus();
      await markeer(getoondIn(denkhulp), 'signalen-dossier-1');
      await verslag.updateComplete;
      expect(kaartTitels(verslag), 'het verslag op de pagina hoort de markering').to.deep.equal(['Signalenkaart']);
      gevangen.verslagen.length = 0;
      gevangen.markeringen = 0;

      verslag.verslag = bewaard();
      await Promise.all([verslag.updateComplete, binnen.updateComplete, getoondIn(denkhulp).updateComplete]);
      const signalen = getoondIn(denkhulp);
      expect(ingedrukt(signalen, S)).to.equal('true');
      expect(ingedrukt(signalen, 'signalen-dossier-1'), 'de vorige stand is weg').to.equal('false');
      expect((een(signalen, `#_notitie-${S}`) as HTMLTextAreaElement).value).to.equal('spoed, huur');
      const argumenten = await kiesTab(denkhulp, 'Argumentenkaart');
      expect(ingedrukt(argumenten, A_VOOR)).to.equal('true');
      expect((een(argumenten, `#_notitie-${A_TEGEN}`) as HTMLTextAreaElement).value).to.equal('wachttijd');
      // Het verslag in de denkhulp toont dezelfde casus, en de denkhulp geeft hem terug.
      await kiesTab(denkhulp, 'Verslag');
      expect(kaartTitels(binnen)).to.deep.equal(['Signalenkaart', 'Argumentenkaart']);
      expect((een(binnen, '#_afweging') as HTMLTextAreaElement).value).to.equal(bewaard().afweging);
      expect(denkhulp.verslag.kaarten).to.deep.equal(verslag.verslag.kaarten);
      expect(gevangen.verslagen, 'geen mw-verslag bij toewijzen').to.deep.equal([]);
      expect(gevangen.markeringen, 'geen mw-markering bij toewijzen').to.equal(0);
      expect(log.waarschuwingen).to.deep.equal([]);
      await expect(verslag).to.be.accessible();
    });

    it('zet terug vóór de denkhulp getekend is, en een verslag dat niet klopt geeft één melding en één waarschuwing, alleen op de pagina', async () => {
      const denkhulp = document.createElement('mw-denkhulp');
      denkhulp.kaarten = 'argumenten signalen';
      const verslag = document.createElement('mw-verslag');
      const houder = await fixture<HTMLElement>(html`<div></div>`);
      houder.append(denkhulp, verslag);
      verslag.verslag = { ...bewaard(), kaarten: [...bewaard().kaarten, { kaart: 'communicatie', titel: 'x', markeringen: [] }] };
      await Promise.all([denkhulp.updateComplete, verslag.updateComplete]);
      const argumenten = getoondIn(denkhulp);
      await argumenten.updateComplete;
      expect(ingedrukt(argumenten, A_VOOR)).to.equal('true');
      const signalen = await kiesTab(denkhulp, 'Signalenkaart');
      expect(ingedrukt(signalen, S)).to.equal('true');
      expect(alle(verslag, '.melding').map(tekstVan)).to.deep.equal(['Niet alles uit het verslag kon terug. Onbekend, overgeslagen: communicatie.']);
      const binnen = een(denkhulp, 'mw-verslag') as MwVerslag;
      await binnen.updateComplete;
      expect(alle(binnen, '.melding')).to.have.length(0);
      expect(log.waarschuwingen).to.have.length(1);
    });

    it('met voor alleen de denkhulp in dat element: een denkhulp erbuiten blijft zoals ze was', async () => {
      const { denkhulp, verslag } = await casus('elders');
      await markeer(getoondIn(denkhulp), 'signalen-dossier-1');
      await verslag.updateComplete;
      expect(kaartTitels(verslag), 'het hoort niets van buiten zijn bereik').to.deep.equal([]);
      verslag.verslag = bewaard();
      await Promise.all([verslag.updateComplete, getoondIn(denkhulp).updateComplete]);
      expect(ingedrukt(getoondIn(denkhulp), 'signalen-dossier-1')).to.equal('true');
      expect(ingedrukt(getoondIn(denkhulp), S)).to.equal('false');
    });

    it('met voor het element waarin de denkhulp staat: hoort en zet terug', async () => {
      const { denkhulp, verslag } = await casus('zijbalk');
      await markeer(getoondIn(denkhulp), 'signalen-dossier-1');
      await verslag.updateComplete;
      expect(kaartTitels(verslag)).to.deep.equal(['Signalenkaart']);
      verslag.verslag = bewaard();
      await Promise.all([verslag.updateComplete, getoondIn(denkhulp).updateComplete]);
      expect([ingedrukt(getoondIn(denkhulp), 'signalen-dossier-1'), ingedrukt(getoondIn(denkhulp), S)]).to.deep.equal(['false', 'true']);
      expect(log.waarschuwingen).to.deep.equal([]);
    });
  });

  it('geeft voor een vaste casus precies de nagekeken tekst (test/verwacht/verslag-vaste-casus.txt)', async () => {
    await staKlembordToe();
    const houder = await fixture<HTMLElement>(html`<div>
      <mw-signalen-kaart markeerbaar></mw-signalen-kaart>
      <mw-vragen-kaart markeerbaar fase="tijdens"></mw-vragen-kaart>
      <mw-argumenten-kaart markeerbaar></mw-argumenten-kaart>
      <mw-verslag></mw-verslag>
    </div>`);
    const verslag = houder.querySelector('mw-verslag')!;
    await verslag.updateComplete;
    verslag.verslag = {
      ...bewaard(),
      kaarten: [...bewaard().kaarten, { kaart: 'vragen', titel: 'Vragenkaart', markeringen: [{ item: V, notitie: 'via de wijkcoach\nna twee afwijzingen' } as never] }],
    };
    await verslag.updateComplete;
    knop(verslag, 'Kopieer als tekst').focus();
    await druk('Enter');
    await waitUntil(() => een(verslag, '#_kopieer-tekst').hasAttribute('data-gekopieerd'), 'geen bevestiging na kopiëren');
    const antwoord = await fetch(new URL('./verwacht/verslag-vaste-casus.txt', import.meta.url));
    const verwacht = (await antwoord.text()).replace('{{datum}}', vandaag());
    expect((await leesKlembord()).replace(/\r\n/g, '\n')).to.equal(verwacht);
    expect(verslagAlsTekst({ kaarten: [], afweging: '', datum: new Date(2026, 11, 7) }, verslagTeksten('en'))).to.match(/^Record\n7 December 2026\n\nNothing marked yet\.\n\nConsideration\nNot filled in yet\./);
  });

  it('bewaart en verstuurt niets: geen opslag, cookies of verzoeken bij markeren, typen, kopiëren, wisselen en terugzetten', async () => {
    await staKlembordToe();
    await zonderSporen(async () => {
      const denkhulp = await fixture<MwDenkhulp>(html`<mw-denkhulp kaarten="signalen argumenten"></mw-denkhulp>`);
      await denkhulp.updateComplete;
      const signalen = schaduw(denkhulp).querySelector<MwKaartBase>('mw-signalen-kaart')!;
      await signalen.updateComplete;
      await markeer(signalen, S, 'BSN staat in het dossier');
      alle(denkhulp, '[role="tab"]')[2].dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await denkhulp.updateComplete;
      const verslag = een(denkhulp, 'mw-verslag') as MwVerslag;
      await verslag.updateComplete;
      await typAfweging(verslag, 'Eigen afweging');
      knop(verslag, 'Kopieer met opmaak').focus();
      await druk('Enter');
      await waitUntil(() => een(verslag, '#_kopieer-opmaak').hasAttribute('data-gekopieerd'), 'geen bevestiging');
      denkhulp.verslag = bewaard();
      await denkhulp.updateComplete;
    });
  });

  it('toont de tekst om zelf te kopiëren als het klembord weigert, met de melding bij de knop, en sluit terug naar die knop', async () => {
    const { signalen, verslag } = await pagina();
    await markeer(signalen, S, 'spoed');
    await verslag.updateComplete;
    const weiger = () => Promise.reject(new DOMException('geweigerd', 'NotAllowedError'));
    const origineel = { write: navigator.clipboard.write, writeText: navigator.clipboard.writeText, execCommand: document.execCommand };
    navigator.clipboard.write = weiger;
    navigator.clipboard.writeText = weiger;
    document.execCommand = () => false;
    try {
      knop(verslag, 'Kopieer met opmaak').focus();
      await druk('Enter');
      await waitUntil(() => schaduw(verslag).querySelector('#_handmatige-kopie'), 'geen tekst om zelf te kopiëren');
    } finally {
      Object.assign(navigator.clipboard, { write: origineel.write, writeText: origineel.writeText });
      document.execCommand = origineel.execCommand;
    }
    const veld = een(verslag, '#_handmatige-kopie') as HTMLTextAreaElement;
    expect(tekstVan(een(verslag, '.handmatige-kopie label'))).to.equal('Kopiëren lukte niet. Selecteer de tekst hieronder en kopieer hem zelf.');
    expect(veld.value).to.include(`- ${tekstVanItem('signalen', S)}\n  Notitie: spoed`);
    expect(schaduw(verslag).activeElement).to.equal(veld);
    await expect(verslag).to.be.accessible();
    knop(verslag, 'Sluiten').focus();
    await druk('Enter');
    await verslag.updateComplete;
    await waitUntil(() => schaduw(verslag).activeElement?.id === '_kopieer-opmaak', 'de focus gaat niet terug naar de knop');
    expect(schaduw(verslag).querySelector('#_handmatige-kopie')).to.equal(null);
  });
});
