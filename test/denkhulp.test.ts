import { expect, fixture, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/index.js';
import type { MwKaartBase } from '../src/base/kaart-base.js';
import type { MwDenkhulp } from '../src/denkhulp/denkhulp.js';
import type { Verslag } from '../src/verslag/verslag-model.js';
import type { MwVerslag } from '../src/verslag/verslag.js';
import { bewaakConsole } from './helpers/console.js';
import { exotischeWaarden } from './helpers/exotisch.js';
import { markeer } from './helpers/markeren.js';
import { alle, een, koppen, tekstVan } from './helpers/dom.js';
import { laadPagina } from './helpers/pagina.js';
import { actiefElement, druk, staKlembordToe, tabTot, typ } from './helpers/toetsenbord.js';

const tabs = (denkhulp: Element): HTMLButtonElement[] => alle(denkhulp, '[role="tab"]') as HTMLButtonElement[];
const gekozen = (denkhulp: Element): string => tekstVan(tabs(denkhulp).find((t) => t.getAttribute('aria-selected') === 'true'));
/** Het element in het zichtbare tabpaneel. */
const getoond = <T extends Element = MwKaartBase>(denkhulp: Element): T =>
  alle(denkhulp, '[role="tabpanel"]').find((p) => !p.hasAttribute('hidden'))!.firstElementChild as T;
const verslagIn = (denkhulp: Element): MwVerslag => een(denkhulp, 'mw-verslag') as MwVerslag;

async function denkhulpMet(attributen: Record<string, string> = {}): Promise<MwDenkhulp> {
  const element = document.createElement('mw-denkhulp');
  for (const [naam, waarde] of Object.entries(attributen)) element.setAttribute(naam, waarde);
  const denkhulp = await fixture<MwDenkhulp>(element);
  await klaar(denkhulp);
  return denkhulp;
}

async function klaar(denkhulp: MwDenkhulp): Promise<void> {
  await denkhulp.updateComplete;
  await Promise.all([getoond<MwKaartBase>(denkhulp)?.updateComplete, verslagIn(denkhulp).updateComplete]);
}


async function kies(denkhulp: MwDenkhulp, naam: string): Promise<void> {
  tabs(denkhulp).find((t) => tekstVan(t) === naam)!.click();
  await klaar(denkhulp);
}

describe('<mw-denkhulp>', () => {
  const log = bewaakConsole();

  it('toont de gekozen kaarten als tabbladen (APG Tabs) met het verslag als laatste; alleen het gekozen paneel staat in de DOM', async () => {
    const denkhulp = await denkhulpMet({ kaarten: 'signalen vragen argumenten', fase: 'tijdens' });
    const lijst = een(denkhulp, '[role="tablist"]');
    expect(lijst.getAttribute('aria-label')).to.equal('Kaarten voor deze casus');
    expect(tabs(denkhulp).map(tekstVan)).to.deep.equal(['Signalenkaart', 'Vragenkaart', 'Argumentenkaart', 'Verslag']);
    expect(tabs(denkhulp).map((t) => [t.getAttribute('aria-selected'), t.tabIndex])).to.deep.equal([
      ['true', 0],
      ['false', -1],
      ['false', -1],
      ['false', -1],
    ]);
    for (const tab of tabs(denkhulp)) {
      const paneel = een(denkhulp, `#${tab.getAttribute('aria-controls')}`);
      expect(paneel.getAttribute('role')).to.equal('tabpanel');
      expect(paneel.getAttribute('aria-labelledby')).to.equal(tab.id);
    }
    expect(getoond(denkhulp).localName).to.equal('mw-signalen-kaart');
    expect(alle(denkhulp, 'mw-vragen-kaart, mw-argumenten-kaart'), 'andere kaarten niet in de DOM').to.have.length(0);
    await expect(denkhulp).to.be.accessible();
    for (const naam of ['Vragenkaart', 'Argumentenkaart', 'Verslag']) {
      await kies(denkhulp, naam);
      expect(gekozen(denkhulp)).to.equal(naam);
      await expect(denkhulp).to.be.accessible();
    }
    expect(denkhulp.getAttribute('actief')).to.equal('verslag');
    expect(getoond(denkhulp).localName).to.equal('mw-verslag');
    expect(log.waarschuwingen).to.deep.equal([]);
  });

  it('loopt met het toetsenbord: Tab naar het gekozen tabblad, pijlen lopen rond, Home en End, dan Tab het paneel en het verslag in', async () => {
    const denkhulp = await denkhulpMet();
    const voor = document.createElement('button');
    voor.textContent = 'ervoor';
    denkhulp.before(voor);
    voor.focus();
    await druk('Tab');
    expect(tekstVan(actiefElement())).to.equal('Signalenkaart');
    await druk('ArrowRight');
    await klaar(denkhulp);
    expect(tekstVan(actiefElement())).to.equal('Vragenkaart');
    expect(gekozen(denkhulp), 'het tabblad met de focus is gekozen').to.equal('Vragenkaart');
    expect(getoond(denkhulp).localName).to.equal('mw-vragen-kaart');
    await druk('ArrowLeft');
    await druk('ArrowLeft');
    await klaar(denkhulp);
    expect(tekstVan(actiefElement()), 'links van de eerste: de laatste').to.equal('Verslag');
    await druk('ArrowRight');
    await klaar(denkhulp);
    expect(tekstVan(actiefElement()), 'rechts van de laatste: de eerste').to.equal('Signalenkaart');
    await druk('End');
    await klaar(denkhulp);
    expect(gekozen(denkhulp)).to.equal('Verslag');
    // Tab gaat het verslag in: het veld Afweging, dan de knoppen.
    await druk('Tab');
    expect(actiefElement()!.id).to.equal('_afweging');
    await typ('Eigen afweging');
    await druk('Tab');
    expect(tekstVan(actiefElement())).to.equal('Kopieer als tekst');
    await druk('Tab');
    expect(tekstVan(actiefElement())).to.equal('Kopieer met opmaak');
    await druk('Tab');
    expect(tekstVan(actiefElement())).to.equal('Afdrukken');
    expect(verslagIn(denkhulp).verslag.afweging).to.equal('Eigen afweging');
    // Shift+Tab terug naar de tabbladen komt op het gekozen tabblad.
    await tabTot((e) => e.getAttribute('role') === 'tab', 10, true);
    expect(tekstVan(actiefElement())).to.equal('Verslag');
    await druk('Home');
    await klaar(denkhulp);
    expect(gekozen(denkhulp)).to.equal('Signalenkaart');
    voor.remove();
  });

  it('houdt markeringen en notities bij het wisselen, en het verslag toont ze allemaal in de volgorde van het boek', async () => {
    const verslagen: Verslag[] = [];
    const vang = (e: CustomEvent<Verslag>) => verslagen.push(e.detail);
    document.addEventListener('mw-verslag', vang);
    try {
      const denkhulp = await denkhulpMet({ kaarten: 'vragen signalen', fase: 'tijdens' });
      await markeer(getoond(denkhulp), 'vragen-aanleiding-1', 'via de wijkcoach');
      await kies(denkhulp, 'Signalenkaart');
      await markeer(getoond(denkhulp), 'signalen-bijzondere-vraag-1');
      await kies(denkhulp, 'Vragenkaart');
      const vragen = getoond(denkhulp);
      expect(een(vragen, '#vragen-aanleiding-1 .markeer-knop').getAttribute('aria-pressed')).to.equal('true');
      expect((een(vragen, '#_notitie-vragen-aanleiding-1') as HTMLTextAreaElement).value).to.equal('via de wijkcoach');
      await kies(denkhulp, 'Verslag');
      const verslag = verslagIn(denkhulp);
      expect(alle(verslag, '.kaart-titel').map(tekstVan)).to.deep.equal(['Signalenkaart', 'Vragenkaart']);
      expect(alle(verslag, '.samenvatting dd').map(tekstVan)).to.deep.equal([
        'De inwoner stelt een ongebruikelijke vraag of vraagt om een spoedbehandeling.',
        'Waarom komt specifiek deze casus bij mij terecht? Notitie: via de wijkcoach',
      ]);
      expect(verslagen.length, 'een mw-verslag bij elke wijziging').to.be.greaterThan(2);
      expect(verslagen.at(-1)!.kaarten.map((k) => k.kaart)).to.deep.equal(['signalen', 'vragen']);
      expect(denkhulp.verslag).to.deep.equal(verslagen.at(-1));
      await expect(denkhulp).to.be.accessible();
    } finally {
      document.removeEventListener('mw-verslag', vang);
    }
  });

  it('zet met verslag de hele casus terug, ook op kaarten die niet getoond worden, zonder gebeurtenis', async () => {
    const denkhulp = await denkhulpMet();
    let gebeurtenissen = 0;
    const tel = () => (gebeurtenissen += 1);
    document.addEventListener('mw-verslag', tel);
    document.addEventListener('mw-markering', tel);
    try {
      denkhulp.verslag = {
        versie: 1,
        datum: '2026-12-01',
        kaarten: [
          { kaart: 'signalen', titel: 'Signalenkaart', markeringen: [{ item: 'signalen-bijzondere-vraag-1', notitie: 'spoed' }] },
          { kaart: 'argumenten', titel: 'Argumentenkaart', markeringen: [{ item: 'argumenten-grip-1', notitie: '' }] },
        ],
        afweging: 'Eerst de huur.',
      };
      await klaar(denkhulp);
      expect(een(getoond(denkhulp), '#signalen-bijzondere-vraag-1 .markeer-knop').getAttribute('aria-pressed')).to.equal('true');
      await kies(denkhulp, 'Argumentenkaart');
      expect(een(getoond(denkhulp), '#argumenten-grip-1 .markeer-knop').getAttribute('aria-pressed')).to.equal('true');
      await kies(denkhulp, 'Verslag');
      expect((een(verslagIn(denkhulp), '#_afweging') as HTMLTextAreaElement).value).to.equal('Eerst de huur.');
      expect(alle(verslagIn(denkhulp), '.kaart-titel').map(tekstVan)).to.deep.equal(['Signalenkaart', 'Argumentenkaart']);
      // Een andere casus: leeg.
      denkhulp.verslag = { versie: 1, datum: '2026-12-01', kaarten: [], afweging: '' };
      await klaar(denkhulp);
      await kies(denkhulp, 'Argumentenkaart');
      expect(een(getoond(denkhulp), '#argumenten-grip-1 .markeer-knop').getAttribute('aria-pressed')).to.equal('false');
      expect(gebeurtenissen).to.equal(0);
      expect(log.waarschuwingen).to.deep.equal([]);
    } finally {
      document.removeEventListener('mw-verslag', tel);
      document.removeEventListener('mw-markering', tel);
    }
  });

  it('een verslag dat niet klopt: de melding staat boven de tabbladen en in het verslag, met één waarschuwing', async () => {
    const denkhulp = await denkhulpMet();
    denkhulp.verslag = {
      versie: 1,
      datum: '2026-12-01',
      kaarten: [{ kaart: 'signalen', titel: 'Signalenkaart', markeringen: [{ item: 'signalen-bijzondere-vraag-1', notitie: 7 as never }] }],
      afweging: 'Eerst de huur.',
    };
    await klaar(denkhulp);
    const melding = 'Niet alles uit het verslag kon terug. Ontbreekt of klopt niet: kaarten.0.markeringen.0.notitie.';
    expect(alle(denkhulp, '.melding').map(tekstVan)).to.deep.equal([melding]);
    expect(een(getoond(denkhulp), '#signalen-bijzondere-vraag-1 .markeer-knop').getAttribute('aria-pressed'), 'wat klopt, komt terug').to.equal('true');
    await expect(denkhulp).to.be.accessible();
    await kies(denkhulp, 'Verslag');
    expect(alle(denkhulp, '.melding'), 'niet twee keer op het scherm').to.have.length(0);
    expect(alle(verslagIn(denkhulp), '.melding').map(tekstVan)).to.deep.equal([melding]);
    expect(log.waarschuwingen).to.have.length(1);
    expect(log.waarschuwingen[0]).to.include(melding);
    // Een verslag dat klopt: de melding is weg.
    denkhulp.verslag = { versie: 1, datum: '2026-12-01', kaarten: [], afweging: '' };
    await kies(denkhulp, 'Signalenkaart');
    expect(alle(denkhulp, '.melding')).to.have.length(0);
  });

  it('geeft heading-level, lang, de keuze van een deel en de eigenschappen van een thema door aan de kaarten', async () => {
    const denkhulp = await denkhulpMet({ kaarten: 'vragen', fase: 'na', 'heading-level': '3', lang: 'en', style: '--mw-kleur-accent: rgb(1, 2, 3)' });
    const vragen = getoond(denkhulp);
    expect(koppen(vragen)[0]).to.deep.equal({ niveau: 3, tekst: 'Vragenkaart' });
    expect(alle(vragen, '.deel-titel').map(tekstVan)).to.deep.equal(['Na het toepassen']);
    expect(tekstVan(een(vragen, '#_meer-knop'))).to.equal('More');
    expect(getComputedStyle(een(vragen, '.titel')).color).to.equal('rgb(1, 2, 3)');
    expect(tabs(denkhulp).map(tekstVan)).to.deep.equal(['Vragenkaart', 'Record']);
    await kies(denkhulp, 'Record');
    expect(koppen(verslagIn(denkhulp))[0]).to.deep.equal({ niveau: 3, tekst: 'Record' });
    denkhulp.setAttribute('lang', 'nl');
    await klaar(denkhulp);
    expect(tabs(denkhulp).map(tekstVan)).to.deep.equal(['Vragenkaart', 'Verslag']);
    expect(koppen(verslagIn(denkhulp))[0].tekst).to.equal('Verslag');
  });

  it('meldt een onbekende kaart in kaarten één keer, en toont de rest', async () => {
    const denkhulp = await denkhulpMet({ kaarten: 'signalen communicatie lessen' });
    expect(tabs(denkhulp).map(tekstVan)).to.deep.equal(['Signalenkaart', 'Lessenkaart', 'Verslag']);
    expect(alle(denkhulp, '.melding').map(tekstVan)).to.deep.equal([
      'Hier hoort een kaart, maar ‘communicatie’ is geen bekende kaart. Kies signalen, argumenten, vragen, vragen-beleid, vragen-maatwerk of lessen.',
    ]);
    expect(log.waarschuwingen).to.have.length(1);
    await expect(denkhulp).to.be.accessible();
  });

  it('meldt twee onbekende kaarten in kaarten samen in één melding en één waarschuwing', async () => {
    const denkhulp = await denkhulpMet({ kaarten: 'communicatie signalen <b>vet</b>' });
    expect(tabs(denkhulp).map(tekstVan)).to.deep.equal(['Signalenkaart', 'Verslag']);
    expect(alle(denkhulp, '.melding').map(tekstVan)).to.deep.equal([
      'Hier hoort een kaart, maar ‘communicatie <b>vet</b>’ is geen bekende kaart. Kies signalen, argumenten, vragen, vragen-beleid, vragen-maatwerk of lessen.',
    ]);
    expect(alle(denkhulp, 'b')).to.have.length(0);
    expect(log.waarschuwingen).to.have.length(1);
  });

  it('meldt een onbekend tabblad in actief één keer (nl en en), kiest dan het eerste tabblad, en de melding gaat weg bij een bekend tabblad', async () => {
    const denkhulp = await denkhulpMet({ kaarten: 'signalen argumenten', actief: 'lessen' });
    expect(gekozen(denkhulp)).to.equal('Signalenkaart');
    expect(getoond(denkhulp).localName).to.equal('mw-signalen-kaart');
    expect(alle(denkhulp, '.melding').map(tekstVan)).to.deep.equal([
      '‘lessen’ is geen tabblad hier (actief). Kies signalen, argumenten, verslag. Nu is het eerste tabblad gekozen.',
    ]);
    expect(log.waarschuwingen).to.have.length(1);
    expect(log.waarschuwingen[0]).to.include('‘lessen’ is geen tabblad hier (actief)');
    await expect(denkhulp).to.be.accessible();
    await kies(denkhulp, 'Argumentenkaart');
    expect(denkhulp.getAttribute('actief')).to.equal('argumenten');
    expect(alle(denkhulp, '.melding')).to.have.length(0);
    denkhulp.setAttribute('lang', 'en');
    denkhulp.setAttribute('actief', '<b>x</b>');
    await klaar(denkhulp);
    expect(alle(denkhulp, '.melding').map(tekstVan)).to.deep.equal(['‘<b>x</b>’ is not a tab here (actief). Choose signalen, argumenten, verslag. The first tab is selected.']);
    expect(alle(denkhulp, 'b'), 'tekst blijft tekst').to.have.length(0);
    expect(gekozen(denkhulp)).to.equal('Signalenkaart');
    expect(log.waarschuwingen).to.have.length(2);
  });

  for (const { naam, waarde, tekst } of exotischeWaarden) {
    it(`kaarten en actief als eigenschap met ${naam}: elk één melding en één waarschuwing, de standaardkaarten en het eerste tabblad, niets gegooid`, async () => {
      const denkhulp = await denkhulpMet();
      (denkhulp as unknown as { kaarten: unknown }).kaarten = waarde();
      await klaar(denkhulp);
      expect(tabs(denkhulp).map(tekstVan)).to.deep.equal(['Signalenkaart', 'Vragenkaart', 'Argumentenkaart', 'Verslag']);
      expect(alle(denkhulp, '.melding').map(tekstVan)).to.deep.equal([
        `Hier hoort een kaart, maar ‘${tekst}’ is geen bekende kaart. Kies signalen, argumenten, vragen, vragen-beleid, vragen-maatwerk of lessen.`,
      ]);
      expect(log.waarschuwingen).to.have.length(1);
      denkhulp.kaarten = 'signalen vragen argumenten';
      (denkhulp as unknown as { actief: unknown }).actief = waarde();
      await klaar(denkhulp);
      expect(gekozen(denkhulp)).to.equal('Signalenkaart');
      expect(getoond(denkhulp).localName).to.equal('mw-signalen-kaart');
      expect(alle(denkhulp, '.melding').map(tekstVan)).to.deep.equal([
        `‘${tekst}’ is geen tabblad hier (actief). Kies signalen, vragen, argumenten, verslag. Nu is het eerste tabblad gekozen.`,
      ]);
      expect(log.waarschuwingen).to.have.length(2);
      expect(log.fouten).to.deep.equal([]);
      await expect(denkhulp).to.be.accessible();
    });
  }

  it('een ongeldig heading-level meldt alleen de denkhulp, één keer; de kaarten en het verslag krijgen het standaardniveau', async () => {
    const denkhulp = await denkhulpMet({ 'heading-level': '9' });
    expect(alle(denkhulp, '.melding').map(tekstVan)).to.deep.equal(['‘9’ is geen geldig kopniveau; kies 1 tot en met 6. Nu begint de kaart met kopniveau 2.']);
    expect(koppen(getoond(denkhulp))[0]).to.deep.equal({ niveau: 2, tekst: 'Signalenkaart' });
    await kies(denkhulp, 'Verslag');
    expect(koppen(verslagIn(denkhulp))[0]).to.deep.equal({ niveau: 2, tekst: 'Verslag' });
    expect(log.waarschuwingen).to.have.length(1);
  });

  for (const { breedte, hoogte } of [
    { breedte: 280, hoogte: 600 },
    { breedte: 320, hoogte: 640 },
  ]) {
    it(`past in een zijbalk van ${breedte} px: elk tabblad zichtbaar en heel, het eerste item van de gekozen kaart in het eerste scherm`, async () => {
      const { document: doc } = await laadPagina('/test/paginas/denkhulp.html', { breedte, hoogte, tags: ['mw-denkhulp'] });
      const denkhulp = doc.querySelector('mw-denkhulp')!;
      await waitUntil(() => denkhulp.shadowRoot!.querySelector('mw-signalen-kaart')?.shadowRoot?.querySelector('.groep .item'), 'de kaart staat er niet');
      const host = denkhulp.getBoundingClientRect();
      for (const tab of [...denkhulp.shadowRoot!.querySelectorAll('[role="tab"]')]) {
        const vak = tab.getBoundingClientRect();
        expect(vak.left, tekstVan(tab)).to.be.at.least(host.left);
        expect(vak.right, tekstVan(tab)).to.be.at.most(host.right + 0.5);
        expect(tab.scrollWidth, `${tekstVan(tab)} niet afgekapt`).to.be.at.most(tab.clientWidth + 1);
        expect(vak.bottom).to.be.at.most(hoogte);
      }
      const kaart = denkhulp.shadowRoot!.querySelector('mw-signalen-kaart')!;
      const item = kaart.shadowRoot!.querySelector('.groep .item')!.getBoundingClientRect();
      console.log(`denkhulp ${breedte}: eerste item op ${Math.round(item.top)} px`);
      expect(item.top, 'bovenkant van het eerste item').to.be.at.most(hoogte);
      if (breedte === 320) expect(item.bottom, 'het eerste item helemaal in het eerste scherm').to.be.at.most(hoogte);
    });
  }

  it('werkt uit de drop-in (dist/mw-kaarten.js): wisselen, markeren en mw-verslag', async () => {
    await staKlembordToe();
    const { document: doc, venster } = await laadPagina('/test/paginas/denkhulp.html', { breedte: 320, hoogte: 640, tags: ['mw-denkhulp'] });
    const denkhulp = doc.querySelector('mw-denkhulp') as MwDenkhulp;
    const verslagen: Verslag[] = [];
    doc.addEventListener('mw-verslag', (e) => verslagen.push((e as CustomEvent<Verslag>).detail));
    const knoppen = [...denkhulp.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    knoppen[1].click();
    await denkhulp.updateComplete;
    const vragen = denkhulp.shadowRoot!.querySelector('mw-vragen-kaart') as MwKaartBase;
    await vragen.updateComplete;
    expect([...vragen.shadowRoot!.querySelectorAll('.deel-titel')].map(tekstVan)).to.deep.equal(['Tijdens het toepassen']);
    vragen.shadowRoot!.querySelector<HTMLButtonElement>('#vragen-aanleiding-1 .markeer-knop')!.click();
    await vragen.updateComplete;
    expect(verslagen.at(-1)!.kaarten.map((k) => k.markeringen.map((m) => m.item))).to.deep.equal([['vragen-aanleiding-1']]);
    expect(venster.localStorage.length + venster.sessionStorage.length).to.equal(0);
    expect(venster.__fouten ?? []).to.deep.equal([]);
  });

  it('rendert op de server (Lit SSR) zonder fout: de tabbladen van de denkhulp en het lege verslag', async () => {
    const render = (tag: string) => executeServerCommand<{ html: string; waarschuwingen: string }, { tag: string; attributen: string }>('server-render', { tag, attributen: '' });
    const denkhulp = (await render('mw-denkhulp'))!;
    expect([...denkhulp.html.matchAll(/role="tab"[^>]*>\s*(?:<!--[^>]*-->)?\s*([^<]+?)\s*</g)].map(([, naam]) => naam)).to.deep.equal(['Signalenkaart', 'Vragenkaart', 'Argumentenkaart', 'Verslag']);
    expect(denkhulp.waarschuwingen).to.equal('');
    const verslag = (await render('mw-verslag'))!;
    expect(verslag.html).to.include('Nog niets gemarkeerd.');
    expect(verslag.waarschuwingen).to.equal('');
  });
});
