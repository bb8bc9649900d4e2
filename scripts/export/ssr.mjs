/**
 * Rendert de echte elementen uit dist/esm/src/ met Lit SSR tot HTML met declaratieve shadow DOM
 * (`<template shadowrootmode="open">`). Er is geen tweede template: wat hier uitkomt is wat de
 * elementen in de browser tonen, met de stijlen van het element in de shadow root.
 */
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';

/** Registreert alle elementen (de gebouwde npm-modules, met Lit als afhankelijkheid), ná de shim van Lit SSR. */
export async function laadElementen() {
  await import('../../dist/esm/src/index.js');
}

const attribuutWaarde = (waarde) => String(waarde).replace(/[&"<>]/g, (teken) => `&#${teken.charCodeAt(0)};`);

/** `{ fase: 'tijdens', 'toelichting-open': true }` → `fase="tijdens" toelichting-open`. */
function attributenAlsTekst(attributen) {
  return Object.entries(attributen)
    .filter(([, waarde]) => waarde !== false && waarde !== undefined && waarde !== null)
    .map(([naam, waarde]) => {
      if (!/^[a-z][a-z0-9-]*$/.test(naam)) throw new Error(`Ongeldige attribuutnaam: ${naam}`);
      return waarde === true ? naam : `${naam}="${attribuutWaarde(waarde)}"`;
    })
    .join(' ');
}

/**
 * De opmerkingen waarmee Lit SSR de plekken voor hydratie markeert. Een pagina zonder script hydrateert
 * niet; daar zijn de opmerkingen alleen ballast. Kaarttekst kan ze niet bevatten: Lit escapet `<` in tekst.
 */
const HYDRATIEMARKERING = /<!--\/?lit-(?:part|node)(?: [^>]*)?-->/g;

/**
 * Eén element als HTML: de host met zijn attributen en zijn shadow root als `<template shadowrootmode="open">`.
 * Met `hydreerbaar` blijven de markeringen van Lit staan, zodat de bundel de kaart op de pagina hydrateert
 * (knoppen en zoeken erbij) in plaats van haar opnieuw te tekenen.
 */
export async function renderElement(tag, attributen = {}, { hydreerbaar = false } = {}) {
  if (!/^mw-[a-z-]+$/.test(tag)) throw new Error(`Onverwachte tag: ${tag}`);
  const tekst = attributenAlsTekst(attributen);
  const opening = unsafeStatic(tekst ? `${tag} ${tekst}` : tag);
  const sluiting = unsafeStatic(tag);
  // De tag en de attributen zijn statisch (uit de catalogus); lit/static-html zet ze in het template.
  // eslint-plugin-lit kent dat niet (zoals in src/gedeeld/kop.ts).
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  const uitkomst = await collectResult(render(html`<${opening}></${sluiting}>`));
  if (!uitkomst.includes('shadowrootmode="open"')) throw new Error(`<${tag}> gaf geen declaratieve shadow root.`);
  // Een melding (onbekende waarde, ongeldig kopniveau) hoort niet in een gepubliceerde pagina.
  const melding = /<p class="melding"[^>]*>([^<]*)<\/p>/.exec(uitkomst);
  if (melding) throw new Error(`<${tag} ${tekst}> toont een melding: ${melding[1]}`);
  return hydreerbaar ? uitkomst : uitkomst.replace(HYDRATIEMARKERING, '');
}
