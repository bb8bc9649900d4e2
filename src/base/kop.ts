import { html, unsafeStatic } from 'lit/static-html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { TemplateResult } from 'lit';

const koppen = [1, 2, 3, 4, 5, 6].map((n) => unsafeStatic(`h${n}`));

export interface KopOpties {
  id?: string;
  klasse?: string;
  part?: string;
  /** Of de kop de focus kan krijgen (tabindex="-1"), zodat het element de focus erheen kan zetten. */
  focusbaar?: boolean;
}

/**
 * Een kop van het gegeven niveau: h1 tot en met h6, en daaronder een element met
 * role="heading" en aria-level, zodat de structuur ook diep in een pagina klopt.
 */
export function kop(niveau: number, inhoud: unknown, opties: KopOpties = {}): TemplateResult {
  const { id, klasse, part } = opties;
  const tabindex = opties.focusbaar ? '-1' : undefined;
  if (niveau <= 6) {
    const tag = koppen[Math.max(1, niveau) - 1];
    // lit/static-html zet de tagnaam erin; eslint-plugin-lit kent dat niet.
    // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
    return html`<${tag} id=${ifDefined(id)} class=${ifDefined(klasse)} part=${ifDefined(part)} tabindex=${ifDefined(tabindex)}>${inhoud}</${tag}>`;
  }
  return html`<div
    role="heading"
    aria-level=${niveau}
    id=${ifDefined(id)}
    class=${ifDefined(klasse)}
    part=${ifDefined(part)}
    tabindex=${ifDefined(tabindex)}
  >
    ${inhoud}
  </div>`;
}
