import { expect, fixture, html } from '@open-wc/testing';
import pakket from '../package.json';
import { bewaakConsole } from './helpers/console.js';
import { laadHoofdingang, laadKaartschema, laadVragenKaart } from './helpers/pakket.js';
import { kaarten } from './helpers/kaarten.js';

/**
 * Deze tests laden wat een gebruiker laadt: de gebouwde bundel dist/mw-kaarten.js en de
 * npm-modules in dist/esm. `npm test` bouwt eerst.
 */
const BUNDEL = '/dist/mw-kaarten.js';
const NPM_INDEX = '/dist/esm/src/index.js';
const NPM_KLASSE = '/dist/esm/src/lessen-kaart/lessen-kaart.component.js';

describe('de bundel dist/mw-kaarten.js', () => {
  const log = bewaakConsole();

  it('registreert alle zes de kaarten en toont samen 244 items, zonder fouten en zonder axe-meldingen', async () => {
    await import(BUNDEL);
    const pagina = await fixture<HTMLElement>(html`<main></main>`);
    pagina.innerHTML = kaarten.map(({ tag }) => `<${tag}></${tag}>`).join('\n');
    const elementen = [...pagina.children] as (HTMLElement & { updateComplete: Promise<boolean> })[];
    await Promise.all(elementen.map((element) => element.updateComplete));
    const items = elementen.flatMap((element) => [...element.shadowRoot!.querySelectorAll('li.item')]);
    expect(items).to.have.length(244);
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
  it('registreren niets bij het importeren van alleen de klasse', async () => {
    const module = (await import(NPM_KLASSE)) as {
      MwLessenKaart: CustomElementConstructor;
    };
    expect(module.MwLessenKaart).to.be.a('function');
    expect(customElements.getName?.(module.MwLessenKaart) ?? null).to.equal(null);
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

  it('hebben een typebestand naast elk ingangspunt', async () => {
    for (const pad of ['index', 'signalen-kaart/signalen-kaart', 'vragen-kaart/vragen-kaart.component']) {
      const antwoord = await fetch(`/dist/esm/src/${pad}.d.ts`);
      expect(antwoord.ok, pad).to.equal(true);
    }
  });
});
