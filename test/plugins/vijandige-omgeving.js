import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPOSITORY = fileURLToPath(new URL('../..', import.meta.url)).replace(/[\\/]$/, '');

/** De strengste Content-Security-Policy uit het issue, met Trusted Types en alleen de policy van Lit. */
export const STRENGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/** Voor `<mw-kaart src>`, dat met fetch laadt: dezelfde policy, plus `connect-src 'self'` (zie SECURITY.md). */
export const STRENGE_CSP_MET_LADEN = `${STRENGE_CSP}; connect-src 'self'`;

/**
 * Middleware voor de testpagina's:
 * - `/test/ruw/<pad>` levert een bestand uit de repository ongewijzigd (JSON als JSON);
 * - pagina's die met `csp-` beginnen krijgen de strenge CSP als echte HTTP-header (`csp-eigen-`: met `connect-src 'self'`);
 * - `/dist/andere-versie.js` is de echte bundel met een ander versienummer, zoals wanneer
 *   twee web parts of micro-frontends elk hun eigen versie meebrengen;
 * - `/wisselend/<sleutel>/demo/eigen-kaart/<naam>.json` geeft 404 tot `/wisselend/<sleutel>/herstel`, daarna dat
 *   bestand: een eigen kaart die eerst niet laadt en daarna wel („Probeer opnieuw” in `<mw-kaart>`).
 */
/** De sleutels (van `/wisselend/…`) waar `…/herstel` gevraagd is: daar laden de bestanden wel. */
const hersteld = new Set();

/**
 * Zoals een gewone webserver: een 404 komt niet in de cache van de browser. De testrunner zet op elk pad met een
 * extensie een cache van een jaar (ook op een 404), daarom gaat dit antwoord buiten Koa om.
 */
function nietGevonden(ctx) {
  ctx.respond = false;
  ctx.res.writeHead(404, { 'cache-control': 'no-store', 'content-type': 'text/plain' }).end('niet gevonden');
}

export function vijandigeOmgeving() {
  return async (ctx, next) => {
    // JSON zoals een webserver het levert: de esbuild-plugin van de testserver maakt van elk .json-bestand JavaScript.
    if (ctx.path.startsWith('/test/ruw/')) {
      // Alleen bestanden binnen de repository: ook `%2e%2e` en dubbele schuine strepen vallen af.
      const bestand = path.resolve(REPOSITORY, '.' + path.posix.normalize(ctx.path.slice('/test/ruw'.length).replace(/%2e/gi, '.')));
      if (!bestand.startsWith(REPOSITORY + path.sep)) {
        ctx.status = 403;
        return;
      }
      ctx.type = 'application/json';
      ctx.body = await readFile(bestand, 'utf8');
      return;
    }
    if (ctx.path === '/dist/andere-versie.js') {
      const bundel = await readFile(new URL('../../dist/mw-kaarten.js', import.meta.url), 'utf8');
      const { version } = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
      ctx.type = 'application/javascript';
      ctx.body = bundel.replaceAll(`"${version}"`, '"0.0.9-andere"');
      return;
    }
    const wisselend = /^\/wisselend\/(\w+)\/(.*)$/.exec(ctx.path);
    if (wisselend) {
      const [, sleutel, rest] = wisselend;
      if (rest === 'herstel') {
        hersteld.add(sleutel);
        ctx.body = { hersteld: true };
      } else if (hersteld.has(sleutel) && /^demo\/eigen-kaart\/[\w.-]+\.json$/.test(rest)) {
        ctx.type = 'application/json';
        ctx.body = await readFile(path.join(REPOSITORY, rest), 'utf8');
      } else nietGevonden(ctx);
      return;
    }
    await next();
    if (/^\/test\/vijandig\/csp-[^/]*\.html$/.test(ctx.path)) {
      ctx.set('Content-Security-Policy', ctx.path.startsWith('/test/vijandig/csp-eigen-') ? STRENGE_CSP_MET_LADEN : STRENGE_CSP);
    }
  };
}
