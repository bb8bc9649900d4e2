#!/usr/bin/env node
/**
 * `npm test`: Web Test Runner in Chromium, Firefox en WebKit, of in de motoren die `--browser` noemt
 * (`npm test -- --browser firefox`, ook `--browser chromium,webkit` of meermaals). Web Test Runner zelf zou
 * `firefox` als bestandspatroon lezen; daarom haalt dit script de optie eruit en geeft het de keuze door in
 * MW_TEST_BROWSERS, die test/plugins/motoren.js leest. Alle andere opties gaan ongewijzigd naar Web Test Runner.
 */
import { startTestRunner } from '@web/test-runner';

const argumenten = process.argv.slice(2);
const motoren = [];
const rest = [];
for (let i = 0; i < argumenten.length; i += 1) {
  const arg = argumenten[i];
  if (arg === '--browser') motoren.push(argumenten[++i] ?? '');
  else if (arg.startsWith('--browser=')) motoren.push(arg.slice('--browser='.length));
  else rest.push(arg);
}
if (motoren.length > 0) process.env.MW_TEST_BROWSERS = motoren.join(',');

await startTestRunner({ argv: rest });
