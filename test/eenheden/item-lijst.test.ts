import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { itemLijst, type ItemStand } from '../../src/base/item-lijst.js';
import '../../src/index.js';
import { kaartMet } from '../helpers/dom.js';

const ITEMS: ItemStand[] = [
  { id: 'een', tekst: 'De inwoner stelt een vraag.', bereiken: [], doelwit: false },
  { id: 'twee', tekst: 'Financiële problemen <b>niet</b> vet', bereiken: [], doelwit: false },
];

/** Tekent de lijst in een nieuwe container en geeft de `<ul>`. */
function teken(items: ItemStand[], container = document.createElement('div')): HTMLUListElement {
  render(html`<ul class="items" ${itemLijst(items)}></ul>`, container);
  return container.querySelector('ul')!;
}

const knoopsoorten = (element: Element): string[] => [...element.childNodes].map((knoop) => knoop.nodeName);

describe('eenheid: itemLijst', () => {
  it('tekent elk item als een lijstitem met klasse, part, id en zijn tekst als één tekstknoop, zonder opmerkingen', () => {
    const lijst = teken(ITEMS);
    expect(knoopsoorten(lijst)).to.deep.equal(['LI', 'LI']);
    const [een, twee] = lijst.children;
    expect([een.className, een.getAttribute('part'), een.id]).to.deep.equal(['item', 'item', 'een']);
    expect(knoopsoorten(een)).to.deep.equal(['#text']);
    expect(een.textContent).to.equal('De inwoner stelt een vraag.');
    // Opmaak in de tekst blijft tekst.
    expect(twee.querySelector('b')).to.equal(null);
    expect(twee.textContent).to.equal('Financiële problemen <b>niet</b> vet');
    expect([een.hasAttribute('hidden'), een.hasAttribute('tabindex'), een.hasAttribute('data-doelwit')]).to.deep.equal([false, false, false]);
  });

  it('zet treffers in <mark>, verbergt items buiten de zoekopdracht en maakt het doelwit focusbaar, op dezelfde lijstitems', () => {
    const container = document.createElement('div');
    const lijst = teken(ITEMS, container);
    const [een, twee] = lijst.children;
    teken(
      [
        { ...ITEMS[0], bereiken: [{ van: 3, tot: 10 }], doelwit: true },
        { ...ITEMS[1], bereiken: undefined },
      ],
      container,
    );
    expect([...lijst.children]).to.deep.equal([een, twee]);
    expect(knoopsoorten(een)).to.deep.equal(['#text', 'MARK', '#text']);
    expect(een.querySelector('mark')!.textContent).to.equal('inwoner');
    expect(een.textContent).to.equal('De inwoner stelt een vraag.');
    expect([een.getAttribute('tabindex'), een.hasAttribute('data-doelwit'), twee.hasAttribute('hidden')]).to.deep.equal(['-1', true, true]);
    // En terug: geen treffers, geen doelwit, weer zichtbaar.
    teken(ITEMS, container);
    expect(knoopsoorten(een)).to.deep.equal(['#text']);
    expect([een.hasAttribute('tabindex'), een.hasAttribute('data-doelwit'), twee.hasAttribute('hidden')]).to.deep.equal([false, false, false]);
  });

  it('zet het label van een eigen aanvulling achter de tekst, in de taal van de interface', () => {
    const lijst = teken([{ ...ITEMS[0], herkomst: { tekst: 'Addition by Gemeente X', taal: 'en' } }]);
    const label = lijst.querySelector('li > span.herkomst')!;
    expect([label.textContent, label.getAttribute('lang')]).to.deep.equal(['Addition by Gemeente X', 'en']);
    expect(lijst.querySelector('li')!.textContent).to.equal('De inwoner stelt een vraag. Addition by Gemeente X');
  });

  it('tekent alles opnieuw als de items van de groep andere zijn', () => {
    const container = document.createElement('div');
    const lijst = teken(ITEMS, container);
    const eerste = lijst.firstElementChild;
    teken([{ id: 'drie', tekst: 'Iets anders.', bereiken: [], doelwit: false }], container);
    expect([...lijst.children].map((li) => [li.id, li.textContent])).to.deep.equal([['drie', 'Iets anders.']]);
    expect(lijst.firstElementChild).not.to.equal(eerste);
  });

  it('hoort op een element: als tekst-binding geeft ze een fout', () => {
    expect(() => render(html`<ul>${itemLijst(ITEMS)}</ul>`, document.createElement('div'))).to.throw(/element-binding/);
  });
});

describe('items van een kaart: gewone lijstitems in de browser, sjablonen met markeerbaar', () => {
  const opmerkingenIn = (kaart: HTMLElement): number =>
    [...kaart.shadowRoot!.querySelectorAll('ul.items')].reduce((som, lijst) => som + [...lijst.childNodes].filter((k) => k.nodeType === Node.COMMENT_NODE).length, 0);

  it('met de standaardattributen staan er geen opmerkingen van Lit in de lijsten, en blijft de tekst die van het boek', async () => {
    const kaart = await kaartMet('mw-signalen-kaart');
    expect(kaart.shadowRoot!.querySelectorAll('li.item').length).to.be.above(30);
    expect(opmerkingenIn(kaart)).to.equal(0);
    expect(kaart.shadowRoot!.querySelector('li.item')!.textContent).to.equal('De inwoner stelt een ongebruikelijke vraag of vraagt om een spoedbehandeling.');
  });

  it('met markeerbaar tekenen de sjablonen de items (knop per item), en zonder weer de lijst', async () => {
    const kaart = await kaartMet('mw-signalen-kaart', { markeerbaar: '' });
    expect(kaart.shadowRoot!.querySelectorAll('li.item > button.markeer-knop').length).to.be.above(30);
    expect(opmerkingenIn(kaart)).to.be.above(0);
    kaart.removeAttribute('markeerbaar');
    await (kaart as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(kaart.shadowRoot!.querySelectorAll('li.item > button').length).to.equal(0);
    expect(opmerkingenIn(kaart)).to.equal(0);
    expect(kaart.shadowRoot!.querySelectorAll('li.item').length).to.be.above(30);
  });
});
