import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * Web Test Runner-commando `druk-af-als-pdf`: laat Chromium de pagina afdrukken naar PDF, zoals de browser dat doet
 * (A4, de standaardmarges van de browser, zonder achtergronden, `@page` van de pagina telt mee), en leest de PDF
 * met pdf.js terug als tekstregels per bladzijde, met hun plaats (in punten, van linksboven).
 *
 * - zonder `pagina`: de pagina van de test zelf, zoals ze nu is (na een klik op de afdrukknop van een kaart, of
 *   zonder: dan is het de afdruk van de pagina met het menu van de browser);
 * - met `pagina` (een pad op de testserver, zoals `/test/paginas/een-kaart.html?tag=mw-lessen-kaart`): die pagina in
 *   een nieuw tabblad, afgedrukt zodra elk element met een shadow root getekend is; daarna gaat het tabblad dicht.
 *
 * Chromium stuurt bij het afdrukken zelf `beforeprint` en `afterprint`, zoals bij Ctrl+P.
 * Alleen Chromium kan dit hier (Page.printToPDF over CDP). Om de bladzijden zelf te bekijken: zet MW_AFDRUK_MAP op een
 * map, dan bewaart het commando elke PDF daar als `<naam>.pdf` (de `naam` die de test meegeeft).
 */
const A4 = { paperWidth: 210 / 25.4, paperHeight: 297 / 25.4 };

/** Stukken tekst op één hoogte die verder dan dit (in punten) uit elkaar staan, horen bij verschillende kolommen. */
const KOLOMAFSTAND = 12;

export function afdrukPdfPlugin() {
  return {
    name: 'druk-af-als-pdf',
    async executeCommand({ command, payload, session }) {
      if (command !== 'druk-af-als-pdf') return undefined;
      if (session.browser.motor !== 'chromium') throw new Error(`druk-af-als-pdf werkt alleen in Chromium, niet in ${session.browser.name}`);
      const testpagina = session.browser.getPage(session.id);
      const pagina = payload?.pagina ? await testpagina.browserContext().newPage() : testpagina;
      try {
        if (payload?.pagina) {
          await pagina.goto(new URL(payload.pagina, testpagina.url()).href, { waitUntil: 'load' });
          await pagina.waitForFunction(getekend, { timeout: 10_000 });
        }
        const cdp = await pagina.createCDPSession();
        try {
          const { data } = await cdp.send('Page.printToPDF', { ...A4, preferCSSPageSize: true });
          const bytes = Buffer.from(data, 'base64');
          await bewaar(bytes, payload?.naam);
          return await leesPdf(bytes);
        } finally {
          await cdp.detach();
        }
      } finally {
        if (pagina !== testpagina) await pagina.close();
      }
    },
  };
}

async function bewaar(bytes, naam) {
  const map = process.env.MW_AFDRUK_MAP;
  if (!map || !naam) return;
  await mkdir(map, { recursive: true });
  await writeFile(path.join(map, `${String(naam).replace(/[^\w.-]+/g, '_')}.pdf`), bytes);
}

/** In de pagina: staan alle elementen met een eigen tag er getekend (met shadow root, zonder lopende update)? */
async function getekend() {
  const elementen = [...document.querySelectorAll('*')].filter((element) => element.localName.includes('-'));
  if (elementen.length === 0 || elementen.some((element) => !element.shadowRoot)) return false;
  await Promise.all(elementen.map((element) => element.updateComplete));
  return true;
}

/**
 * De tekst van elke bladzijde als regels: stukken tekst op dezelfde hoogte, van links naar rechts; wat ver uit
 * elkaar staat (twee kolommen naast elkaar) zijn aparte regels. `y` is de basislijn, van de bovenkant van de bladzijde.
 */
async function leesPdf(bytes) {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const bladzijden = [];
    for (let nummer = 1; nummer <= pdf.numPages; nummer += 1) {
      const bladzijde = await pdf.getPage(nummer);
      const [, , breedte, hoogte] = bladzijde.view;
      const { items } = await bladzijde.getTextContent();
      const stukken = items
        .filter((item) => 'str' in item && item.str.trim() !== '')
        .map((item) => ({ tekst: item.str, x: item.transform[4], y: hoogte - item.transform[5], breedte: item.width, grootte: Math.hypot(item.transform[2], item.transform[3]) }))
        .sort((a, b) => a.y - b.y || a.x - b.x);
      bladzijden.push({ breedte, hoogte, regels: regelsUit(stukken) });
    }
    return { bladzijden };
  } finally {
    await pdf.destroy();
  }
}

function regelsUit(stukken) {
  const regels = [];
  let rij = [];
  const sluit = () => {
    rij.sort((a, b) => a.x - b.x);
    let regel;
    for (const stuk of rij) {
      if (regel && stuk.x - (regel.x + regel.breedte) < KOLOMAFSTAND) {
        const tussen = stuk.x - (regel.x + regel.breedte) > stuk.grootte * 0.15 ? ' ' : '';
        regel.tekst += tussen + stuk.tekst;
        regel.breedte = stuk.x + stuk.breedte - regel.x;
      } else {
        regel = { tekst: stuk.tekst, x: stuk.x, y: stuk.y, breedte: stuk.breedte, grootte: stuk.grootte };
        regels.push(regel);
      }
    }
    rij = [];
  };
  for (const stuk of stukken) {
    if (rij.length > 0 && Math.abs(stuk.y - rij[0].y) > Math.min(stuk.grootte, rij[0].grootte) * 0.4) sluit();
    rij.push(stuk);
  }
  sluit();
  for (const regel of regels) {
    regel.tekst = regel.tekst.replace(/\s+/g, ' ').trim();
    for (const sleutel of ['x', 'y', 'breedte', 'grootte']) regel[sleutel] = Math.round(regel[sleutel] * 10) / 10;
  }
  return regels.sort((a, b) => a.y - b.y || a.x - b.x);
}
