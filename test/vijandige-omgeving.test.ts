import { expect, waitUntil } from '@open-wc/testing';
import pakket from '../package.json';
import signalenInhoud from '../content/signalen.json';
import { laadPagina } from './helpers/pagina.js';
import { motor } from './helpers/motor.js';
import { kiesUitMenu } from './helpers/menu.js';
import { catalogus } from '../src/catalogus.js';

type KaartElement = HTMLElement & { updateComplete: Promise<boolean>; markeringen: unknown[] };

const zonderTestserver = (lijst: string[]) => lijst.filter((regel) => !regel.includes('__web-dev-server'));
const tekst = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const meldingenVan = (kaart: Element) => [...kaart.shadowRoot!.querySelectorAll('.melding')].map(tekst);
const verzoekenZonderGedeeld = async (sleutel: string) =>
  ((await (await fetch(`/alleen-ingang/${sleutel}/verzoeken`)).json()) as { verzoeken: number }).verzoeken;

/**
 * De pagina met alleen mw-kaarten.js, tot de Signalenkaart zegt dat haar stukken niet laadden; dan zet de beheerder de
 * map gedeeld/ alsnog neer, en klikt de gebruiker „Probeer opnieuw”. Klaar als de tekst er staat of de kaart zegt
 * dat opnieuw proberen niet lukte.
 */
async function probeerOpnieuwNaHerstel() {
  const sleutel = Math.random().toString(36).slice(2);
  const { venster, document: doc } = await laadPagina(`/test/vijandig/zonder-gedeeld.html?sleutel=${sleutel}`, { tags: ['mw-signalen-kaart', 'mw-lessen-kaart'] });
  const signalen = doc.querySelector('mw-signalen-kaart')!;
  const knop = () => signalen.shadowRoot?.querySelector<HTMLButtonElement>('button.opnieuw');
  await waitUntil(knop, 'geen knop „Probeer opnieuw”');
  const voor = await verzoekenZonderGedeeld(sleutel);
  await fetch(`/alleen-ingang/${sleutel}/herstel`);
  knop()!.click();
  await waitUntil(
    () => signalen.shadowRoot!.querySelectorAll('li.item').length > 0 || meldingenVan(signalen).some((m) => m.startsWith('Opnieuw proberen om ')),
    'de kaart bleef staan zonder tekst en zonder melding',
  );
  return { venster, signalen, knop, voor, na: await verzoekenZonderGedeeld(sleutel) };
}

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
    await waitUntil(() => afgedrukt, 'het afdrukstuk laadt niet onder de CSP');
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

  it('zonder de map gedeeld/ naast mw-kaarten.js: een melding in elke kaart, één waarschuwing per melding, en zoeken vraagt de stukken niet opnieuw', async () => {
    const sleutel = Math.random().toString(36).slice(2);
    const { venster, document: doc } = await laadPagina(`/test/vijandig/zonder-gedeeld.html?sleutel=${sleutel}`, { tags: ['mw-signalen-kaart', 'mw-lessen-kaart'] });
    const verzoeken = () => verzoekenZonderGedeeld(sleutel);
    const [signalen, lessen] = [doc.querySelector('mw-signalen-kaart')!, doc.querySelector('mw-lessen-kaart')!];
    const meldingen = meldingenVan;
    await waitUntil(() => meldingen(signalen).length > 0 && meldingen(lessen).length > 0, 'geen melding in de kaarten');
    expect(meldingen(signalen)[0]).to.match(/^De tekst van deze kaart kon niet geladen worden \(.+\)\. Probeer het opnieuw; .*de map gedeeld\/ naast mw-kaarten\.js/);
    // Markeerbaar: ook het overzicht en de sjablonen laadden niet. Engels: de interface blijft Nederlands en zegt waarom.
    expect(meldingen(signalen).slice(1).every((melding) => melding.startsWith('Een onderdeel van deze kaart kon niet geladen worden'))).to.equal(true);
    expect(meldingen(lessen).some((melding) => melding.startsWith('Een onderdeel van deze kaart kon niet geladen worden'))).to.equal(true);
    expect(venster.__fouten, 'geen fout of afgewezen belofte op de pagina').to.deep.equal([]);
    const waarschuwingen = venster.__waarschuwingen.filter((w) => w.startsWith('<mw-'));
    expect(waarschuwingen.length).to.equal(meldingen(signalen).length + meldingen(lessen).length);
    const gevraagd = await verzoeken();
    expect(gevraagd, 'de tekst van twee kaarten, het overzicht, de sjablonen en het Engels').to.be.at.least(5);
    // Zoeken tekent bij elke toets opnieuw, maar vraagt niets opnieuw. (Chromium onthoudt een mislukte import zelf ook;
    // dat de kaart het niet opnieuw probeert, bewaakt test/eenheden/mislukt-stuk.test.ts in elke browser.)
    const zoekveld = signalen.shadowRoot!.querySelector<HTMLInputElement>('#_zoekveld')!;
    for (const waarde of ['b', 'bu', 'bui', 'buik']) {
      zoekveld.value = waarde;
      zoekveld.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await (signalen as KaartElement).updateComplete;
    }
    signalen.setAttribute('heading-level', '3');
    await (signalen as KaartElement).updateComplete;
    expect(meldingen(signalen)[0]).to.contain('kon niet geladen worden');
    expect(await verzoeken()).to.equal(gevraagd);
    expect(venster.__waarschuwingen.filter((w) => w.startsWith('<mw-'))).to.deep.equal(waarschuwingen);
  });

  it('„Probeer opnieuw” nadat de map gedeeld/ er alsnog staat: in Chromium en WebKit komt de tekst; Firefox ESR mag de mislukking onthouden (besluit 16)', async () => {
    const { venster, signalen, knop, voor, na } = await probeerOpnieuwNaHerstel();
    expect(venster.__fouten, 'geen fout of afgewezen belofte op de pagina').to.deep.equal([]);
    const hersteld = signalen.shadowRoot!.querySelectorAll('li.item').length > 0;
    if (motor !== 'firefox') expect(hersteld, `${motor} haalt een mislukte import() opnieuw`).to.equal(true);
    if (hersteld) {
      expect(na, 'de tekst, het overzicht en de sjablonen opnieuw gevraagd').to.be.at.least(voor + 3);
      const items = signalenInhoud.delen.flatMap((deel) => deel.groepen.flatMap((groep) => groep.items));
      expect(signalen.shadowRoot!.querySelectorAll('li.item').length).to.equal(items.length);
      expect(meldingenVan(signalen)).to.deep.equal([]);
      expect(knop()).to.equal(null);
    } else {
      expect(meldingenVan(signalen).at(-1)).to.match(/^Opnieuw proberen om .+ lukte niet\. Probeer het later nog eens of laad de pagina opnieuw;/);
      expect(knop(), 'de knop blijft, voor nog een poging').to.not.equal(null);
    }
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
