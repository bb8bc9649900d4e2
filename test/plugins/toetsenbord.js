import { Key } from 'webdriverio';

/**
 * Web Test Runner-commando `toetsenbord`: echte toetsaanslagen in elke motor, waar `sendKeys` van
 * @web/test-runner-commands dat niet doet (met WebDriver geen ingedrukt gehouden toetsen, en webdriverio
 * stuurt getypte tekst in één reeks, waarbij WebKit herhaalde letters verliest).
 * Payload: `{ tekst }` typt tekst; `{ toetsen }` houdt alle toetsen behalve de laatste ingedrukt en slaat de laatste aan.
 * Toetsnamen zoals in Puppeteer (`Enter`, `Tab`, `Shift`, `Control`, `ArrowRight`, `' '` voor de spatiebalk).
 */
const SPATIE = new Set([' ', 'Space']);

/** De toets als WebDriver-waarde: een naam wordt het teken uit de WebDriver-toetsentabel, een letter blijft zichzelf. */
function webdriverWaarde(toets) {
  if (SPATIE.has(toets)) return ' ';
  if ([...toets].length === 1) return toets;
  const waarde = Key[toets];
  if (!waarde) throw new Error(`toetsenbord: onbekende toets ${toets}`);
  return waarde;
}

/** Puppeteer kent 'Space' als toetsnaam, maar Firefox (WebDriver BiDi) weigert die: de spatie zelf werkt overal. */
const puppeteerToets = (toets) => (SPATIE.has(toets) ? ' ' : toets);

async function viaPuppeteer(page, { tekst, toetsen }) {
  if (tekst !== undefined) {
    await page.keyboard.type(tekst);
    return;
  }
  const vast = toetsen.slice(0, -1).map(puppeteerToets);
  for (const toets of vast) await page.keyboard.down(toets);
  await page.keyboard.press(puppeteerToets(toetsen[toetsen.length - 1]));
  for (const toets of vast.reverse()) await page.keyboard.up(toets);
}

/** Knipt tekst in stukken zonder twee gelijke tekens na elkaar: "xyzzy" wordt ["xyz", "zy"]. */
export function zonderHerhaling(tekst) {
  const stukken = [];
  for (const teken of tekst) {
    const laatste = stukken.at(-1);
    if (laatste !== undefined && !laatste.endsWith(teken)) stukken[stukken.length - 1] += teken;
    else stukken.push(teken);
  }
  return stukken;
}

async function viaWebdriver(driver, { tekst, toetsen }) {
  const reeks = (acties) => driver.performActions([{ type: 'key', id: 'toetsenbord', actions: acties }]);
  if (tekst !== undefined) {
    // In één reeks verliest WebKit een letter die direct herhaald wordt ("xyzzy" wordt "xyzy"): een nieuwe aanroep
    // vóór elke herhaalde letter. Eén aanroep per teken werkt ook, maar maakt lange teksten traag.
    for (const stuk of zonderHerhaling(tekst)) {
      await reeks([...stuk].flatMap((value) => [{ type: 'keyDown', value }, { type: 'keyUp', value }]));
    }
    return;
  }
  const waarden = toetsen.map(webdriverWaarde);
  const vast = waarden.slice(0, -1);
  const laatste = waarden[waarden.length - 1];
  await reeks([
    ...vast.map((value) => ({ type: 'keyDown', value })),
    { type: 'keyDown', value: laatste },
    { type: 'keyUp', value: laatste },
    ...vast.reverse().map((value) => ({ type: 'keyUp', value })),
  ]);
}

export function toetsenbordPlugin() {
  return {
    name: 'toetsenbord',
    async executeCommand({ command, payload, session }) {
      if (command !== 'toetsenbord') return undefined;
      if (session.browser.type === 'puppeteer') await viaPuppeteer(session.browser.getPage(session.id), payload);
      else if (session.browser.type === 'webdriver') await viaWebdriver(session.browser.driver, payload);
      else throw new Error(`toetsenbord: geen ondersteuning voor ${session.browser.type}`);
      return true;
    },
  };
}
