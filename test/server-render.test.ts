import { executeServerCommand } from '@web/test-runner-commands';
import { expect } from '@open-wc/testing';

interface Uitkomst {
  html: string;
  waarschuwingen: string;
}

const renderOpServer = async (tag: string, vooraf: boolean): Promise<Uitkomst> =>
  (await executeServerCommand<Uitkomst, { tag: string; vooraf: boolean }>('server-render', { tag, vooraf }))!;

/** De HTML van de server als document, om erin te zoeken zoals een browser het zou lezen. */
const alsDocument = (tekst: string): DocumentFragment => {
  const sjabloon = document.createElement('template');
  sjabloon.innerHTML = tekst.replace(/<template shadowroot(?:mode)?="open"[^>]*>/g, '<div data-schaduw>').replace(/<\/template>/g, '</div>');
  return sjabloon.content;
};

describe('een server die rendert met Lit SSR (Node, dist/esm; in elke motor hetzelfde)', () => {
  it('met laadVooraf(): de hele kaart met haar tekst, zonder waarschuwing', async () => {
    const { html, waarschuwingen } = await renderOpServer('mw-signalen-kaart', true);
    const kaart = alsDocument(html);
    expect(kaart.querySelector('#_titel')!.textContent).to.equal('Signalenkaart');
    expect(kaart.querySelectorAll('li.item').length).to.equal(38);
    expect(kaart.querySelector('li.item')!.textContent).to.equal('De inwoner stelt een ongebruikelijke vraag of vraagt om een spoedbehandeling.');
    expect(waarschuwingen).to.equal('');
  });

  it('zonder laadVooraf(): één waarschuwing die zegt wat eraan te doen is, en geen tekst van de kaart', async () => {
    const { html, waarschuwingen } = await renderOpServer('mw-signalen-kaart', false);
    expect(alsDocument(html).querySelectorAll('li.item').length).to.equal(0);
    const regels = waarschuwingen.trim().split('\n').filter((regel) => regel.includes('laadVooraf'));
    expect(regels).to.have.length(1);
    expect(regels[0]).to.contain('<mw-signalen-kaart> wordt op de server getekend zonder zijn tekst of onderdelen');
  });
});
