#!/usr/bin/env node
/**
 * `npm test`: Web Test Runner in Chromium, Firefox en WebKit, of in de motoren die `--browser` noemt
 * (`npm test -- --browser firefox`, ook `--browser chromium,webkit` of meermaals).
 * - Zorgt eerst dat die browsers er zijn (scripts/zorg-voor-browsers.sh; installeert als root met apt-get).
 * - Web Test Runner zelf zou `firefox` als bestandspatroon lezen; daarom haalt dit script de optie eruit en geeft
 *   het de keuze door in MW_TEST_BROWSERS, die test/plugins/motoren.js leest.
 * Alle andere opties gaan ongewijzigd naar Web Test Runner, zoals `--files test/zoeken.test.ts`.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startTestRunner } from '@web/test-runner';
import { gekozenMotoren } from '../test/plugins/motoren.js';

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

try {
  const zorg = fileURLToPath(new URL('zorg-voor-browsers.sh', import.meta.url));
  execFileSync('sh', [zorg, ...gekozenMotoren()], { stdio: 'inherit' });
} catch (fout) {
  console.error(fout.status === undefined ? fout.message : '');
  process.exit(1);
}

await startTestRunner({ argv: rest });
