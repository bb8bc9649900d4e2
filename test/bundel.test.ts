import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import pakket from '../package.json';
import { bewaakConsole } from './helpers/console.js';
import { laadPagina } from './helpers/pagina.js';
import { laadHoofdingang, laadKaartschema, laadVragenKaart } from './helpers/pakket.js';
import { kaarten } from './helpers/kaarten.js';

/**
 * Deze tests laden wat een gebruiker laadt: de gebouwde bundel dist/mw-kaarten.js en de
 * npm-modules in dist/esm. `npm test` bouwt eerst.
 */
const BUNDEL = '/dist/mw-kaarten.js';
const NPM_INDEX = '/dist/esm/src/index.js';

describe('de bundel dist/mw-kaarten.js', () => {
  const log = bewaakConsole();

  it('registreert alle zes de kaarten en toont samen 244 items, zonder fouten en zonder axe-meldingen', async function () {
    // axe over alle zes de kaarten: gemeten 3 s in Chromium, 5 s in Firefox en 14 s in WebKit (op een drukke machine).
    this.timeout(40000);
    await import(BUNDEL);
    const pagina = await fixture<HTMLElement>(html`<main></main>`);
    pagina.innerHTML = kaarten.map(({ tag }) => `<${tag}></${tag}>`).join('\n');
    const elementen = [...pagina.children] as (HTMLElement & { updateComplete: Promise<boolean> })[];
    await Promise.all(elementen.map((element) => element.updateComplete));
    const items = elementen.flatMap((element) => [...element.shadowRoot!.querySelectorAll('li.item')]);
    expect(items).to.have.length(244);
    // De bundel levert de inhoud compact (zonder afleidbare ids, items als kale tekst): elk item krijgt id en tekst terug.
    const verwacht = kaarten.flatMap(({ inhoud }) => inhoud.delen.flatMap((d) => d.groepen.flatMap((g) => g.items.map((i) => `${i.id} ${i.tekst}`))));
    expect(items.map((item) => `${item.id} ${item.textContent}`)).to.deep.equal(verwacht);
    expect(elementen.map((element) => element.shadowRoot!.querySelector('.titel')!.textContent)).to.deep.equal(
      kaarten.map(({ inhoud }) => inhoud.titel),
    );
    await expect(pagina).to.be.accessible();
    expect(log.fouten).to.deep.equal([]);
    expect(log.waarschuwingen).to.deep.equal([]);
  });

  it('kan twee keer geladen worden zonder fout; de eerste registratie blijft', async () => {
    await import(BUNDEL);
    const eerste = customElements.get('mw-vragen-kaart');
    await import(`${BUNDEL}?tweede-keer`);
    expect(customElements.get('mw-vragen-kaart')).to.equal(eerste);
    expect(log.fouten).to.deep.equal([]);
    expect(log.waarschuwingen).to.deep.equal([]);
  });

  it('kan naast de npm-modules geladen worden zonder fout', async () => {
    await import(BUNDEL);
    const module = (await import(NPM_INDEX)) as { MwVragenKaart: CustomElementConstructor };
    expect(module.MwVragenKaart).to.be.a('function');
    expect(customElements.get('mw-vragen-kaart')).to.exist;
    expect(log.fouten).to.deep.equal([]);
    expect(log.waarschuwingen).to.deep.equal([]);
  });

  it('heeft de versie uit package.json', async () => {
    const { versie } = (await import(BUNDEL)) as { versie: string };
    expect(versie).to.equal(pakket.version);
    expect((customElements.get('mw-signalen-kaart') as unknown as { versie: string }).versie).to.equal(pakket.version);
  });
});

describe('de npm-modules in dist/esm', () => {
  it('registreren niets bij het importeren van alleen de klassen (in een pagina met een lege registry)', async () => {
    const { venster } = await laadPagina('/test/paginas/alleen-klassen.html');
    await waitUntil(() => (venster as unknown as { __klassen?: unknown[] }).__klassen, 'de klassen laden niet');
    expect((venster as unknown as { __klassen: unknown[] }).__klassen).to.have.length(8);
    const tags = ['mw-signalen-kaart', 'mw-argumenten-kaart', 'mw-vragen-kaart', 'mw-vragen-beleid-kaart', 'mw-vragen-maatwerk-kaart', 'mw-lessen-kaart', 'mw-begrippen', 'mw-kaart'];
    expect(tags.filter((tag) => venster.customElements.get(tag))).to.deep.equal([]);
    expect(venster.__fouten).to.deep.equal([]);
  });

  it('zijn te laden via de exports van package.json, zoals in een npm-project', async () => {
    const { MwVragenKaart } = await laadVragenKaart();
    expect((MwVragenKaart as unknown as { versie: string }).versie).to.equal(pakket.version);
    expect(customElements.get('mw-vragen-kaart'), 'al geregistreerd door de bundel hierboven').to.exist;
    const hoofdingang = await laadHoofdingang();
    expect(Object.keys(hoofdingang)).to.include.members(['MwSignalenKaart', 'MwLessenKaart', 'versie']);
    const { valideerKaart } = await laadKaartschema();
    expect(valideerKaart({}).geldig).to.equal(false);
  });

  it('bestaan voor elk ingangspunt in de exports van package.json, met een typebestand', async () => {
    const doelen = Object.entries(pakket.exports as Record<string, string | { types: string; default?: string }>).flatMap(([naam, doel]) =>
      typeof doel === 'string' ? [[naam, doel]] : Object.values(doel).map((pad) => [naam, pad]),
    );
    const ontbrekend: string[] = [];
    for (const [naam, pad] of doelen) {
      if (pad.includes('*')) continue;
      const antwoord = await fetch(pad.replace(/^\./, ''), { method: 'HEAD' });
      if (!antwoord.ok) ontbrekend.push(`${naam} → ${pad}`);
    }
    expect(ontbrekend).to.deep.equal([]);
    expect(doelen.filter(([, pad]) => pad.endsWith('.d.ts')).length).to.be.greaterThan(15);
  });
});

describe('de bundel dist/mw-kaarten.js: wat erin staat', () => {
  it('laadt met import() alleen haar eigen stukken in gedeeld/, en bevat geen opslag, eval of netwerkverzoeken', async () => {
    const ingang = await (await fetch(BUNDEL)).text();
    const stukken = [...ingang.matchAll(/import\(([^)]*)\)/g)].map(([, doel]) => doel);
    expect(stukken.length, 'een stuk per kaart, de begrippen, de gespreksmodus, het overzicht, de sjablonen, de Engelse teksten, afdrukken, de hydratie en heading-level="auto"').to.equal(14);
    for (const doel of stukken) expect(doel).to.match(/^"\.\/gedeeld\/[a-z-]+-[\w-]{8}\.js"$/);
    const alles = [ingang, ...(await Promise.all(stukken.map(async (doel) => (await fetch(new URL(JSON.parse(doel), new URL(BUNDEL, location.href)))).text())))].join('\n');
    for (const verboden of ['eval(', 'new Function', 'localStorage', 'sessionStorage', 'indexedDB', 'caches.', 'document.cookie', 'fetch(', 'XMLHttpRequest', 'sendBeacon', 'WebSocket']) {
      expect(alles.includes(verboden), verboden).to.equal(false);
    }
  });
});

describe('de bundel dist/mw-kaarten.js: stukken op aanvraag', () => {
  /** De stukken in gedeeld/ die de pagina tot nu toe laadde, zonder hash. */
  const geladenStukken = (venster: Window) =>
    venster.performance
      .getEntriesByType('resource')
      .map((regel) => /\/gedeeld\/([a-z-]+)-[\w-]{8}\.js$/.exec(regel.name)?.[1])
      .filter(Boolean)
      .sort();

  it('laadt de tekst van de kaart bij het tekenen, het overzicht en de sjablonen alleen met markeerbaar, afdrukken bij het openen van het menu, de gespreksmodus pas bij openen, Engels pas met lang="en"', async () => {
    const { document: doc, venster } = await laadPagina('/test/paginas/een-kaart.html?tag=mw-lessen-kaart', { tags: ['mw-lessen-kaart'] });
    expect(geladenStukken(venster)).to.deep.equal(['lessen']);
    const kaart = doc.querySelector('mw-lessen-kaart') as HTMLElement & { updateComplete: Promise<boolean> };
    expect(kaart.shadowRoot!.querySelector('dialog, .overzicht, .markeer-knop')).to.equal(null);

    kaart.setAttribute('markeerbaar', '');
    await kaart.updateComplete;
    expect(geladenStukken(venster)).to.deep.equal(['delen-sjablonen', 'lessen', 'overzicht-stuk']);
    // Met de stijl erbij: de items zijn knoppen zonder opsommingsteken, het overzicht heeft zijn lijn erboven.
    expect(kaart.shadowRoot!.querySelectorAll('.markeer-knop').length).to.be.greaterThan(0);
    expect(venster.getComputedStyle(kaart.shadowRoot!.querySelector('.items')!).listStyleType).to.equal('none');
    expect(venster.getComputedStyle(kaart.shadowRoot!.querySelector('.overzicht')!).borderTopStyle).to.equal('solid');

    (kaart.shadowRoot!.querySelector('#_meer-knop') as HTMLButtonElement).click();
    // Het menu laadt het afdrukstuk zodra het opengaat, zodat „Afdrukken” print() nog in de klik aanroept.
    await waitUntil(() => geladenStukken(venster).includes('afdrukken'), 'het menu laadt het afdrukstuk niet');
    const keuze = [...kaart.shadowRoot!.querySelectorAll<HTMLButtonElement>('.menu-keuze')].find((k) => k.textContent?.trim() === 'Gespreksmodus')!;
    keuze.click();
    await waitUntil(() => kaart.shadowRoot!.querySelector<HTMLDialogElement>('dialog.gesprek')?.open, 'de gespreksmodus gaat niet open');
    expect(geladenStukken(venster)).to.deep.equal(['afdrukken', 'delen-sjablonen', 'gesprek-weergave', 'lessen', 'overzicht-stuk']);
    // Met de stijl van de gespreksmodus: groter dan de items op de kaart.
    const grootte = (selector: string) => parseFloat(venster.getComputedStyle(kaart.shadowRoot!.querySelector(selector)!).fontSize);
    expect(grootte('.gesprek-items li')).to.be.greaterThan(grootte('li.item'));
    kaart.shadowRoot!.querySelector<HTMLDialogElement>('dialog.gesprek')!.close();

    kaart.setAttribute('lang', 'en');
    await kaart.updateComplete;
    expect(geladenStukken(venster)).to.deep.equal(['afdrukken', 'delen-sjablonen', 'gesprek-weergave', 'lessen', 'overzicht-stuk', 'teksten-en']);
    expect(kaart.shadowRoot!.querySelector('#_meer-knop')!.textContent!.trim()).to.equal('More');
  });
});
