import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { delenLijst, type DelenLijstStand } from '../../src/base/delen-lijst.js';
import type { DeelStand, GroepStand, ItemStand } from '../../src/base/delen-stand.js';
import type { Deel, Groep } from '../../src/inhoud/kaart.js';
import '../../src/index.js';
import { kaartMet } from '../helpers/dom.js';

const item = (id: string, tekst: string, wijziging: Partial<ItemStand> = {}): ItemStand => ({ id, tekst, bereiken: [], doelwit: false, ...wijziging });

function groep(id: string, niveau: number, items: ItemStand[], wijziging: Partial<GroepStand> = {}): GroepStand {
  return {
    groep: { id, titel: `Titel ${id}`, items: items.map(({ id: itemId, tekst }) => ({ id: itemId, tekst })) } as Groep,
    niveau,
    titel: { tekst: `Titel ${id}` },
    zichtbaar: true,
    open: true,
    doelwit: false,
    knopId: `_knop-${id}`,
    stop: `_knop-${id}`,
    items,
    ...wijziging,
  };
}

const TEKSTEN = {};

/** De delen uit de inhoud: zolang het dezelfde objecten zijn, blijft de opbouw dezelfde. */
const STAP: Deel = { id: 'stap-1', sleutel: '1', titel: 'Verkennen', nummer: 1, groepen: [] };
const THEMA: Deel = { id: 'thema', sleutel: 'thema', titel: 'Een thema', groepen: [] };

/** Een kaart met twee delen: één genummerd met een groep, één met de kanten vóór en tegen. */
function delen(wijzig: (g: GroepStand) => Partial<GroepStand> = () => ({})): DeelStand[] {
  const g = (id: string, niveau: number, items: ItemStand[]) => {
    const basis = groep(id, niveau, items);
    return { ...basis, ...wijzig(basis) };
  };
  return [
    {
      deel: STAP,
      niveau: 4,
      nummer: { teken: '1', label: 'Stap 1: ' },
      zichtbaar: true,
      groepen: [g('een', 5, [item('een-1', 'De inwoner stelt een vraag.'), item('een-2', 'Financiële problemen <b>niet</b> vet')])],
    },
    {
      deel: THEMA,
      niveau: 4,
      zichtbaar: true,
      kanten: [
        { kant: { id: 'voor', titel: 'Vóór maatwerk' }, niveau: 5, zichtbaar: true, groepen: [g('twee', 7, [item('twee-1', 'Argument vóór.')])] },
        { kant: { id: 'tegen', titel: 'Tegen maatwerk' }, niveau: 5, zichtbaar: true, groepen: [g('drie', 7, [item('drie-1', 'Argument tegen.')])] },
      ],
      groepen: [],
    },
  ];
}

interface Oproepen {
  wissel: string[];
  toets: [string, string, Element][];
  focus: string[];
}

function stand(lijst: DeelStand[], oproepen: Oproepen = { wissel: [], toets: [], focus: [] }, nietsGevonden?: string): DelenLijstStand {
  return {
    delen: lijst,
    taal: 'nl',
    teksten: TEKSTEN,
    nietsGevonden,
    wissel: (id) => oproepen.wissel.push(id),
    toets: (id, gebeurtenis, houder) => oproepen.toets.push([id, gebeurtenis.key, houder]),
    focus: (id) => oproepen.focus.push(id),
  };
}

function teken(s: DelenLijstStand, container: HTMLElement): HTMLElement {
  render(html`<div class="delen" ${delenLijst(s)}></div>`, container);
  return container.querySelector('.delen')!;
}

const nieuweContainer = (): HTMLElement => document.body.appendChild(document.createElement('div'));
const opmerkingen = (wortel: Node): number => {
  const loper = document.createTreeWalker(wortel, NodeFilter.SHOW_COMMENT);
  let aantal = 0;
  while (loper.nextNode()) aantal++;
  return aantal;
};

describe('eenheid: delenLijst', () => {
  it('tekent delen, kanten, groepen en items als gewone elementen met klassen, parts, ids en koppen, zonder opmerkingen', () => {
    const container = nieuweContainer();
    const houder = teken(stand(delen()), container);
    expect(opmerkingen(houder)).to.equal(0);
    expect([...houder.children].map((d) => [d.className, d.getAttribute('part'), d.id, d.getAttribute('data-sleutel')])).to.deep.equal([
      ['deel', 'deel', 'stap-1', '1'],
      ['deel', 'deel', 'thema', 'thema'],
    ]);
    const stapTitel = houder.querySelector('#stap-1 > h4.deel-titel')!;
    expect(stapTitel.getAttribute('part')).to.equal('deel-titel');
    expect(stapTitel.querySelector('.nummer')!.getAttribute('aria-hidden')).to.equal('true');
    expect(stapTitel.querySelector('.visueel-verborgen')!.textContent).to.equal('Stap 1: ');
    expect(stapTitel.textContent).to.equal('1Stap 1: Verkennen');

    const g = houder.querySelector<HTMLElement>('#een')!;
    expect([g.className, g.getAttribute('part')]).to.deep.equal(['groep', 'groep']);
    const knop = g.querySelector('h5.groep-titel > button.groep-knop')!;
    expect([knop.id, knop.getAttribute('type'), knop.getAttribute('tabindex'), knop.getAttribute('aria-expanded'), knop.getAttribute('aria-controls')]).to.deep.equal([
      '_knop-een',
      'button',
      '0',
      'true',
      '_items-een',
    ]);
    expect(knop.hasAttribute('data-roving')).to.equal(true);
    expect(knop.textContent).to.equal('Titel een');
    const lijst = g.querySelector('ul.items#_items-een')!;
    expect([...lijst.children].map((li) => [li.localName, li.className, li.getAttribute('part'), li.id, li.textContent])).to.deep.equal([
      ['li', 'item', 'item', 'een-1', 'De inwoner stelt een vraag.'],
      ['li', 'item', 'item', 'een-2', 'Financiële problemen <b>niet</b> vet'],
    ]);
    // Opmaak in de tekst blijft tekst.
    expect(lijst.querySelector('b')).to.equal(null);

    const kanten = houder.querySelectorAll('#thema > .kanten > .kant');
    expect([...kanten].map((k) => [k.getAttribute('part'), k.getAttribute('data-kant'), k.querySelector('h5.kant-titel')!.textContent])).to.deep.equal([
      ['kant', 'voor', 'Vóór maatwerk'],
      ['kant', 'tegen', 'Tegen maatwerk'],
    ]);
    expect(kanten[0].querySelector('.kant-titel > .kant-teken[aria-hidden="true"]')).not.to.equal(null);
    // Dieper dan h6: een element met role="heading" en aria-level.
    const diep = houder.querySelector('#twee > .groep-titel')!;
    expect([diep.localName, diep.getAttribute('role'), diep.getAttribute('aria-level')]).to.deep.equal(['div', 'heading', '7']);
    container.remove();
  });

  it('werkt dezelfde elementen bij: dicht, verborgen, doelwit, treffers, tabstop; en weer terug', () => {
    const container = nieuweContainer();
    const houder = teken(stand(delen()), container);
    const g = houder.querySelector('#een')!;
    const [een, twee] = g.querySelectorAll('li');
    const gewijzigd = delen((basis) =>
      basis.groep.id === 'een'
        ? {
            open: false,
            doelwit: true,
            stop: undefined,
            titel: { tekst: basis.titel.tekst, bereiken: [{ van: 0, tot: 5 }] },
            items: [{ ...basis.items[0], bereiken: [{ van: 3, tot: 10 }], doelwit: true }, { ...basis.items[1], bereiken: undefined }],
          }
        : { zichtbaar: false },
    );
    gewijzigd[1].zichtbaar = false;
    gewijzigd[1].kanten![1].zichtbaar = false;
    teken(stand(gewijzigd), container);
    expect(houder.querySelector('#een')).to.equal(g);
    expect([...g.querySelectorAll('li')]).to.deep.equal([een, twee]);
    const knop = g.querySelector('button')!;
    expect([knop.getAttribute('aria-expanded'), knop.getAttribute('tabindex'), g.querySelector('ul')!.hidden]).to.deep.equal(['false', '-1', true]);
    expect([g.getAttribute('tabindex'), g.hasAttribute('data-doelwit')]).to.deep.equal(['-1', true]);
    expect(knop.querySelector('mark')!.textContent).to.equal('Titel');
    expect(een.querySelector('mark')!.textContent).to.equal('inwoner');
    expect(een.textContent).to.equal('De inwoner stelt een vraag.');
    expect([een.getAttribute('tabindex'), een.hasAttribute('data-doelwit'), twee.hidden]).to.deep.equal(['-1', true, true]);
    expect([(houder.querySelector('#thema') as HTMLElement).hidden, (houder.querySelector('[data-kant="tegen"]') as HTMLElement).hidden]).to.deep.equal([true, true]);
    expect((houder.querySelector('[data-kant="voor"]') as HTMLElement).hidden).to.equal(false);
    expect((houder.querySelector('#twee') as HTMLElement).hidden).to.equal(true);

    teken(stand(delen()), container);
    expect([knop.getAttribute('aria-expanded'), knop.getAttribute('tabindex'), g.querySelector('ul')!.hidden]).to.deep.equal(['true', '0', false]);
    expect([g.hasAttribute('tabindex'), g.hasAttribute('data-doelwit'), een.hasAttribute('tabindex'), twee.hidden]).to.deep.equal([false, false, false, false]);
    expect([knop.querySelector('mark'), een.querySelector('mark')]).to.deep.equal([null, null]);
    expect((houder.querySelector('#thema') as HTMLElement).hidden).to.equal(false);
    container.remove();
  });

  it('zet het label van een eigen aanvulling achter de titel van de groep en achter het item, in de taal van de interface', () => {
    const container = nieuweContainer();
    const herkomst = { tekst: 'Addition by Gemeente X', taal: 'en' };
    const houder = teken(
      stand(delen((basis) => ({ titel: { ...basis.titel, herkomst }, items: basis.items.map((i) => ({ ...i, herkomst })) }))),
      container,
    );
    const knop = houder.querySelector('#een button')!;
    expect(knop.querySelector(':scope > span.herkomst')!.getAttribute('lang')).to.equal('en');
    expect(knop.textContent).to.equal('Titel een Addition by Gemeente X');
    const li = houder.querySelector('#een-1')!;
    expect([li.textContent, li.querySelector('span.herkomst')!.getAttribute('lang')]).to.deep.equal(['De inwoner stelt een vraag. Addition by Gemeente X', 'en']);
    container.remove();
  });

  it('tekent alles opnieuw als de delen uit de inhoud andere zijn, en toont de melding als niets gevonden is', () => {
    const container = nieuweContainer();
    const houder = teken(stand(delen()), container);
    const eerste = houder.querySelector('#een-1');
    const anders = delen();
    anders[0] = { ...anders[0], deel: { ...STAP }, groepen: [groep('een', 5, [item('vier', 'Iets anders.')])] };
    teken(stand(anders, undefined, 'Niets gevonden voor „xyz”.'), container);
    expect([...houder.querySelectorAll('#een li')].map((li) => [li.id, li.textContent])).to.deep.equal([['vier', 'Iets anders.']]);
    expect(houder.querySelector('#een-1')).to.equal(null);
    expect(eerste!.isConnected).to.equal(false);
    const melding = houder.firstElementChild!;
    expect([melding.className, melding.getAttribute('lang'), melding.textContent]).to.deep.equal(['niets-gevonden', 'nl', 'Niets gevonden voor „xyz”.']);
    teken(stand(anders), container);
    expect(houder.querySelector('.niets-gevonden')).to.equal(null);
    // Een ander kopniveau is ook een andere opbouw.
    const dieper = anders.map((deel) => ({ ...deel, niveau: 5 }));
    teken(stand(dieper), container);
    expect(houder.querySelectorAll('h5.deel-titel').length).to.equal(2);
    container.remove();
  });

  it('geeft klik op de knop, toetsen en focus in een groep door met het id van de groep, en de groep als houder', () => {
    const container = nieuweContainer();
    const oproepen: Oproepen = { wissel: [], toets: [], focus: [] };
    const houder = teken(stand(delen(), oproepen), container);
    const knop = houder.querySelector<HTMLButtonElement>('#drie button')!;
    knop.click();
    knop.focus();
    knop.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
    // Een klik op een item is geen klik op de knop.
    houder.querySelector<HTMLElement>('#drie-1')!.click();
    expect(oproepen.wissel).to.deep.equal(['drie']);
    expect(oproepen.focus).to.deep.equal(['drie']);
    expect(oproepen.toets).to.deep.equal([['drie', 'ArrowDown', houder.querySelector('#drie')]]);
    container.remove();
  });

  it('hoort op een element: als tekst-binding geeft ze een fout', () => {
    expect(() => render(html`<div>${delenLijst(stand(delen()))}</div>`, document.createElement('div'))).to.throw(/element-binding/);
  });
});

describe('delen van een kaart: gewone DOM in de browser, sjablonen met markeerbaar', () => {
  const opmerkingenIn = (kaart: HTMLElement): number => opmerkingen(kaart.shadowRoot!.querySelector('.delen')!);

  it('met de standaardattributen staan er geen opmerkingen van Lit in de delen, en blijft de tekst die van het boek', async () => {
    const kaart = await kaartMet('mw-signalen-kaart');
    expect(kaart.shadowRoot!.querySelectorAll('li.item').length).to.be.above(30);
    expect(opmerkingenIn(kaart)).to.equal(0);
    expect(kaart.shadowRoot!.querySelector('li.item')!.textContent).to.equal('De inwoner stelt een ongebruikelijke vraag of vraagt om een spoedbehandeling.');
  });

  it('met markeerbaar tekenen de sjablonen de items (knop per item), en zonder weer de directive', async () => {
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
