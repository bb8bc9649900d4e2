/**
 * Web Test Runner-commando `toegankelijkheidsboom`: de volledige toegankelijkheidsboom van
 * Chromium (ook lijsten en lijstitems, die de standaard-snapshot weglaat), zonder de
 * knopen die alleen opmaak zijn; tekst staat als knoop met rol `text`. Zo kan een test rollen, namen en niveaus lezen
 * zoals een schermlezer ze krijgt.
 */
const DOORZICHTIG = new Set(['generic', 'none', 'paragraph']);
const WEGLATEN = new Set(['InlineTextBox', 'LineBreak', 'ListMarker']);

function snoei(knoop) {
  if (WEGLATEN.has(knoop.role)) return [];
  if (knoop.role === 'StaticText') return [{ role: 'text', name: knoop.name, children: [] }];
  const kinderen = (knoop.children ?? []).flatMap(snoei);
  if (DOORZICHTIG.has(knoop.role)) return kinderen;
  const { role, name, level, expanded } = knoop;
  return [{ role, name, ...(level ? { level } : {}), ...(expanded !== undefined ? { expanded } : {}), children: kinderen }];
}

export function toegankelijkheidsboomPlugin() {
  return {
    name: 'toegankelijkheidsboom',
    async executeCommand({ command, payload, session }) {
      if (command !== 'toegankelijkheidsboom') return undefined;
      if (session.browser.motor !== 'chromium') throw new Error(`toegankelijkheidsboom werkt alleen in Chromium, niet in ${session.browser.name}`);
      const page = session.browser.getPage(session.id);
      const root = payload?.selector ? await page.$(payload.selector) : undefined;
      const snapshot = await page.accessibility.snapshot({ interestingOnly: false, ...(root ? { root } : {}) });
      return snoei(snapshot)[0] ?? null;
    },
  };
}
