import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import nldsTokens from '@nl-design-system-unstable/nlds-design-tokens/src/tokens.json';
import { beginThema, themas } from 'virtual:mw-themas';
import manifest from '../custom-elements.json';
import { nldsDocumentatieCss } from '../themas/nlds-documentatie.js';
import { metTagOmTePlakken } from '../stories/tag-blok.js';
import { BREEDTES } from './breedtes.js';

// De NL Design System-documentatietokens komen alleen als JSON; hier worden ze CSS (alleen onder .nlds-thema).
const nldsBlad = new CSSStyleSheet();
nldsBlad.replaceSync(nldsDocumentatieCss(nldsTokens, '.nlds-thema'));
document.adoptedStyleSheets = [...document.adoptedStyleSheets, nldsBlad];

/** De thema's uit de werkbalk, en het thema van de documentatie van NL Design System (gemaakt uit JSON, altijd geladen). */
const ALLE_THEMAS = [...themas, { id: 'nlds', titel: 'NL Design System-documentatie', klasse: 'nlds-thema', donker: false }];

/**
 * Zet de CSS van één thema op de pagina en haalt die van het vorige weg: Den Haag en Amsterdam zetten ook iets op
 * :root, en twee thema's tegelijk zouden elkaar beïnvloeden. Een loader, zodat de kaart pas tekent als haar thema er is.
 */
const geladen = new Map<string, CSSStyleSheet[]>();
let themaBladen: CSSStyleSheet[] = [];
async function zetThema(id: string): Promise<void> {
  const thema = themas.find((t) => t.id === id);
  let bladen: CSSStyleSheet[] = [];
  if (thema) {
    bladen = geladen.get(id) ?? [];
    if (!geladen.has(id)) {
      bladen = (await thema.laad()).map((css) => {
        const blad = new CSSStyleSheet();
        blad.replaceSync(css);
        return blad;
      });
      geladen.set(id, bladen);
    }
  }
  document.adoptedStyleSheets = [...document.adoptedStyleSheets.filter((blad) => !themaBladen.includes(blad)), ...bladen];
  themaBladen = bladen;
}

/**
 * Het thema om het verhaal en de tag om te plakken: de voorouder met de klasse van het thema (zoals een pagina van die
 * organisatie), met haar achtergrond en tekstkleur en `color-scheme`, en `lang="nl"`: op een Docs-pagina staat elk
 * verhaal in een `div lang="en"` van Storybook, en de kaarten namen de taal van hun interface daarvan over.
 */
const inThema: Decorator = (verhaal, { globals, viewMode }) => {
  const thema = ALLE_THEMAS.find((t) => t.id === globals.thema);
  return html`<div
    class="mw-canvas ${thema?.klasse ?? ''}"
    lang="nl"
    data-thema=${thema?.id ?? ''}
    style=${styleMap({ colorScheme: thema?.donker ? 'dark' : 'light', minBlockSize: viewMode === 'docs' ? undefined : '100vh' })}
  >
    ${verhaal()}
  </div>`;
};

/** Het verhaal in een vak zo breed als de plek die in de werkbalk gekozen is. */
const inBreedte: Decorator = (verhaal, { globals }) => {
  const breedte = BREEDTES.find((b) => b.id === globals.breedte);
  return html`<div class="mw-breedte" data-breedte=${breedte?.id ?? ''} style=${styleMap({ inlineSize: breedte ? `${breedte.pixels}px` : undefined })}>
    ${verhaal()}
  </div>`;
};

interface Lid {
  privacy?: string;
  static?: boolean;
}

/**
 * Alleen de publieke API in de docs: zonder private en protected leden en zonder statics,
 * die in de controls niets zouden doen.
 */
const publiekeApi = {
  ...manifest,
  modules: manifest.modules.map((module) => ({
    ...module,
    declarations: module.declarations?.map((declaratie) =>
      'members' in declaratie && Array.isArray(declaratie.members)
        ? { ...declaratie, members: (declaratie.members as Lid[]).filter((lid) => !lid.privacy && !lid.static) }
        : declaratie,
    ),
  })),
};

setCustomElementsManifest(publiekeApi);

/** Parts en custom properties staan in de tabel als documentatie; een control zou er niets mee doen. */
const alleenDocumentatie = new Set(['css shadow parts', 'css custom properties']);

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    // Kies in de werkbalk een thema: de kaarten nemen het over zonder één --mw-* (zie themas/README.md).
    thema: {
      description: 'NL Design System-thema rond de kaart',
      toolbar: {
        title: 'Thema',
        icon: 'paintbrush',
        items: [{ value: '', title: 'Standaard (geen thema)' }, ...ALLE_THEMAS.map(({ id, titel }) => ({ value: id, title: titel }))],
        dynamicTitle: true,
      },
    },
    breedte: {
      description: 'Breedte van de plek waar de kaart staat',
      toolbar: {
        title: 'Breedte',
        icon: 'browser',
        items: [{ value: '', title: 'Vrij (zo breed als het canvas)' }, ...BREEDTES.map(({ id, titel }) => ({ value: id, title: titel }))],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { thema: beginThema, breedte: '' },
  loaders: [async ({ globals }) => zetThema(String(globals.thema ?? ''))],
  // Van binnen naar buiten: het vak van de breedte om het verhaal, daaronder de tag om te plakken, het thema om beide.
  decorators: [inBreedte, metTagOmTePlakken, inThema],
  argTypesEnhancers: [
    ({ argTypes }) =>
      Object.fromEntries(
        Object.entries(argTypes).map(([naam, argType]) => [
          naam,
          alleenDocumentatie.has(String(argType.table?.category)) ? { ...argType, control: { disable: true } } : argType,
        ]),
      ),
  ],
  // De kaarten zijn Nederlands; de pagina waarin ze staan ook.
  beforeAll: () => {
    document.documentElement.lang = 'nl';
  },
  parameters: {
    // Het canvas zonder eigen rand: de voorouder met het thema vult het, met haar eigen witruimte.
    layout: 'fullscreen',
    // Elke schending van axe telt als fout, niet als 'todo'.
    a11y: { test: 'error' },
    controls: { expanded: true },
    options: {
      // Eerst onze introductie (daar opent de Storybook), dan het werken met een kaart en elke kaart in de volgorde van het boek.
      storySort: {
        order: [
          'Introductie',
          'Werken met de kaart',
          'Kaarten',
          [
            'Alle kaarten',
            'Signalenkaart',
            'Argumentenkaart',
            'Vragenkaart',
            'Vragenkaart beleid',
            'Vragenkaart maatwerk',
            'Lessenkaart',
            'Begrippen',
            'Eigen kaart',
          ],
        ],
      },
    },
  },
};

export default preview;
