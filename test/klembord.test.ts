import { expect, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { alle, een, kaartMet, tekstVan } from './helpers/dom.js';
import { druk, leesKlembord } from './helpers/toetsenbord.js';

const knop = (kaart: Element, tekst: string) => alle(kaart, 'button').find((k) => tekstVan(k) === tekst) as HTMLButtonElement;

/**
 * Het klembord in elke browsermotor, zoals een gebruiker het gebruikt: de knop met Enter indrukken, daarna plakken.
 * Op een http-intranet (geen veilige context) of als de Clipboard API weigert, kopieert de kaart via
 * `execCommand('copy')`; dat moet in Chromium, Firefox en WebKit werken.
 */
describe('kopiëren naar het klembord in elke browsermotor', () => {
  it('kopieert de link van een gemarkeerd item met de Clipboard API', async () => {
    const kaart = await kaartMet('mw-signalen-kaart', { markeerbaar: '' });
    (een(kaart, '#signalen-buikpijn-1 .markeer-knop') as HTMLButtonElement).click();
    await kaart.updateComplete;
    (een(kaart, '.overzicht .link-knop') as HTMLButtonElement).focus();
    await druk('Enter');
    await waitUntil(() => tekstVan(een(kaart, '.aankondiging')) === 'Link gekopieerd.', 'geen aankondiging');
    expect(await leesKlembord()).to.equal(`${window.location.href.split('#')[0]}#signalen-buikpijn-1`);
  });

  it('toont na kopiëren een paar seconden zichtbaar „Link gekopieerd.” naast de knop, zonder de naam van de knop te veranderen', async () => {
    const kaart = await kaartMet('mw-signalen-kaart', { markeerbaar: '' });
    (een(kaart, '#signalen-buikpijn-1 .markeer-knop') as HTMLButtonElement).click();
    await kaart.updateComplete;
    const linkKnop = een(kaart, '.overzicht .link-knop') as HTMLButtonElement;
    const breedte = linkKnop.getBoundingClientRect().width;
    linkKnop.focus();
    await druk('Enter');
    await waitUntil(() => linkKnop.getAttribute('data-gekopieerd') === 'Link gekopieerd.', 'geen zichtbare bevestiging');
    // Zichtbaar: de knop wordt breder door de bevestiging erin; ze heet nog „Kopieer link”.
    expect(linkKnop.getBoundingClientRect().width).to.be.greaterThan(breedte + 40);
    expect(tekstVan(linkKnop)).to.equal('Kopieer link');
    await waitUntil(() => tekstVan(een(kaart, '.aankondiging')) === 'Link gekopieerd.', 'geen aankondiging');
    await waitUntil(() => !linkKnop.hasAttribute('data-gekopieerd'), 'de bevestiging blijft staan', { timeout: 6000 });
    await expect(kaart).to.be.accessible();
  });

  it('kopieert ook zonder Clipboard API (zoals op http), via execCommand, en zet de focus terug op de knop', async () => {
    const kaart = await kaartMet('mw-lessen-kaart', { markeerbaar: '' });
    (een(kaart, '#lessen-ruggesteun-2 .markeer-knop') as HTMLButtonElement).click();
    await kaart.updateComplete;
    // Zoals op http: daar bestaat navigator.clipboard niet ([SecureContext]).
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    try {
      knop(kaart, 'Kopieer als tekst').focus();
      await druk('Enter');
      await waitUntil(() => tekstVan(een(kaart, '.aankondiging')) === 'Samenvatting gekopieerd.', 'niet gekopieerd');
    } finally {
      delete (navigator as { clipboard?: Clipboard }).clipboard;
    }
    expect(navigator.clipboard).to.exist;
    expect(kaart.shadowRoot!.querySelector('#_handmatige-kopie')).to.equal(null);
    expect(kaart.shadowRoot!.activeElement).to.equal(knop(kaart, 'Kopieer als tekst'));
    const geplakt = await leesKlembord();
    expect(geplakt).to.match(/^Lessenkaart: gemarkeerd voor deze casus\n/);
    expect(geplakt).to.contain('géén afvinklijstje');
  });
});
