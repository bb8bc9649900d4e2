import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import begrippen from '../content/begrippen.json';
import { valideerBegrippen } from './helpers/begrippen.js';
import { alle, een, kaartMet, koppen, tekstVan } from './helpers/dom.js';
import { describeAlleenChromium } from './helpers/motor.js';
import { toegankelijkheidsboom, zoek } from './helpers/toegankelijkheid.js';
import type { MwBegrippen } from '../src/begrippen/begrippen.component.js';

describe('begrippen', () => {
  let boek = '';
  before(async () => {
    boek = (await (await fetch('/test/bron/denkhulp-maatwerk.txt')).text()).replace(/[\s\-\u00ad]/g, '');
  });
  const zonderAfbreking = (tekst: string) => tekst.replace(/[\s\-\u00ad]/g, '');

  it('voldoet aan het schema en noemt de begrippen waar de kaarten naar verwijzen', () => {
    expect(valideerBegrippen(begrippen)).to.deep.equal([]);
    expect(begrippen.begrippen.map((b) => b.term)).to.include.members([
      'Maatwerk',
      'Dienstverlening op maat',
      'Inwoner',
      'Uitvoerder',
      'Beleidsmaker',
      'Bestuurder',
      'Professionals',
      'Publieke dienstverlening',
      'Publieke dienstverleners',
    ]);
  });

  it('neemt elke omschrijving en de tabel letterlijk over uit het boek', () => {
    const passages = [
      ...begrippen.inleiding,
      ...begrippen.begrippen.flatMap((b) => b.tekst),
      begrippen.dienstverlening.toelichting,
      ...begrippen.dienstverlening.typen.flatMap((t) => [t.naam, ...(t.ondertitel ? [t.ondertitel] : []), ...t.omschrijving, t.aandeel]),
    ];
    expect(passages.filter((passage) => !boek.includes(zonderAfbreking(passage.replace(/[¹²]/g, ''))))).to.deep.equal([]);
    expect(begrippen.dienstverlening.typen.map((t) => t.procent)).to.deep.equal([80, 15, 5]);
  });

  it('<mw-begrippen> toont de begrippen als definitielijst en de tabel met de percentages in tekst', async () => {
    const element = await fixture<MwBegrippen>(html`<mw-begrippen></mw-begrippen>`);
    expect(alle(element, 'dt').map(tekstVan)).to.deep.equal(begrippen.begrippen.map((b) => b.term));
    const rijen = alle(element, 'tbody tr').map((rij) => [tekstVan(rij.querySelector('th')), tekstVan(rij.querySelector('.aandeel-tekst'))]);
    expect(rijen).to.deep.equal([
      ['Standaard dienstverlening', '80 procent'],
      ['Dienstverlening op maat met toepassing van regels', '15 procent'],
      ['Maatwerk Dienstverlening op maat met afwijking van regels', '5 procent'],
    ]);
    const balken = alle(element, '.vulling').map((balk) => balk.getBoundingClientRect().width);
    const volle = (een(element, '.balk') as HTMLElement).getBoundingClientRect().width - 2;
    expect(balken.map((b) => Math.round((b / volle) * 100))).to.deep.equal([80, 15, 5]);
    await expect(element).to.be.accessible();
  });

  describeAlleenChromium('<mw-begrippen> in de toegankelijkheidsboom van Chromium', () => {
    it('is een regio „Begrippen” met de kolomkoppen van de tabel', async () => {
      await fixture<MwBegrippen>(html`<mw-begrippen></mw-begrippen>`);
      const boom = await toegankelijkheidsboom();
      expect(zoek(boom, (k) => k.role === 'columnheader').map((k) => k.name)).to.deep.equal([
        'Type dienstverlening',
        'Omschrijving',
        'Aandeel van publieke dienstverlening',
      ]);
      expect(zoek(boom, (k) => k.role === 'region')[0].name).to.equal('Begrippen');
    });
  });

  it('<mw-begrippen> volgt heading-level', async () => {
    const element = await fixture<MwBegrippen>(html`<mw-begrippen heading-level="3"></mw-begrippen>`);
    expect(koppen(element).slice(0, 3)).to.deep.equal([
      { niveau: 3, tekst: 'Begrippen' },
      { niveau: 4, tekst: 'Wat verstaan we onder maatwerk?' },
      { niveau: 4, tekst: 'Type dienstverlening' },
    ]);
  });

  it('staan in de toelichting van elke kaart achter een knop', async () => {
    const kaart = await kaartMet('mw-vragen-kaart', { 'toelichting-open': '' });
    const knop = alle(kaart, 'button').find((k) => tekstVan(k) === 'Begrippen uit het boek') as HTMLButtonElement;
    expect(knop.getAttribute('aria-expanded')).to.equal('false');
    knop.click();
    await kaart.updateComplete;
    expect(knop.getAttribute('aria-expanded')).to.equal('true');
    expect(alle(kaart, '#_begrippen-inhoud dt').map(tekstVan)).to.include('Uitvoerder');
    await expect(kaart).to.be.accessible();
  });
});
