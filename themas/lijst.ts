/**
 * De echte NL Design System-thema's, uit hun eigen pakketten (devDependencies; niets ervan zit in het npm-pakket),
 * en ons eigen donkere schema: de ene lijst die test/themas.test.ts op contrast toetst en die de knop „Thema” in de
 * werkbalk van de Storybook aanbiedt. .storybook/main.ts maakt hieruit de module `virtual:mw-themas` (alleen de
 * gekozen thema's, MW_THEMAS, plus een eigen thema, MW_THEMA_CSS; zie de README onder „Storybook”).
 */

export interface ThemaBeschrijving {
  /** De waarde in de werkbalk en in `&globals=thema:<id>`. */
  id: string;
  titel: string;
  /** De klassen op de voorouder van de kaart, zoals een pagina met dit thema ze zet. */
  klasse: string;
  /** De stylesheets in volgorde: pakketpaden onder node_modules, of paden vanaf de hoofdmap van het project. */
  bladen: string[];
  /** Donker: de voorouder krijgt `color-scheme: dark` (schuifbalken, het zoekveld, `light-dark()`). */
  donker?: boolean;
}

export const THEMAS: ThemaBeschrijving[] = [
  { id: 'voorbeeld', titel: 'Voorbeeld (NL Design System)', klasse: 'voorbeeld-theme', bladen: ['@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css'] },
  { id: 'utrecht', titel: 'Utrecht', klasse: 'utrecht-theme', bladen: ['@utrecht/design-tokens/dist/index.css'] },
  {
    id: 'utrecht-donker',
    titel: 'Utrecht donker',
    klasse: 'utrecht-theme utrecht-theme--color-scheme-dark',
    bladen: ['@utrecht/design-tokens/dist/index.css', '@utrecht/design-tokens/dist/dark/index.css'],
    donker: true,
  },
  { id: 'denhaag', titel: 'Den Haag', klasse: 'denhaag-theme', bladen: ['@gemeente-denhaag/design-tokens-components/dist/theme/index.css'] },
  { id: 'rijkshuisstijl', titel: 'Rijkshuisstijl (community)', klasse: 'rhc-theme', bladen: ['@rijkshuisstijl-community/design-tokens/dist/index.css'] },
  { id: 'amsterdam', titel: 'Amsterdam', klasse: 'ams-theme', bladen: ['@amsterdam/design-system-tokens/dist/index.theme.css', './themas/amsterdam.css'] },
  { id: 'donker', titel: 'Eigen donker schema (themas/donker.css)', klasse: 'donker-thema', bladen: ['./themas/donker.css'], donker: true },
];
