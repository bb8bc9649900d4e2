/**
 * Web Test Runner-commando `schermafdruk`: een PNG (base64) van een rechthoek van de testpagina, in CSS-pixels van
 * het venster, om pixels te meten die geen berekende stijl laat zien (zoals de achtergrondplaat die Chromium in hoog
 * contrast achter tekst tekent). Alleen Chromium (over Puppeteer); elders een fout.
 */
export function schermafdrukPlugin() {
  return {
    name: 'schermafdruk',
    async executeCommand({ command, payload, session }) {
      if (command !== 'schermafdruk') return undefined;
      if (session.browser.motor !== 'chromium') throw new Error(`schermafdruk werkt alleen in Chromium, niet in ${session.browser.name}`);
      const { x, y, breedte, hoogte } = payload;
      const pagina = session.browser.getPage(session.id);
      return pagina.screenshot({ clip: { x, y, width: breedte, height: hoogte }, encoding: 'base64', captureBeyondViewport: false });
    },
  };
}
