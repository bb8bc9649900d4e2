/**
 * Web Test Runner-commando `emuleer-media`: zoals `emulateMedia` uit @web/test-runner-commands,
 * maar ook met `forcedColors` (hoog contrast), dat die plugin voor de Chrome-launcher overslaat.
 * Elke aanroep vult de vorige aan; `null` zet een kenmerk terug.
 * Alleen Chromium kan dit hier (over CDP); in Firefox en WebKit is terugzetten niets doen en emuleren een fout.
 */
const KENMERKEN = { colorScheme: 'prefers-color-scheme', reducedMotion: 'prefers-reduced-motion', forcedColors: 'forced-colors' };

export function mediaPlugin() {
  const perSessie = new Map();
  return {
    name: 'emuleer-media',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emuleer-media') return undefined;
      if (session.browser.motor !== 'chromium') {
        if (Object.values(payload).every((waarde) => waarde == null)) return false;
        throw new Error(`emuleer-media werkt alleen in Chromium, niet in ${session.browser.name}`);
      }
      const vorige = perSessie.get(session.id);
      const cdp = vorige?.cdp ?? (await session.browser.getPage(session.id).createCDPSession());
      const stand = { ...(vorige?.stand ?? {}), ...payload };
      perSessie.set(session.id, { cdp, stand });
      const features = Object.entries(KENMERKEN)
        .filter(([sleutel]) => stand[sleutel] != null)
        .map(([sleutel, name]) => ({ name, value: stand[sleutel] }));
      // Puppeteer kent forced-colors niet; het Chrome DevTools Protocol wel.
      await cdp.send('Emulation.setEmulatedMedia', { media: stand.media ?? '', features });
      return true;
    },
  };
}
