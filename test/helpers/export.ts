import { fixture, html } from '@open-wc/testing';
import { catalogus, type KaartInCatalogus } from '../../src/catalogus.js';
import type { Deel, Item } from '../../src/inhoud/kaart.js';
import { laadPagina } from './pagina.js';

/**
 * De pagina's die `npm run export` schrijft (scripts/export/exporteer.mjs), afgeleid uit de catalogus en de
 * vaste indeling uit docs/export.md, niet uit de export zelf: een ontbrekende pagina valt zo op.
 */
export interface StatischePagina {
  /** Het adres op de testserver, zoals `/export/vragen/fase-tijdens.html`. */
  pad: string;
  kaart: KaartInCatalogus;
  /** Het gekozen deel; leeg voor de hele kaart. */
  deel?: Deel;
}

export const EXPORT = '/export';

export const statischePaginas: StatischePagina[] = catalogus.flatMap((kaart) => [
  { pad: `${EXPORT}/${kaart.id}.html`, kaart },
  ...kaart.inhoud.delen.map((deel) => ({ pad: `${EXPORT}/${kaart.id}/${kaart.attribuut}-${deel.sleutel}.html`, kaart, deel })),
]);

/** De items die een pagina moet tonen: die van het gekozen deel, of van de hele kaart. */
export const verwachteItems = ({ kaart, deel }: StatischePagina): Item[] =>
  (deel ? [deel] : kaart.inhoud.delen).flatMap((d) => d.groepen.flatMap((g) => g.items));

/** Wat de testserver (web-dev-server) zelf aan elke HTML-pagina toevoegt; het staat niet in het bestand. */
const TESTSERVER = /\n?<!-- injected by web-dev-server -->\s*<script type="module" src="\/__web-dev-server__web-socket\.js"><\/script>/;

/** De tekst van een bestand uit de export, zoals het op schijf staat; een duidelijke fout als de export nog niet is gemaakt. */
export async function leesExport(pad: string): Promise<string> {
  const antwoord = await fetch(pad);
  if (!antwoord.ok) throw new Error(`${pad} ontbreekt (${antwoord.status}): draai eerst 'npm run export'.`);
  return (await antwoord.text()).replace(TESTSERVER, '');
}

/**
 * Laadt een pagina in een iframe met `sandbox="allow-same-origin"`: zonder `allow-scripts` draait er geen
 * enkel script, zoals op een intranet dat JavaScript uitzet. De parser bouwt de declaratieve shadow DOM wel.
 */
export async function laadZonderJavaScript(pad: string): Promise<{ frame: HTMLIFrameElement; document: Document; venster: Window & typeof globalThis }> {
  return laadPagina(pad, { sandbox: 'allow-same-origin' });
}

/**
 * Zet een geëxporteerde pagina in het testdocument, zodat axe (dat hier draait) haar kan controleren: de tekst
 * wordt geparset met `Document.parseHTMLUnsafe`, dat declaratieve shadow DOM opbouwt, en de stijlen en de body
 * worden overgenomen met `adoptNode` (de shadow roots gaan mee). Er draait geen script: de elementen zijn in dit
 * document niet geregistreerd en de pagina heeft geen scripts. De `lang` van de pagina komt op de container.
 */
export async function zetInTestdocument(tekst: string): Promise<HTMLDivElement> {
  const geparst = Document.parseHTMLUnsafe(tekst);
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.lang = geparst.documentElement.lang;
  for (const stijl of geparst.head.querySelectorAll('style')) container.append(document.adoptNode(stijl));
  container.append(...[...geparst.body.childNodes].map((knoop) => document.adoptNode(knoop)));
  return container;
}
