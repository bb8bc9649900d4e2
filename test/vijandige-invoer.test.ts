import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { bewaakConsole } from './helpers/console.js';
import { kaarten } from './helpers/kaarten.js';
import { laadPagina } from './helpers/pagina.js';
import type { Kaart } from '../src/inhoud/kaart.js';
import type { MwKaartBase } from '../src/base/kaart-base.js';

const BUNDEL = '/dist/mw-kaarten.js';
type Bundel = { MwKaartBase: typeof MwKaartBase };
type KaartElement = HTMLElement & { updateComplete: Promise<boolean> };

const AANVAL = '<img src="x" onerror="window.__aangevallen = true"><script>window.__aangevallen = true</script>';

/** Vijandige invoer aan de echte bundel: opmaak in tekst, verhuizen tussen documenten, rare attributen. */
describe('vijandige invoer (de echte bundel)', () => {
  const log = bewaakConsole();

  it('toont opmaak en heel lange teksten in kaartinhoud als gewone tekst, zonder iets uit te voeren', async () => {
    const { MwKaartBase: Basis } = (await import(BUNDEL)) as Bundel;
    const inhoud: Kaart = {
      id: 'vijandig',
      titel: `Titel ${AANVAL}`,
      vraag: `Vraag ${AANVAL}`,
      deelSoort: 'deel',
      toelichting: [AANVAL],
      bron: { titel: AANVAL, uitgever: AANVAL, jaar: 2022 },
      delen: [{ id: 'd', sleutel: 'd', titel: AANVAL, groepen: [{ id: 'g', titel: AANVAL, items: [{ id: 'i', tekst: `${AANVAL} ${'x'.repeat(20000)}` }] }] }],
    };
    class Vijandig extends Basis {
      protected override get kaart() {
        return inhoud;
      }
    }
    customElements.define('mw-test-bundel-vijandig', Vijandig);
    const kaart = await fixture<KaartElement>(html`<div style="width: 300px"><mw-test-bundel-vijandig toelichting-open markeerbaar></mw-test-bundel-vijandig></div>`);
    const element = kaart.firstElementChild as KaartElement;
    await element.updateComplete;
    const root = element.shadowRoot!;
    expect(root.querySelectorAll('img, script')).to.have.length(0);
    expect(root.querySelector('.titel')!.textContent).to.contain('<img src="x"');
    expect(root.querySelector('li.item')!.getBoundingClientRect().right).to.be.at.most(element.getBoundingClientRect().right + 0.5);
    // Zoeken op tekst die op opmaak lijkt, blijft tekst.
    const veld = root.querySelector('#_zoekveld') as HTMLInputElement;
    veld.value = '<script>';
    veld.dispatchEvent(new InputEvent('input'));
    await element.updateComplete;
    expect(root.querySelectorAll('script')).to.have.length(0);
    expect([...root.querySelectorAll('mark')].map((m) => m.textContent)).to.include('<script>');
    await new Promise((klaar) => setTimeout(klaar, 50));
    expect((window as { __aangevallen?: boolean }).__aangevallen).to.equal(undefined);
  });

  it('overleeft verhuizen naar een ander document en terug, en opnieuw aanhaken', async () => {
    await import(BUNDEL);
    const kaart = await fixture<KaartElement>(html`<mw-signalen-kaart markeerbaar compact></mw-signalen-kaart>`);
    const ander = await laadPagina('/test/vijandig/leeg.html');
    ander.document.body.append(ander.document.adoptNode(kaart));
    await kaart.updateComplete;
    expect(kaart.shadowRoot!.querySelectorAll('li.item')).to.have.length(38);
    document.body.append(document.adoptNode(kaart));
    kaart.remove();
    document.body.append(kaart);
    await kaart.updateComplete;
    (kaart.shadowRoot!.querySelector('.groep-knop') as HTMLButtonElement).click();
    await kaart.updateComplete;
    expect(kaart.shadowRoot!.querySelector('.groep-knop')!.getAttribute('aria-expanded')).to.equal('true');
    expect(ander.venster.__fouten).to.deep.equal([]);
    expect(log.fouten).to.deep.equal([]);
    kaart.remove();
  });

  it('overleeft rare en snel wisselende attribuutwaarden zonder fout of lege kaart', async () => {
    await import(BUNDEL);
    const kaart = await fixture<KaartElement>(html`<mw-vragen-kaart></mw-vragen-kaart>`);
    const waarden = ['', ' ', 'vóór', '<b>na</b>', 'x'.repeat(5000), '\u0000', 'constructor', '__proto__', 'tijdens'];
    for (const waarde of waarden) {
      kaart.setAttribute('fase', waarde);
      kaart.setAttribute('heading-level', waarde);
      kaart.setAttribute('toon', waarde);
    }
    await kaart.updateComplete;
    expect(kaart.shadowRoot!.querySelectorAll('.deel')).to.have.length(1);
    expect(kaart.shadowRoot!.querySelectorAll('.melding').length).to.be.greaterThan(0);
    for (const waarde of waarden) {
      kaart.setAttribute('fase', waarde);
      await kaart.updateComplete;
      expect(kaart.shadowRoot!.querySelectorAll('li.item').length, JSON.stringify(waarde.slice(0, 20))).to.be.greaterThan(0);
      expect(kaart.shadowRoot!.querySelectorAll('b')).to.have.length(0);
    }
    expect(log.fouten).to.deep.equal([]);
  });

  it('vraagt niets op en bewaart niets: alleen de eigen bestanden van de bundel worden geladen', async () => {
    // Wacht op alle elementen van de pagina: elk laadt zijn eigen stukken voor de eerste weergave.
    const tags = [...kaarten.map(({ tag }) => tag), 'mw-begrippen'];
    const { venster, document: doc } = await laadPagina('/test/vijandig/csp-alle-kaarten.html', { tags });
    const kaart = doc.querySelector('mw-signalen-kaart') as KaartElement;
    (kaart.shadowRoot!.querySelector('.markeer-knop') as HTMLButtonElement).click();
    await kaart.updateComplete;
    (kaart.shadowRoot!.querySelector('.overzicht .link-knop') as HTMLButtonElement).click();
    await waitUntil(() => kaart.shadowRoot!.querySelector('.aankondiging')!.textContent !== '' || kaart.shadowRoot!.querySelector('#_handmatige-kopie'));
    const bronnen = venster.performance
      .getEntriesByType('resource')
      .map((bron) => new URL(bron.name).pathname)
      .filter((pad) => !pad.startsWith('/__web-dev-server'));
    // De bundel en het script van de testpagina: verder niets.
    expect(bronnen.sort()).to.deep.equal([
      '/dist/mw-kaarten.js',
      '/test/vijandig/schendingen.js',
    ]);
    expect(venster.localStorage.length).to.equal(0);
    expect(venster.sessionStorage.length).to.equal(0);
    expect(doc.cookie).to.equal('');
  });
});
