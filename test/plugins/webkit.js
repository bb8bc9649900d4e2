import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as wacht } from 'node:timers/promises';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

/** Waar Debian WebKitGTK zet; te overschrijven voor machines met een eigen WebKit. */
const DRIVER = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.WEBKIT_BROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const XVFB = process.env.XVFB_PATH || '/usr/bin/Xvfb';

/**
 * Een waakhond: een apart Node-proces dat de procesgroepen van Xvfb en WebKitWebDriver (met MiniBrowser en zijn
 * WebKit-processen) beëindigt zodra deze run eindigt, hoe dan ook: ook na een fout, Ctrl-C, SIGTERM of SIGKILL.
 * Hij merkt dat aan het einde van zijn stdin, dat alleen deze run open houdt. Elke regel op stdin is een groep.
 */
const WAAKHOND = `
const groepen = new Set();
let rest = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (stuk) => {
  const regels = (rest + stuk).split('\\n');
  rest = regels.pop();
  for (const regel of regels) if (regel.startsWith('-')) groepen.delete(regel.slice(1)); else if (regel) groepen.add(regel);
});
process.stdin.on('end', () => {
  const stuur = (signaal) => { for (const groep of groepen) try { process.kill(-Number(groep), signaal); } catch {} };
  stuur('SIGTERM');
  setTimeout(() => { stuur('SIGKILL'); process.exit(0); }, 2000);
});`;
let waakhond;

function bewaak(kind) {
  if (!waakhond) {
    waakhond = spawn(process.execPath, ['-e', WAAKHOND], { stdio: ['pipe', 'ignore', 'ignore'], detached: true });
    waakhond.unref();
    waakhond.stdin.unref?.();
  }
  waakhond.stdin.write(`${kind.pid}\n`);
  kind.once('exit', () => waakhond.stdin.write(`-${kind.pid}\n`));
}

/** Start een programma in een eigen procesgroep, zodat het met alles wat het zelf start te stoppen is. */
function start(programma, argumenten, opties) {
  const kind = spawn(programma, argumenten, { ...opties, detached: true });
  bewaak(kind);
  return kind;
}

/** Stopt de procesgroep van een kind: eerst netjes (Xvfb ruimt dan zijn lock-bestand op), na 3 s hard. */
async function stop(kind) {
  if (!kind || kind.exitCode !== null || kind.signalCode !== null) return;
  const geeindigd = new Promise((klaar) => kind.once('exit', klaar));
  const stuur = (signaal) => {
    try {
      process.kill(-kind.pid, signaal);
    } catch {
      // Al weg.
    }
  };
  stuur('SIGTERM');
  if ((await Promise.race([geeindigd.then(() => true), wacht(3000, false)])) === false) stuur('SIGKILL');
}

/** Een vrije TCP-poort op 127.0.0.1: het besturingssysteem kiest er een, de server sluit meteen weer. */
function vrijePoort() {
  return new Promise((klaar, fout) => {
    const server = createServer();
    server.once('error', fout);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => klaar(port));
    });
  });
}

/**
 * Start een eigen Xvfb op een vrij schermnummer (`-displayfd`: de X-server kiest het zelf en meldt het), want
 * MiniBrowser kent geen headless modus. Zonder Xvfb maar met een DISPLAY (een gewone desktop) gebruikt hij dat.
 */
async function startScherm() {
  if (!existsSync(XVFB)) {
    if (process.env.DISPLAY) return { display: process.env.DISPLAY };
    throw new Error(`WebKit heeft een X-server nodig: ${XVFB} ontbreekt (apt-get install xvfb, of zet XVFB_PATH).`);
  }
  const xvfb = start(XVFB, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp', '-noreset'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let uitvoer = '';
  xvfb.stderr.on('data', (stuk) => (uitvoer += stuk));
  const nummer = await new Promise((klaar, fout) => {
    let gelezen = '';
    xvfb.stdio[3].on('data', (stuk) => {
      gelezen += stuk;
      if (gelezen.includes('\n')) klaar(gelezen.trim());
    });
    xvfb.once('exit', (code) => fout(new Error(`Xvfb stopte (code ${code}) voordat het een scherm had:\n${uitvoer}`)));
  });
  return { display: `:${nummer}`, xvfb };
}

/** Start WebKitWebDriver op een vrije poort en wacht tot het antwoordt. */
async function startDriver(display) {
  if (!existsSync(DRIVER)) throw new Error(`${DRIVER} ontbreekt (apt-get install webkit2gtk-driver, of zet WEBKIT_DRIVER_PATH).`);
  const poort = await vrijePoort();
  const driver = start(DRIVER, [`--port=${poort}`], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, DISPLAY: display } });
  let uitvoer = '';
  driver.stderr.on('data', (stuk) => (uitvoer += stuk));
  for (let poging = 0; poging < 100; poging += 1) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver stopte meteen (code ${driver.exitCode}):\n${uitvoer}`);
    try {
      const antwoord = await fetch(`http://127.0.0.1:${poort}/status`);
      if (antwoord.ok) return { driver, poort };
    } catch {
      // Nog niet klaar.
    }
    await wacht(100);
  }
  throw new Error(`WebKitWebDriver antwoordt niet op poort ${poort}:\n${uitvoer}`);
}

/**
 * De WebDriver-launcher van Web Test Runner voor WebKitGTK: start bij het begin van de run Xvfb en
 * WebKitWebDriver (dat MiniBrowser in automatiseringsmodus opent) en stopt beide weer aan het eind.
 */
class WebkitLauncher extends WebdriverLauncher {
  constructor() {
    super({
      hostname: '127.0.0.1',
      path: '/',
      capabilities: {
        browserName: 'MiniBrowser',
        // Zonder dit probeert webdriverio WebDriver BiDi, en dan mislukt het maken van de sessie.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      },
    });
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.scherm = await startScherm();
    const { driver, poort } = await startDriver(this.scherm.display);
    this.driverProces = driver;
    this.options.port = poort;
  }

  async stop() {
    await super.stop();
    await stop(this.driverProces);
    await stop(this.scherm?.xvfb);
  }

  /** Eén toets per WebDriver-aanroep: WebKit verliest herhaalde letters als webdriverio ze in één reeks stuurt. */
  async sendKeys(sessionId, toetsen) {
    for (const toets of toetsen) await super.sendKeys(sessionId, [toets]);
  }
}

export const webkitLauncher = () => new WebkitLauncher();
