import { expect, waitUntil } from '@open-wc/testing';
import { tekstVan } from './helpers/dom.js';
import { kaarten } from './helpers/kaarten.js';
import { afgesneden, focusDikte, overlopendeScrollvakken } from './helpers/maten.js';
import { kiesUitMenu } from './helpers/menu.js';
import { laadPagina } from './helpers/pagina.js';

/**
 * De gespreksmodus op een gedeeld scherm (issue 11, punt 3): telefoon, tablet staand en liggend, laptop aan een
 * beamer (1280×720) en een full-hd-beamer. Elk scherm is een iframe van die maat (een venster van die grootte in
 * elke motor). Per kaart de langste groep (de meeste tekens), want die past het slechtst.
 *
 * Het venster van de gespreksmodus is de pagina zolang het open is (modaal, de rest is inert): past een groep niet,
 * dan scrolt dat venster als geheel, kop en knoppen mee. Niets dáárin mag een eigen scrollvak hebben dat overloopt.
 * Gemeten op 29-11-2026 vóór deze wijziging (Chromium): de vragen stonden in een eigen scrollvak, bij 320×640 tot
 * 1022 px tekst in een vak van 132 px (Vragenkaart maatwerk) of van 0 px (Vragenkaart, Argumentenkaart); bij 1280×720
 * 649 px in 133–240 px. De letters waren 18 px bij 320 en 28 px bij zowel 1280 als 1920 breed.
 */
const SCHERMEN = [
  { breedte: 320, hoogte: 640 },
  { breedte: 768, hoogte: 1024 },
  { breedte: 1024, hoogte: 768 },
  { breedte: 1280, hoogte: 720 },
  { breedte: 1920, hoogte: 1080 },
];

const lengte = (groep: { items: { tekst: string }[] }) => groep.items.reduce((som, item) => som + item.tekst.length, 0);

describe('gespreksmodus op een gedeeld scherm', () => {
  for (const { tag, inhoud } of kaarten) {
    const langste = inhoud.delen.flatMap((deel) => deel.groepen).reduce((a, b) => (lengte(b) > lengte(a) ? b : a));
    it(`<${tag}>, langste groep „${langste.titel}”: geen genest scrollvak, niets afgesneden, letters groeien, lichte focus`, async () => {
      const letters = new Map<number, number>();
      for (const { breedte, hoogte } of SCHERMEN) {
        const scherm = `${breedte}×${hoogte}`;
        const { document: doc, frame } = await laadPagina(`/test/paginas/een-kaart.html?tag=${tag}`, { breedte, hoogte, tags: [tag] });
        const kaart = doc.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> };
        const wortel = kaart.shadowRoot!;

        // De gewone focusring van de kaart, gemeten op het zoekveld (een tekstveld toont hem ook na focus() uit een script).
        const zoekveld = wortel.querySelector<HTMLInputElement>('#_zoekveld')!;
        zoekveld.focus();
        const gewoon = focusDikte(getComputedStyle(zoekveld));
        expect(gewoon, `${scherm}: de gewone focusring`).to.be.greaterThan(0);

        await kiesUitMenu(kaart, 'Gespreksmodus');
        // Het venster laadt bij de eerste keer openen.
        await waitUntil(() => wortel.querySelector<HTMLDialogElement>('dialog.gesprek')?.open && wortel.querySelector('.gesprek-groep'), `${scherm}: de gespreksmodus gaat niet open`);
        const venster = wortel.querySelector<HTMLDialogElement>('dialog.gesprek')!;
        const volgende = () => [...venster.querySelectorAll<HTMLButtonElement>('.gesprek-navigatie button')][1];
        for (let stap = 0; stap < 40 && tekstVan(wortel.querySelector('.gesprek-groep')) !== langste.titel; stap += 1) {
          volgende().click();
          await kaart.updateComplete;
        }
        const kop = wortel.querySelector<HTMLElement>('.gesprek-groep')!;
        expect(tekstVan(kop), scherm).to.equal(langste.titel);
        const items = [...venster.querySelectorAll('.gesprek-items li')];
        expect(items.map(tekstVan), scherm).to.deep.equal(langste.items.map((item) => item.tekst));

        // Focus: op de kop van de groep, zichtbaar, en niet zwaarder dan de gewone focusring.
        expect(wortel.activeElement, `${scherm}: de focus staat op de kop van de groep`).to.equal(kop);
        const focus = focusDikte(getComputedStyle(kop));
        expect(focus, `${scherm}: de focus op de kop is zichtbaar`).to.be.at.least(1);
        expect(focus, `${scherm}: de focus op de kop is niet zwaarder dan de gewone focusring (${gewoon} px)`).to.be.at.most(gewoon);

        // Geen scrollvak in het venster; het venster zelf scrolt als geheel, en niet opzij.
        expect(overlopendeScrollvakken(venster), `${scherm}: geneste scrollvakken`).to.deep.equal([]);
        expect(venster.scrollWidth, `${scherm}: het venster scrolt niet opzij`).to.be.at.most(venster.clientWidth + 1);

        // Elk item en elke knop is helemaal te zien, eventueel na scrollen; niets wordt afgesneden.
        for (const element of [...items, ...venster.querySelectorAll('.gesprek-navigatie button')]) {
          expect(afgesneden(element, venster), `${scherm}: „${tekstVan(element).slice(0, 40)}…”`).to.equal(undefined);
        }
        const grootte = parseFloat(getComputedStyle(items[0]).fontSize);
        letters.set(breedte, grootte);
        console.log(`gesprek ${tag} ${scherm}: letters ${grootte} px, focus ${focus} px (gewoon ${gewoon} px), venster ${venster.scrollHeight}/${venster.clientHeight} px, kolommen ${new Set(items.map((item) => Math.round(item.getBoundingClientRect().left))).size}`);
        venster.close();
        frame.remove();
      }
      // Een beamer achter in de zaal: de letters bij 1920 breed minstens anderhalf keer die van een telefoon.
      expect(letters.get(1920)!, 'letters bij 1920 vergeleken met 320').to.be.at.least(letters.get(320)! * 1.5);
      expect(letters.get(1280)!, 'letters bij 1280 vergeleken met 320').to.be.greaterThan(letters.get(320)!);
    });
  }
});
