/**
 * Rendert één kaart met Lit SSR zoals een server van een intranet dat doet, met de gebouwde module die
 * `import … from 'maatwerk-kaarten'` oplevert (dist/esm/src/index.js): de tekst zit in de module, dus er
 * hoeft niets vooraf te laden. Het tweede argument zijn attributen (`heading-level="auto" lang="en"`).
 * Schrijft de HTML naar stdout; waarschuwingen gaan naar stderr. Gebruikt door test/plugins/server-render.js.
 */
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import process from 'node:process';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';

// Dynamisch, ná de shim (zie docs/export.md).
await import('../../dist/esm/src/index.js');
const [tag, attributen = ''] = process.argv.slice(2);
if (!/^mw-[a-z-]+$/.test(tag ?? '')) throw new Error(`geen tag van een kaart: ${tag}`);
if (!/^(?:\s*[a-z-]+="[a-z0-9 -]*")*$/.test(attributen)) throw new Error(`geen attributen: ${attributen}`);
const begin = unsafeStatic(`${tag} ${attributen}`);
const eind = unsafeStatic(tag);
// De tag is statisch (lit/static-html); eslint-plugin-lit kent dat niet (zoals in scripts/export/ssr.mjs).
// eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
process.stdout.write(await collectResult(render(html`<${begin}></${eind}>`)));
