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

describe('de bundels voor <script type="module">: elk één bestand', () => {
  it('mw-kaarten.js en mw-kaarten-hydratie.js importeren niets; mw-eigen-kaart.js alleen mw-kaarten.js; geen opslag, eval of netwerkverzoeken', async () => {
    const tekst = async (bestand: string) => (await fetch(`/dist/${bestand}`)).text();
    const [kaarten, hydratie, eigen] = await Promise.all(['mw-kaarten.js', 'mw-kaarten-hydratie.js', 'mw-eigen-kaart.js'].map(tekst));
    const imports = (code: string) => [...code.matchAll(/\bimport\s*\(|\bfrom\s*"([^"]*)"|\bimport\s*"([^"]*)"/g)].map(([geheel, a, b]) => a ?? b ?? geheel);
    expect(imports(kaarten), 'mw-kaarten.js').to.deep.equal([]);
    expect(imports(hydratie), 'mw-kaarten-hydratie.js').to.deep.equal([]);
    expect(imports(eigen), 'mw-eigen-kaart.js').to.deep.equal(['./mw-kaarten.js']);
    for (const verboden of ['eval(', 'new Function', 'localStorage', 'sessionStorage', 'indexedDB', 'caches.', 'document.cookie', 'fetch(', 'XMLHttpRequest', 'sendBeacon', 'WebSocket']) {
      expect([kaarten, hydratie].some((code) => code.includes(verboden)), verboden).to.equal(false);
    }
  });
});

describe('de bundel dist/mw-kaarten.js: alles zit erin', () => {
  /** De scripts die de pagina tot nu toe laadde. */
  const geladenScripts = (venster: Window) =>
    venster.performance
      .getEntriesByType('resource')
      .map((regel) => new URL(regel.name).pathname)
      .filter((pad) => pad.endsWith('.js') && !pad.startsWith('/__web-dev-server'))
      .sort();

  it('één kaart laadt alleen het ene bestand; markeerbaar, het menu, afdrukken, de gespreksmodus en Engels vragen niets meer op', async () => {
    const { document: doc, venster } = await laadPagina('/test/paginas/een-kaart.html?tag=mw-lessen-kaart', { tags: ['mw-lessen-kaart'] });
    const voor = geladenScripts(venster);
    expect(voor.filter((pad) => pad.startsWith('/dist/'))).to.deep.equal(['/dist/mw-kaarten.js']);
    const kaart = doc.querySelector('mw-lessen-kaart') as HTMLElement & { updateComplete: Promise<boolean> };
    expect(kaart.shadowRoot!.querySelectorAll('li.item').length, 'de tekst bij de eerste weergave').to.be.greaterThan(0);
    expect(kaart.shadowRoot!.querySelector('dialog, .overzicht, .markeer-knop')).to.equal(null);

    kaart.setAttribute('markeerbaar', '');
    await kaart.updateComplete;
    // Met de stijl erbij: de items zijn knoppen zonder opsommingsteken, het overzicht heeft zijn lijn erboven.
    expect(kaart.shadowRoot!.querySelectorAll('.markeer-knop').length).to.be.greaterThan(0);
    expect(venster.getComputedStyle(kaart.shadowRoot!.querySelector('.items')!).listStyleType).to.equal('none');
    expect(venster.getComputedStyle(kaart.shadowRoot!.querySelector('.overzicht')!).borderTopStyle).to.equal('solid');

    (kaart.shadowRoot!.querySelector('#_meer-knop') as HTMLButtonElement).click();
    const keuze = [...kaart.shadowRoot!.querySelectorAll<HTMLButtonElement>('.menu-keuze')].find((k) => k.textContent?.trim() === 'Gespreksmodus')!;
    keuze.click();
    await waitUntil(() => kaart.shadowRoot!.querySelector<HTMLDialogElement>('dialog.gesprek')?.open, 'de gespreksmodus gaat niet open');
    // Met de stijl van de gespreksmodus: groter dan de items op de kaart.
    const grootte = (selector: string) => parseFloat(venster.getComputedStyle(kaart.shadowRoot!.querySelector(selector)!).fontSize);
    expect(grootte('.gesprek-items li')).to.be.greaterThan(grootte('li.item'));
    kaart.shadowRoot!.querySelector<HTMLDialogElement>('dialog.gesprek')!.close();

    kaart.setAttribute('lang', 'en');
    await kaart.updateComplete;
    expect(kaart.shadowRoot!.querySelector('#_meer-knop')!.textContent!.trim()).to.equal('More');
    expect(geladenScripts(venster), 'geen verzoek erbij').to.deep.equal(voor);
  });
});
