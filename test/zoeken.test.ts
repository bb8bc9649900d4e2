import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { alle, een, itemteksten, kaartMet, schaduw, tekstVan } from './helpers/dom.js';
import { actiefElement, typ } from './helpers/toetsenbord.js';
import type { MwKaartBase } from '../src/base/kaart-base.js';

const zichtbaar = (element: Element) => (element as HTMLElement).checkVisibility();
const zichtbareIds = (kaart: Element, selector: string) => alle(kaart, selector).filter(zichtbaar).map((e) => e.id);

async function zoekOp(kaart: MwKaartBase, tekst: string): Promise<void> {
  (een(kaart, '#_zoekveld') as HTMLInputElement).focus();
  await typ(tekst);
  await kaart.updateComplete;
}

describe('zoeken op een kaart', () => {
  it('vindt „schulden” op de Signalenkaart, markeert het woord en houdt de koppen erboven in beeld', async () => {
    const kaart = await kaartMet('mw-signalen-kaart');
    await zoekOp(kaart, 'schulden');
    expect(zichtbareIds(kaart, 'li.item')).to.deep.equal(['signalen-bijzondere-vraag-3']);
    expect(zichtbareIds(kaart, '.groep')).to.deep.equal(['signalen-bijzondere-vraag']);
    expect(zichtbareIds(kaart, '.deel')).to.deep.equal(['signalen-inwoner']);
    expect(alle(kaart, 'li.item:not([hidden]) mark').map(tekstVan)).to.deep.equal(['schulden']);
    expect(tekstVan(een(kaart, '#_zoekresultaat'))).to.equal('1 van 38 signalen');
    await waitUntil(() => tekstVan(een(kaart, '.aankondiging')) === '1 van 38 signalen', 'het aantal wordt niet aangekondigd');
    await expect(kaart).to.be.accessible();
  });

  it('vindt ook zonder accenten: „financiele” vindt „financiële”', async () => {
    const kaart = await kaartMet('mw-argumenten-kaart');
    await zoekOp(kaart, 'financiele');
    expect(zichtbareIds(kaart, 'li.item')).to.include('argumenten-schrijnende-problemen-1');
    expect(alle(kaart, 'li.item:not([hidden]) mark').map(tekstVan)).to.include('financiële');
  });

  it('zoekt op alle woorden tegelijk', async () => {
    const kaart = await kaartMet('mw-signalen-kaart');
    await zoekOp(kaart, 'uitvoerder dossier fout');
    expect(zichtbareIds(kaart, 'li.item')).to.deep.equal(['signalen-dossier-2']);
  });

  it('toont een hele groep als haar kop past, en de items die passen', async () => {
    const kaart = await kaartMet('mw-signalen-kaart');
    await zoekOp(kaart, 'buikpijn');
    expect(zichtbareIds(kaart, '.groep')).to.deep.equal(['signalen-bijzondere-vraag', 'signalen-buikpijn']);
    expect(zichtbareIds(kaart, '#signalen-buikpijn li.item')).to.have.length(4);
    expect(zichtbareIds(kaart, '#signalen-bijzondere-vraag li.item')).to.deep.equal(['signalen-bijzondere-vraag-4']);
  });

  it('zegt het als er niets gevonden is', async () => {
    const kaart = await kaartMet('mw-lessen-kaart');
    await zoekOp(kaart, 'xyzzy');
    expect(tekstVan(een(kaart, '.niets-gevonden'))).to.equal('Niets gevonden voor ‘xyzzy’.');
    expect(tekstVan(een(kaart, '#_zoekresultaat'))).to.equal('Niets gevonden voor ‘xyzzy’.');
    expect(zichtbareIds(kaart, '.deel')).to.deep.equal([]);
    await expect(kaart).to.be.accessible();
  });

  it('zet de kaart na het wissen precies terug, ook welke groepen open en dicht waren', async () => {
    const kaart = await kaartMet('mw-vragen-kaart', { compact: '' });
    (een(kaart, '#vragen-opties .groep-knop') as HTMLButtonElement).click();
    await kaart.updateComplete;
    const voor = schaduw(kaart).innerHTML;
    await zoekOp(kaart, 'inwoner');
    expect(schaduw(kaart).innerHTML).not.to.equal(voor);
    const wis = alle(kaart, 'button').find((knop) => tekstVan(knop) === 'Wis zoekopdracht') as HTMLButtonElement;
    wis.click();
    await kaart.updateComplete;
    await kaart.updateComplete;
    expect(schaduw(kaart).innerHTML).to.equal(voor);
    expect(actiefElement()?.id).to.equal('_zoekveld');
  });

  it('opent dichte groepen waar iets gevonden is', async () => {
    const kaart = await kaartMet('mw-signalen-kaart', { compact: '' });
    await zoekOp(kaart, 'ombudsman');
    const knop = een(kaart, '#signalen-procedure .groep-knop');
    expect(knop.getAttribute('aria-expanded')).to.equal('true');
    expect(itemteksten(schaduw(kaart))).to.have.length(1);
    expect(zichtbaar(een(kaart, '#signalen-procedure-1'))).to.equal(true);
  });

  it('kondigt pas aan als het typen even stil is', async () => {
    const kaart = await kaartMet('mw-signalen-kaart');
    await zoekOp(kaart, 'inwoner');
    await aTimeout(150);
    expect(tekstVan(een(kaart, '.aankondiging')), 'nog niet na 150 ms').to.equal('');
    await aTimeout(650);
    expect(tekstVan(een(kaart, '.aankondiging'))).to.match(/^\d+ van 38 signalen$/);
  });

  it('heeft geen zoekveld met zonder-zoeken', async () => {
    const kaart = await kaartMet('mw-signalen-kaart', { 'zonder-zoeken': '' });
    expect(alle(kaart, '#_zoekveld')).to.have.length(0);
  });
});
