/**
 * Voor test/cms-insluiten.test.ts, met de echte pakketten uit npm:
 * - `ckeditor5` wordt de browserbouw die het pakket zelf meelevert (dist/browser/ckeditor5.js, dezelfde als
 *   op de CDN van CKEditor): de losse ES-modules importeren `fuzzysort`, dat alleen CommonJS/UMD is.
 * - het commando `sanitize-html` draait sanitize-html in Node, waar het hoort, met de instellingen uit
 *   examples/cms/sanitize-html.js, en geeft de uitvoer (of met `sanitize-html-instellingen` de instellingen zelf)
 *   terug aan de test in de browser.
 */
export function cmsPlugin() {
  return {
    name: 'cms',
    resolveImport({ source }) {
      if (source === 'ckeditor5') return '/node_modules/ckeditor5/dist/browser/ckeditor5.js';
      return undefined;
    },
    async executeCommand({ command, payload }) {
      if (command !== 'sanitize-html' && command !== 'sanitize-html-instellingen') return undefined;
      const { default: sanitizeHtml } = await import('sanitize-html');
      const { sanitizeHtmlInstellingen } = await import('../../examples/cms/sanitize-html.js');
      return command === 'sanitize-html' ? sanitizeHtml(payload.html, sanitizeHtmlInstellingen) : sanitizeHtmlInstellingen;
    },
  };
}
