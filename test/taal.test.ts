import { expect, fixture } from '@open-wc/testing';
import '../src/index.js';
import type { MwKaartBase } from '../src/base/kaart-base.js';
import { een, tekstVan } from './helpers/dom.js';
import { menuKeuzes } from './helpers/menu.js';

describe('taal van de interface', () => {
  it('is Nederlands zonder lang, ook op een Engelse pagina met lang="nl" op de kaart', async () => {
    const pagina = await fixture<HTMLElement>('<div lang="en"><mw-signalen-kaart lang="nl"></mw-signalen-kaart></div>');
    const kaart = pagina.querySelector<MwKaartBase>('mw-signalen-kaart')!;
    await kaart.updateComplete;
    expect(tekstVan(een(kaart, '.toelichting-knop'))).to.equal('Toelichting');
    expect(tekstVan(een(kaart, '.zoeklabel'))).to.equal('Zoek op deze kaart');
  });

  it('is Engels met lang="en" op een voorouder, terwijl de kaarttekst Nederlands blijft en zo gemarkeerd is', async () => {
    const pagina = await fixture<HTMLElement>('<div lang="en-GB"><section><mw-argumenten-kaart markeerbaar></mw-argumenten-kaart></section></div>');
    const kaart = pagina.querySelector<MwKaartBase>('mw-argumenten-kaart')!;
    await kaart.updateComplete;
    expect(tekstVan(een(kaart, '.toelichting-knop'))).to.equal('Explanation');
    expect(tekstVan(een(kaart, '.zoeklabel'))).to.equal('Search this card');
    expect(tekstVan(een(kaart, '#_meer-knop'))).to.equal('More');
    expect(menuKeuzes(kaart).map(tekstVan)).to.deep.equal(['Open all', 'Close all', 'Discussion mode', 'Print']);
    (een(kaart, '.markeer-knop') as HTMLButtonElement).click();
    await kaart.updateComplete;
    expect(tekstVan(een(kaart, '.markering-label'))).to.equal('Marked');
    expect(tekstVan(een(kaart, '.overzicht .link-knop'))).to.equal('Copy link');
    expect(tekstVan(een(kaart, '.overzicht-titel'))).to.equal('Marked for this case');
    expect(tekstVan(een(kaart, '.titel'))).to.equal('Argumentenkaart');
    expect(een(kaart, 'section.kaart').getAttribute('lang')).to.equal('nl');
    expect(een(kaart, '.werkbalk').getAttribute('lang')).to.equal('en');
    expect(een(kaart, '.markering-label').getAttribute('lang')).to.equal('en');
    expect(een(kaart, '.markeer-knop').closest('[lang]')?.getAttribute('lang'), 'de tekst van het item blijft Nederlands').to.equal('nl');
    await expect(pagina).to.be.accessible();
  });

  it('geeft meldingen in het Engels met lang="en" op het element', async () => {
    const kaart = await fixture<MwKaartBase>('<mw-vragen-kaart lang="en" fase="morgen"></mw-vragen-kaart>');
    expect(tekstVan(een(kaart, '.melding'))).to.equal(
      '‘morgen’ is not a known value for fase. Choose voor, tijdens or na. Showing all phases below.',
    );
  });

  it('volgt een wijziging van lang op het element', async () => {
    const kaart = await fixture<MwKaartBase>('<mw-vragen-kaart></mw-vragen-kaart>');
    kaart.setAttribute('lang', 'en');
    await kaart.updateComplete;
    expect(tekstVan(een(kaart, '.toelichting-knop'))).to.equal('Explanation');
  });

  it('volgt ook in <mw-begrippen> een wijziging van lang op het element', async () => {
    const begrippen = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>('<mw-begrippen></mw-begrippen>');
    expect(tekstVan(een(begrippen, '.bron'))).to.match(/^Bron: /);
    begrippen.setAttribute('lang', 'en');
    await begrippen.updateComplete;
    expect(tekstVan(een(begrippen, '.bron'))).to.match(/^Source: /);
  });

  it('vindt lang ook buiten een shadow root', async () => {
    const omhulsel = await fixture<HTMLElement>('<div lang="en"><div></div></div>');
    const root = omhulsel.querySelector('div')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<mw-lessen-kaart></mw-lessen-kaart>';
    const kaart = root.querySelector('mw-lessen-kaart') as MwKaartBase;
    await kaart.updateComplete;
    expect(tekstVan(een(kaart, '.toelichting-knop'))).to.equal('Explanation');
  });
});
