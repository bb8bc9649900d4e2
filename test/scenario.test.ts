import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { MwKaartBase } from '../src/base/kaart-base.js';
import { een, tekstVan } from './helpers/dom.js';
import { vangMarkeringen } from './helpers/gebeurtenissen.js';
import { actiefElement, druk, knopMetTekst, leesKlembord, staKlembordToe, tabTot, toetsen, typ } from './helpers/toetsenbord.js';

/** In welke kaart een element staat. */
const inKaart = (tag: string) => (element: Element) => (element.getRootNode() as ShadowRoot).host?.localName === tag;

/** Tab naar de eerste groep met treffers en pijl omlaag naar haar eerste item: items kosten geen eigen tabstop. */
async function naarEersteItem(tag: string): Promise<void> {
  await tabTot((e) => e.classList.contains('groep-knop') && inKaart(tag)(e));
  await druk('ArrowDown');
  expect(actiefElement()?.classList.contains('markeer-knop'), 'pijl omlaag gaat naar het eerste item').to.equal(true);
}

/**
 * Het scenario uit het issue: een uitvoerder met alleen een toetsenbord, in een zijbalk van 320 px,
 * zoekt, markeert met notities, kopieert, drukt af en bespreekt de Vragenkaart in gespreksmodus.
 */
describe('scenario: alleen met het toetsenbord, in een zijbalk van 320 px', () => {
  it('zoekt, markeert, kopieert, drukt af en bespreekt, terwijl de pagina elke wijziging krijgt', async function () {
    // Een hele gebruikersreis met twee keer axe over drie kaarten: in WebKit en op een drukke machine meer dan de
    // standaard 10 s (gemeten: 12 s in Chromium en 18 s in WebKit met drie browsers tegelijk op 2 kernen).
    this.timeout(40000);
    await staKlembordToe();
    const vanger = vangMarkeringen();
    const zijbalk = await fixture<HTMLElement>(html`<aside aria-label="Denkhulp" style="width: 304px">
      <button>begin</button>
      <mw-signalen-kaart markeerbaar compact></mw-signalen-kaart>
      <mw-argumenten-kaart markeerbaar compact></mw-argumenten-kaart>
      <mw-vragen-kaart fase="tijdens" compact></mw-vragen-kaart>
    </aside>`);
    const [signalen, argumenten, vragen] = [...zijbalk.querySelectorAll<MwKaartBase>('mw-signalen-kaart, mw-argumenten-kaart, mw-vragen-kaart')];
    // Zoals de gebruiker: pas beginnen als de kaarten er staan (met markeerbaar laadt ook het overzicht eerst).
    await Promise.all([signalen, argumenten, vragen].map((kaart) => kaart.updateComplete));
    (zijbalk.querySelector('button') as HTMLButtonElement).focus();

    // 1. Zoek „schulden” op de Signalenkaart en markeer het signaal met een notitie.
    await tabTot((e) => e.id === '_zoekveld' && inKaart('mw-signalen-kaart')(e));
    await typ('schulden');
    await naarEersteItem('mw-signalen-kaart');
    await druk(' ');
    await tabTot((e) => e.localName === 'textarea');
    await typ('Schulden bij meerdere instanties');

    // 2. Een tweede signaal, via een nieuwe zoekopdracht.
    await tabTot((e) => e.id === '_zoekveld' && inKaart('mw-signalen-kaart')(e), 20, true);
    await toetsen(['Control', 'a']);
    await typ('wantrouwen');
    await naarEersteItem('mw-signalen-kaart');
    await druk('Enter');
    await tabTot((e) => e.localName === 'textarea' && e.id === '_notitie-signalen-passief-5');
    await typ('Reageert niet meer op brieven');
    const signalenDetail = vanger.gebeurtenissen.filter((g) => g.detail.kaart === 'signalen').at(-1)!.detail;
    expect(signalenDetail.markeringen.map((m) => [m.item, m.notitie])).to.deep.equal([
      ['signalen-bijzondere-vraag-3', 'Schulden bij meerdere instanties'],
      ['signalen-passief-5', 'Reageert niet meer op brieven'],
    ]);
    await expect(zijbalk).to.be.accessible();

    // 3. Op de Argumentenkaart een argument vóór en een argument tegen markeren.
    await tabTot((e) => e.id === '_zoekveld' && inKaart('mw-argumenten-kaart')(e));
    await typ('financiële problemen');
    await naarEersteItem('mw-argumenten-kaart');
    await druk(' ');
    await tabTot((e) => e.id === '_zoekveld' && inKaart('mw-argumenten-kaart')(e), 20, true);
    await toetsen(['Control', 'a']);
    await typ('kostbaarder');
    await naarEersteItem('mw-argumenten-kaart');
    await druk(' ');
    const argumentenDetail = vanger.gebeurtenissen.filter((g) => g.detail.kaart === 'argumenten').at(-1)!.detail;
    expect(argumentenDetail.markeringen.map((m) => [m.item, m.kant])).to.deep.equal([
      ['argumenten-schrijnende-problemen-1', 'voor'],
      ['argumenten-kostbaar-1', 'tegen'],
    ]);
    await argumenten.updateComplete;
    expect(tekstVan(een(argumenten, '.overzicht'))).to.contain('Argumenten voor maatwerk').and.to.contain('Argumenten tegen maatwerk');

    // 4. De samenvatting kopiëren en als leesbare tekst plakken.
    await tabTot((e) => knopMetTekst('Kopieer als tekst')(e) && inKaart('mw-argumenten-kaart')(e));
    await druk('Enter');
    await waitUntil(() => tekstVan(een(argumenten, '.aankondiging')) === 'Samenvatting gekopieerd.', 'niet gekopieerd');
    const dossier = document.createElement('textarea');
    zijbalk.after(dossier);
    dossier.focus();
    await toetsen(['Control', 'v']);
    expect(dossier.value).to.equal(await leesKlembord());
    expect(dossier.value).to.contain('Argumenten voor maatwerk:\n- Maatwerk lost financiële problemen bij de inwoner op');
    expect(dossier.value).to.contain('Argumenten tegen maatwerk:\n- Maatwerk is voor de publieke dienstverlener kostbaarder');
    expect(dossier.value).to.contain('géén afvinklijstje');
    dossier.remove();

    // 5. Afdrukken.
    const origineelAfdrukken = window.print;
    let afgedrukt = 0;
    window.print = () => {
      afgedrukt += argumenten.hasAttribute('data-mw-afdrukken') ? 1 : 0;
    };
    try {
      (zijbalk.querySelector('button') as HTMLButtonElement).focus();
      // Afdrukken staat in het menu „Meer”: Enter opent het, End gaat naar de laatste keuze.
      await tabTot((e) => knopMetTekst('Meer')(e) && inKaart('mw-argumenten-kaart')(e));
      await druk('Enter');
      await waitUntil(() => actiefElement()?.textContent?.trim() === 'Alles openen', 'het menu „Meer” opent niet');
      await druk('End');
      expect(actiefElement()?.textContent?.trim()).to.equal('Afdrukken');
      await druk('Enter');
      await waitUntil(() => afgedrukt === 1, 'Afdrukken drukt de kaart niet af');
    } finally {
      window.print = origineelAfdrukken;
    }
    window.dispatchEvent(new Event('afterprint'));
    expect(afgedrukt).to.equal(1);

    // 6. De Vragenkaart „tijdens” in gespreksmodus doorlopen en weer verlaten.
    const gespreksknop = await tabTot((e) => knopMetTekst('Meer')(e) && inKaart('mw-vragen-kaart')(e));
    await druk('ArrowDown');
    await waitUntil(() => actiefElement()?.textContent?.trim() === 'Alles openen', 'het menu „Meer” opent niet');
    await druk('ArrowDown');
    await druk('ArrowDown');
    expect(actiefElement()?.textContent?.trim()).to.equal('Gespreksmodus');
    await druk('Enter');
    // Het venster laadt bij de eerste keer openen.
    await waitUntil(() => vragen.shadowRoot!.querySelector<HTMLDialogElement>('dialog.gesprek')?.open, 'gespreksmodus gaat niet open');
    const venster = een(vragen, 'dialog.gesprek') as HTMLDialogElement;
    await druk('ArrowRight');
    await druk('ArrowRight');
    await vragen.updateComplete;
    expect(tekstVan(een(vragen, '.gesprek-positie'))).to.equal('Groep 3 van 5');
    await expect(zijbalk).to.be.accessible();
    await druk('Escape');
    await waitUntil(() => !venster.open);
    await vragen.updateComplete;
    expect(actiefElement()).to.equal(gespreksknop);

    // Niets steekt uit de smalle zijbalk (320 px min de marges van de pagina), ook niet in de kaarten: gemeten aan de
    // zijbalk zelf, want niet elk browservenster kan 320 px smal (MiniBrowser van WebKit niet onder ongeveer 447 px).
    const rand = zijbalk.getBoundingClientRect().right + 0.5;
    const uitstekend = [...zijbalk.querySelectorAll('*')]
      .flatMap((element) => [element, ...(element.shadowRoot?.querySelectorAll('*') ?? [])])
      .filter((element) => element.checkVisibility() && element.getBoundingClientRect().right > rand)
      .map((element) => `${element.localName}.${element.className}`);
    expect(zijbalk.getBoundingClientRect().width).to.equal(304);
    expect(uitstekend).to.deep.equal([]);
    expect(signalen.markeringen).to.have.length(2);
    vanger.stop();
  });
});
