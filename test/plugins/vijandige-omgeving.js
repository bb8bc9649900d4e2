import { readFile } from 'node:fs/promises';

/** De strengste Content-Security-Policy uit het issue, met Trusted Types en alleen de policy van Lit. */
export const STRENGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/**
 * Middleware voor de vijandige testpagina's in test/vijandig/:
 * - pagina's die met `csp-` beginnen krijgen de strenge CSP als echte HTTP-header;
 * - `/test/vijandig/andere-versie.js` is de echte bundel met een ander versienummer, zoals wanneer
 *   twee web parts of micro-frontends elk hun eigen versie meebrengen.
 */
export function vijandigeOmgeving() {
  return async (ctx, next) => {
    if (ctx.path === '/test/vijandig/andere-versie.js') {
      const bundel = await readFile(new URL('../../dist/mw-kaarten.js', import.meta.url), 'utf8');
      const { version } = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
      ctx.type = 'application/javascript';
      ctx.body = bundel.replaceAll(`"${version}"`, '"0.0.9-andere"');
      return;
    }
    await next();
    if (/^\/test\/vijandig\/csp-[^/]*\.html$/.test(ctx.path)) ctx.set('Content-Security-Policy', STRENGE_CSP);
  };
}
