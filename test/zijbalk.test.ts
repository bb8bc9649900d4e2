import { expect, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { een, kaartMet, tekstVan } from './helpers/dom.js';
import { kaarten } from './helpers/kaarten.js';
import { meerKnop, meerMenu, menuKeuzes } from './helpers/menu.js';
import { laadPagina } from './helpers/pagina.js';
import { actiefElement, druk, toetsen } from './helpers/toetsenbord.js';

/**
 * De kaart in de zijbalk van een zaaksysteem (issue 11, punt 1): in een venster van 320×640 en 280×600, met de
 * standaardattributen, begint het eerste item van de eerste groep binnen dat venster, neemt de werkbalk één regel en
 * krijgen de items bijna de hele breedte van de kaart.
 * Gemeten op 29-11-2026 vóór de werkbalk op één regel (Chromium, bovenkant eerste item vanaf de bovenkant van de kaart):
 * 678–845 px bij 320 px en 807–1068 px bij 280 px. De Argumentenkaart bij 280 px na de werkbalk op één regel: 601–662 px;
 * met de krappere kop (29-11-2026, laat): 549–592 px.
 */
const ZIJBALKEN = [
  { breedte: 320, hoogte: 640 },
  { breedte: 280, hoogte: 600 },
];

describe('zijbalk', () => {
  for (const { breedte, hoogte } of ZIJBALKEN) {
    for (const { tag } of kaarten) {
      it(`<${tag}> in ${breedte}×${hoogte}: eerste item binnen ${hoogte} px, werkbalk op één regel, items bijna zo breed als de kaart`, async () => {
        const { document: doc } = await laadPagina(`/test/paginas/een-kaart.html?tag=${tag}`, { breedte, hoogte, tags: [tag] });
        const wortel = doc.querySelector(tag)!.shadowRoot!;
        const kaart = wortel.querySelector('.kaart')!.getBoundingClientRect();
        const kop = wortel.querySelector('.groep-titel')!.getBoundingClientRect();
        const item = wortel.querySelector('.groep .item')!.getBoundingClientRect();
        console.log(`zijbalk ${tag} ${breedte}: kop ${Math.round(kop.top - kaart.top)} px, eerste item ${Math.round(item.top - kaart.top)} px, item ${Math.round(item.width)} van ${Math.round(kaart.width)} px breed`);
        expect(kop.top - kaart.top, 'bovenkant van de kop van de eerste groep').to.be.below(item.top - kaart.top);
        expect(item.top - kaart.top, 'bovenkant van het eerste item').to.be.at.most(hoogte);
        // De items krijgen (bijna) de hele breedte van de kaart: alleen de rand van het groepsvlak en het opsommingsteken
        // gaan eraf, en op de Argumentenkaart de lijn van de kant. Vóór 29-11-2026: 79 % bij 320 en 76 % bij 280 px.
        expect(item.width / kaart.width, 'breedte van het item tegenover de kaart').to.be.at.least(tag === 'mw-argumenten-kaart' ? 0.77 : 0.82);
        // Eén regel: het zoekveld en de knop „Meer” hebben dezelfde bovenkant; er zijn geen andere knoppen.
        const bedieningen = [...wortel.querySelectorAll<HTMLElement>('.werkbalk :is(input, button)')].filter((e) => e.getClientRects().length);
        expect(bedieningen.map((e) => e.id)).to.deep.equal(['_zoekveld', '_meer-knop']);
        expect(new Set(bedieningen.map((e) => Math.round(e.getBoundingClientRect().top))).size).to.equal(1);
      });
    }
  }
});

describe('menuknop „Meer” (WAI-ARIA APG, Menu Button)', () => {
  it('opent met Enter op de eerste keuze, pijltjes, Home en End lopen rond, Esc sluit en geeft de focus terug', async () => {
    const kaart = await kaartMet('mw-signalen-kaart');
    const knop = meerKnop(kaart)!;
    expect(knop.getAttribute('aria-haspopup')).to.equal('menu');
    expect(knop.getAttribute('aria-expanded')).to.equal('false');
    expect(meerMenu(kaart).getAttribute('role')).to.equal('menu');
    expect(menuKeuzes(kaart).map(tekstVan)).to.deep.equal(['Alles openen', 'Alles sluiten', 'Gespreksmodus', 'Afdrukken']);
    expect(menuKeuzes(kaart).every((k) => k.getAttribute('role') === 'menuitem' && k.tabIndex === -1)).to.equal(true);
    knop.focus();
    await druk('Enter');
    await waitUntil(() => actiefElement()?.textContent?.trim() === 'Alles openen', 'het menu opent niet op de eerste keuze');
    expect(knop.getAttribute('aria-expanded')).to.equal('true');
    await expect(kaart).to.be.accessible();
    await druk('ArrowUp');
    expect(tekstVan(actiefElement()!)).to.equal('Afdrukken');
    await druk('ArrowDown');
    expect(tekstVan(actiefElement()!)).to.equal('Alles openen');
    await druk('End');
    expect(tekstVan(actiefElement()!)).to.equal('Afdrukken');
    await druk('Home');
    expect(tekstVan(actiefElement()!)).to.equal('Alles openen');
    await druk('Escape');
    await waitUntil(() => !meerMenu(kaart).matches(':popover-open'), 'Esc sluit het menu niet');
    expect(actiefElement()).to.equal(knop);
    await waitUntil(() => knop.getAttribute('aria-expanded') === 'false', 'aria-expanded blijft true');
  });

  it('opent met pijl omhoog op de laatste keuze; Tab sluit het menu; een keuze voert uit en zet de focus op de knop', async () => {
    const kaart = await kaartMet('mw-signalen-kaart', { compact: '' });
    const knop = meerKnop(kaart)!;
    knop.focus();
    await druk('ArrowUp');
    await waitUntil(() => actiefElement()?.textContent?.trim() === 'Afdrukken', 'pijl omhoog opent niet op de laatste keuze');
    await toetsen(['Tab']);
    await waitUntil(() => !meerMenu(kaart).matches(':popover-open'), 'Tab sluit het menu niet');
    expect(knop.getAttribute('aria-expanded')).to.equal('false');
    knop.focus();
    await druk('ArrowDown');
    await waitUntil(() => actiefElement()?.textContent?.trim() === 'Alles openen');
    await druk('Enter');
    await kaart.updateComplete;
    expect(actiefElement()).to.equal(knop);
    expect(meerMenu(kaart).matches(':popover-open')).to.equal(false);
    expect([...kaart.shadowRoot!.querySelectorAll('.groep-knop')].every((k) => k.getAttribute('aria-expanded') === 'true')).to.equal(true);
    await waitUntil(() => tekstVan(een(kaart, '.aankondiging')) === 'Alle groepen zijn open.');
  });
});
