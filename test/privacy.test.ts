import { waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { alle, een, kaartMet, tekstVan } from './helpers/dom.js';
import { kiesUitMenu } from './helpers/menu.js';
import { zonderSporen } from './helpers/sporen.js';
import { druk, staKlembordToe } from './helpers/toetsenbord.js';

/**
 * De kaart staat naast het dossier van een inwoner. Ze bewaart niets (geen cookies, geen
 * localStorage, sessionStorage of IndexedDB) en verstuurt niets; de pagina bepaalt wat er bewaard wordt.
 */
describe('niets bewaren, niets versturen', () => {
  it('laat na zoeken, markeren, notities, kopiëren, deeplinks en gespreksmodus geen spoor na buiten de pagina', async () => {
    await staKlembordToe();
    await zonderSporen(async () => {
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
    });
  });
});
