import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/index.js';
import { bewaakConsole } from './helpers/console.js';
import { alle, een } from './helpers/dom.js';
import { kaarten } from './helpers/kaarten.js';
import { emuleerMedia, gewoneMedia } from './helpers/media.js';
import { describeAlleenChromium } from './helpers/motor.js';
import { laadPagina } from './helpers/pagina.js';

const rechthoek = (element: Element) => element.getBoundingClientRect();

/** Een kaart in een omhulsel van een vaste breedte, zoals de zijbalk van een zaaksysteem. */
async function kaartInBreedte(tag: string, breedte: number, attributen = ''): Promise<HTMLElement> {
  const omhulsel = await fixture<HTMLDivElement>(html`<div style="width: ${breedte}px"></div>`);
  omhulsel.innerHTML = `<${tag} ${attributen}></${tag}>`;
  const kaart = omhulsel.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
  await kaart.updateComplete;
  return kaart;
}

/** Of iets in de kaart buiten haar rechterrand uitsteekt. */
function steektUit(kaart: HTMLElement): string[] {
  const rand = rechthoek(kaart).right + 0.5;
  return alle(kaart, '*')
    .filter((element) => rechthoek(element).right > rand)
    .map((element) => `${element.localName}.${element.className}`);
}

describe('opmaak', () => {
  afterEach(() => gewoneMedia());

  for (const { tag } of kaarten) {
    it(`<${tag}> staat in een zijbalk van 280 px in één kolom, zonder dat iets uitsteekt`, async () => {
      const kaart = await kaartInBreedte(tag, 280, 'toelichting-open');
      const [eerste, tweede] = alle(kaart, '.deel');
      expect(rechthoek(tweede).top).to.be.at.least(rechthoek(eerste).bottom);
      expect(rechthoek(tweede).left).to.equal(rechthoek(eerste).left);
      expect(steektUit(kaart)).to.deep.equal([]);
    });

    it(`<${tag}> geeft op een scherm van 320 px breed geen horizontale scrollbalk`, async () => {
      // Een venster van 320 px: een iframe van die breedte, in elke browser.
      const { document: doc } = await laadPagina(`/test/paginas/een-kaart.html?tag=${tag}&toelichting-open`, { breedte: 320, hoogte: 640, tags: [tag] });
      expect(doc.documentElement.scrollWidth).to.be.at.most(320);
      expect(steektUit(doc.querySelector<HTMLElement>(tag)!)).to.deep.equal([]);
    });
  }

  it('zet de twee kanten van de Signalenkaart op een brede pagina naast elkaar, zoals op de gedrukte kaart', async () => {
    const kaart = await kaartInBreedte('mw-signalen-kaart', 1248);
    const [eerste, tweede] = alle(kaart, '.deel');
    expect(rechthoek(tweede).top).to.equal(rechthoek(eerste).top);
    expect(rechthoek(tweede).left).to.be.greaterThan(rechthoek(eerste).right);
  });

  it('zet fasen en doelgroepen op een brede pagina onder elkaar, in volgorde, met de vragen in kolommen (zie breed.test.ts)', async () => {
    for (const tag of ['mw-vragen-kaart', 'mw-lessen-kaart']) {
      const kaart = await kaartInBreedte(tag, 1248);
      const [eerste, tweede] = alle(kaart, '.deel');
      expect(rechthoek(tweede).top, tag).to.be.at.least(rechthoek(eerste).bottom);
      const kolommen = new Set([...eerste.querySelectorAll('.groep')[0].querySelectorAll('.item')].map((item) => Math.round(rechthoek(item).left)));
      expect(kolommen.size, tag).to.be.greaterThan(1);
    }
  });

  it('zet op de brede Argumentenkaart per thema vóór en tegen naast elkaar, de thema’s onder elkaar', async () => {
    const kaart = await kaartInBreedte('mw-argumenten-kaart', 1248);
    const [welzijn, bestuur] = alle(kaart, '.deel');
    expect(rechthoek(bestuur).top).to.be.at.least(rechthoek(welzijn).bottom);
    const [voor, tegen] = [...welzijn.querySelectorAll('.kant')];
    expect(voor.getAttribute('data-kant')).to.equal('voor');
    expect(rechthoek(tegen).top).to.equal(rechthoek(voor).top);
    expect(rechthoek(tegen).left).to.be.greaterThan(rechthoek(voor).right);
  });

  it('onderscheidt vóór en tegen ook zonder kleur: met tekst, teken en lijnstijl', async () => {
    const kaart = await kaartInBreedte('mw-argumenten-kaart', 800, 'thema="welzijn"');
    const [voor, tegen] = alle(kaart, '.kant');
    const teken = (kant: Element) => getComputedStyle(kant.querySelector('.kant-teken')!, '::before').content;
    expect(teken(voor)).to.equal('"+"');
    expect(teken(tegen)).to.equal('"−"');
    expect(getComputedStyle(voor).borderInlineStartStyle).to.equal('solid');
    expect(getComputedStyle(tegen).borderInlineStartStyle).to.equal('dashed');
  });

  describeAlleenChromium('hoog contrast, beweging en afdrukken, geëmuleerd', () => {
    it('onderscheidt vóór en tegen ook in hoog contrast (forced colors) zonder kleur: met teken en lijnstijl', async () => {
      const kaart = await kaartInBreedte('mw-argumenten-kaart', 800, 'thema="welzijn"');
      const [voor, tegen] = alle(kaart, '.kant');
      const teken = (kant: Element) => getComputedStyle(kant.querySelector('.kant-teken')!, '::before').content;
      await emuleerMedia({ forcedColors: 'active' });
      expect(teken(voor)).to.equal('"+"');
      expect(getComputedStyle(tegen).borderInlineStartStyle).to.equal('dashed');
    });

    it('tekent in hoog contrast de cirkel rond + en − zonder gaten (geen achtergrondplaat over de rand)', async () => {
      const kaart = await kaartInBreedte('mw-argumenten-kaart', 800, 'thema="welzijn"');
      await emuleerMedia({ forcedColors: 'active' });
      for (const teken of alle(kaart, '.kant-titel .kant-teken')) {
        const vak = teken.getBoundingClientRect();
        const stijl = getComputedStyle(teken);
        const png: string = await executeServerCommand('schermafdruk', { x: Math.floor(vak.x), y: Math.floor(vak.y), breedte: Math.ceil(vak.width) + 1, hoogte: Math.ceil(vak.height) + 1 });
        const beeld = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
        const doek = new OffscreenCanvas(beeld.width, beeld.height);
        const context = doek.getContext('2d')!;
        context.drawImage(beeld, 0, 0);
        const schaal = beeld.width / (Math.ceil(vak.width) + 1);
        const rand = parseFloat(stijl.borderTopWidth);
        const straal = (vak.width / 2 - rand / 2) * schaal;
        const midden = { x: (vak.x - Math.floor(vak.x) + vak.width / 2) * schaal, y: (vak.y - Math.floor(vak.y) + vak.height / 2) * schaal };
        const kleur = (css: string) => css.match(/\d+/g)!.slice(0, 3).map(Number);
        const lijn = kleur(stijl.borderTopColor);
        const vlak = kleur(getComputedStyle(kaart.shadowRoot!.querySelector('.kaart')!).backgroundColor);
        const afstand = (a: number[], b: number[]) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
        expect(afstand(lijn, vlak), 'rand en achtergrond verschillen').to.be.greaterThan(100);
        // In 72 richtingen vanuit het midden: ergens op de rand (binnen 2 px van haar midden) ligt een pixel in de
        // randkleur. Een gat is een richting waar de hele rand de achtergrondkleur heeft.
        const pixel = (x: number, y: number) => [...context.getImageData(Math.round(x), Math.round(y), 1, 1).data];
        const gaten = Array.from({ length: 72 }, (_, i) => (i / 72) * 2 * Math.PI).filter((hoek) => {
          const opDeRand = [-2, -1, 0, 1, 2].map((d) => pixel(midden.x + (straal + d * schaal) * Math.cos(hoek), midden.y + (straal + d * schaal) * Math.sin(hoek)));
          return !opDeRand.some((px) => afstand(px, lijn) < afstand(px, vlak));
        });
        expect(gaten.length, `${teken.parentElement!.textContent!.trim()}: punten van de cirkel met de achtergrondkleur`).to.equal(0);
      }
    });

    it('houdt in hoog contrast (forced colors) de randen van kaart en groepen zichtbaar', async () => {
      const kaart = await kaartInBreedte('mw-signalen-kaart', 800);
      await emuleerMedia({ forcedColors: 'active' });
      const groep = een(kaart, '.groep');
      const stijl = getComputedStyle(groep);
      expect(stijl.borderTopStyle).to.equal('solid');
      expect(stijl.borderTopColor).not.to.equal('rgba(0, 0, 0, 0)');
      expect(getComputedStyle(een(kaart, '.kaart')).borderTopColor).not.to.equal('rgba(0, 0, 0, 0)');
    });

    it('geeft in hoog contrast de titel de tekstkleur en de toelichting-knop de knopkleur (geen linkkleur)', async () => {
      const kaart = await kaartInBreedte('mw-signalen-kaart', 800);
      await emuleerMedia({ forcedColors: 'active' });
      const systeemkleur = (naam: string) => {
        const proef = document.createElement('span');
        proef.style.color = naam;
        document.body.append(proef);
        const kleur = getComputedStyle(proef).color;
        proef.remove();
        return kleur;
      };
      expect(systeemkleur('LinkText')).not.to.equal(systeemkleur('CanvasText'));
      expect(getComputedStyle(een(kaart, '.titel')).color).to.equal(systeemkleur('CanvasText'));
      expect(getComputedStyle(een(kaart, '.toelichting-knop')).color).to.equal(systeemkleur('ButtonText'));
    });

    it('houdt in hoog contrast de stapnummers leesbaar, met een eigen rand', async () => {
      const kaart = await kaartInBreedte('mw-vragen-beleid-kaart', 800);
      await emuleerMedia({ forcedColors: 'active' });
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const nummer = getComputedStyle(een(kaart, '.nummer'));
      expect(nummer.borderTopStyle).to.equal('solid');
      expect(nummer.color).not.to.equal(nummer.backgroundColor);
    });

    it('laat het openklapteken alleen bewegen als de gebruiker beweging niet heeft beperkt', async () => {
      const kaart = await kaartInBreedte('mw-signalen-kaart', 800);
      const teken = een(kaart, '.openklapteken');
      await emuleerMedia({ reducedMotion: 'no-preference' });
      expect(getComputedStyle(teken).transitionDuration).to.equal('0.15s');
      await emuleerMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(teken).transitionDuration).to.equal('0s');
    });

    describe('afdrukken', () => {
      bewaakConsole();

      for (const { tag, items } of kaarten) {
        it(`<${tag}> drukt alle ${items} items en de toelichting af, zonder meldingen of openklapteken`, async () => {
          const kaart = await kaartInBreedte(tag, 700, 'heading-level="x"');
          // Zoals de browser vlak voor het afdrukken: dan komt ook de dichte toelichting in de DOM.
          window.dispatchEvent(new Event('beforeprint'));
          await (kaart as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
          await emuleerMedia({ media: 'print' });
          expect((een(kaart, '#_toelichting-inhoud') as HTMLElement).offsetHeight).to.be.greaterThan(0);
          expect((een(kaart, '.meldingen') as HTMLElement).offsetHeight).to.equal(0);
          expect((een(kaart, '.openklapteken') as HTMLElement).offsetHeight).to.equal(0);
          const zichtbaar = alle(kaart, 'li.item').filter((item) => (item as HTMLElement).offsetHeight > 0);
          expect(zichtbaar).to.have.length(items);
          expect(getComputedStyle(een(kaart, '.toelichting-knop')).textDecorationLine).to.equal('none');
        });
      }
    });
  });
});
