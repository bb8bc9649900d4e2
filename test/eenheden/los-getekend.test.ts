import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { losGetekend, type LosDing } from '../../src/base/los-getekend.js';
import '../../src/index.js';

const A = { naam: 'a' };
const B = { naam: 'b' };
const C = { naam: 'c' };

/** Een lijst met de richtlijn, en een vast element erna: nieuwe dingen komen vóór dat element. */
const lijst = (plek: HTMLElement, dingen: LosDing[]) => render(html`<ul>${losGetekend(dingen)}</ul><p>na</p>`, plek);

/** Dezelfde plek met een gewone lijst die Lit bijhoudt. */
const gewoon = (plek: HTMLElement, sjablonen: unknown[]) => render(html`<ul>${sjablonen}</ul><p>na</p>`, plek);

const ding = (wie: object, tekst: string, sleutel = '', extra = false): LosDing => ({
  sjabloon: extra ? html`<li data-extra>${tekst}<button>knop</button></li>` : html`<li>${tekst}<button>knop</button></li>`,
  wie,
  sleutel,
});

const teksten = (plek: HTMLElement) => [...plek.querySelectorAll('li')].map((li) => li.textContent);

describe('eenheid: losGetekend (Lit tekent één keer en laat los)', () => {
  let plek: HTMLElement;
  beforeEach(async () => {
    plek = await fixture<HTMLElement>(html`<div></div>`);
  });

  it('tekent de dingen in volgorde, vóór wat na de plek staat', () => {
    lijst(plek, [ding(A, 'een'), ding(B, 'twee')]);
    expect(teksten(plek)).to.deep.equal(['eenknop', 'tweeknop']);
    lijst(plek, [ding(A, 'een'), ding(B, 'twee'), ding(C, 'drie')]);
    expect(teksten(plek)).to.deep.equal(['eenknop', 'tweeknop', 'drieknop']);
    expect(plek.querySelector('ul')?.nextElementSibling?.textContent).to.equal('na');
  });

  it('tekent een ding met hetzelfde object en dezelfde sleutel niet opnieuw', () => {
    lijst(plek, [ding(A, 'een')]);
    const li = plek.querySelector('li') as HTMLLIElement;
    li.dataset.aangeraakt = 'ja';
    lijst(plek, [ding(A, 'anders')]);
    expect(li.dataset.aangeraakt, 'niet opnieuw getekend').to.equal('ja');
    expect(li.textContent).to.equal('eenknop');
  });

  it('past bij een andere sleutel hetzelfde element aan: attributen, tekst, en de focus blijft op de knop', () => {
    lijst(plek, [ding(A, 'een')]);
    const li = plek.querySelector('li') as HTMLLIElement;
    const knop = li.querySelector('button') as HTMLButtonElement;
    knop.focus();
    lijst(plek, [ding(A, 'nieuw', 'x', true)]);
    expect(plek.querySelector('li')).to.equal(li);
    expect(li.hasAttribute('data-extra')).to.equal(true);
    expect(li.textContent).to.equal('nieuwknop');
    expect(document.activeElement).to.equal(knop);
    lijst(plek, [ding(A, 'nieuw', 'y')]);
    expect(li.hasAttribute('data-extra'), 'een attribuut dat er niet meer is, gaat weg').to.equal(false);
  });

  it('geeft een element met andere kinderen de nieuwe kinderen, en vervangt een ding met een ander object', () => {
    lijst(plek, [ding(A, 'een')]);
    const li = plek.querySelector('li') as HTMLLIElement;
    lijst(plek, [{ sjabloon: html`<li>een <mark>treffer</mark></li>`, wie: A, sleutel: 'm' }]);
    expect(plek.querySelector('li')).to.equal(li);
    expect(li.querySelector('mark')?.textContent).to.equal('treffer');
    lijst(plek, [ding(B, 'twee')]);
    expect(plek.querySelector('li')).to.not.equal(li);
    expect(teksten(plek)).to.deep.equal(['tweeknop']);
  });

  it('haalt weg wat er niet meer is, en wisselt zonder dubbelingen met een gewone lijst van Lit', () => {
    lijst(plek, [ding(A, 'een'), ding(B, 'twee'), ding(C, 'drie')]);
    lijst(plek, [ding(A, 'een')]);
    expect(teksten(plek)).to.deep.equal(['eenknop']);
    gewoon(plek, [html`<li>gewoon</li>`, html`<li>lijst</li>`]);
    expect(teksten(plek)).to.deep.equal(['gewoon', 'lijst']);
    lijst(plek, [ding(A, 'een'), ding(B, 'twee')]);
    expect(teksten(plek)).to.deep.equal(['eenknop', 'tweeknop']);
    gewoon(plek, [html`<li>weer gewoon</li>`]);
    expect(teksten(plek)).to.deep.equal(['weer gewoon']);
  });
});

type LitObject = Record<string, unknown>;

/**
 * Telt de instanties van sjablonen die Lit vasthoudt onder een element, via `_$litPart$` en de waarde van elk part
 * en de parts van elke instantie: `_$AH` en `_$AV` in de productiebouw van Lit, `_$committedValue` en `_$parts` in de
 * ontwikkelbouw.
 */
function instanties(wortel: object): number {
  let aantal = 0;
  const bezoek = (waarde: unknown): void => {
    if (Array.isArray(waarde)) return waarde.forEach(bezoek);
    if (!waarde || typeof waarde !== 'object') return;
    const o = waarde as LitObject;
    const parts = o._$AV ?? o._$parts;
    if (Array.isArray(parts)) {
      aantal += 1;
      parts.forEach((part) => bezoek(part));
    } else if ('_$AH' in o || '_$committedValue' in o) bezoek(o._$AH ?? o._$committedValue);
  };
  bezoek((wortel as LitObject)._$litPart$);
  return aantal;
}

describe('eenheid: een kaart houdt geen instantie van Lit per item of groep vast', () => {
  it('de Signalenkaart (38 items in 8 groepen): minder dan 20 instanties, met markeerbaar één per item', async () => {
    const kaart = await fixture<HTMLElement & { updateComplete: Promise<boolean>; markeerbaar: boolean }>(
      html`<mw-signalen-kaart></mw-signalen-kaart>`,
    );
    await kaart.updateComplete;
    const items = kaart.shadowRoot?.querySelectorAll('li.item').length ?? 0;
    expect(items).to.be.greaterThan(30);
    const zonder = instanties(kaart.shadowRoot as ShadowRoot);
    expect(zonder, 'de kop, werkbalk en toelichting zijn wel instanties').to.be.greaterThan(5);
    expect(zonder).to.be.lessThan(20);
    kaart.markeerbaar = true;
    await kaart.updateComplete;
    expect(instanties(kaart.shadowRoot as ShadowRoot), 'met markeerknoppen houdt Lit de items bij').to.be.greaterThan(items);
  });
});
