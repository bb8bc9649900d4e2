/**
 * Start Chromium headless met puppeteer-core: CHROME_PATH, anders /usr/bin/chromium (Debian),
 * dezelfde vlaggen als de tests, zonder netwerk naar buiten.
 */
import puppeteer from 'puppeteer-core';

export const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Start de browser; `extraVlaggen` bijvoorbeeld `--js-flags=--expose-gc`. Sluit hem altijd met `browser.close()`. */
export function startChromium(extraVlaggen = []) {
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-dev-shm-usage',
      ...extraVlaggen,
    ],
  });
}
