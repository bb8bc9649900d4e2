/** custom-elements.json wordt gemaakt uit de JSDoc van de elementen: `npm run analyze`. */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/mw-kaarten.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
};
