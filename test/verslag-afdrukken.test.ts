import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { kaartUitCatalogus } from '../src/catalogus.js';
import type { MwVerslag } from '../src/verslag/verslag.js';
import { drukAfAlsPdf, sleutel } from './helpers/afdruk-pdf.js';
import { alle, tekstVan } from './helpers/dom.js';
import { describeAlleenChromium } from './helpers/motor.js';

const tekstVanItem = (kaart: string, item: string): string =>
  kaartUitCatalogus(kaart).inhoud.delen.flatMap((d) => d.groepen.flatMap((g) => g.items)).find((i) => i.id === item)!.tekst;

/**
 * „Afdrukken” in het verslag drukt één schoon verslag af op A4: alleen het verslag (niet de kaarten op de pagina),
 * zonder knoppen en veld, met de afweging als tekst. Getoetst op de PDF die Chromium afdrukt, gelezen met pdf.js.
 */
describeAlleenChromium('het verslag afdrukken (alleen Chromium)', () => {
  it('geeft één A4 met het verslag: titel, de gemarkeerde zinnen met notities, de afweging, de zin over de afvinklijst en de bron', async () => {
    const houder = await fixture<HTMLElement>(html`<div>
      <mw-signalen-kaart markeerbaar></mw-signalen-kaart>
      <mw-argumenten-kaart markeerbaar></mw-argumenten-kaart>
      <mw-verslag></mw-verslag>
    </div>`);
    const verslag = houder.querySelector<MwVerslag>('mw-verslag')!;
    await verslag.updateComplete;
    verslag.verslag = {
      versie: 1,
      datum: '2026-12-07',
      kaarten: [
        { kaart: 'signalen', titel: 'Signalenkaart', markeringen: [{ item: 'signalen-bijzondere-vraag-1', notitie: 'spoed, huur' }] as never },
        { kaart: 'argumenten', titel: 'Argumentenkaart', markeringen: [{ item: 'argumenten-teleurstellingen-1', notitie: 'wachttijd' }] as never },
      ],
      afweging: 'Eerst de huurachterstand oplossen.\nDaarna de jeugdhulp.',
    };
    await verslag.updateComplete;
    const origineel = window.print;
    window.print = () => undefined;
    try {
      (alle(verslag, 'button').find((k) => tekstVan(k) === 'Afdrukken') as HTMLButtonElement).click();
      await waitUntil(() => verslag.hasAttribute('data-mw-afdrukken'), 'de knop zet het verslag niet klaar voor de printer');
    } finally {
      window.print = origineel;
    }
    const afdruk = await drukAfAlsPdf({ naam: 'verslag' });
    expect(afdruk.bladzijden, 'één bladzijde').to.have.length(1);
    const [blad] = afdruk.bladzijden;
    expect([Math.round(blad.breedte), Math.round(blad.hoogte)], 'A4 in punten').to.deep.equal([595, 842]);
    const tekst = sleutel(blad.regels.map((r) => r.tekst).join(' '));
    expect(sleutel(blad.regels[0].tekst)).to.equal(sleutel('Verslag'));
    // Op A4 is de samenvattingslijst twee kolommen: links het deel en de kant, rechts de zin met de notitie.
    const links = Math.min(...blad.regels.map((r) => r.x));
    const rechts = sleutel(blad.regels.filter((r) => r.x > links + 100).map((r) => r.tekst).join(' '));
    for (const deel of [tekstVanItem('signalen', 'signalen-bijzondere-vraag-1'), 'Notitie: spoed, huur', tekstVanItem('argumenten', 'argumenten-teleurstellingen-1'), 'Notitie: wachttijd']) {
      expect(rechts, deel).to.include(sleutel(deel));
    }
    for (const deel of [
      'Afweging',
      'Eerst de huurachterstand oplossen.',
      'Daarna de jeugdhulp.',
      kaartUitCatalogus('vragen').inhoud.geenAfvinklijst!.tekst,
    ]) {
      expect(tekst, deel).to.include(sleutel(deel));
    }
    // Alleen het verslag: niet de kaarten zelf, geen knoppen, geen hulptekst bij het veld.
    for (const niet of [kaartUitCatalogus('signalen').inhoud.vraag!, 'Kopieer als tekst', 'Kopieer met opmaak', 'in je eigen woorden']) {
      expect(tekst, niet).not.to.include(sleutel(niet));
    }
  });
});
