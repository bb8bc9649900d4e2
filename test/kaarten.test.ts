import { expect } from '@open-wc/testing';
import '../src/index.js';
import { alle, een, itemteksten, kaartMet, koppen, tekstVan, type Kop } from './helpers/dom.js';
import { alleItems, kaarten } from './helpers/kaarten.js';
import { describeAlleenChromium } from './helpers/motor.js';
import { tekstIn, toegankelijkheidsboom, zoek } from './helpers/toegankelijkheid.js';
import type { Kaart } from '../src/inhoud/kaart.js';

/** De koppenstructuur die een kaart hoort te hebben, uitgaande van de inhoud en het kopniveau van de titel. */
function verwachteKoppen(kaart: Kaart, niveau: number): Kop[] {
  const koppen: Kop[] = [
    { niveau, tekst: kaart.titel },
    { niveau: niveau + 1, tekst: 'Toelichting' },
    { niveau: niveau + 1, tekst: kaart.vraag! },
  ];
  for (const deel of kaart.delen) {
    koppen.push({ niveau: niveau + 2, tekst: deel.nummer ? `${deel.nummer}Stap ${deel.nummer}: ${deel.titel}` : deel.titel });
    if (kaart.kanten) {
      for (const kant of kaart.kanten) {
        const groepen = deel.groepen.filter((g) => g.kant === kant.id);
        if (groepen.length === 0) continue;
        koppen.push({ niveau: niveau + 3, tekst: kant.titel });
        for (const groep of groepen) koppen.push({ niveau: niveau + 4, tekst: groep.titel });
      }
    } else {
      for (const groep of deel.groepen) koppen.push({ niveau: niveau + 3, tekst: groep.titel });
    }
  }
  return koppen;
}

for (const { tag, inhoud, items } of kaarten) {
  describe(`<${tag}>`, () => {
    it(`toont alle ${items} items van het boek, elk in de eigen groep en het eigen deel`, async () => {
      const kaart = await kaartMet(tag);
      expect(alle(kaart, 'li.item')).to.have.length(items);
      expect(alleItems(inhoud)).to.have.length(items);
      for (const deel of inhoud.delen) {
        const deelElement = een(kaart, `.deel#${deel.id}`);
        for (const groep of deel.groepen) {
          const groepElement = deelElement.querySelector(`.groep#${groep.id}`);
          expect(groepElement, groep.id).to.exist;
          expect(tekstVan(groepElement!.querySelector('.groep-titel'))).to.equal(groep.titel);
          expect(itemteksten(groepElement!)).to.deep.equal(groep.items.map((item) => item.tekst));
        }
      }
    });

    describeAlleenChromium('in de toegankelijkheidsboom van Chromium', () => {
      it('is een regio met de titel als naam, met koppen en lijsten in de toegankelijkheidsboom', async () => {
        await kaartMet(tag);
        const boom = await toegankelijkheidsboom();
        const [regio] = zoek(boom, (knoop) => knoop.role === 'region');
        expect(regio?.name).to.equal(inhoud.titel);
        const koppenInBoom = zoek(regio, (knoop) => knoop.role === 'heading');
        expect(koppenInBoom[0]).to.include({ name: inhoud.titel, level: 2 });
        expect(koppenInBoom.find((kop) => kop.name === inhoud.vraag)?.level).to.equal(3);
        const lijsten = zoek(regio, (knoop) => knoop.role === 'list');
        expect(lijsten).to.have.length(inhoud.delen.flatMap((d) => d.groepen).length);
        const lijstitems = lijsten.flatMap((lijst) => lijst.children.filter((kind) => kind.role === 'listitem'));
        expect(lijstitems.map(tekstIn)).to.deep.equal(alleItems(inhoud).map((item) => item.tekst));
      });
    });

    it('heeft de koppenstructuur van de kaart, vanaf kopniveau 2', async () => {
      const kaart = await kaartMet(tag);
      expect(koppen(kaart)).to.deep.equal(verwachteKoppen(inhoud, 2));
    });

    it('laat alle koppen meeschuiven met heading-level', async () => {
      const kaart = await kaartMet(tag, { 'heading-level': '4' });
      expect(koppen(kaart)).to.deep.equal(verwachteKoppen(inhoud, 4));
      kaart.headingLevel = 1;
      await kaart.updateComplete;
      expect(koppen(kaart)).to.deep.equal(verwachteKoppen(inhoud, 1));
    });

    it('gebruikt role="heading" met aria-level voor koppen dieper dan h6', async () => {
      const kaart = await kaartMet(tag, { 'heading-level': '6' });
      expect(een(kaart, '.titel').localName).to.equal('h6');
      const vraag = een(kaart, '.vraag');
      expect(vraag.getAttribute('role')).to.equal('heading');
      expect(vraag.getAttribute('aria-level')).to.equal('7');
      expect(koppen(kaart)).to.deep.equal(verwachteKoppen(inhoud, 6));
    });

    it('toont zichtbaar dat de kaart géén afvinklijst is', async () => {
      const kaart = await kaartMet(tag);
      const zin = een(kaart, '.geen-afvinklijst') as HTMLElement;
      expect(tekstVan(zin)).to.equal(inhoud.geenAfvinklijst!.tekst);
      expect(tekstVan(zin)).to.match(/géén afvinklijst/);
      expect(zin.offsetHeight).to.be.greaterThan(0);
    });

    it('vermeldt de bron met titel, uitgever, jaar en pagina', async () => {
      const kaart = await kaartMet(tag);
      const bron = tekstVan(een(kaart, '.bron'));
      expect(bron).to.contain('Helder denken over maatwerk');
      expect(bron).to.contain('De Argumentenfabriek');
      expect(bron).to.contain('2022');
      expect(bron).to.contain(`pagina ${inhoud.bron.pagina}`);
    });

    it('scoort, weegt en vinkt niets af: geen vinkjes, schuiven, meters of getallen bij de items', async () => {
      const kaart = await kaartMet(tag, { markeerbaar: '' });
      expect(alle(kaart, 'input:not([type="search"]), select, [role="checkbox"], [role="radio"], [role="slider"], meter, progress')).to.have.length(0);
      for (const knop of alle(kaart, '.markeer-knop')) knop.dispatchEvent(new MouseEvent('click'));
      await kaart.updateComplete;
      // Wat er in het overzicht staat naast de zinnen van de kaart zelf: alleen kop en knoppen, geen telling of oordeel.
      let rest = tekstVan(een(kaart, '.overzicht'));
      const kaartzinnen = [
        ...alleItems(inhoud).map((item) => item.tekst),
        ...inhoud.delen.map((deel) => (deel.nummer ? `Stap ${deel.nummer}: ${deel.titel}` : deel.titel)),
        ...(inhoud.kanten ?? []).map((kant) => kant.titel),
      ].sort((a, b) => b.length - a.length);
      for (const zin of kaartzinnen) rest = rest.split(zin).join(' ');
      // Per gemarkeerd item de knop „Kopieer link” (besluit 8), verder niets.
      expect(alle(kaart, '.overzicht .link-knop').map(tekstVan)).to.deep.equal(alleItems(inhoud).map(() => 'Kopieer link'));
      rest = rest.split('Kopieer link').join(' ');
      expect(rest.replace(/\s+/g, ' ').trim()).to.equal('Gemarkeerd voor deze casus Kopieer als tekst Wis markeringen');
    });

    it('is toegankelijk volgens axe', async () => {
      const kaart = await kaartMet(tag);
      await expect(kaart).to.be.accessible();
    });
  });
}

describe('statisch', () => {
  for (const { tag, inhoud, items } of kaarten) {
    it(`<${tag} statisch> toont alle ${items} items en de toelichting, zonder knoppen, velden of venster`, async () => {
      const kaart = await kaartMet(tag, { statisch: '', compact: '', markeerbaar: '' });
      expect(alle(kaart, 'li.item').filter((li) => (li as HTMLElement).checkVisibility())).to.have.length(items);
      expect((een(kaart, '#_toelichting-inhoud') as HTMLElement).checkVisibility()).to.equal(true);
      expect(alle(kaart, 'button, input, textarea, dialog, .overzicht').map((e) => e.localName)).to.deep.equal([]);
      expect(koppen(kaart).map((k) => k.tekst)).to.include.members([inhoud.titel, 'Toelichting', ...inhoud.delen.map((d) => d.groepen[0].titel)]);
      await expect(kaart).to.be.accessible();
    });
  }
});
