import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, readFile } from '@web/test-runner-commands';
import { ClassicEditor } from 'ckeditor5';
import DOMPurify from 'dompurify';
import type { TinyMCE } from 'tinymce';
import { ckeditorInstellingen } from '../examples/cms/ckeditor5.js';
import { dompurifyInstellingen } from '../examples/cms/dompurify.js';
import { tinymceInstellingen } from '../examples/cms/tinymce.js';
import { ALGEMENE_ATTRIBUTEN, catalogus } from '../src/catalogus.js';

/**
 * De instellingen uit docs/cms-insluiten.md (examples/cms/), met de echte editors en filters uit npm:
 * wat een redacteur invoegt, blijft staan na opslaan (ook als de kaart de enige inhoud is), en de opgeslagen
 * HTML tekent in een pagina met de bundel de goede kaart met de kop op het goede niveau.
 * CKEditor 5, TinyMCE en DOMPurify draaien in de browser; sanitize-html in Node (test/plugins/cms.js).
 */

/**
 * CKEditor 5 en TinyMCE schrijven zelf in localStorage (CKEditor `__ckeditor-session-id`). Dat is van de editors,
 * niet van de kaarten; opruimen na dit bestand, zodat test/privacy.test.ts in dezelfde browser alleen de kaarten meet.
 */
const opslagVooraf = new Set(Object.keys(localStorage));
after(() => {
  for (const sleutel of Object.keys(localStorage)) if (!opslagVooraf.has(sleutel)) localStorage.removeItem(sleutel);
});

/** Een editor starten en een pagina met de bundel laden duurt op een drukke machine langer dan de standaard 10 s. */
const TRAAG = 30000;

const VRAGEN = catalogus.find((kaart) => kaart.id === 'vragen')!;
/** Wat de redacteur plakt, met een attribuut dat nooit mee mag. */
const TAG = '<mw-vragen-kaart fase="tijdens" heading-level="3" onclick="window.__aangevallen = true"></mw-vragen-kaart>';
const DIV = '<div data-mw-kaart="vragen" data-fase="tijdens" data-heading-level="3" onclick="window.__aangevallen = true"></div>';
const ERVOOR = '<p>Voor de kaart.</p>';
const ERNA = '<p>Na de kaart.</p>';

/** De attributen die elke tag mag houden, uit de catalogus (de instellingen noemen ze letterlijk, om te kopiëren). */
const verwacht: Record<string, string[]> = Object.fromEntries([
  ...catalogus.map((kaart) => [kaart.tag, [kaart.attribuut, ...ALGEMENE_ATTRIBUTEN]]),
  ['mw-begrippen', ['heading-level']],
]);
const alleAttributen = [...new Set(Object.values(verwacht).flat())];
const tags = Object.keys(verwacht);
const gesorteerd = (lijst: Iterable<string>) => [...new Set(lijst)].sort();

/** Het eerste element in opgeslagen HTML, met zijn attributen, en de tekst van de alinea's. */
function lees(opgeslagen: string, selector: string) {
  const doc = new DOMParser().parseFromString(opgeslagen, 'text/html');
  const element = doc.body.querySelector(selector);
  return {
    attributen: element ? Object.fromEntries([...element.attributes].map(({ name, value }) => [name, value])) : undefined,
    alineas: [...doc.body.querySelectorAll('p')].map((p) => p.textContent!.trim()).filter(Boolean),
  };
}

/** Zet opgeslagen HTML in een pagina met de bundel, zoals een intranet haar serveert, en leest de kaart. */
async function toon(opgeslagen: string) {
  const frame = document.createElement('iframe');
  frame.title = 'pagina uit het CMS';
  frame.style.cssText = 'width: 1024px; height: 700px; border: 0';
  const geladen = new Promise((klaar) => frame.addEventListener('load', klaar, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Intranet</title>
    <script src="/test/vijandig/schendingen.js"></script><script type="module" src="/dist/mw-kaarten.js"></script></head>
    <body><main><h1>Werken aan maatwerk</h1><h2>Uit de editor</h2>${opgeslagen}</main></body></html>`;
  (await fixture<HTMLDivElement>(html`<div></div>`)).append(frame);
  await geladen;
  const venster = frame.contentWindow as Window & { __fouten: string[]; __aangevallen?: boolean };
  const doc = frame.contentDocument!;
  await waitUntil(() => doc.querySelector('mw-vragen-kaart')?.shadowRoot?.querySelector('.titel'), 'geen getekende mw-vragen-kaart', {
    timeout: 20000,
  });
  const kaart = doc.querySelector('mw-vragen-kaart') as HTMLElement & { updateComplete: Promise<boolean> };
  await kaart.updateComplete;
  kaart.click();
  const kop = kaart.shadowRoot!.querySelector('.titel')!;
  return {
    kop: kop.localName,
    titel: kop.textContent!.trim(),
    delen: [...kaart.shadowRoot!.querySelectorAll('.deel')].map((deel) => deel.id),
    fouten: venster.__fouten,
    aangevallen: venster.__aangevallen,
    buitenKaart: doc.querySelector('main')!.innerText.replace(/\s+/g, ' ').trim(),
  };
}

/** Wat een pagina met de vragenkaart `fase="tijdens"` en `heading-level="3"` moet tonen. */
async function tekentDeKaart(opgeslagen: string) {
  const getekend = await toon(opgeslagen);
  expect(getekend.kop, 'kopniveau').to.equal('h3');
  expect(getekend.titel).to.equal(VRAGEN.inhoud.titel);
  expect(getekend.delen).to.deep.equal(['vragen-tijdens']);
  expect(getekend.fouten).to.deep.equal([]);
  expect(getekend.aangevallen, 'onclick uit de invoer liep').to.equal(undefined);
  return getekend;
}

const TAG_UIT = { fase: 'tijdens', 'heading-level': '3' };
const DIV_UIT = { 'data-mw-kaart': 'vragen', 'data-fase': 'tijdens', 'data-heading-level': '3' };

/** Dezelfde vier gevallen voor elke editor en elk filter. */
function beideRoutes(opslaan: () => (invoer: string) => Promise<string>, divAlleen = true) {
  it('<mw-vragen-kaart> blijft als enige inhoud staan, zonder vreemde attributen, en tekent de kaart met een h3', async () => {
    const opgeslagen = await opslaan()(TAG);
    expect(lees(opgeslagen, 'mw-vragen-kaart').attributen, opgeslagen).to.deep.equal(TAG_UIT);
    await tekentDeKaart(opgeslagen);
  });

  it("<mw-vragen-kaart> blijft tussen alinea's staan", async () => {
    const opgeslagen = await opslaan()(ERVOOR + TAG + ERNA);
    expect(lees(opgeslagen, 'mw-vragen-kaart'), opgeslagen).to.deep.equal({ attributen: TAG_UIT, alineas: ['Voor de kaart.', 'Na de kaart.'] });
  });

  if (divAlleen) {
    it('<div data-mw-kaart> blijft als enige inhoud staan, zonder vreemde attributen, en tekent de kaart met een h3', async () => {
      const opgeslagen = await opslaan()(DIV);
      expect(lees(opgeslagen, '[data-mw-kaart]').attributen, opgeslagen).to.deep.equal(DIV_UIT);
      const getekend = await tekentDeKaart(opgeslagen);
      expect(getekend.buitenKaart, 'niets zichtbaars naast de kaart').to.equal('Werken aan maatwerk Uit de editor');
    });
  }

  it("<div data-mw-kaart> blijft tussen alinea's staan en tekent de kaart", async () => {
    const opgeslagen = await opslaan()(ERVOOR + DIV + ERNA);
    expect(lees(opgeslagen, '[data-mw-kaart]'), opgeslagen).to.deep.equal({ attributen: DIV_UIT, alineas: ['Voor de kaart.', 'Na de kaart.'] });
    await tekentDeKaart(opgeslagen);
  });
}

describe('CKEditor 5 (General HTML Support) met de instellingen uit examples/cms/ckeditor5.js', function () {
  this.timeout(TRAAG);
  let editor: ClassicEditor;
  before(async () => {
    const plek = await fixture<HTMLDivElement>(html`<div></div>`);
    editor = await ClassicEditor.create(plek, ckeditorInstellingen);
  });
  after(() => editor.destroy());
  const opslaan = () => async (invoer: string) => {
    editor.setData(invoer);
    return editor.getData();
  };

  beideRoutes(opslaan, false);

  it('een lege <div data-mw-kaart> als enige inhoud: getData() geeft een lege tekst; met tekst erin blijft hij staan', async () => {
    expect(await opslaan()(DIV)).to.equal('');
    const opgeslagen = await opslaan()(DIV.replace('></div>', '>Vragenkaart</div>'));
    expect(lees(opgeslagen, '[data-mw-kaart]').attributen, opgeslagen).to.deep.equal(DIV_UIT);
    const getekend = await tekentDeKaart(opgeslagen);
    expect(getekend.buitenKaart, 'de tekst staat boven de kaart').to.equal('Werken aan maatwerk Uit de editor Vragenkaart');
  });

  it('houdt de inhoud van een custom element ongewijzigd en laat andere onbekende tags staan (daarom ook filteren op de server)', async () => {
    const opgeslagen = await opslaan()('<x-ander title="t">x</x-ander><mw-vragen-kaart fase="na"><script>1</script></mw-vragen-kaart>');
    expect(opgeslagen).to.equal('<x-ander>x</x-ander><mw-vragen-kaart fase="na"><script>1</script></mw-vragen-kaart>');
  });

  it('de regels noemen precies de tags en attributen van de kaarten', () => {
    const [aan, kaarten, div] = ckeditorInstellingen.htmlSupport.allow;
    expect(aan).to.deep.equal({ name: '$customElement' });
    const naam = kaarten.name as RegExp;
    expect(tags.filter((tag) => naam.test(tag))).to.deep.equal(tags);
    expect(['mw-vragen-kaartje', 'x-mw-begrippen', 'mw-kaart'].filter((tag) => naam.test(tag))).to.deep.equal([]);
    expect(gesorteerd(kaarten.attributes!)).to.deep.equal(gesorteerd(alleAttributen));
    expect(div.name).to.equal('div');
    expect(gesorteerd(div.attributes!)).to.deep.equal(gesorteerd(['data-mw-kaart', ...alleAttributen.map((a) => `data-${a}`)]));
  });
});

describe('TinyMCE met de instellingen uit examples/cms/tinymce.js', function () {
  this.timeout(TRAAG);
  let tinymce: TinyMCE;
  let editor: ReturnType<TinyMCE['get']> & object;
  let plek: HTMLTextAreaElement;
  before(async () => {
    await new Promise((klaar, fout) => {
      const script = Object.assign(document.createElement('script'), { src: '/node_modules/tinymce/tinymce.min.js', onload: klaar, onerror: fout });
      document.head.append(script);
    });
    tinymce = (window as unknown as { tinymce: TinyMCE }).tinymce;
    // Niet met fixture(): open-wc ruimt die na elke test op, terwijl de editor de hele groep blijft draaien
    // (Firefox gooit dan bij de volgende nodeChanged van TinyMCE).
    plek = document.body.appendChild(document.createElement('div')).appendChild(document.createElement('textarea'));
    // base_url: waar TinyMCE zijn thema, model, iconen en skin vindt (hier node_modules; op een site de eigen kopie).
    [editor] = await tinymce.init({ target: plek, base_url: '/node_modules/tinymce', suffix: '.min', ...tinymceInstellingen });
  });
  after(() => {
    editor.remove();
    plek.parentElement!.remove();
  });
  const opslaan = () => async (invoer: string) => {
    editor.setContent(invoer);
    return editor.getContent();
  };

  beideRoutes(opslaan);

  it('de regels noemen precies de tags en attributen van de kaarten', () => {
    expect(tinymceInstellingen.custom_elements.split(',')).to.deep.equal(tags);
    const regels = Object.fromEntries(
      tinymceInstellingen.extended_valid_elements.split(',').map((regel) => {
        const [, tag, attributen] = /^([\w-]+)\[([^\]]*)\]$/.exec(regel)!;
        return [tag, attributen.split('|')];
      }),
    );
    expect(regels).to.deep.equal(verwacht);
  });
});

describe('DOMPurify met de instellingen uit examples/cms/dompurify.js', function () {
  this.timeout(TRAAG);
  const opslaan = () => async (invoer: string) => DOMPurify.sanitize(invoer, dompurifyInstellingen);

  beideRoutes(opslaan);

  it('de regels noemen precies de tags en attributen van de kaarten', () => {
    const { tagNameCheck, attributeNameCheck } = dompurifyInstellingen.CUSTOM_ELEMENT_HANDLING;
    expect(tags.filter((tag) => tagNameCheck.test(tag))).to.deep.equal(tags);
    expect(['mw-vragen-kaartje', 'x-mw-begrippen', 'mw-kaart'].filter((tag) => tagNameCheck.test(tag))).to.deep.equal([]);
    expect(alleAttributen.filter((naam) => attributeNameCheck.test(naam))).to.deep.equal(alleAttributen);
    expect(['onclick', 'style', 'class', 'data-fase', 'fase2'].filter((naam) => attributeNameCheck.test(naam))).to.deep.equal([]);
  });
});

describe('sanitize-html (in Node) met de instellingen uit examples/cms/sanitize-html.js', function () {
  this.timeout(TRAAG);
  const opslaan = () => async (invoer: string) => (await executeServerCommand<string, { html: string }>('sanitize-html', { html: invoer }))!;

  beideRoutes(opslaan);

  it('de regels noemen precies de tags en attributen van de kaarten', async () => {
    const sanitizeHtmlInstellingen = (await executeServerCommand<
      { allowedTags: string[]; allowedAttributes: Record<string, string[]> },
      undefined
    >('sanitize-html-instellingen'))!;
    expect(sanitizeHtmlInstellingen.allowedTags).to.include.members(tags);
    for (const tag of tags) expect(sanitizeHtmlInstellingen.allowedAttributes[tag], tag).to.deep.equal(verwacht[tag]);
    expect(gesorteerd(sanitizeHtmlInstellingen.allowedAttributes.div)).to.deep.equal(
      gesorteerd(['data-mw-kaart', ...alleAttributen.map((a) => `data-${a}`)]),
    );
  });
});

describe('docs/cms-insluiten.md', () => {
  it('toont de instellingen letterlijk zoals de tests hierboven ze gebruiken, en niets is meer "nagaan"', async () => {
    const docs = (await readFile({ path: '../docs/cms-insluiten.md' }))!;
    for (const bestand of ['ckeditor5.js', 'tinymce.js', 'dompurify.js', 'sanitize-html.js']) {
      const inhoud = (await readFile({ path: `../examples/cms/${bestand}` }))!;
      const blok = `<!-- examples/cms/${bestand} -->\n\`\`\`js\n${inhoud}\`\`\``;
      expect(docs.includes(blok), `docs/cms-insluiten.md toont examples/cms/${bestand} niet letterlijk`).to.equal(true);
    }
    expect(docs.match(/.*nagaan.*/gi) ?? []).to.deep.equal([]);
    // De versies die de documentatie noemt, zijn die waarmee deze tests draaien.
    for (const [naam, pakket] of [['CKEditor 5', 'ckeditor5'], ['TinyMCE', 'tinymce'], ['DOMPurify', 'dompurify'], ['sanitize-html', 'sanitize-html']]) {
      const { version } = JSON.parse((await readFile({ path: `../node_modules/${pakket}/package.json` }))!) as { version: string };
      const genoemd = docs.replace(/\s+/g, ' ').match(new RegExp(`${naam} (\\d+\\.\\d+)(?!\\d|\\.\\d)`))?.[1];
      expect(`${pakket} ${genoemd}`).to.equal(`${pakket} ${version.split('.').slice(0, 2).join('.')}`);
    }
  });
});
