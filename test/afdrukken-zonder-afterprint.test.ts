import { expect, waitUntil } from '@open-wc/testing';
import { laadPagina, type GeladenPagina } from './helpers/pagina.js';
import { emuleerMedia, gewoneMedia } from './helpers/media.js';
import { describeAlleenChromium } from './helpers/motor.js';

type Venster = GeladenPagina['venster'];

/** Telt de luisteraars die de pagina (de bundel) op het venster zet en weer weghaalt, per soort. */
function telLuisteraars(venster: Venster): Map<string, number> {
  const netto = new Map<string, number>();
  const erbij = venster.addEventListener.bind(venster);
  const eraf = venster.removeEventListener.bind(venster);
  const sleutels = new Map<unknown, Set<string>>();
  venster.addEventListener = ((soort: string, luisteraar: EventListenerOrEventListenerObject, opties?: unknown) => {
    const bekend = sleutels.get(luisteraar) ?? new Set<string>();
    if (!bekend.has(soort)) netto.set(soort, (netto.get(soort) ?? 0) + 1);
    bekend.add(soort);
    sleutels.set(luisteraar, bekend);
    erbij(soort, luisteraar, opties as AddEventListenerOptions);
  }) as typeof venster.addEventListener;
  venster.removeEventListener = ((soort: string, luisteraar: EventListenerOrEventListenerObject, opties?: unknown) => {
    if (sleutels.get(luisteraar)?.delete(soort)) netto.set(soort, (netto.get(soort) ?? 0) - 1);
    eraf(soort, luisteraar, opties as EventListenerOptions);
  }) as typeof venster.removeEventListener;
  return netto;
}

const afdrukbladen = (doc: Document) =>
  doc.adoptedStyleSheets.filter((blad) => [...blad.cssRules].some((regel) => regel.cssText.includes('data-mw-afdrukken')));

/**
 * Issue 12, punt 5: in een iframe met sandbox zonder `allow-modals` doet `print()` niets en komt `afterprint` nooit
 * (net als in sommige ingebouwde browsers). Dit is de echte situatie, met de echte bundel; alleen Chromium.
 */
describeAlleenChromium('afdrukken als afterprint nooit komt (sandbox zonder allow-modals)', () => {
  afterEach(() => gewoneMedia());

  it('laat geen luisteraars, geen tweede afdrukblad en geen data-mw-afdrukken achter, en ruimt op bij focus', async () => {
    const { venster, document: doc } = await laadPagina('/test/vijandig/afdrukken-zonder-afterprint.html', {
      tags: ['mw-lessen-kaart'],
      sandbox: 'allow-scripts allow-same-origin',
    });
    let afterprint = 0;
    venster.addEventListener('afterprint', () => (afterprint += 1));
    const netto = telLuisteraars(venster);
    const kaart = doc.querySelector('mw-lessen-kaart')!;
    const knop = [...kaart.shadowRoot!.querySelectorAll('button')].find((k) => k.textContent!.trim() === 'Afdrukken')!;

    for (let i = 0; i < 3; i += 1) knop.click();
    await waitUntil(() => kaart.hasAttribute('data-mw-afdrukken'), 'de knop zet de kaart niet klaar voor de printer');
    await new Promise((klaar) => setTimeout(klaar, 50));
    expect(afterprint, 'de sandbox laat print() niets doen').to.equal(0);
    expect(afdrukbladen(doc), 'hooguit één afdrukblad').to.have.length(1);
    expect((netto.get('afterprint') ?? 0) + (netto.get('focus') ?? 0), 'luisteraars van drie klikken').to.be.at.most(2);

    // De gebruiker komt terug in het venster: alles is weer zoals het was.
    venster.dispatchEvent(new venster.FocusEvent('focus'));
    expect(kaart.hasAttribute('data-mw-afdrukken')).to.equal(false);
    expect(afdrukbladen(doc)).to.have.length(0);
    expect(netto.get('afterprint') ?? 0).to.equal(0);
    expect(netto.get('focus') ?? 0).to.equal(0);

    // Drukt de gebruiker daarna de hele pagina af (Ctrl+P), dan is de tekst van de host zichtbaar.
    await emuleerMedia({ media: 'print' });
    expect(venster.matchMedia('print').matches).to.equal(true);
    expect(venster.getComputedStyle(doc.querySelector('h1')!).visibility).to.equal('visible');
    expect(venster.getComputedStyle(doc.querySelector('.host-tekst')!).visibility).to.equal('visible');
    expect(venster.__fouten).to.deep.equal([]);
  });

  it('ruimt op bij de volgende afdruk en uiterlijk na een tijdslimiet, ook zonder focus', async () => {
    const { venster, document: doc } = await laadPagina('/test/vijandig/afdrukken-zonder-afterprint.html', {
      tags: ['mw-lessen-kaart'],
      sandbox: 'allow-scripts allow-same-origin',
    });
    const kaart = doc.querySelector('mw-lessen-kaart')!;
    const knop = [...kaart.shadowRoot!.querySelectorAll('button')].find((k) => k.textContent!.trim() === 'Afdrukken')!;
    // Eén keer afdrukken en opruimen.
    knop.click();
    await waitUntil(() => kaart.hasAttribute('data-mw-afdrukken'), 'de knop zet de kaart niet klaar voor de printer');
    venster.dispatchEvent(new venster.FocusEvent('focus'));
    expect(kaart.hasAttribute('data-mw-afdrukken')).to.equal(false);
    const klokken: { functie: () => void; wacht: number }[] = [];
    const echteKlok = venster.setTimeout;
    venster.setTimeout = ((functie: () => void, wacht = 0) => {
      klokken.push({ functie, wacht });
      return 0;
    }) as typeof venster.setTimeout;
    try {
      knop.click();
    } finally {
      venster.setTimeout = echteKlok;
    }
    expect(kaart.hasAttribute('data-mw-afdrukken')).to.equal(true);
    const limiet = klokken.find(({ wacht }) => wacht >= 1000);
    expect(limiet, 'een tijdslimiet voor het opruimen').to.exist;
    expect(limiet!.wacht).to.be.at.most(5 * 60 * 1000);
    limiet!.functie();
    expect(kaart.hasAttribute('data-mw-afdrukken')).to.equal(false);
    expect(afdrukbladen(doc)).to.have.length(0);

    // Een tweede kaart afdrukken ruimt de eerste op: nooit twee elementen tegelijk met data-mw-afdrukken.
    const tweede = doc.createElement('mw-vragen-kaart');
    doc.querySelector('main')!.append(tweede);
    await (tweede as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    knop.click();
    [...tweede.shadowRoot!.querySelectorAll('button')].find((k) => k.textContent!.trim() === 'Afdrukken')!.click();
    expect([...doc.querySelectorAll('[data-mw-afdrukken]')]).to.deep.equal([tweede]);
    expect(afdrukbladen(doc)).to.have.length(1);
  });
});
