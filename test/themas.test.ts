import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import nldsTokens from '../node_modules/@nl-design-system-unstable/nlds-design-tokens/src/tokens.json';
import { nldsDocumentatieCss } from '../themas/nlds-documentatie.js';
import type { MwKaartBase } from '../src/base/kaart-base.js';
import { bewaakConsole } from './helpers/console.js';
import { contrast } from './helpers/contrast.js';
import { druk } from './helpers/toetsenbord.js';

interface Thema {
  naam: string;
  klasse: string;
  /** Wat de kaart van dit thema moet overnemen: token → waar het op de kaart te zien is. */
  verwacht?: { tekst: string; accent: string; lettertype?: string };
}

const THEMAS: Thema[] = [
  { naam: 'standaard (geen thema)', klasse: '' },
  {
    naam: 'Voorbeeld (NL Design System)',
    klasse: 'voorbeeld-theme',
    verwacht: { tekst: '--basis-color-default-color-document', accent: '--basis-color-action-1-color-default', lettertype: 'Noto Sans' },
  },
  {
    naam: 'NL Design System-documentatie',
    klasse: 'nlds-thema',
    verwacht: { tekst: '--utrecht-document-color', accent: '--utrecht-link-color', lettertype: 'Source Sans Pro' },
  },
  { naam: 'donker', klasse: 'donker-thema', verwacht: { tekst: '--basis-color-default-color-document', accent: '--basis-color-action-1-color-default' } },
];

/** Laadt de stylesheets van de thema's één keer in het testdocument. */
before(async () => {
  for (const href of ['/node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css', '/themas/donker.css']) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    const geladen = new Promise((klaar, fout) => {
      link.onload = klaar;
      link.onerror = fout;
    });
    document.head.append(link);
    await geladen;
  }
  const blad = new CSSStyleSheet();
  blad.replaceSync(nldsDocumentatieCss(nldsTokens, '.nlds-thema'));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, blad];
});

/** De berekende kleur van een token in een thema, via een proefelement. */
function tokenkleur(omhulsel: Element, token: string): string {
  const proef = document.createElement('span');
  proef.style.color = `var(${token})`;
  omhulsel.append(proef);
  const kleur = getComputedStyle(proef).color;
  proef.remove();
  return kleur;
}

describe('thema’s en contrast', () => {
  bewaakConsole();

  for (const thema of THEMAS) {
    describe(thema.naam, () => {
      async function kaartInThema(tag = 'mw-argumenten-kaart'): Promise<{ omhulsel: HTMLElement; kaart: MwKaartBase }> {
        const omhulsel = await fixture<HTMLElement>(html`<div class=${thema.klasse} style="padding: 1rem"></div>`);
        // heading-level="x" geeft een melding, zodat ook die gemeten wordt.
        omhulsel.innerHTML = `<${tag} markeerbaar heading-level="x"></${tag}>`;
        const kaart = omhulsel.firstElementChild as MwKaartBase;
        kaart.markeringen = [{ item: 'argumenten-grip-1' }];
        await kaart.updateComplete;
        return { omhulsel, kaart };
      }

      if (thema.verwacht) {
        it('neemt de kleuren en het lettertype van het thema over zonder één --mw-*', async () => {
          const { omhulsel, kaart } = await kaartInThema();
          const root = kaart.shadowRoot!;
          expect(getComputedStyle(root.querySelector('.vraag')!).color).to.equal(tokenkleur(omhulsel, thema.verwacht!.tekst));
          expect(getComputedStyle(root.querySelector('.titel')!).color).to.equal(tokenkleur(omhulsel, thema.verwacht!.accent));
          if (thema.verwacht!.lettertype) {
            expect(getComputedStyle(root.querySelector('.kaart')!).fontFamily).to.contain(thema.verwacht!.lettertype);
          }
          expect(getComputedStyle(omhulsel).getPropertyValue('--mw-kleur-tekst')).to.equal('');
        });
      }

      it('haalt WCAG AA-contrast voor tekst, knoppen, markeringen, zoektreffers, meldingen, vóór/tegen en focus', async () => {
        const { kaart } = await kaartInThema();
        const root = kaart.shadowRoot!;
        const stijl = (selector: string) => getComputedStyle(root.querySelector(selector)!);
        const achtergrond = stijl('.kaart').backgroundColor;
        const vlak = stijl('.groep').backgroundColor;
        const tekst = stijl('.vraag').color;
        const metingen = {
          'tekst op achtergrond': [contrast(tekst, achtergrond), 4.5],
          'tekst op groepsvlak': [contrast(stijl('.groep-knop').color, vlak), 4.5],
          'titel (accent)': [contrast(stijl('.titel').color, achtergrond), 4.5],
          knop: [contrast(stijl('.knop').color, achtergrond), 4.5],
          'tekst op gemarkeerd item': [contrast(stijl('.item[data-gemarkeerd] .item-tekst').color, stijl('.item[data-gemarkeerd]').backgroundColor), 4.5],
          'ingedrukte markeerknop': [contrast(stijl('.markeer-knop[aria-pressed="true"]').color, stijl('.markeer-knop[aria-pressed="true"]').backgroundColor), 4.5],
          'lijn vóór': [contrast(stijl('.kant[data-kant="voor"]').borderInlineStartColor, achtergrond), 3],
          'lijn tegen': [contrast(stijl('.kant[data-kant="tegen"]').borderInlineStartColor, achtergrond), 3],
          'rand zoekveld': [contrast(stijl('#_zoekveld').borderTopColor, achtergrond), 3],
          'tekst van een melding': [contrast(stijl('.melding').color, stijl('.melding').backgroundColor), 4.5],
          'rand van een melding': [contrast(stijl('.melding').borderTopColor, achtergrond), 3],
        } as Record<string, [number, number]>;
        // Een zoektreffer (<mark>) moet ook leesbaar blijven.
        const veld = root.querySelector('#_zoekveld') as HTMLInputElement;
        veld.value = 'grip';
        veld.dispatchEvent(new InputEvent('input'));
        await kaart.updateComplete;
        metingen['zoektreffer'] = [contrast(stijl('mark').color, stijl('mark').backgroundColor), 4.5];
        const knop = root.querySelector('.knop') as HTMLButtonElement;
        (root.querySelector('#_zoekveld') as HTMLInputElement).focus();
        await druk('Tab');
        expect(knop.matches(':focus-visible'), 'knop heeft zichtbare focus').to.equal(true);
        const focus = getComputedStyle(knop);
        const ringen = [focus.outlineColor, focus.boxShadow.match(/rgba?\([^)]*\)/)?.[0] ?? ''].filter(Boolean);
        metingen['beste focusring'] = [Math.max(...ringen.map((ring) => contrast(ring, achtergrond))), 3];
        const te_laag = Object.entries(metingen)
          .filter(([, [gemeten, minimum]]) => gemeten < minimum)
          .map(([naam, [gemeten, minimum]]) => `${naam}: ${gemeten.toFixed(2)} < ${minimum}`);
        expect(te_laag).to.deep.equal([]);
      });
    });
  }
});
