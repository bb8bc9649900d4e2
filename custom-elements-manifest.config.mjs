/**
 * custom-elements.json wordt gemaakt uit de JSDoc van de elementen: `npm run analyze`.
 * CI controleert dat het gecommitte bestand daarmee overeenkomt.
 */

/** De analyzer leest bestanden in wisselende volgorde; gesorteerd is de uitvoer elke keer gelijk. */
const vasteVolgorde = {
  name: 'maatwerk-kaarten/vaste-volgorde',
  packageLinkPhase({ customElementsManifest }) {
    customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/mw-kaarten.ts', 'src/react/**'],
  outdir: '.',
  litelement: true,
  packagejson: true,
  plugins: [vasteVolgorde],
};
