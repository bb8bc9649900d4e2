/**
 * Web Test Runner-commando `klembord-toestaan`: geeft de testpagina waar dat kan (Chromium) toestemming om het
 * klembord te lezen en te schrijven. Firefox (WebDriver BiDi) en WebKit (WebDriver) kennen zulke toestemming niet;
 * daar werkt het klembord alleen na een echte toetsaanslag, en leest een test het door te plakken
 * (`leesKlembord` in test/helpers/toetsenbord.ts). Geeft terug of de toestemming gegeven is.
 */
export function klembordPlugin() {
  return {
    name: 'klembord-toestaan',
    async executeCommand({ command, session }) {
      if (command !== 'klembord-toestaan') return undefined;
      if (session.browser.motor !== 'chromium') return false;
      const page = session.browser.getPage(session.id);
      const herkomst = new URL(page.url()).origin;
      await page.browserContext().overridePermissions(herkomst, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
      await page.bringToFront();
      return true;
    },
  };
}
