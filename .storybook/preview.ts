import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';
import nldsTokens from '@nl-design-system-unstable/nlds-design-tokens/src/tokens.json';
import manifest from '../custom-elements.json';
import '../themas/donker.css';
import { nldsDocumentatieCss } from '../themas/nlds-documentatie.js';

// De NL Design System-documentatietokens komen alleen als JSON; hier worden ze CSS.
const nldsBlad = new CSSStyleSheet();
nldsBlad.replaceSync(nldsDocumentatieCss(nldsTokens, '.nlds-thema'));
document.adoptedStyleSheets = [...document.adoptedStyleSheets, nldsBlad];

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
  // Kies in de werkbalk een thema: de kaarten nemen het over zonder één --mw-* (zie themas/README.md).
  globalTypes: {
    thema: {
      description: 'NL Design System-thema rond de kaart',
      toolbar: {
        title: 'Thema',
        icon: 'paintbrush',
        items: [
          { value: '', title: 'Standaard (geen thema)' },
          { value: 'voorbeeld-theme', title: 'Voorbeeld (NL Design System)' },
          { value: 'nlds-thema', title: 'NL Design System-documentatie' },
          { value: 'donker-thema', title: 'Donker (basistokens)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { thema: '' },
  decorators: [(verhaal, context) => html`<div class=${context.globals.thema ?? ''} style="padding: 0.5rem">${verhaal()}</div>`],
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
