#!/usr/bin/env node
/**
 * `npm test`: Web Test Runner in Chromium, Firefox en WebKit, of in de motoren die `--browser` noemt
 * (`npm test -- --browser firefox`, ook `--browser chromium,webkit` of meermaals).
 * - Zorgt eerst dat die browsers er zijn (scripts/zorg-voor-browsers.sh; installeert als root met apt-get).
 * - Web Test Runner zelf zou `firefox` als bestandspatroon lezen; daarom haalt dit script de optie eruit en geeft
 *   het de keuze door in MW_TEST_BROWSERS, die test/plugins/motoren.js leest.
 * Alle andere opties gaan ongewijzigd naar Web Test Runner, zoals `--files test/zoeken.test.ts`.
 * - Faalt een bestand alleen doordat de runner de pagina daarna niet kon sluiten (geen test faalde), dan draait dat
 *   bestand één keer opnieuw in die motor, met een melding; zie HAPERING hieronder.
 * - Een onafgehandelde afwijzing maakt de run rood, behalve „invalid session id” van de WebDriver nadat elke sessie
 *   klaar is (zie de afhandeling hieronder).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTestRunner } from '@web/test-runner';
import { gekozenMotoren } from '../test/plugins/motoren.js';
import { alleenHaperingen, HAPERING, zonderBestanden } from './gedeeld/haperingen.mjs';

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

/** De runner die nu draait, voor de afhandeling hieronder. */
let lopend;

/**
 * @web/test-runner-webdriver wacht niet op het starten van een sessie (`SessionManager.queueStartSession`): sluit de
 * WebDriver-sessie van WebKit terwijl de runner stopt, dan komt „invalid session id” als onafgehandelde afwijzing en
 * zou Node met status 1 stoppen, ook als alle tests al slaagden (gezien op 30 november 2026, na 2 277 geslaagde tests).
 * Alleen als elke sessie al klaar is, verandert dat niets aan de uitslag; anders telt elke onafgehandelde afwijzing als fout.
 */
process.on('unhandledRejection', (fout) => {
  const allesKlaar = lopend && [...lopend.sessions.all()].every((sessie) => sessie.status === 'FINISHED');
  if (allesKlaar && /invalid session id/.test(String(fout?.message))) {
    console.warn(`\nNa de laatste test sloot een WebDriver-sessie te vroeg („invalid session id”); de uitslag hierboven telt.`);
    return;
  }
  console.error(fout);
  process.exit(1);
});

/** Draait Web Test Runner en geeft of alles slaagde, met de sessies (één per bestand per motor). */
async function draai(argv) {
  const runner = await startTestRunner({ argv, autoExitProcess: false });
  if (!runner) process.exit(1);
  lopend = runner;
  const geslaagd = await new Promise((klaar) => runner.on('stopped', klaar));
  return { geslaagd, sessies: [...runner.sessions.all()] };
}

const eerste = await draai(rest);
const haperingen = eerste.geslaagd || process.env.MW_TEST_HERHALING ? [] : alleenHaperingen(eerste.sessies);
if (!haperingen || haperingen.length === 0) process.exit(eerste.geslaagd ? 0 : 1);

// Alleen de runner haperde: die bestanden één keer opnieuw, in de motoren waar het gebeurde. Een echte fout telt wel.
const bestanden = [...new Set(haperingen.map((sessie) => path.relative(process.cwd(), sessie.testFile)))];
const motorenOpnieuw = [...new Set(haperingen.map((sessie) => sessie.browser.name.toLowerCase()))];
console.log(`\nDe runner kon de pagina niet sluiten (${HAPERING}) bij ${bestanden.join(', ')} in ${motorenOpnieuw.join(', ')}, ` +
  'terwijl alle tests erin slaagden. Die bestanden draaien één keer opnieuw in die motoren:\n');
// In een nieuw proces: de launchers uit web-test-runner.config.js zijn na een run gestopt en niet opnieuw te starten.
const tweede = spawnSync(process.execPath, [fileURLToPath(import.meta.url), ...zonderBestanden(rest), '--files', ...bestanden], {
  stdio: 'inherit',
  env: { ...process.env, MW_TEST_BROWSERS: motorenOpnieuw.join(','), MW_TEST_HERHALING: '1' },
});
process.exit(tweede.status ?? 1);
