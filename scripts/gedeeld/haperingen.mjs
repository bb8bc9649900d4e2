/**
 * Voor scripts/test.mjs: herkent een run die alleen faalde doordat de testrunner een pagina niet kon sluiten.
 * Zonder Node-imports, zodat test/eenheden/haperingen.test.ts het in de browser kan testen.
 */

/**
 * Een fout van de testrunner zelf, geen test: WebKitWebDriver hangt af en toe bij het sluiten van een pagina nadat
 * alle tests erin geslaagd zijn (gezien in één op de vijf volledige runs, steeds bij een ander bestand).
 */
export const HAPERING = 'Timed out stopping the browser page';

const gefaaldeTests = (suite) =>
  (suite?.tests ?? []).filter((test) => test.passed === false).length + (suite?.suites ?? []).reduce((som, sub) => som + gefaaldeTests(sub), 0);

/** Sessies die alleen faalden doordat de runner de pagina niet kon sluiten; `undefined` als er een echte fout is. */
export function alleenHaperingen(sessies) {
  const gefaald = sessies.filter((sessie) => !sessie.passed);
  const hapering = (sessie) => sessie.errors.length > 0 && sessie.errors.every((fout) => fout.message === HAPERING) && gefaaldeTests(sessie.testResults) === 0;
  return gefaald.every(hapering) ? gefaald : undefined;
}

/** De opties zonder `--files` en zijn bestanden. */
export function zonderBestanden(argv) {
  const uit = [];
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] !== '--files') uit.push(argv[i]);
    else while (argv[i + 1] && !argv[i + 1].startsWith('--')) i += 1;
  }
  return uit;
}

