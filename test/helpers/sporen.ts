import { expect } from '@open-wc/testing';

/**
 * Doet `handelingen` en controleert daarna dat er geen spoor buiten de pagina bleef: geen localStorage,
 * sessionStorage, cookies of nieuwe IndexedDB-databases, en geen netwerkverzoek (fetch, XHR, sendBeacon, geladen bron).
 */
export async function zonderSporen(handelingen: () => Promise<void>): Promise<void> {
  const verzoeken: string[] = [];
  const origineel = { fetch: window.fetch, open: XMLHttpRequest.prototype.open, beacon: navigator.sendBeacon };
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
    await handelingen();
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
}
