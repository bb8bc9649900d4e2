import { expect, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { alle, een, kaartMet, tekstVan } from './helpers/dom.js';
import { kiesUitMenu } from './helpers/menu.js';
import { druk, staKlembordToe } from './helpers/toetsenbord.js';

/**
 * De kaart staat naast het dossier van een inwoner. Ze bewaart niets (geen cookies, geen
 * localStorage, sessionStorage of IndexedDB) en verstuurt niets; de pagina bepaalt wat er bewaard wordt.
 */
describe('niets bewaren, niets versturen', () => {
  it('laat na zoeken, markeren, notities, kopiëren, deeplinks en gespreksmodus geen spoor na buiten de pagina', async () => {
    await staKlembordToe();
    const verzoeken: string[] = [];
    const origineel = {
      fetch: window.fetch,
      open: XMLHttpRequest.prototype.open,
      beacon: navigator.sendBeacon,
    };
    window.fetch = (...args: Parameters<typeof fetch>) => {
      verzoeken.push(`fetch ${String(args[0])}`);
      return origineel.fetch(...args);
    };
    XMLHttpRequest.prototype.open = function open(this: XMLHttpRequest, methode: string, adres: string | URL) {
      verzoeken.push(`xhr ${methode} ${String(adres)}`);
      return origineel.open.call(this, methode, adres, true);
    } as typeof XMLHttpRequest.prototype.open;
    navigator.sendBeacon = (url: string | URL) => {
      verzoeken.push(`beacon ${String(url)}`);
      return true;
    };
    const bronnenVoor = performance.getEntriesByType('resource').length;
    const databasesVoor = (await indexedDB.databases()).length;
    try {
      const kaart = await kaartMet('mw-argumenten-kaart', { markeerbaar: '', compact: '' });
      const veld = een(kaart, '#_zoekveld') as HTMLInputElement;
      veld.value = 'privacy';
      veld.dispatchEvent(new InputEvent('input'));
      await kaart.updateComplete;
      (een(kaart, '#argumenten-juridisch-onmogelijk-2 .markeer-knop') as HTMLButtonElement).click();
      await kaart.updateComplete;
      const notitie = een(kaart, '#_notitie-argumenten-juridisch-onmogelijk-2') as HTMLTextAreaElement;
      notitie.value = 'BSN van de inwoner staat in het dossier';
      notitie.dispatchEvent(new InputEvent('input'));
      (alle(kaart, 'button').find((k) => tekstVan(k) === 'Kopieer als tekst') as HTMLButtonElement).focus();
      await druk('Enter');
      await waitUntil(() => tekstVan(een(kaart, '.aankondiging')) === 'Samenvatting gekopieerd.');
      (een(kaart, '.overzicht .link-knop') as HTMLButtonElement).click();
      kaart.setAttribute('toon', 'argumenten-imago-1');
      await kiesUitMenu(kaart, 'Gespreksmodus');
      await waitUntil(() => kaart.shadowRoot!.querySelector<HTMLDialogElement>('dialog.gesprek')?.open, 'gespreksmodus gaat niet open');
      (een(kaart, 'dialog.gesprek') as HTMLDialogElement).close();
      await kaart.updateComplete;
      await new Promise((klaar) => setTimeout(klaar, 100));

      expect(localStorage.length, 'localStorage').to.equal(0);
      expect(sessionStorage.length, 'sessionStorage').to.equal(0);
      expect(document.cookie, 'cookies').to.equal('');
      expect((await indexedDB.databases()).length, 'IndexedDB').to.equal(databasesVoor);
      expect(verzoeken, 'netwerkverzoeken').to.deep.equal([]);
      expect(performance.getEntriesByType('resource').length, 'geladen bronnen').to.equal(bronnenVoor);
    } finally {
      window.fetch = origineel.fetch;
      XMLHttpRequest.prototype.open = origineel.open;
      navigator.sendBeacon = origineel.beacon;
    }
  });
});
