import { expect, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { bewaakConsole } from './helpers/console.js';
import { alle, een, kaartMet, tekstVan } from './helpers/dom.js';
import { alleItems, kaarten } from './helpers/kaarten.js';
import { actiefElement, druk, leesKlembord, staKlembordToe } from './helpers/toetsenbord.js';
import begrippen from '../content/begrippen.json';

describe('deeplinks naar groepen en items', () => {
  const log = bewaakConsole();

  afterEach(() => {
    history.replaceState(null, '', window.location.pathname + window.location.search);
  });

  it('toon="…" opent de groep, scrolt ernaartoe en laat het item zien', async () => {
    const kaart = await kaartMet('mw-signalen-kaart', { compact: '', toon: 'signalen-melding-2' });
    const item = een(kaart, '#signalen-melding-2') as HTMLElement;
    expect(een(kaart, '#signalen-melding .groep-knop').getAttribute('aria-expanded')).to.equal('true');
    expect(item.hasAttribute('data-doelwit')).to.equal(true);
    expect(getComputedStyle(item).outlineStyle).to.equal('solid');
    await waitUntil(() => {
      const { top, bottom } = item.getBoundingClientRect();
      return top >= 0 && bottom <= window.innerHeight;
    }, 'het item komt niet in beeld');
    expect(een(kaart, '#signalen-uitvoerder .groep-knop').getAttribute('aria-expanded')).to.equal('false');
  });

  it('volgt het adres: #id bij het laden en bij een hashchange, met de focus op het doel', async () => {
    history.replaceState(null, '', '#argumenten-kostbaar');
    const kaart = await kaartMet('mw-argumenten-kaart', { compact: '' });
    expect(een(kaart, '#argumenten-kostbaar').hasAttribute('data-doelwit')).to.equal(true);
    window.location.hash = 'argumenten-imago-2';
    await waitUntil(() => een(kaart, '#argumenten-imago-2').hasAttribute('data-doelwit'), 'hashchange niet gevolgd');
    await kaart.updateComplete;
    expect(actiefElement()).to.equal(een(kaart, '#argumenten-imago-2'));
    expect(een(kaart, '#argumenten-imago .groep-knop').getAttribute('aria-expanded')).to.equal('true');
  });

  it('negeert een #id van een andere kaart of pagina', async () => {
    history.replaceState(null, '', '#lessen-lef-1');
    const kaart = await kaartMet('mw-signalen-kaart');
    expect(alle(kaart, '[data-doelwit]')).to.have.length(0);
    expect(log.waarschuwingen).to.deep.equal([]);
  });

  it('meldt een onbekend id en een id in een deel dat niet getoond wordt', async () => {
    const kaart = await kaartMet('mw-vragen-kaart', { toon: 'bestaat-niet' });
    expect(tekstVan(een(kaart, '.melding'))).to.equal('Op deze kaart staat geen groep of item met id ‘bestaat-niet’.');
    const metFase = await kaartMet('mw-vragen-kaart', { fase: 'voor', toon: 'vragen-leren-2' });
    expect(tekstVan(een(metFase, '.melding'))).to.equal(
      '‘vragen-leren-2’ staat in een deel dat nu niet getoond wordt; verander of verwijder fase.',
    );
    expect(log.waarschuwingen).to.have.length(2);
    metFase.setAttribute('toon', 'vragen-organisatie-3');
    await metFase.updateComplete;
    expect(alle(metFase, '.melding')).to.have.length(0);
  });

  it('heeft geen knop per item, en kopieert de link naar een gemarkeerd item vanuit het overzicht', async () => {
    await staKlembordToe();
    const kaart = await kaartMet('mw-lessen-kaart', { markeerbaar: '' });
    expect(alle(kaart, 'li.item .link-knop')).to.have.length(0);
    (een(kaart, '#lessen-ruggesteun-2 .markeer-knop') as HTMLButtonElement).click();
    await kaart.updateComplete;
    const knop = een(kaart, '.overzicht .link-knop') as HTMLButtonElement;
    expect(tekstVan(knop)).to.equal('Kopieer link');
    expect(knop.getAttribute('aria-describedby')).to.equal('_overzicht-lessen-ruggesteun-2');
    expect(tekstVan(een(kaart, '#_overzicht-lessen-ruggesteun-2'))).to.equal(tekstVan(een(kaart, '#lessen-ruggesteun-2 .item-tekst')));
    knop.focus();
    await druk('Enter');
    await waitUntil(() => tekstVan(een(kaart, '.aankondiging')) === 'Link gekopieerd.', 'geen aankondiging');
    expect(await leesKlembord()).to.equal(`${window.location.href.split('#')[0]}#lessen-ruggesteun-2`);
  });

  it('houdt alle gepubliceerde ids: geen id verandert of verdwijnt', async () => {
    const gepubliceerd = (await (await fetch('/test/gepubliceerde-ids.txt')).text())
      .split('\n')
      .filter((regel) => regel && !regel.startsWith('#'));
    const nu = new Set([
      ...kaarten.flatMap(({ inhoud }) => [
        inhoud.id,
        ...inhoud.delen.flatMap((d) => [d.id, ...d.groepen.map((g) => g.id)]),
        ...alleItems(inhoud).map((i) => i.id),
      ]),
      ...begrippen.begrippen.map((b) => b.id),
      ...begrippen.dienstverlening.typen.map((t) => t.id),
    ]);
    expect(gepubliceerd.filter((id) => !nu.has(id))).to.deep.equal([]);
    expect(gepubliceerd.length).to.equal(nu.size);
  });
});

describe('een kapot adres', () => {
  afterEach(() => history.replaceState(null, '', window.location.pathname + window.location.search));

  it('geeft geen fout bij een #-deel met een kapotte codering', async () => {
    history.replaceState(null, '', '#%E0%A4%A');
    const kaart = await kaartMet('mw-signalen-kaart');
    expect(alle(kaart, '[data-doelwit]')).to.have.length(0);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await kaart.updateComplete;
    expect(alle(kaart, 'li.item')).to.have.length(38);
  });
});
