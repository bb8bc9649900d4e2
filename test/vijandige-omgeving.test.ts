import { expect, waitUntil } from '@open-wc/testing';
import pakket from '../package.json';
import { laadPagina } from './helpers/pagina.js';
import { kiesUitMenu } from './helpers/menu.js';
import { catalogus } from '../src/catalogus.js';

type KaartElement = HTMLElement & { updateComplete: Promise<boolean>; markeringen: unknown[] };

const zonderTestserver = (lijst: string[]) => lijst.filter((regel) => !regel.includes('__web-dev-server'));
const tekst = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
/**
 * De echte bundel in pagina's die het een component moeilijk maken: een strenge CSP met Trusted Types,
 * dubbel laden, twee versies, agressieve CSS, 400 % zoom en vijandige invoer.
 */
describe('vijandige omgevingen (de echte bundel)', () => {
  it('werkt onder een strenge CSP met Trusted Types, zonder één schending, ook bij zoeken, markeren, afdrukken en gespreksmodus', async () => {
    const { venster, document: doc } = await laadPagina('/test/vijandig/csp-alle-kaarten.html', {
      tags: [...catalogus.map((k) => k.tag), 'mw-begrippen'],
    });
    const items = catalogus.flatMap(({ tag }) => [...doc.querySelector(tag)!.shadowRoot!.querySelectorAll('li.item')]);
    expect(items).to.have.length(244);
    expect(tekst(doc.querySelector('mw-begrippen')!.shadowRoot!.querySelector('dt'))).to.equal('Standaard dienstverlening');

    const argumenten = doc.querySelector('mw-argumenten-kaart') as KaartElement;
    const root = argumenten.shadowRoot!;
    const veld = root.querySelector('#_zoekveld') as HTMLInputElement;
    veld.value = 'financiële';
    veld.dispatchEvent(new venster.InputEvent('input'));
    await argumenten.updateComplete;
    expect(root.querySelectorAll('mark').length).to.be.greaterThan(0);
    (root.querySelector('#argumenten-kostbaar-1 .markeer-knop') as HTMLButtonElement).click();
    await argumenten.updateComplete;
    expect(argumenten.markeringen).to.have.length(1);
    await kiesUitMenu(argumenten, 'Gespreksmodus');
    await waitUntil(() => root.querySelector('dialog')?.open);
    (root.querySelector('dialog') as HTMLDialogElement).close();
    let afgedrukt = false;
    venster.print = () => void (afgedrukt = true);
    await kiesUitMenu(argumenten, 'Afdrukken');
    await waitUntil(() => afgedrukt, 'afdrukken werkt niet onder de CSP');
    venster.dispatchEvent(new venster.Event('afterprint'));
    doc.querySelector('mw-begrippen')!.setAttribute('heading-level', '3');
    await new Promise((klaar) => setTimeout(klaar, 50));

    expect(doc.querySelector('meta[http-equiv]')).to.equal(null);
    expect(zonderTestserver(venster.__schendingen)).to.deep.equal([]);
    expect(venster.__fouten).to.deep.equal([]);
  });

  it('is echt streng: een inline script en een inline style worden op die pagina geblokkeerd', async () => {
    const { venster, document: doc } = await laadPagina('/test/vijandig/csp-alle-kaarten.html', { tags: ['mw-vragen-kaart'] });
    const div = doc.createElement('div');
    doc.body.append(div);
    expect(() => {
      div.innerHTML = '<b>x</b>';
    }).to.throw();
    div.setAttribute('style', 'color: red');
    await waitUntil(() => venster.__schendingen.some((s) => s.startsWith('style-src')), 'inline style niet geblokkeerd');
  });

  it('laadt de bundel twee keer en naast de npm-modules zonder fout: één registratie, geen waarschuwing', async () => {
    const { venster, document: doc } = await laadPagina('/test/vijandig/twee-keer.html', { tags: ['mw-vragen-kaart'] });
    await waitUntil(() => doc.readyState === 'complete');
    await new Promise((klaar) => setTimeout(klaar, 100));
    expect(venster.__fouten).to.deep.equal([]);
    // Lit zelf meldt in zijn ontwikkelversie (die de npm-modules hier gebruiken) dat er twee Lits zijn; van ons komt niets.
    expect(venster.__waarschuwingen.filter((w) => !w.includes('lit.dev/msg'))).to.deep.equal([]);
    const kaart = doc.querySelector('mw-vragen-kaart')!;
    expect(kaart.shadowRoot!.querySelectorAll('li.item:not([hidden])').length).to.equal(20);
  });

  it('geeft bij twee verschillende versies één waarschuwing met beide versies, en houdt de eerste', async () => {
    const { venster } = await laadPagina('/test/vijandig/twee-versies.html', { tags: ['mw-lessen-kaart'] });
    await waitUntil(() => venster.__waarschuwingen.length > 0, 'geen waarschuwing over de versies');
    await new Promise((klaar) => setTimeout(klaar, 100));
    expect(venster.__fouten).to.deep.equal([]);
    expect(venster.__waarschuwingen).to.have.length(1);
    expect(venster.__waarschuwingen[0]).to.contain('0.0.9-andere').and.to.contain(pakket.version);
    expect((venster.customElements.get('mw-lessen-kaart') as unknown as { versie: string }).versie).to.equal('0.0.9-andere');
  });

  describe('de terugval in de tag (de titel en een link naar de statische pagina), uit de README', () => {
    /** De pagina met de terugval in de tag, met `bundel` als script; klaar als de kaart tekent of het script faalde. */
    async function terugvalMet(bundel: string) {
      const { venster, document: doc } = await laadPagina(`/test/vijandig/terugval.html?bundel=${encodeURIComponent(bundel)}`);
      const kaart = doc.querySelector('mw-signalen-kaart')!;
      await waitUntil(() => (venster as unknown as { __scriptFout?: boolean }).__scriptFout || kaart.shadowRoot?.querySelector('li.item'), `${bundel}: geen kaart en geen fout`);
      const link = doc.querySelector<HTMLAnchorElement>('mw-signalen-kaart > a')!;
      return { kaart, link, zichtbaar: link.checkVisibility() && link.getBoundingClientRect().height > 0 };
    }

    it('staat er als het script niet laadt (404): een werkende link, geen lege plek', async () => {
      const { kaart, link, zichtbaar } = await terugvalMet('/dist/bestaat-niet/mw-kaarten.js');
      expect(zichtbaar).to.equal(true);
      expect(kaart.shadowRoot).to.equal(null);
      expect(tekst(link)).to.equal('Signalenkaart: signalen dat een casus om maatwerk kan vragen');
      expect(link.getAttribute('href')).to.equal('/export/signalen.html');
    });

    it('staat er als het script van een ander domein komt zonder Access-Control-Allow-Origin', async () => {
      const anderDomein = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}/dist/mw-kaarten.js`;
      const { kaart, zichtbaar } = await terugvalMet(anderDomein);
      expect(kaart.shadowRoot, 'het script liep niet').to.equal(null);
      expect(zichtbaar).to.equal(true);
    });

    it('verdwijnt als de kaart tekent: niet zichtbaar, niet in de toegankelijkheidsboom van de kaart', async () => {
      const { kaart, link, zichtbaar } = await terugvalMet('/dist/mw-kaarten.js');
      expect(zichtbaar).to.equal(false);
      expect(link.checkVisibility()).to.equal(false);
      expect(kaart.shadowRoot!.querySelector('slot'), 'geen slot: de terugval komt nooit in de kaart').to.equal(null);
      expect(tekst(kaart.shadowRoot!.querySelector('.titel'))).to.equal('Signalenkaart');
    });
  });

  it('blijft leesbaar en goed opgebouwd onder agressieve CSS van de host', async () => {
    const { document: doc } = await laadPagina('/test/vijandig/agressieve-css.html', { tags: ['mw-argumenten-kaart'] });
    const kaart = doc.querySelector('mw-argumenten-kaart')!;
    const root = kaart.shadowRoot!;
    const titel = root.querySelector('.titel') as HTMLElement;
    expect(titel.localName).to.equal('h2');
    const stijl = getComputedStyle(titel);
    expect(parseFloat(stijl.fontSize)).to.be.below(40);
    expect(stijl.textTransform).to.equal('none');
    const item = root.querySelector('li.item') as HTMLElement;
    expect(getComputedStyle(item).display).to.equal('list-item');
    expect(parseFloat(getComputedStyle(item).fontSize), 'lettergrootte ondanks html { font-size: 10px }').to.be.at.least(16);
    expect(getComputedStyle(item).color).to.equal('rgb(27, 27, 27)');
    expect(getComputedStyle(root.querySelector('.toelichting-knop')!).display).not.to.equal('none');
    expect(root.querySelectorAll('li.item')).to.have.length(55);
  });
});

// Het venster van 320 px is een iframe van die breedte (laadPagina), in elke browser.
describe('zoom tot 400 %: 320 CSS-pixels breed', () => {
  it('geen horizontale scrollbalk en niets afgesneden, ook met de toelichting, begrippen en het overzicht open', async () => {
    const { document: doc } = await laadPagina('/test/vijandig/csp-alle-kaarten.html', {
      breedte: 320,
      tags: [...catalogus.map((k) => k.tag), 'mw-begrippen'],
    });
    const elementen = [...doc.querySelectorAll<KaartElement>('main > *')].filter((element) => element.shadowRoot);
    for (const kaart of elementen) {
      kaart.setAttribute('toelichting-open', '');
      await kaart.updateComplete;
      // Ook de begrippen in de toelichting open.
      const begrippenKnop = [...kaart.shadowRoot!.querySelectorAll('button')].find((k) => tekst(k) === 'Begrippen uit het boek');
      begrippenKnop?.click();
      if ('markeringen' in kaart) kaart.markeringen = [];
      await kaart.updateComplete;
    }
    expect(doc.documentElement.scrollWidth).to.be.at.most(320);
    const rechts = doc.documentElement.clientWidth + 0.5;
    const uitstekend = elementen.flatMap((kaart) =>
      [...kaart.shadowRoot!.querySelectorAll('*')]
        .filter((el) => (el as HTMLElement).checkVisibility() && el.getBoundingClientRect().right > rechts)
        .map((el) => `${kaart.localName} ${el.localName}.${el.className}`),
    );
    expect(uitstekend).to.deep.equal([]);
  });
});
