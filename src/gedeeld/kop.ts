import { html, nothing, type TemplateResult } from 'lit';

export interface KopOpties {
  id?: string;
  klasse?: string;
  part?: string;
  /** Of de kop de focus kan krijgen (tabindex="-1"), zodat het element de focus erheen kan zetten. */
  focusbaar?: boolean;
}

type Attribuut = string | typeof nothing;
type Kopsjabloon = (id: Attribuut, klasse: Attribuut, part: Attribuut, tabindex: Attribuut, inhoud: unknown) => TemplateResult;

/**
 * Eén gewoon sjabloon per kopniveau. Zes korte sjablonen zijn kleiner dan `lit/static-html` met een
 * tagnaam als variabele, en Lit maakt per niveau één keer een `<template>`.
 */
const koppen: Kopsjabloon[] = [
  (id, klasse, part, tabindex, inhoud) => html`<h1 id=${id} class=${klasse} part=${part} tabindex=${tabindex}>${inhoud}</h1>`,
  (id, klasse, part, tabindex, inhoud) => html`<h2 id=${id} class=${klasse} part=${part} tabindex=${tabindex}>${inhoud}</h2>`,
  (id, klasse, part, tabindex, inhoud) => html`<h3 id=${id} class=${klasse} part=${part} tabindex=${tabindex}>${inhoud}</h3>`,
  (id, klasse, part, tabindex, inhoud) => html`<h4 id=${id} class=${klasse} part=${part} tabindex=${tabindex}>${inhoud}</h4>`,
  (id, klasse, part, tabindex, inhoud) => html`<h5 id=${id} class=${klasse} part=${part} tabindex=${tabindex}>${inhoud}</h5>`,
  (id, klasse, part, tabindex, inhoud) => html`<h6 id=${id} class=${klasse} part=${part} tabindex=${tabindex}>${inhoud}</h6>`,
];

/** h1 tot en met h6 zijn er in HTML; een dieper niveau wordt een element met role="heading" en aria-level. */
const HOOGSTE_HTML_KOP = 6;

/**
 * Een kop van het gegeven niveau: h1 tot en met h6, en daaronder een element met
 * role="heading" en aria-level, zodat de structuur ook diep in een pagina klopt.
 */
export function kop(niveau: number, inhoud: unknown, opties: KopOpties = {}): TemplateResult {
  const id = opties.id ?? nothing;
  const klasse = opties.klasse ?? nothing;
  const part = opties.part ?? nothing;
  const tabindex = opties.focusbaar ? '-1' : nothing;
  if (niveau <= HOOGSTE_HTML_KOP) return koppen[Math.max(1, niveau) - 1](id, klasse, part, tabindex, inhoud);
  return html`<div role="heading" aria-level=${niveau} id=${id} class=${klasse} part=${part} tabindex=${tabindex}>${inhoud}</div>`;
}
