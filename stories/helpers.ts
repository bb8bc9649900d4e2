/**
 * Wat de verhalen (stories) van alle kaarten delen: welke kaarten er zijn, hoe een kaart
 * getekend wordt, de controls en de varianten. De kaarttekst komt uit `content/*.json`;
 * hier staat geen zin van een kaart.
 */
import type { ArgTypes, Args, Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import type { InputType } from 'storybook/internal/types';
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { html as statischeHtml, unsafeStatic } from 'lit/static-html.js';
import { action } from 'storybook/actions';
import { kaartUitCatalogus, type KaartInCatalogus } from '../src/catalogus.js';
import { apiLid } from './manifest.js';

export type Verhaal = StoryObj;

/** Een kaart zoals de verhalen haar kennen: het element, zijn inhoud en het attribuut dat een deel kiest. */
export type KaartBeschrijving = KaartInCatalogus;

/** De zes kaarten, uit de catalogus die ook de tests gebruiken. */
export const kaarten = {
  signalen: kaartUitCatalogus('signalen'),
  argumenten: kaartUitCatalogus('argumenten'),
  vragen: kaartUitCatalogus('vragen'),
  vragenBeleid: kaartUitCatalogus('vragen-beleid'),
  vragenMaatwerk: kaartUitCatalogus('vragen-maatwerk'),
  lessen: kaartUitCatalogus('lessen'),
};

/** Een lege of ontbrekende waarde wordt geen attribuut. */
const alsAttribuut = (waarde: unknown) => (waarde === undefined || waarde === null || waarde === '' ? nothing : String(waarde));

/** Laat elke `mw-markering` zien in het paneel Actions, zoals de pagina haar krijgt. */
const meldMarkering = action('mw-markering');

/**
 * Tekent één kaart met de attributen uit de args, zoals een gebruiker haar in HTML zou schrijven.
 * `markeringen` wordt alleen opnieuw gezet als de control verandert: een andere control aanpassen
 * wist niet wat de gebruiker in het verhaal heeft gemarkeerd.
 */
export function tekenKaart(kaart: KaartBeschrijving, args: Args): TemplateResult {
  const tag = unsafeStatic(kaart.tag);
  const attribuut = unsafeStatic(kaart.attribuut);
  return statischeHtml`<${tag}
    ${attribuut}=${alsAttribuut(args[kaart.attribuut])}
    heading-level=${alsAttribuut(args['heading-level'])}
    toon=${alsAttribuut(args.toon)}
    lang=${alsAttribuut(args.lang)}
    ?toelichting-open=${args['toelichting-open'] === true}
    ?compact=${args.compact === true}
    ?markeerbaar=${args.markeerbaar === true}
    ?zonder-zoeken=${args['zonder-zoeken'] === true}
    ?zonder-afdrukken=${args['zonder-afdrukken'] === true}
    ?zonder-gespreksmodus=${args['zonder-gespreksmodus'] === true}
    ?statisch=${args.statisch === true}
    .markeringen=${guard([JSON.stringify(args.markeringen ?? [])], () => args.markeringen ?? [])}
    @mw-markering=${(gebeurtenis: CustomEvent) => meldMarkering(gebeurtenis.detail)}
  ></${tag}>`;
}

/**
 * Beschrijving, type en standaardwaarde van een attribuut (of de eigenschap `markeringen`) van elke kaart, uit
 * custom-elements.json. Verhalen met een `component` krijgen dit ook van Storybook zelf; verhalen zonder (Alle
 * kaarten, Werken met de kaart) hadden daardoor „-” als beschrijving.
 */
function uitManifest(naam: string, control: InputType['control'], options?: readonly (string | number)[]): InputType {
  const lid = apiLid('MwKaartBase', naam);
  return {
    name: naam,
    description: lid.description,
    control,
    ...(options ? { options } : {}),
    table: {
      category: lid.kind === 'field' ? 'properties' : 'attributes',
      type: { summary: lid.type?.text },
      defaultValue: lid.default === undefined ? undefined : { summary: lid.default },
    },
  };
}

/** De controls die elke kaart heeft. Beschrijving, type en standaardwaarde komen uit het manifest. */
export const gedeeldeArgTypes: ArgTypes = {
  'heading-level': uitManifest('heading-level', 'select', [1, 2, 3, 4, 5, 6, 'auto']),
  'toelichting-open': uitManifest('toelichting-open', 'boolean'),
  compact: uitManifest('compact', 'boolean'),
  markeerbaar: uitManifest('markeerbaar', 'boolean'),
  'zonder-zoeken': uitManifest('zonder-zoeken', 'boolean'),
  'zonder-afdrukken': uitManifest('zonder-afdrukken', 'boolean'),
  'zonder-gespreksmodus': uitManifest('zonder-gespreksmodus', 'boolean'),
  statisch: uitManifest('statisch', 'boolean'),
  toon: uitManifest('toon', 'text'),
  lang: uitManifest('lang', 'select', ['', 'nl', 'en']),
  markeringen: uitManifest('markeringen', 'object'),
};

/** De sleutels van de delen van een kaart, zoals het attribuut ze accepteert. */
const sleutels = (kaart: KaartBeschrijving) => kaart.inhoud.delen.map((deel) => deel.sleutel);

/** Meta voor het verhaal van één kaart: render, controls en standaardwaarden. */
function kaartMeta(kaart: KaartBeschrijving): Partial<Meta> {
  const labels = Object.fromEntries(kaart.inhoud.delen.map((deel) => [deel.sleutel, `${deel.sleutel} (${deel.titel})`]));
  return {
    render: (args) => tekenKaart(kaart, args),
    argTypes: {
      [kaart.attribuut]: {
        control: { type: 'select', labels: { ...labels, '': `(leeg: ${kaart.inhoud.delen.length} delen)` } },
        options: ['', ...sleutels(kaart)],
      },
      ...gedeeldeArgTypes,
      // De properties achter de attributen: in de tabel, maar zonder eigen control.
      headingLevel: { control: { disable: true } },
      toelichtingOpen: { control: { disable: true } },
      zonderZoeken: { control: { disable: true } },
      zonderAfdrukken: { control: { disable: true } },
      zonderGespreksmodus: { control: { disable: true } },
    },
    args: { [kaart.attribuut]: '', 'toelichting-open': false },
  };
}

/** Zet de kaart in een smalle zijbalk van 280 pixels. */
const inZijbalk: Decorator = (verhaal) =>
  html`<aside aria-label="Zijbalk van 280 pixels" style="inline-size: 280px; border-inline-end: 1px dashed #999">${verhaal()}</aside>`;

/**
 * Zet de kaart op een brede pagina van precies 1280 pixels (issue 11, punt 4): de delen onder elkaar in volgorde, de
 * vragen van een groep in kolommen. Smaller canvas: scroll opzij; de kaart kijkt naar haar eigen breedte.
 */
const opBrede1280: Decorator = (verhaal) =>
  html`<div role="region" aria-label="Pagina van 1280 pixels breed" style="inline-size: 1280px; box-sizing: border-box; padding: 1rem">${verhaal()}</div>`;

/**
 * Alle verhalen van één kaart. `onbekend` is een waarde die het attribuut niet kent,
 * om de melding te laten zien; zij mag geen sleutel van een deel zijn.
 */
export function kaartVerhalen(kaart: KaartBeschrijving, onbekend: string) {
  if (sleutels(kaart).includes(onbekend)) {
    throw new Error(`${kaart.tag}: "${onbekend}" is juist een bekende waarde van ${kaart.attribuut}.`);
  }
  return {
    meta: kaartMeta(kaart),
    /** De hele kaart, met alle delen. */
    alles: {} satisfies Verhaal,
    /** Alleen het deel met deze sleutel; de sleutel moet in de inhoud van de kaart staan. */
    deel(sleutel: string): Verhaal {
      const deel = kaart.inhoud.delen.find((d) => d.sleutel === sleutel);
      if (!deel) throw new Error(`${kaart.tag}: geen deel met ${kaart.attribuut}="${sleutel}" in de inhoud.`);
      return {
        args: { [kaart.attribuut]: sleutel },
        parameters: { docs: { description: { story: `\`${kaart.attribuut}="${sleutel}"\`: ${deel.titel}.` } } },
      };
    },
    kopniveau4: { args: { 'heading-level': 4 } } satisfies Verhaal,
    toelichtingOpen: { args: { 'toelichting-open': true } } satisfies Verhaal,
    smal: { decorators: [inZijbalk] } satisfies Verhaal,
    breed1280: { decorators: [opBrede1280], parameters: { layout: 'fullscreen' } } satisfies Verhaal,
    /**
     * Een waarde die de kaart niet kent: de melding op de kaart, en (voor de ontwikkelaar) dezelfde melding als
     * waarschuwing in de console. Daarom niet op de Docs-pagina, en verwacht de browsercontrole die waarschuwing.
     */
    onbekend: {
      args: { [kaart.attribuut]: onbekend },
      argTypes: { [kaart.attribuut]: { control: 'text' } },
      tags: ['!autodocs'],
      parameters: { verwachteMeldingen: [`is geen bekende waarde voor ${kaart.attribuut}`] },
    } satisfies Verhaal,
  };
}
