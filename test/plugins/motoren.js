import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';
import { webkitLauncher } from './webkit.js';

/**
 * De drie browsermotoren waarin de tests draaien, elk met de browser van het systeem (Debian-paketten; zie
 * scripts/zorg-voor-browsers.sh). Te overschrijven met CHROME_PATH, FIREFOX_PATH en WEBKIT_DRIVER_PATH.
 */
const LAUNCHERS = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
      },
    }),
  // Firefox via Puppeteer over WebDriver BiDi: Debian heeft geen geckodriver.
  firefox: () =>
    chromeLauncher({
      puppeteer,
      launchOptions: { browser: 'firefox', executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr', headless: true },
      // Elk testbestand in een tabblad dat de focus heeft: anders houdt soms een eerder tabblad de focus, en dan
      // verplaatst Tab niets en matcht :focus-visible niet (gezien in een CI-run, niet te voorspellen).
      createPage: async ({ context }) => {
        const pagina = await context.newPage();
        await pagina.bringToFront();
        return pagina;
      },
    }),
  webkit: () => webkitLauncher(),
};

export const MOTOREN = Object.keys(LAUNCHERS);

/** De naam van een motor zoals de uitvoer en de tests haar noemen. */
const NAMEN = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

/**
 * De gekozen motoren uit MW_TEST_BROWSERS (door komma's gescheiden, zoals `firefox` of `chromium,webkit`; scripts/test.mjs
 * zet hem voor `npm test -- --browser firefox`), anders alle drie.
 */
export function gekozenMotoren(keuze = process.env.MW_TEST_BROWSERS ?? '') {
  const gekozen = keuze
    .split(',')
    .map((motor) => motor.trim().toLowerCase())
    .filter(Boolean);
  const onbekend = gekozen.filter((motor) => !MOTOREN.includes(motor));
  if (onbekend.length > 0) throw new Error(`Onbekende browser ${onbekend.join(', ')}: kies uit ${MOTOREN.join(', ')}.`);
  return gekozen.length > 0 ? [...new Set(gekozen)] : MOTOREN;
}

export function launchers(motoren = gekozenMotoren()) {
  return motoren.map((motor) => {
    const launcher = LAUNCHERS[motor]();
    const initialize = launcher.initialize.bind(launcher);
    // Elke launcher heet naar zijn motor, ook in de uitvoer van Web Test Runner.
    launcher.initialize = async (...args) => {
      await initialize(...args);
      launcher.name = NAMEN[motor];
    };
    launcher.name = NAMEN[motor];
    launcher.motor = motor;
    return launcher;
  });
}

/** Web Test Runner-commando `motor`: in welke motor de test draait (`chromium`, `firefox` of `webkit`). */
export function motorPlugin() {
  return {
    name: 'motor',
    executeCommand({ command, session }) {
      if (command !== 'motor') return undefined;
      return session.browser.motor;
    },
  };
}
