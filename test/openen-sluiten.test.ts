import { expect } from '@open-wc/testing';
import '../src/index.js';
import { alle, een, kaartMet, tekstVan } from './helpers/dom.js';
import { kiesUitMenu } from './helpers/menu.js';
import { emuleerMedia, gewoneMedia } from './helpers/media.js';
import { describeAlleenChromium } from './helpers/motor.js';
import { actiefElement, druk } from './helpers/toetsenbord.js';

const knopVan = (kaart: Element, groep: string) => een(kaart, `#${groep} .groep-knop`) as HTMLButtonElement;
const lijstVan = (kaart: Element, groep: string) => een(kaart, `#_items-${groep}`) as HTMLElement;

describe('groepen openen en sluiten', () => {
  afterEach(() => gewoneMedia());

  it('heeft per groep een knop in de kop met aria-expanded, die de lijst opent en sluit', async () => {
    const kaart = await kaartMet('mw-signalen-kaart');
    const groepKnop = knopVan(kaart, 'signalen-melding');
    expect(groepKnop.getAttribute('aria-expanded')).to.equal('true');
    expect(groepKnop.getAttribute('aria-controls')).to.equal('_items-signalen-melding');
    expect(groepKnop.closest('h5')).to.exist;
    groepKnop.click();
    await kaart.updateComplete;
    expect(groepKnop.getAttribute('aria-expanded')).to.equal('false');
    expect(lijstVan(kaart, 'signalen-melding').checkVisibility()).to.equal(false);
    await expect(kaart).to.be.accessible();
  });

  it('werkt met het toetsenbord en houdt de focus op de knop', async () => {
    const kaart = await kaartMet('mw-lessen-kaart');
    const groepKnop = knopVan(kaart, 'lessen-lef');
    groepKnop.focus();
    await druk('Enter');
    await kaart.updateComplete;
    expect(groepKnop.getAttribute('aria-expanded')).to.equal('false');
    await druk(' ');
    await kaart.updateComplete;
    expect(groepKnop.getAttribute('aria-expanded')).to.equal('true');
    expect(actiefElement()).to.equal(groepKnop);
  });

  it('begint met compact met alle groepen dicht; „Alles openen” en „Alles sluiten” werken en worden aangekondigd', async () => {
    const kaart = await kaartMet('mw-argumenten-kaart', { compact: '' });
    const open = () => alle(kaart, '.groep-knop').filter((k) => k.getAttribute('aria-expanded') === 'true').length;
    expect(open()).to.equal(0);
    await kiesUitMenu(kaart, 'Alles openen');
    await kaart.updateComplete;
    expect(open()).to.equal(21);
    await new Promise(requestAnimationFrame);
    expect(tekstVan(een(kaart, '.aankondiging'))).to.equal('Alle groepen zijn open.');
    await kiesUitMenu(kaart, 'Alles sluiten');
    await kaart.updateComplete;
    expect(open()).to.equal(0);
  });

  describeAlleenChromium('afdrukmedia geëmuleerd', () => {
    it('drukt altijd alle groepen af, ook de dichte', async () => {
      const kaart = await kaartMet('mw-vragen-kaart', { compact: '' });
      await emuleerMedia({ media: 'print' });
      const zichtbaar = alle(kaart, 'li.item').filter((item) => (item as HTMLElement).offsetHeight > 0);
      expect(zichtbaar).to.have.length(47);
    });
  });
});
