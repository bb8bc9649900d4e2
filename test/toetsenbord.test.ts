import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { MwKaartBase } from '../src/base/kaart-base.js';
import { alle, een, itemtekst } from './helpers/dom.js';
import { kiesUitMenu } from './helpers/menu.js';
import { kaartUitCatalogus } from '../src/catalogus.js';
import { actiefElement, druk, tabTot, toetsen } from './helpers/toetsenbord.js';

const signalen = kaartUitCatalogus('signalen').inhoud;
const groepen = signalen.delen.flatMap((deel) => deel.groepen);

/** Hoe vaak Tab vanaf de knop vóór de kaart tot de focus aan de voorwaarde voldoet. */
async function telTabs(voorwaarde: (element: Element) => boolean): Promise<number> {
  for (let aantal = 1; aantal <= 200; aantal += 1) {
    await toetsen(['Tab']);
    const actief = actiefElement();
    if (actief && voorwaarde(actief)) return aantal;
  }
  throw new Error('niet bereikt');
}

async function kaart(attributen: string): Promise<{ pagina: HTMLElement; kaart: MwKaartBase }> {
  const pagina = await fixture<HTMLElement>(html`<div><button>ervoor</button></div>`);
  pagina.insertAdjacentHTML('beforeend', `<mw-signalen-kaart ${attributen}></mw-signalen-kaart>`);
  const element = pagina.querySelector<MwKaartBase>('mw-signalen-kaart')!;
  await element.updateComplete;
  pagina.querySelector('button')!.focus();
  return { pagina, kaart: element };
}

describe('toetsenbord: één tabstop per groep, pijltjes binnen de groep', () => {
  it('zonder markeerbaar heeft een item geen tabstop: na de werkbalk komt elke Tab op de volgende groep', async () => {
    const { kaart: element } = await kaart('');
    expect(alle(element, 'li.item button, li.item [tabindex="0"]')).to.have.length(0);
    const voorEerste = await telTabs((e) => e.id === `_knop-${groepen[0].id}`);
    for (const groep of groepen.slice(1, 4)) {
      await toetsen(['Tab']);
      expect(actiefElement()?.id).to.equal(`_knop-${groep.id}`);
    }
    expect(voorEerste, 'toelichting, zoekveld en de menuknop „Meer” van de werkbalk').to.equal(4);
  });

  it('met markeerbaar ligt het 10e signaal even ver als de groep waarin het staat, plus pijltjes', async () => {
    const { kaart: element } = await kaart('markeerbaar');
    const items = groepen.flatMap((groep) => groep.items.map((item) => ({ groep, item })));
    const { groep, item } = items[9];
    const tabs = await telTabs((e) => e.id === `_knop-${groep.id}`);
    expect(tabs).to.equal(4 + groepen.indexOf(groep));
    for (let stap = 0; stap <= groep.items.indexOf(item); stap += 1) await druk('ArrowDown');
    expect(actiefElement()?.id).to.equal(`_markeer-${item.id}`);
    expect(itemtekst(actiefElement()!.closest('li')!)).to.equal(item.tekst);
    // Eén Tab verder: de volgende groep, niet het volgende item.
    await toetsen(['Tab']);
    expect(actiefElement()?.id).to.equal(`_knop-${groepen[groepen.indexOf(groep) + 1].id}`);
    // Terug met Shift+Tab: waar je in de groep was.
    await toetsen(['Shift', 'Tab']);
    expect(actiefElement()?.id).to.equal(`_markeer-${item.id}`);
    expect(alle(element, `#${groep.id} [tabindex="0"]`)).to.have.length(1);
  });

  it('Home, End en pijl omhoog blijven binnen de groep; Enter markeert en houdt de focus op het item', async () => {
    const { kaart: element } = await kaart('markeerbaar');
    const [eerste] = groepen;
    await tabTot((e) => e.id === `_knop-${eerste.id}`);
    await druk('End');
    const laatste = eerste.items.at(-1)!;
    expect(actiefElement()?.id).to.equal(`_markeer-${laatste.id}`);
    await druk('ArrowDown');
    expect(actiefElement()?.id, 'niet voorbij het eind').to.equal(`_markeer-${laatste.id}`);
    await druk('ArrowUp');
    expect(actiefElement()?.id).to.equal(`_markeer-${eerste.items.at(-2)!.id}`);
    await druk('Enter');
    await element.updateComplete;
    expect(een(element, `#_markeer-${eerste.items.at(-2)!.id}`).getAttribute('aria-pressed')).to.equal('true');
    expect(actiefElement()?.id).to.equal(`_markeer-${eerste.items.at(-2)!.id}`);
    await druk('Home');
    expect(actiefElement()?.id).to.equal(`_knop-${eerste.id}`);
  });

  it('een dichte groep is één stop: pijltjes slaan de verborgen items over', async () => {
    const { kaart: element } = await kaart('markeerbaar compact');
    const [eerste] = groepen;
    await tabTot((e) => e.id === `_knop-${eerste.id}`);
    await druk('ArrowDown');
    expect(actiefElement()?.id).to.equal(`_knop-${eerste.id}`);
    await druk('Enter');
    await element.updateComplete;
    await druk('ArrowDown');
    expect(actiefElement()?.id).to.equal(`_markeer-${eerste.items[0].id}`);
    // „Alles sluiten” terwijl een item de stop was: de knop van de groep wordt weer de stop.
    await kiesUitMenu(element, 'Alles sluiten');
    await element.updateComplete;
    expect(een(element, `#_knop-${eerste.id}`).getAttribute('tabindex')).to.equal('0');
    expect(alle(element, `#${eerste.id} [tabindex="0"]`)).to.have.length(1);
    await expect(element).to.be.accessible();
  });

  it('houdt de focus op de groep als de taal of het kopniveau van buitenaf verandert (de delen worden opnieuw getekend)', async () => {
    const { kaart: element } = await kaart('');
    const knopId = `_knop-${groepen[2].id}`;
    await tabTot((e) => e.id === knopId);
    expect(een(element, `#${knopId}`).parentElement!.localName).to.equal('h5');
    element.setAttribute('lang', 'en');
    await element.updateComplete;
    expect(een(element, 'label[for="_zoekveld"]').textContent, 'de interface is Engels').to.match(/search/i);
    expect(actiefElement()?.id, 'na lang="en"').to.equal(knopId);
    element.setAttribute('heading-level', '3');
    await element.updateComplete;
    expect(een(element, `#${knopId}`).parentElement!.localName, 'opnieuw getekend').to.equal('h6');
    expect(actiefElement()?.id, 'na heading-level="3"').to.equal(knopId);
    await toetsen(['Tab']);
    expect(actiefElement()?.id, 'Tab gaat verder vanaf die groep').to.equal(`_knop-${groepen[3].id}`);
  });
});
