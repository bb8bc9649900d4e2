import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/kaart/kaart.js';
import '../src/index.js';
import nsob from '../demo/eigen-kaart/nsob-loyaliteiten.json';
import { bewaakConsole } from './helpers/console.js';
import { laadPagina } from './helpers/pagina.js';
import { alle, een, itemteksten, schaduw, tekstVan } from './helpers/dom.js';
import type { MwKaart } from '../src/kaart/kaart.component.js';
import type { FoutDetail } from '../src/kaart/kaart.component.js';

const RUW = '/test/ruw';

async function eigenKaart(sjabloon: ReturnType<typeof html>): Promise<MwKaart> {
  const kaart = await fixture<MwKaart>(sjabloon);
  await waitUntil(() => !kaart.shadowRoot!.textContent!.includes('wordt geladen'), 'de kaart blijft laden', { timeout: 3000 });
  await kaart.updateComplete;
  return kaart;
}

describe('<mw-kaart>: eigen kaarten', () => {
  const log = bewaakConsole();
  let bron = '';
  before(async () => {
    bron = (await (await fetch(`${RUW}/test/bron/maatwerk-als-standaard.txt`)).text()).replace(/[\s\-\u00ad]/g, '');
  });

  it('toont een eigen kaart uit JSON van dezelfde herkomst: tabel 3.1 van NSOB, letterlijk en met bron', async () => {
    const kaart = await eigenKaart(html`<mw-kaart src="${RUW}/demo/eigen-kaart/nsob-loyaliteiten.json"></mw-kaart>`);
    expect(tekstVan(een(kaart, '.titel'))).to.equal('Dilemma’s van maatwerk voor loyaliteiten uitvoeringsambtenaren');
    expect(alle(kaart, '.deel')).to.have.length(5);
    expect(itemteksten(schaduw(kaart))).to.have.length(10);
    expect(tekstVan(een(kaart, '.bron'))).to.contain('Maatwerk als standaard').and.to.contain('NSOB').and.to.contain('2022');
    const zinnen = [
      ...nsob.toelichting,
      ...nsob.delen.flatMap((d) => [d.titel.replace('loyaliteit aan… ', ''), ...d.groepen.flatMap((g) => [g.titel, ...g.items.map((i) => i.tekst)])]),
    ];
    expect(zinnen.filter((zin) => !bron.includes(zin.replace(/[\s\-\u00ad]/g, '')))).to.deep.equal([]);
    await expect(kaart).to.be.accessible();
  });

  it('toont een kaart uit de eigenschap inhoud, met alles wat de kaarten kunnen', async () => {
    const kaart = await eigenKaart(html`<mw-kaart markeerbaar .inhoud=${nsob}></mw-kaart>`);
    expect(alle(kaart, '.markeer-knop')).to.have.length(10);
    kaart.setAttribute('deel', 'rechtsstaat');
    await kaart.updateComplete;
    expect(alle(kaart, '.deel').map((d) => d.id)).to.deep.equal(['nsob-loyaliteit-rechtsstaat']);
  });

  it('zegt bij ongeldige inhoud welk veld niet klopt, in het element en in mw-fout, en toont niets als opmaak', async () => {
    const fouten: FoutDetail[] = [];
    const opvang = (gebeurtenis: CustomEvent<FoutDetail>) => fouten.push(gebeurtenis.detail);
    document.addEventListener('mw-fout', opvang);
    try {
      const kapot = structuredClone(nsob) as Record<string, unknown> & typeof nsob;
      delete (kapot as Partial<typeof nsob>).titel;
      kapot.delen[1].groepen[0].items[0].tekst = '';
      (kapot as Record<string, unknown>).kleur = '<img src=x onerror="window.__aangevallen=1">';
      const kaart = await eigenKaart(html`<mw-kaart .inhoud=${kapot}></mw-kaart>`);
      const melding = tekstVan(een(kaart, '.melding'));
      expect(melding).to.contain('Deze kaart kan niet getoond worden');
      expect(melding).to.contain('titel: ontbreekt');
      expect(melding).to.contain('kleur: dit veld kent een kaart niet');
      expect(fouten).to.have.length(1);
      expect(fouten[0].fouten.join('\n')).to.contain('titel');
      expect(alle(kaart, 'img, .deel')).to.have.length(0);
      expect(log.waarschuwingen).to.have.length(1);
    } finally {
      document.removeEventListener('mw-fout', opvang);
    }
  });

  it('toont opmaak in de tekst van een geldige eigen kaart als tekst en voert niets uit', async () => {
    const aanval = '<img src="x" onerror="window.__aangevallen = true">';
    const inhoud = structuredClone(nsob);
    inhoud.titel = `Titel ${aanval}`;
    inhoud.delen[0].groepen[0].items[0].tekst = `Tekst ${aanval}`;
    const kaart = await eigenKaart(html`<mw-kaart .inhoud=${inhoud}></mw-kaart>`);
    expect(tekstVan(een(kaart, '.titel'))).to.equal(`Titel ${aanval}`);
    expect(alle(kaart, 'img')).to.have.length(0);
    await new Promise((klaar) => setTimeout(klaar, 50));
    expect((window as { __aangevallen?: boolean }).__aangevallen).to.equal(undefined);
  });

  it('meldt kapotte JSON en een adres van een ander domein, zonder fout', async () => {
    const kapot = await eigenKaart(html`<mw-kaart src="${RUW}/test/vijandig/kapot.json"></mw-kaart>`);
    expect(tekstVan(een(kapot, '.melding'))).to.contain('kon niet geladen worden');
    const ander = await eigenKaart(html`<mw-kaart src="https://voorbeeld.invalid/kaart.json"></mw-kaart>`);
    expect(tekstVan(een(ander, '.melding'))).to.contain('staat op een ander domein');
    const zonder = await eigenKaart(html`<mw-kaart></mw-kaart>`);
    expect(tekstVan(zonder.shadowRoot!.querySelector('.meldingen'))).to.contain('geef een src');
  });

  it('vult de Signalenkaart aan met eigen signalen, zichtbaar als aanvulling van de organisatie', async () => {
    const kaart = await eigenKaart(
      html`<mw-kaart basis="signalen" markeerbaar aanvulling-src="${RUW}/demo/eigen-kaart/voorbeeld-aanvulling-signalen.json"></mw-kaart>`,
    );
    expect(tekstVan(een(kaart, '.titel'))).to.equal('Signalenkaart');
    expect(alle(kaart, 'li.item')).to.have.length(40);
    const eigen = een(kaart, '#voorbeeld-signalen-melding-1');
    expect(eigen.closest('.groep')!.id).to.equal('signalen-melding');
    expect(tekstVan(eigen.querySelector('.herkomst'))).to.equal('Aanvulling van Gemeente Voorbeeld');
    expect(tekstVan(een(kaart, '#voorbeeld-signalen-eigen-groep .groep-knop'))).to.contain('Aanvulling van Gemeente Voorbeeld');
    expect(alle(kaart, '#signalen-melding-1 .herkomst')).to.have.length(0);
    expect(tekstVan(een(kaart, '.aanvullers'))).to.equal('Met aanvullingen van Gemeente Voorbeeld; die staan niet in de bron.');
    (eigen.querySelector('.markeer-knop') as HTMLButtonElement).click();
    await kaart.updateComplete;
    expect(kaart.markeringen[0]).to.include({ item: 'voorbeeld-signalen-melding-1', herkomst: 'Gemeente Voorbeeld' });
    await expect(kaart).to.be.accessible();
  });

  it('meldt een aanvulling die naar een onbekende groep of een bestaand id wijst', async () => {
    const kaart = await eigenKaart(
      html`<mw-kaart
        basis="argumenten"
        .aanvulling=${{ organisatie: 'Gemeente Voorbeeld', items: [{ groep: 'bestaat-niet', id: 'x-1', tekst: 'Tekst' }, { groep: 'argumenten-grip', id: 'argumenten-grip-1', tekst: 'Dubbel' }] }}
      ></mw-kaart>`,
    );
    const melding = tekstVan(een(kaart, '.melding'));
    expect(melding).to.contain('items.0.groep');
    expect(melding).to.contain('dubbele ids: argumenten-grip-1');
  });
});

describe('de bundel dist/mw-eigen-kaart.js', () => {
  it('registreert <mw-kaart> op een pagina naast de bundel met de zes kaarten, zonder fouten', async () => {
    const { venster, document: doc } = await laadPagina('/test/paginas/eigen-kaart.html', { tags: ['mw-signalen-kaart', 'mw-kaart'] });
    const kaart = doc.querySelector('mw-kaart')!;
    await waitUntil(() => kaart.shadowRoot!.querySelectorAll('li.item').length === 10, 'de eigen kaart verschijnt niet');
    expect(doc.querySelector('mw-signalen-kaart')!.shadowRoot!.querySelectorAll('li.item')).to.have.length(38);
    expect(venster.__fouten).to.deep.equal([]);
    expect(venster.__waarschuwingen).to.deep.equal([]);
  });
});

describe('<mw-kaart>: wat afhangt van de inhoud, wacht tot die geladen is', () => {
  it('past compact, toon en eerder bewaarde markeringen toe op inhoud die via src binnenkomt', async () => {
    const kaart = document.createElement('mw-kaart') as MwKaart;
    kaart.setAttribute('src', `${RUW}/demo/eigen-kaart/nsob-loyaliteiten.json`);
    kaart.setAttribute('compact', '');
    kaart.setAttribute('markeerbaar', '');
    kaart.setAttribute('toon', 'nsob-rechtsstaat-vergt-1');
    kaart.markeringen = [{ item: 'nsob-beroepsgroep-dilemma-1', notitie: 'Bespreken' }];
    const geplaatst = await fixture<HTMLElement>(html`<div></div>`);
    geplaatst.append(kaart);
    await waitUntil(() => kaart.shadowRoot!.querySelectorAll('li.item').length === 10, 'de kaart laadt niet');
    await kaart.updateComplete;
    const open = alle(kaart, '.groep-knop').filter((k) => k.getAttribute('aria-expanded') === 'true');
    expect(open.map((k) => k.closest('.groep')!.id)).to.deep.equal(['nsob-rechtsstaat-vergt']);
    expect(een(kaart, '#nsob-rechtsstaat-vergt-1').hasAttribute('data-doelwit')).to.equal(true);
    expect(alle(kaart, '.melding')).to.have.length(0);
    expect(kaart.markeringen).to.deep.include({
      item: 'nsob-beroepsgroep-dilemma-1',
      tekst: 'Wat als professionele waarden vragen om harde besluiten, terwijl maatwerk vraagt om een gelijkwaardige ‘partner’ relatie?',
      groep: 'nsob-beroepsgroep-dilemma',
      groepTitel: 'maatwerk-dilemma:',
      deel: 'nsob-loyaliteit-beroepsgroep',
      deelTitel: 'loyaliteit aan… De beroepsgroep waartoe zij behoren.',
      notitie: 'Bespreken',
    });
  });

  it('volgt een #id in het adres zodra de inhoud er is', async () => {
    history.replaceState(null, '', '#nsob-organisatie-dilemma-1');
    try {
      const kaart = await eigenKaart(html`<mw-kaart compact src="${RUW}/demo/eigen-kaart/nsob-loyaliteiten.json"></mw-kaart>`);
      await waitUntil(() => kaart.shadowRoot!.querySelector('[data-doelwit]'), 'het doel uit het adres wordt niet getoond');
      expect(een(kaart, '[data-doelwit]').id).to.equal('nsob-organisatie-dilemma-1');
    } finally {
      history.replaceState(null, '', window.location.pathname + window.location.search);
    }
  });

  it('„Probeer opnieuw” als de JSON niet laadde: laadt opnieuw zonder de pagina te herladen; daarna de focus op de titel', async () => {
    const sleutel = Math.random().toString(36).slice(2);
    const kaart = await eigenKaart(html`<mw-kaart src="/wisselend/${sleutel}/demo/eigen-kaart/nsob-loyaliteiten.json"></mw-kaart>`);
    const knop = () => kaart.shadowRoot!.querySelector<HTMLButtonElement>('button.opnieuw');
    expect(tekstVan(een(kaart, '.melding'))).to.contain('kon niet geladen worden (HTTP 404)');
    expect(knop()!.textContent).to.equal('Probeer opnieuw');
    expect(knop()!.closest('[role="status"]'), 'de knop staat niet in de live region').to.equal(null);
    await expect(kaart).to.be.accessible();

    // Nog steeds 404: de knop houdt de focus, en de melding noemt de mislukte poging.
    knop()!.focus();
    knop()!.click();
    await waitUntil(() => tekstVan(een(kaart, '.melding')).includes('Opnieuw proberen om'), 'geen melding dat opnieuw proberen niet lukte');
    expect(kaart.shadowRoot!.activeElement).to.equal(knop());

    await fetch(`/wisselend/${sleutel}/herstel`);
    knop()!.click();
    await waitUntil(() => kaart.shadowRoot!.querySelector('.titel'), 'de kaart kwam niet');
    await kaart.updateComplete;
    expect(tekstVan(een(kaart, '.titel'))).to.equal('Dilemma’s van maatwerk voor loyaliteiten uitvoeringsambtenaren');
    expect(knop()).to.equal(null);
    expect(kaart.shadowRoot!.activeElement?.id, 'de focus gaat naar de titel, niet naar het begin van de pagina').to.equal('_titel');
  });

  it('geen „Probeer opnieuw” bij een fout die opnieuw laden niet verhelpt (een ander domein, geen inhoud)', async () => {
    const ander = await eigenKaart(html`<mw-kaart src="https://voorbeeld.invalid/kaart.json"></mw-kaart>`);
    const zonder = await eigenKaart(html`<mw-kaart></mw-kaart>`);
    expect([ander, zonder].map((kaart) => kaart.shadowRoot!.querySelector('button.opnieuw'))).to.deep.equal([null, null]);
  });

  it('meldt een onleesbaar adres zonder fout', async () => {
    const kaart = await eigenKaart(html`<mw-kaart src="http://[::1"></mw-kaart>`);
    expect(tekstVan(een(kaart, '.melding'))).to.contain('kon niet geladen worden');
  });
});
