import { expect } from '@open-wc/testing';
import '../src/index.js';
import { alle, een, kaartMet, tekstVan } from './helpers/dom.js';
import { kaarten } from './helpers/kaarten.js';
import { druk } from './helpers/toetsenbord.js';

describe('toelichting bij de kaart', () => {
  for (const { tag, inhoud } of kaarten) {
    it(`<${tag}>: de knop opent en sluit de toelichting met alle alinea's uit het boek`, async () => {
      const kaart = await kaartMet(tag);
      const knop = een(kaart, 'button.toelichting-knop') as HTMLButtonElement;
      const paneel = een(kaart, '#_toelichting-inhoud') as HTMLElement;
      expect(knop.getAttribute('aria-expanded')).to.equal('false');
      expect(knop.getAttribute('aria-controls')).to.equal(paneel.id);
      expect(paneel.offsetHeight).to.equal(0);

      knop.click();
      await kaart.updateComplete;
      expect(knop.getAttribute('aria-expanded')).to.equal('true');
      expect(paneel.offsetHeight).to.be.greaterThan(0);
      expect(kaart.hasAttribute('toelichting-open')).to.equal(true);
      const alineas = [...paneel.querySelectorAll(':scope > p:not(.doel, .correctie)')].map(tekstVan);
      expect(alineas).to.deep.equal(inhoud.toelichting);
      expect([...paneel.querySelectorAll('.doel')].map(tekstVan)).to.deep.equal((inhoud.doel ?? []).map((d) => d.tekst));
      await expect(kaart).to.be.accessible();

      knop.click();
      await kaart.updateComplete;
      expect(knop.getAttribute('aria-expanded')).to.equal('false');
      expect(paneel.offsetHeight).to.equal(0);
    });
  }

  it('werkt met het toetsenbord: Tab naar de knop, Enter opent, Spatie sluit', async () => {
    const kaart = await kaartMet('mw-vragen-kaart');
    const knop = een(kaart, 'button.toelichting-knop') as HTMLButtonElement;
    const ervoor = document.createElement('button');
    ervoor.textContent = 'ervoor';
    kaart.before(ervoor);
    ervoor.focus();
    await druk('Tab');
    expect(kaart.shadowRoot!.activeElement).to.equal(knop);
    await druk('Enter');
    await kaart.updateComplete;
    expect(knop.getAttribute('aria-expanded')).to.equal('true');
    await druk(' ');
    await kaart.updateComplete;
    expect(knop.getAttribute('aria-expanded')).to.equal('false');
    expect(kaart.shadowRoot!.activeElement).to.equal(knop);
    ervoor.remove();
  });

  it('heeft een zichtbare focusrand op de knop', async () => {
    const kaart = await kaartMet('mw-signalen-kaart');
    const knop = een(kaart, 'button.toelichting-knop') as HTMLButtonElement;
    const zonderFocus = getComputedStyle(knop).outlineStyle;
    knop.focus();
    await druk('Shift');
    const stijl = getComputedStyle(knop);
    expect(zonderFocus).to.equal('none');
    expect(stijl.outlineStyle).to.equal('solid');
    expect(parseFloat(stijl.outlineWidth)).to.be.at.least(2);
  });

  it('kan openstaan vanaf het begin met toelichting-open', async () => {
    const kaart = await kaartMet('mw-lessen-kaart', { 'toelichting-open': '' });
    expect(een(kaart, 'button.toelichting-knop').getAttribute('aria-expanded')).to.equal('true');
    expect((een(kaart, '#_toelichting-inhoud') as HTMLElement).offsetHeight).to.be.greaterThan(0);
  });

  it('toont de voetnoot van de Vragenkaart beleid en de correctie op de Argumentenkaart', async () => {
    const beleid = await kaartMet('mw-vragen-beleid-kaart', { 'toelichting-open': '' });
    expect(alle(beleid, '#_toelichting-inhoud > .voetnoten li').map(tekstVan)).to.deep.equal(kaarten[3].inhoud.voetnoten);
    const argumenten = await kaartMet('mw-argumenten-kaart', { 'toelichting-open': '' });
    expect(tekstVan(een(argumenten, '.correctie'))).to.contain('in het boek staat ‘ongelijke ongevallen’; hier staat ‘ongelijke gevallen’');
  });
});
