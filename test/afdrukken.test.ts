import { expect, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { alle, een, kaartMet, tekstVan } from './helpers/dom.js';
import { kiesUitMenu, menuKeuzes, openMenuEnVind } from './helpers/menu.js';
import { emuleerMedia, gewoneMedia } from './helpers/media.js';
import { describeAlleenChromium } from './helpers/motor.js';

const afdrukknop = (kaart: Element) => menuKeuzes(kaart).find((k) => tekstVan(k) === 'Afdrukken');

describe('afdrukken', () => {
  afterEach(() => gewoneMedia());

  it('drukt met de knop alleen deze kaart af, op A4, en zet de pagina daarna terug', async () => {
    const kaart = await kaartMet('mw-signalen-kaart');
    const origineel = window.print;
    const tijdensAfdrukken: { attribuut: boolean; stijl: string }[] = [];
    window.print = () => {
      tijdensAfdrukken.push({
        attribuut: kaart.hasAttribute('data-mw-afdrukken'),
        stijl: document.adoptedStyleSheets.flatMap((blad) => [...blad.cssRules].map((regel) => regel.cssText)).join('\n'),
      });
    };
    try {
      const keuze = (await openMenuEnVind(kaart, 'Afdrukken'))!;
      keuze.click();
      expect(tijdensAfdrukken, 'print() in dezelfde klik').to.have.length(1);
    } finally {
      window.print = origineel;
    }
    expect(tijdensAfdrukken[0].attribuut).to.equal(true);
    expect(tijdensAfdrukken[0].stijl.toLowerCase()).to.contain('size: a4');
    expect(tijdensAfdrukken[0].stijl).to.contain('visibility: hidden');
    window.dispatchEvent(new Event('afterprint'));
    expect(kaart.hasAttribute('data-mw-afdrukken')).to.equal(false);
    expect(document.adoptedStyleSheets).to.have.length(0);
  });

  it('heeft geen afdrukknop met zonder-afdrukken', async () => {
    const kaart = await kaartMet('mw-signalen-kaart', { 'zonder-afdrukken': '' });
    expect(afdrukknop(kaart)).to.equal(undefined);
  });

  describeAlleenChromium('afdrukmedia geëmuleerd', () => {
    it('drukt markeringen en notities als tekst af, met bron en datum, zonder knoppen en velden', async () => {
      const kaart = await kaartMet('mw-vragen-kaart', { markeerbaar: '', compact: '' });
      kaart.markeringen = [{ item: 'vragen-aanleiding-2', notitie: 'Overleg met teamleider' }];
      await kaart.updateComplete;
      // Zoals de browser vlak voor het afdrukken (ook via zijn menu): de kaart zet de toelichting in de DOM.
      window.dispatchEvent(new Event('beforeprint'));
      await kaart.updateComplete;
      await emuleerMedia({ media: 'print' });
      const item = een(kaart, '#vragen-aanleiding-2') as HTMLElement;
      const zichtbaar = (element: Element | null) => !!element && (element as HTMLElement).checkVisibility();
      expect(zichtbaar(item.querySelector('.markering-label'))).to.equal(true);
      expect(tekstVan(item.querySelector('.notitie-afdruk'))).to.equal('Notitie: Overleg met teamleider');
      expect(zichtbaar(item.querySelector('textarea'))).to.equal(false);
      // De toelichting, op het scherm dicht, staat op papier na de kaart.
      expect(tekstVan(een(kaart, '#_toelichting-inhoud')), 'tekst van de toelichting').to.not.equal('');
      expect(een(kaart, '.toelichting').getBoundingClientRect().top, 'toelichting na de delen').to.be.at.least(alle(kaart, '.deel').at(-1)!.getBoundingClientRect().bottom);
      // Op papier blijft van knoppen alleen tekst over: de groepstitels, (met markeerbaar) de items zelf en de toelichting,
      // die vlak voor het afdrukken na de delen in de DOM staat.
      const knoppen = alle(kaart, 'button, input').filter(zichtbaar);
      expect([...new Set(knoppen.map((e) => e.localName + '.' + e.className))]).to.deep.equal(['button.groep-knop', 'button.markeer-knop', 'button.toelichting-knop']);
      expect(knoppen.filter((e) => e.classList.contains('groep-knop'))).to.have.length(10);
      expect(knoppen.filter((e) => e.classList.contains('markeer-knop'))).to.have.length(47);
      for (const knop of knoppen) {
        const stijl = getComputedStyle(knop);
        expect(stijl.backgroundColor, knop.className).to.equal('rgba(0, 0, 0, 0)');
        expect(stijl.borderStyle, knop.className).to.equal('none');
      }
      expect(getComputedStyle(een(kaart, '#_markeer-vragen-aanleiding-1'), '::before').display, 'geen ster voor een item op papier').to.equal('none');
      const vandaag = new Date().toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
      expect(tekstVan(een(kaart, '.afdrukdatum'))).to.equal(`Afgedrukt op ${vandaag}.`);
      expect(zichtbaar(een(kaart, '.afdrukdatum'))).to.equal(true);
      expect(zichtbaar(een(kaart, '.bron'))).to.equal(true);
      window.dispatchEvent(new Event('afterprint'));
      await kaart.updateComplete;
      expect(tekstVan(een(kaart, '#_toelichting-inhoud')), 'na het afdrukken weer alleen de knop').to.equal('');
    });

    it('drukt een open toelichting af ná de kaart: eerst titel, vraag en delen, dan de toelichting, dan de bron', async () => {
      const kaart = await kaartMet('mw-signalen-kaart', { 'toelichting-open': '' });
      await emuleerMedia({ media: 'print' });
      const boven = (selector: string) => een(kaart, selector).getBoundingClientRect().top;
      const laatsteDeel = alle(kaart, '.deel').at(-1)!.getBoundingClientRect().bottom;
      expect(boven('.titel')).to.be.lessThan(boven('.vraag'));
      expect(boven('.vraag')).to.be.lessThan(boven('.delen'));
      expect(boven('.toelichting'), 'toelichting na de delen').to.be.at.least(laatsteDeel);
      expect(boven('.voet'), 'bron na de toelichting').to.be.greaterThan(boven('.toelichting'));
      expect(getComputedStyle(een(kaart, '.toelichting-knop')).textDecorationLine).to.equal('none');
      // Geen kop als laatste regel van een bladzijde, geen bladzijde met alleen de bron.
      for (const kop of alle(kaart, '.deel-titel, .kant-titel, .groep-titel, .toelichting-titel')) {
        expect(getComputedStyle(kop).breakAfter, kop.className).to.equal('avoid');
      }
      expect(getComputedStyle(een(kaart, '.voet')).breakBefore).to.equal('avoid');
    });

    it('drukt ook af wat het zoeken verbergt', async () => {
      const kaart = await kaartMet('mw-lessen-kaart');
      const veld = een(kaart, '#_zoekveld') as HTMLInputElement;
      veld.value = 'bestuurders';
      veld.dispatchEvent(new InputEvent('input'));
      await kaart.updateComplete;
      expect(alle(kaart, 'li.item').filter((i) => (i as HTMLElement).checkVisibility()).length).to.be.lessThan(36);
      await emuleerMedia({ media: 'print' });
      expect(alle(kaart, 'li.item').filter((i) => (i as HTMLElement).checkVisibility())).to.have.length(36);
    });
  });
});

describeAlleenChromium('afdrukken van een kaart in de shadow root van een ander component', () => {
  it('houdt de kaart zichtbaar voor de printer', async () => {
    const omhulsel = document.createElement('div');
    document.body.append(omhulsel);
    const root = omhulsel.attachShadow({ mode: 'open' });
    root.innerHTML = '<mw-lessen-kaart></mw-lessen-kaart>';
    const kaart = root.querySelector('mw-lessen-kaart') as HTMLElement & { updateComplete: Promise<boolean> };
    await kaart.updateComplete;
    const origineel = window.print;
    let zichtbaar = '';
    window.print = () => {
      zichtbaar = getComputedStyle(kaart.shadowRoot!.querySelector('.titel')!).visibility;
    };
    try {
      await emuleerMedia({ media: 'print' });
      await kiesUitMenu(kaart, 'Afdrukken');
      await waitUntil(() => zichtbaar, 'print() wordt niet aangeroepen');
    } finally {
      window.print = origineel;
      window.dispatchEvent(new Event('afterprint'));
      await gewoneMedia();
      omhulsel.remove();
    }
    expect(zichtbaar).to.equal('visible');
    expect(omhulsel.hasAttribute('data-mw-afdrukken-pad')).to.equal(false);
  });
});
