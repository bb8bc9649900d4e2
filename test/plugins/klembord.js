/**
 * Web Test Runner-commando `klembord-toestaan`: geeft de testpagina toestemming om het klembord
 * te lezen en te schrijven, zodat een test kan nagaan wat „Kopieer als tekst” erop zette.
 */
export function klembordPlugin() {
  return {
    name: 'klembord-toestaan',
    async executeCommand({ command, session }) {
      if (command !== 'klembord-toestaan') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('klembord-toestaan werkt alleen met de Chrome-launcher');
      const page = session.browser.getPage(session.id);
      const herkomst = new URL(page.url()).origin;
      await page.browserContext().overridePermissions(herkomst, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
      await page.bringToFront();
      return true;
    },
  };
}
