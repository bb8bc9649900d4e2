import { executeServerCommand } from '@web/test-runner-commands';
import { expect } from '@open-wc/testing';

interface Uitkomst {
  html: string;
  waarschuwingen: string;
}

const renderOpServer = async (tag: string, attributen = ''): Promise<Uitkomst> =>
  (await executeServerCommand<Uitkomst, { tag: string; attributen: string }>('server-render', { tag, attributen }))!;

/** De HTML van de server als document, om erin te zoeken zoals een browser het zou lezen. */
const alsDocument = (tekst: string): DocumentFragment => {
  const sjabloon = document.createElement('template');
  sjabloon.innerHTML = tekst.replace(/<template shadowroot(?:mode)?="open"[^>]*>/g, '<div data-schaduw>').replace(/<\/template>/g, '</div>');
  return sjabloon.content;
};

describe('een server die rendert met Lit SSR (Node, dist/esm; in elke motor hetzelfde)', () => {
  it('de hele kaart met haar tekst, zonder iets vooraf te laden en zonder waarschuwing', async () => {
    const { html, waarschuwingen } = await renderOpServer('mw-signalen-kaart');
    const kaart = alsDocument(html);
    expect(kaart.querySelector('#_titel')!.textContent).to.equal('Signalenkaart');
    expect(kaart.querySelectorAll('li.item').length).to.equal(38);
    expect(kaart.querySelector('li.item')!.textContent).to.equal('De inwoner stelt een ongebruikelijke vraag of vraagt om een spoedbehandeling.');
    expect(waarschuwingen).to.equal('');
  });

  it('in het Engels en met heading-level="auto" (zonder kop ervoor: niveau 2), met de begrippen in <mw-begrippen>', async () => {
    const { html, waarschuwingen } = await renderOpServer('mw-vragen-kaart', 'heading-level="auto" lang="en" fase="na"');
    const kaart = alsDocument(html);
    expect(kaart.querySelector('h2#_titel')!.textContent).to.equal('Vragenkaart');
    expect(kaart.querySelector('.werkbalk label, label')?.textContent?.trim()).to.equal('Search this card');
    expect(waarschuwingen).to.equal('');
    const begrippen = alsDocument((await renderOpServer('mw-begrippen')).html);
    expect([...begrippen.querySelectorAll('dt')].map((dt) => dt.textContent)).to.include('Maatwerk');
  });
});
