import { nothing, type TemplateResult } from 'lit';
import { html as htmlMetKop, unsafeStatic, type StaticValue } from 'lit/static-html.js';

export interface KopOpties {
  id?: string;
  klasse?: string;
  part?: string;
  /** Of de kop de focus kan krijgen (tabindex="-1"), zodat het element de focus erheen kan zetten. */
  focusbaar?: boolean;
}

/** De tag van een kop in een sjabloon van `lit/static-html` (`htmlMetKop`): `<${tag.open} …>…</${tag.sluit}>`. */
export interface KopTag {
  open: StaticValue;
  sluit: StaticValue;
}

/** h1 tot en met h6 zijn er in HTML; een dieper niveau wordt een element met role="heading" en aria-level. */
const HOOGSTE_HTML_KOP = 6;

const tags = new Map<number, KopTag>();

/**
 * De tag van een kop van het gegeven niveau: h1 tot en met h6, en daaronder een `div` met role="heading" en
 * aria-level, zodat de structuur ook diep in een pagina klopt. Zo kan één sjabloon een kop van elk niveau met zijn
 * inhoud bevatten, in plaats van een apart sjabloon (en een eigen instantie van Lit) voor de kop. De statische
 * markup komt alleen uit een geheel getal; tekst gaat nooit hierdoor, die blijft in de bindingen.
 */
export function kopTag(niveau: number): KopTag {
  const n = Math.max(1, Math.trunc(niveau) || 1);
  let tag = tags.get(n);
  if (!tag) {
    tag =
      n <= HOOGSTE_HTML_KOP
        ? { open: unsafeStatic(`h${n}`), sluit: unsafeStatic(`h${n}`) }
        : { open: unsafeStatic(`div role="heading" aria-level="${n}"`), sluit: unsafeStatic('div') };
    tags.set(n, tag);
  }
  return tag;
}

/**
 * Een kop van het gegeven niveau (zie `kopTag`), met de inhoud en de opties als bindingen. Een kop zonder id en
 * focus (de meeste) heeft een sjabloon met alleen de bindingen die ze gebruikt: elke binding blijft in het geheugen.
 */
export function kop(niveau: number, inhoud: unknown, opties: KopOpties = {}): TemplateResult {
  const tag = kopTag(niveau);
  const { id, klasse = nothing, part, focusbaar } = opties;
  if (id === undefined && !focusbaar) {
    return part === undefined
      ? htmlMetKop`<${tag.open} class=${klasse}>${inhoud}</${tag.sluit}>`
      : htmlMetKop`<${tag.open} class=${klasse} part=${part}>${inhoud}</${tag.sluit}>`;
  }
  return htmlMetKop`<${tag.open} id=${id ?? nothing} class=${klasse} part=${part ?? nothing} tabindex=${focusbaar ? '-1' : nothing}>${inhoud}</${tag.sluit}>`;
}
