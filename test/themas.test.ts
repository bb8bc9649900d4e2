import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import nldsTokens from '../node_modules/@nl-design-system-unstable/nlds-design-tokens/src/tokens.json';
import { THEMAS as THEMA_LIJST } from '../themas/lijst.js';
import { nldsDocumentatieCss } from '../themas/nlds-documentatie.js';
import type { MwKaartBase } from '../src/base/kaart-base.js';
import { bewaakConsole } from './helpers/console.js';
import { contrast, kanalen, luminantie } from './helpers/contrast.js';
import { alleItems, kaarten } from './helpers/kaarten.js';
import { druk } from './helpers/toetsenbord.js';

/**
 * Issue 13, punt 1: de kaarten onder de echte NL Design System-thema's uit het register (devDependencies; niets
 * ervan zit in het pakket), licht en donker waar het thema donker heeft.
 */
interface Thema {
  naam: string;
  klasse: string;
  /** Stijl op de voorouder (voor color-scheme zonder thema). */
  stijl?: string;
  /** Stylesheets die een pagina met dit thema laadt, in volgorde. */
  bladen: string[];
  donker?: boolean;
  /** Welk token van het thema de kaart moet overnemen. */
  verwacht?: { tekst: string; accent: string; lettertype?: string; ruimte?: string; hoek?: string };
}

/** Wat de kaart per thema uit de lijst (themas/lijst.ts) moet overnemen: welke tokens. */
const VERWACHT: Record<string, Thema['verwacht']> = {
  voorbeeld: { tekst: '--basis-color-default-color-document', accent: '--basis-color-action-1-color-default', lettertype: 'Noto Sans', hoek: '--basis-border-radius-md' },
  utrecht: {
    tekst: '--utrecht-document-color',
    accent: '--utrecht-link-color',
    lettertype: 'Noto Sans',
    ruimte: '--utrecht-space-block-md',
    hoek: '--utrecht-border-radius-md',
  },
  'utrecht-donker': { tekst: '--utrecht-document-color', accent: '--utrecht-link-color', ruimte: '--utrecht-space-block-md', hoek: '--utrecht-border-radius-md' },
  denhaag: {
    tekst: '--utrecht-document-color',
    accent: '--nl-link-color',
    lettertype: 'TheSans',
    ruimte: '--denhaag-space-block-md',
    hoek: '--denhaag-border-radius',
  },
  rijkshuisstijl: {
    tekst: '--basis-color-default-color-document',
    accent: '--nl-link-color',
    lettertype: 'Fira Sans',
    ruimte: '--rhc-space-200',
    hoek: '--rhc-border-radius-md',
  },
  amsterdam: {
    tekst: '--ams-color-text',
    accent: '--ams-color-interactive',
    lettertype: 'Amsterdam Sans',
    ruimte: '--ams-space-m',
    hoek: '--ams-border-radius',
  },
  donker: { tekst: '--basis-color-default-color-document', accent: '--basis-color-action-1-color-default' },
};

/** Een blad uit de lijst als adres op de testserver: een pakket onder /node_modules, een eigen bestand vanaf de hoofdmap. */
const adres = (blad: string) => (blad.startsWith('./') ? blad.slice(1) : `/node_modules/${blad}`);

const THEMAS: Thema[] = [
  { naam: 'standaard (geen thema)', klasse: '', bladen: [] },
  { naam: 'standaard met color-scheme: dark op een voorouder', klasse: '', stijl: 'color-scheme: dark', bladen: [], donker: true },
  {
    naam: 'NL Design System-documentatie',
    klasse: 'nlds-thema',
    bladen: [],
    verwacht: { tekst: '--utrecht-document-color', accent: '--utrecht-link-color', lettertype: 'Source Sans Pro' },
  },
  // De thema's van de pakketten, dezelfde lijst als de knop Thema van de Storybook.
  ...THEMA_LIJST.map(({ id, titel, klasse, bladen, donker }) => ({
    naam: `${titel} (${bladen.join(' + ')})`,
    klasse,
    bladen: bladen.map(adres),
    donker,
    verwacht: VERWACHT[id],
  })),
];

async function laadBlad(href: string): Promise<HTMLLinkElement> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const geladen = new Promise((klaar, fout) => {
    link.onload = klaar;
    link.onerror = () => fout(new Error(`${href} laadt niet`));
  });
  document.head.append(link);
  await geladen;
  return link;
}

/** Een waarde van een token in een thema, berekend op een proefelement (kleur of lengte). */
function tokenwaarde(omhulsel: Element, token: string, eigenschap: 'color' | 'paddingTop' | 'borderTopLeftRadius'): string {
  const proef = document.createElement('span');
  proef.style.display = 'block';
  if (eigenschap === 'borderTopLeftRadius') proef.style.borderTopLeftRadius = `var(${token})`;
  else if (eigenschap === 'paddingTop') proef.style.paddingTop = `var(${token})`;
  else proef.style.color = `var(${token})`;
  omhulsel.append(proef);
  const waarde = getComputedStyle(proef)[eigenschap];
  proef.remove();
  return waarde;
}

/** De ouder van een element, ook over de grens van een shadow root heen. */
function ouder(element: Element): Element | null {
  return element.parentElement ?? ((element.getRootNode() as ShadowRoot).host || null);
}

/** De kleur die echt achter een element ligt: de achtergronden van het element en zijn voorouders, over elkaar gelegd. */
function achtergrondAchter(element: Element): string {
  const lagen: number[][] = [];
  for (let e: Element | null = element; e; e = ouder(e)) {
    const laag = kanalen(getComputedStyle(e).backgroundColor);
    if (laag[3] > 0) lagen.push(laag);
    if (laag[3] >= 1) break;
  }
  // Onder alles het canvas; de kaart zelf heeft altijd een dichte achtergrond, dus dit telt alleen in theorie.
  let [r, g, b] = lagen.at(-1)?.[3] === 1 ? lagen.pop()! : [255, 255, 255];
  for (const [lr, lg, lb, a] of lagen.reverse()) [r, g, b] = [lr * a + r * (1 - a), lg * a + g * (1 - a), lb * a + b * (1 - a)];
  return `rgb(${r}, ${g}, ${b})`;
}

/** Elk zichtbaar element in de kaart met eigen tekst, met het contrast van die tekst op wat erachter ligt. */
function tekstcontrasten(root: ShadowRoot): { waar: string; tekst: string; verhouding: number; element: Element }[] {
  return [...root.querySelectorAll('*')].flatMap((element) => {
    const eigenTekst = [...element.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent ?? '')
      .join('')
      .trim();
    if (!eigenTekst) return [];
    const vak = element.getBoundingClientRect();
    if (vak.width <= 1 || vak.height <= 1 || !element.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions)) return [];
    const metKlasse = element.closest('[class]');
    const waar = `${element.localName} in .${String(metKlasse?.className ?? '').trim().replace(/\s+/g, '.')}`;
    return [{ waar, tekst: eigenTekst.slice(0, 30), verhouding: contrast(getComputedStyle(element).color, achtergrondAchter(element)), element }];
  });
}

describe('thema’s en contrast', () => {
  bewaakConsole();
  let nldsBlad: CSSStyleSheet;

  before(() => {
    nldsBlad = new CSSStyleSheet();
    nldsBlad.replaceSync(nldsDocumentatieCss(nldsTokens, '.nlds-thema'));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, nldsBlad];
  });

  after(() => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((blad) => blad !== nldsBlad);
  });

  for (const thema of THEMAS) {
    describe(thema.naam, () => {
      // Elk thema laadt zijn eigen bladen en ruimt ze op: Den Haag en Amsterdam zetten ook tokens op :root.
      let links: HTMLLinkElement[] = [];
      before(async () => {
        links = [];
        for (const href of thema.bladen) links.push(await laadBlad(href));
      });
      after(() => links.forEach((link) => link.remove()));

      async function kaartInThema(tag: string, eersteItem: string): Promise<{ omhulsel: HTMLElement; kaart: MwKaartBase }> {
        const omhulsel = await fixture<HTMLElement>(html`<div class=${thema.klasse} style="padding: 1rem; ${thema.stijl ?? ''}"></div>`);
        // heading-level="x" geeft een melding, zodat ook die gemeten wordt.
        omhulsel.innerHTML = `<${tag} markeerbaar heading-level="x"></${tag}>`;
        const kaart = omhulsel.firstElementChild as MwKaartBase;
        kaart.markeringen = [{ item: eersteItem }];
        await kaart.updateComplete;
        return { omhulsel, kaart };
      }

      if (thema.verwacht) {
        const verwacht = thema.verwacht;
        it('neemt kleuren, lettertype, ruimte en hoekradius van het thema over zonder één --mw-* op de pagina', async () => {
          const { omhulsel, kaart } = await kaartInThema('mw-argumenten-kaart', 'argumenten-grip-1');
          const root = kaart.shadowRoot!;
          const stijl = (selector: string) => getComputedStyle(root.querySelector(selector)!);
          expect(stijl('.vraag').color, 'tekst').to.equal(tokenwaarde(omhulsel, verwacht.tekst, 'color'));
          expect(stijl('.titel').color, 'accent').to.equal(tokenwaarde(omhulsel, verwacht.accent, 'color'));
          if (verwacht.lettertype) expect(stijl('.kaart').fontFamily).to.contain(verwacht.lettertype);
          if (verwacht.ruimte) expect(stijl('.kaart').paddingTop, 'ruimte').to.equal(tokenwaarde(omhulsel, verwacht.ruimte, 'paddingTop'));
          if (verwacht.hoek) expect(stijl('.kaart').borderTopLeftRadius, 'hoek').to.equal(tokenwaarde(omhulsel, verwacht.hoek, 'borderTopLeftRadius'));
          if (!thema.bladen.some((blad) => blad.startsWith('/themas/amsterdam'))) {
            expect(getComputedStyle(omhulsel).getPropertyValue('--mw-kleur-tekst')).to.equal('');
          }
        });
      }

      if (thema.donker) {
        it('is donker als de pagina donker is: lichte tekst op een donkere kaart en donkere groepsvlakken', async () => {
          const { kaart } = await kaartInThema('mw-signalen-kaart', alleItems(kaarten[0].inhoud)[0].id);
          const root = kaart.shadowRoot!;
          const kaartvlak = luminantie(getComputedStyle(root.querySelector('.kaart')!).backgroundColor);
          const groepsvlak = luminantie(getComputedStyle(root.querySelector('.groep')!).backgroundColor);
          const tekst = luminantie(getComputedStyle(root.querySelector('.vraag')!).color);
          expect(kaartvlak, 'achtergrond van de kaart').to.be.below(0.1);
          expect(groepsvlak, 'achtergrond van een groep').to.be.below(0.1);
          expect(tekst, 'tekst').to.be.above(0.5);
        });
      }

      for (const kaartGeval of kaarten) {
        it(`${kaartGeval.tag}: elke tekst, markering, zoektreffer, melding, knop en focusring haalt WCAG AA`, async () => {
          const item = alleItems(kaartGeval.inhoud)[0];
          const { kaart } = await kaartInThema(kaartGeval.tag, item.id);
          const root = kaart.shadowRoot!;
          const stijl = (selector: string) => getComputedStyle(root.querySelector(selector)!);
          const achtergrond = stijl('.kaart').backgroundColor;
          // Een zoektreffer (<mark>) op een woord uit het eerste item.
          const woord = item.tekst.match(/[\p{L}]{4,}/u)![0];
          const veld = root.querySelector('#_zoekveld') as HTMLInputElement;
          veld.value = woord;
          veld.dispatchEvent(new InputEvent('input'));
          await kaart.updateComplete;
          expect(root.querySelector('mark'), `zoektreffer voor "${woord}"`).to.exist;
          expect(root.querySelector('.markeer-knop[aria-pressed="true"]'), 'gemarkeerd item').to.exist;
          expect(root.querySelector('.melding'), 'melding').to.exist;

          const teksten = tekstcontrasten(root);
          const gemeten = (selector: string) => teksten.some(({ element }) => element.closest(selector));
          expect(gemeten('mark'), 'de zoektreffer is gemeten').to.equal(true);
          expect(gemeten('.groep-knop'), 'een groepstitel op zijn vlak is gemeten').to.equal(true);
          expect(gemeten('.markeer-knop[aria-pressed="true"]'), 'het gemarkeerde item is gemeten').to.equal(true);
          expect(gemeten('.melding'), 'de melding is gemeten').to.equal(true);
          expect(gemeten('.knop'), 'een knop is gemeten').to.equal(true);
          const metingen = teksten.map(({ waar, tekst, verhouding }) => ({ naam: `${waar} "${tekst}"`, verhouding, minimum: 4.5 }));
          const nietTekst = (naam: string, kleur: string, achter = achtergrond) => metingen.push({ naam, verhouding: contrast(kleur, achter), minimum: 3 });
          nietTekst('rand zoekveld', stijl('#_zoekveld').borderTopColor);
          nietTekst('rand van een melding', stijl('.melding').borderTopColor);
          if (root.querySelector('.kant[data-kant="voor"]')) {
            nietTekst('lijn vóór', stijl('.kant[data-kant="voor"]').borderInlineStartColor);
            nietTekst('lijn tegen', stijl('.kant[data-kant="tegen"]').borderInlineStartColor);
          }
          // Focusringen: op een knop op de kaart en op een groepsknop op zijn vlak.
          const beste = (element: Element) => {
            const focus = getComputedStyle(element);
            const ringen = [focus.outlineColor, focus.boxShadow.match(/(rgba?|color)\([^)]*\)/)?.[0] ?? ''].filter(Boolean);
            const achter = achtergrondAchter(element.parentElement!);
            return Math.max(...ringen.map((ring) => contrast(ring, achter)));
          };
          const knop = root.querySelector('.knop') as HTMLButtonElement;
          veld.focus();
          await druk('Tab');
          expect(knop.matches(':focus-visible'), 'knop heeft zichtbare focus').to.equal(true);
          metingen.push({ naam: 'beste focusring op een knop', verhouding: beste(knop), minimum: 3 });
          const groepKnop = root.querySelector('.groep:not([hidden]) .groep-knop') as HTMLButtonElement;
          groepKnop.focus();
          expect(groepKnop.matches(':focus-visible'), 'groepsknop heeft zichtbare focus').to.equal(true);
          metingen.push({ naam: 'beste focusring op een groepsvlak', verhouding: beste(groepKnop), minimum: 3 });

          const teLaag = metingen.filter((m) => m.verhouding < m.minimum).map((m) => `${m.naam}: ${m.verhouding.toFixed(2)} < ${m.minimum}`);
          expect([...new Set(teLaag)]).to.deep.equal([]);
        });
      }
    });
  }
});
