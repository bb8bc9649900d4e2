/**
 * De HTML-pagina's om de gerenderde elementen heen: een statische pagina per kaart en per deel,
 * een iframe-pagina per kaart (met de bundel) en de index. Elke pagina is compleet en staat op zichzelf.
 */
import { createHash } from 'node:crypto';

/** Escapet tekst voor HTML (inhoud en attribuutwaarden). */
export const tekst = (waarde) => String(waarde).replace(/[&<>"]/g, (teken) => `&#${teken.charCodeAt(0)};`);

/** Opmaak van de pagina om de kaart heen. De kaart zelf brengt haar stijlen mee in haar shadow root. */
export const PAGINA_CSS = [
  'body{margin:0;padding:1rem;background:#fff;color:#1b1b1b;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;line-height:1.5}',
  'main,nav{max-inline-size:72rem;margin-inline:auto}',
  'nav{margin-block-start:1.5rem;font-size:.9375rem}',
  'nav ul,.paginas{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;margin:0 0 .5rem;padding:0;list-style:none}',
  'a{color:#01689b;text-underline-offset:.2em}',
  'a:focus-visible{outline:3px solid #000;outline-offset:2px}',
  '[aria-current=page]{color:inherit;font-weight:700;text-decoration:none}',
  'h1{color:#01689b;font-size:1.75rem;line-height:1.25}',
  '.kaart-links{margin-block:1.5rem;padding-block-start:1rem;border-block-start:1px solid #b4b4b4}',
  '.kaart-links h2{margin:0;font-size:1.25rem}',
  '.kaart-links p{margin:.25rem 0 .5rem}',
  '@page{size:A4;margin:15mm}',
  '@media print{body{padding:0}nav{display:none}}',
].join('\n');

/** De CSP-bron voor precies deze inline stijl (`'sha256-…'`). */
const hashVan = (css) => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;

/** De hashes van alle `<style>`-blokken in de HTML, ook die in de declaratieve shadow roots. */
function stijlHashes(...stukken) {
  const hashes = new Set();
  for (const stuk of stukken) for (const [, css] of stuk.matchAll(/<style>([\s\S]*?)<\/style>/g)) hashes.add(hashVan(css));
  return [...hashes].join(' ');
}

/**
 * Content-Security-Policy als `<meta>`. Statische pagina's: geen enkel script, geen verzoeken, alleen
 * precies de eigen stijlblokken. Iframe-pagina's: alleen scripts van dezelfde herkomst, met Trusted Types.
 */
function csp({ scripts, stijlen }) {
  return [
    "default-src 'none'",
    scripts ? "script-src 'self'" : null,
    `style-src ${scripts ? "'self' " : ''}${stijlen}`,
    scripts ? "require-trusted-types-for 'script'; trusted-types lit-html" : null,
    "base-uri 'none'",
    "form-action 'none'",
  ]
    .filter(Boolean)
    .join('; ');
}

function kop({ titel, beschrijving, beleid, robots, extra = '' }) {
  return [
    '<!doctype html>',
    '<html lang="nl">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${tekst(beleid)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${tekst(titel)}</title>`,
    beschrijving ? `<meta name="description" content="${tekst(beschrijving)}">` : '',
    robots ? `<meta name="robots" content="${robots}">` : '',
    `<style>${PAGINA_CSS}</style>`,
    extra,
    '</head>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** Een lijst links; de link naar de pagina zelf is een `aria-current`-markering zonder href. */
export function linklijst(links, klasse) {
  const items = links.map(({ href, label, huidig }) =>
    huidig ? `<li><a aria-current="page">${tekst(label)}</a></li>` : `<li><a href="${tekst(href)}">${tekst(label)}</a></li>`,
  );
  return `<ul${klasse ? ` class="${klasse}"` : ''}>${items.join('')}</ul>`;
}

/**
 * Een statische pagina: het gerenderde element in `<main>`, daaronder navigatie naar de andere delen.
 * Geen enkel script; de CSP in de pagina zelf staat er ook geen toe.
 */
export function statischePagina({ titel, beschrijving, element, navigatie }) {
  const nav = navigatie
    .map(({ label, links }) => `<nav aria-label="${tekst(label)}">\n${linklijst(links)}\n</nav>`)
    .join('\n');
  return [
    kop({ titel, beschrijving, beleid: csp({ scripts: false, stijlen: stijlHashes(`<style>${PAGINA_CSS}</style>`, element) }) }),
    '<body>',
    '<main>',
    element,
    '</main>',
    nav,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * Een pagina voor een iframe: de bundel en een klein extern script dat parameters uit het adres
 * (`?fase=tijdens`) als attributen op het element zet. Zonder JavaScript toont `<noscript>` links naar
 * de statische pagina's. Niet voor zoekmachines: dezelfde tekst staat in de statische pagina's.
 */
/**
 * Een pagina zoals een intranet die op de server maakt: de kaart staat als HTML in de pagina (declaratieve
 * shadow DOM met de markeringen van Lit) en de bundel met hydratie (mw-kaarten-hydratie.js) hydrateert haar. De tekst staat er zo snel als bij
 * een statische pagina; het script voegt alleen het gedrag toe.
 */
export function serverPagina({ titel, beschrijving, element }) {
  return [
    kop({
      titel,
      beschrijving,
      beleid: csp({ scripts: true, stijlen: stijlHashes(`<style>${PAGINA_CSS}</style>`, element) }),
      robots: 'noindex',
      extra: '<script type="module" src="../mw-kaarten-hydratie.js"></script>',
    }),
    '<body>',
    '<main>',
    element,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export function iframePagina({ titel, tag, attributen, parameters, zonderJavaScript }) {
  const attrs = Object.entries(attributen)
    .map(([naam, waarde]) => (waarde === true ? naam : `${naam}="${tekst(waarde)}"`))
    .join(' ');
  return [
    kop({
      titel,
      robots: 'noindex',
      beleid: csp({ scripts: true, stijlen: stijlHashes(`<style>${PAGINA_CSS}</style>`) }),
      extra: ['<script type="module" src="parameters.js"></script>', '<script type="module" src="../mw-kaarten.js"></script>'].join('\n'),
    }),
    '<body>',
    '<main>',
    `<${tag} ${attrs} data-parameters="${tekst(parameters.join(' '))}"></${tag}>`,
    `<noscript>\n<p>${tekst(zonderJavaScript.tekst)}</p>\n${linklijst(zonderJavaScript.links, 'paginas')}\n</noscript>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** De index: alle pagina's per kaart, voor redacteuren en zoekmachines. */
export function indexPagina({ titel, inleiding, kaarten, overige }) {
  const blokken = [...kaarten, overige].map(
    ({ id, titel: blokTitel, vraag, links }) =>
      [
        `<section class="kaart-links" aria-labelledby="kop-${tekst(id)}">`,
        `<h2 id="kop-${tekst(id)}">${tekst(blokTitel)}</h2>`,
        vraag ? `<p>${tekst(vraag)}</p>` : '',
        linklijst(links, 'paginas'),
        '</section>',
      ]
        .filter(Boolean)
        .join('\n'),
  );
  return [
    kop({ titel, beschrijving: inleiding[0], beleid: csp({ scripts: false, stijlen: stijlHashes(`<style>${PAGINA_CSS}</style>`) }) }),
    '<body>',
    '<main>',
    `<h1>${tekst(titel)}</h1>`,
    ...inleiding.map((alinea) => `<p>${tekst(alinea)}</p>`),
    ...blokken,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
