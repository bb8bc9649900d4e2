import { expect, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { MwKaartBase } from '../src/base/kaart-base.js';
import { bewaakConsole } from './helpers/console.js';
import { alle, een, kaartMet, schaduw, tekstVan } from './helpers/dom.js';
import { vangMarkeringen } from './helpers/gebeurtenissen.js';
import { actiefElement, druk, leesKlembord, staKlembordToe, typ } from './helpers/toetsenbord.js';

const markeerKnop = (kaart: Element, item: string) => een(kaart, `#${item} .markeer-knop`) as HTMLButtonElement;
const knop = (kaart: Element, tekst: string) => alle(kaart, 'button').find((k) => tekstVan(k) === tekst) as HTMLButtonElement;

async function markeer(kaart: MwKaartBase, item: string, notitie?: string): Promise<void> {
  markeerKnop(kaart, item).click();
  await kaart.updateComplete;
  if (notitie === undefined) return;
  (een(kaart, `#_notitie-${item}`) as HTMLTextAreaElement).focus();
  await typ(notitie);
  await kaart.updateComplete;
}

describe('markeren voor de casus', () => {
  const log = bewaakConsole();
  let vanger: ReturnType<typeof vangMarkeringen>;
  beforeEach(() => {
    vanger = vangMarkeringen();
  });
  afterEach(() => vanger.stop());

  it('is uit zonder markeerbaar: geen markeerknoppen en geen overzicht', async () => {
    const kaart = await kaartMet('mw-signalen-kaart');
    expect(alle(kaart, '.markeer-knop, .overzicht')).to.have.length(0);
  });

  it('markeert een item met een wisselknop en meldt het de pagina met mw-markering', async () => {
    const kaart = await kaartMet('mw-signalen-kaart', { markeerbaar: '' });
    const knopje = markeerKnop(kaart, 'signalen-passief-5');
    expect(knopje.getAttribute('aria-pressed')).to.equal('false');
    await markeer(kaart, 'signalen-passief-5');
    expect(knopje.getAttribute('aria-pressed')).to.equal('true');
    expect(vanger.gebeurtenissen).to.have.length(1);
    const [gebeurtenis] = vanger.gebeurtenissen;
    expect(gebeurtenis.bubbles && gebeurtenis.composed).to.equal(true);
    expect(gebeurtenis.detail).to.deep.equal({
      kaart: 'signalen',
      markeringen: [
        {
          item: 'signalen-passief-5',
          tekst: 'De inwoner toont wantrouwen jegens de overheid.',
          groep: 'signalen-passief',
          groepTitel: 'De inwoner is passief, toont afwijkend gedrag of is achterdochtig',
          deel: 'signalen-inwoner',
          deelTitel: 'Signalen van inwoner',
          notitie: '',
        },
      ],
    });
    await expect(kaart).to.be.accessible();
  });

  it('meldt elke toetsaanslag in een notitie, en laat de notitie in het overzicht zien', async () => {
    const kaart = await kaartMet('mw-signalen-kaart', { markeerbaar: '' });
    await markeer(kaart, 'signalen-dossier-4', 'Loopt al drie jaar');
    const laatste = vanger.gebeurtenissen.at(-1)!;
    expect(vanger.gebeurtenissen).to.have.length(1 + 'Loopt al drie jaar'.length);
    expect(laatste.detail.markeringen[0]).to.include({ item: 'signalen-dossier-4', notitie: 'Loopt al drie jaar' });
    const veld = een(kaart, '#_notitie-signalen-dossier-4');
    expect(tekstVan(veld.closest('.notitie')!.querySelector('label'))).to.equal('Notitie');
    expect(tekstVan(schaduw(kaart).getElementById(veld.getAttribute('aria-describedby')!))).to.equal(
      'De uitvoerder ziet dat een casus al tijden loopt (en er veel is geprobeerd) zonder dat dit de situatie verbetert.',
    );
    expect(tekstVan(een(kaart, '.overzicht'))).to.contain('Notitie: Loopt al drie jaar');
    await expect(kaart).to.be.accessible();
  });

  it('zet op de Argumentenkaart vóór en tegen per thema naast elkaar in het overzicht, met de kant in de gebeurtenis', async () => {
    const kaart = await kaartMet('mw-argumenten-kaart', { markeerbaar: '' });
    await markeer(kaart, 'argumenten-kostbaar-1', 'Eenmalige kosten');
    await markeer(kaart, 'argumenten-schrijnende-problemen-1');
    await markeer(kaart, 'argumenten-doelmatig-2');
    const detail = vanger.gebeurtenissen.at(-1)!.detail;
    expect(detail.markeringen.map((m) => [m.item, m.kant])).to.deep.equal([
      ['argumenten-schrijnende-problemen-1', 'voor'],
      ['argumenten-doelmatig-2', 'voor'],
      ['argumenten-kostbaar-1', 'tegen'],
    ]);
    const delen = alle(kaart, '.overzicht-deel');
    expect(delen.map((deel) => tekstVan(deel.querySelector('.deel-titel')))).to.deep.equal(['Welzijn', 'Financiën']);
    const [voor, tegen] = [...delen[1].querySelectorAll('.kant')];
    expect(tekstVan(voor.querySelector('.kant-titel'))).to.equal('Argumenten voor maatwerk');
    expect(tekstVan(tegen.querySelector('.kant-titel'))).to.equal('Argumenten tegen maatwerk');
    expect(tekstVan(tegen)).to.contain('Maatwerk is voor de publieke dienstverlener kostbaarder dan standaard dienstverlening.');
    expect(tekstVan(tegen)).to.contain('Notitie: Eenmalige kosten');
    await expect(kaart).to.be.accessible();
  });

  it('zet met de eigenschap markeringen een eerdere stand terug, zonder gebeurtenis', async () => {
    const kaart = await kaartMet('mw-vragen-kaart', { markeerbaar: '' });
    kaart.markeringen = [
      { item: 'vragen-opties-3', notitie: 'Vanuit de behoefte' },
      { item: 'vragen-leren-1', tekst: 'wordt genegeerd', notitie: '' } as never,
    ];
    await kaart.updateComplete;
    expect(markeerKnop(kaart, 'vragen-opties-3').getAttribute('aria-pressed')).to.equal('true');
    expect((een(kaart, '#_notitie-vragen-opties-3') as HTMLTextAreaElement).value).to.equal('Vanuit de behoefte');
    expect(kaart.markeringen.map((m) => m.item)).to.deep.equal(['vragen-opties-3', 'vragen-leren-1']);
    expect(kaart.markeringen[1].tekst).to.equal(
      'Wat leer ik zelf van deze casus, wat leert mijn organisatie en wat leren andere organisaties en beleidsmakers?',
    );
    expect(vanger.gebeurtenissen).to.have.length(0);
  });

  it('meldt markeringen die niet bij de kaart horen, zonder fout', async () => {
    const kaart = await kaartMet('mw-vragen-kaart', { markeerbaar: '' });
    kaart.markeringen = [{ item: 'signalen-passief-1' }, { item: 'vragen-aanleiding-1' }, null, 42] as never;
    await kaart.updateComplete;
    expect(kaart.markeringen.map((m) => m.item)).to.deep.equal(['vragen-aanleiding-1']);
    expect(tekstVan(een(kaart, '.melding'))).to.equal(
      'Deze markeringen horen niet bij deze kaart en zijn genegeerd: signalen-passief-1, null, 42.',
    );
    expect(log.waarschuwingen).to.have.length(1);
    kaart.markeringen = 'geen lijst' as never;
    await kaart.updateComplete;
    expect(kaart.markeringen).to.deep.equal([]);
    const kring: Record<string, unknown> = {};
    kring.zelf = kring;
    kaart.markeringen = [kring] as never;
    await kaart.updateComplete;
    expect(tekstVan(een(kaart, '.melding'))).to.contain('[object Object]');
  });

  it('wist pas na bevestiging, zet de focus op het overzicht en kondigt het aan', async () => {
    const kaart = await kaartMet('mw-lessen-kaart', { markeerbaar: '' });
    await markeer(kaart, 'lessen-lef-2', 'bespreken');
    knop(kaart, 'Wis markeringen').click();
    await kaart.updateComplete;
    expect(tekstVan(een(kaart, '.bevestig'))).to.contain('Alle markeringen en notities op deze kaart wissen?');
    expect(actiefElement()?.id).to.equal('_wis-nee');
    knop(kaart, 'Nee, bewaren').click();
    await kaart.updateComplete;
    expect(kaart.markeringen).to.have.length(1);
    expect(actiefElement()?.id).to.equal('_wis-knop');
    const aantalGebeurtenissen = vanger.gebeurtenissen.length;
    knop(kaart, 'Wis markeringen').click();
    await kaart.updateComplete;
    knop(kaart, 'Ja, wis alles').click();
    await kaart.updateComplete;
    expect(kaart.markeringen).to.deep.equal([]);
    expect(vanger.gebeurtenissen).to.have.length(aantalGebeurtenissen + 1);
    expect(vanger.gebeurtenissen.at(-1)!.detail).to.deep.equal({ kaart: 'lessen', markeringen: [] });
    expect(actiefElement()?.id).to.equal('_overzicht-titel');
    await waitUntil(() => tekstVan(een(kaart, '.aankondiging')) === 'Markeringen gewist.');
    expect(alle(kaart, '[aria-pressed="true"]')).to.have.length(0);
  });

  it('kopieert de markeringen als leesbare tekst, met datum, notities en de herinnering dat de kaart géén afvinklijst is', async () => {
    await staKlembordToe();
    const kaart = await kaartMet('mw-argumenten-kaart', { markeerbaar: '' });
    await markeer(kaart, 'argumenten-grip-2', 'Wil zelf weer regie');
    await markeer(kaart, 'argumenten-imago-1');
    knop(kaart, 'Kopieer als tekst').focus();
    await druk('Enter');
    await waitUntil(() => tekstVan(een(kaart, '.aankondiging')) === 'Samenvatting gekopieerd.', 'geen aankondiging');
    const tekst = await leesKlembord();
    const vandaag = new Date().toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
    expect(tekst).to.equal(
      [
        'Argumentenkaart: gemarkeerd voor deze casus',
        vandaag,
        '',
        'Wat zijn voor uitvoerders argumenten voor en tegen het toepassen van maatwerk in een casus?',
        '',
        'Welzijn',
        'Argumenten voor maatwerk:',
        '- Maatwerk maakt het voor de inwoner mogelijk (meer) regie te krijgen op zijn leven.',
        '  Notitie: Wil zelf weer regie',
        '',
        'Bestuur',
        'Argumenten tegen maatwerk:',
        '- Maatwerk leidt tot kritiek van inwoners of slechte pers vanwege willekeur of onvoorspelbaarheid.',
        '',
        'De zinnen op deze kaart vormen nadrukkelijk géén afvinklijstje op basis waarvan een beslissing wordt genomen over het al dan niet toepassen van maatwerk.',
        '',
        'Bron: De Argumentenfabriek, Helder denken over maatwerk (2022), in opdracht van ICTU en het ministerie van BZK, pagina 14–17.',
        '',
      ].join('\n'),
    );
  });

  it('toont de tekst om zelf te kopiëren als het klembord niet lukt', async () => {
    const kaart = await kaartMet('mw-signalen-kaart', { markeerbaar: '' });
    await markeer(kaart, 'signalen-buikpijn-1');
    const origineel = { schrijf: navigator.clipboard.writeText, exec: document.execCommand };
    navigator.clipboard.writeText = () => Promise.reject(new Error('geweigerd'));
    document.execCommand = () => false;
    try {
      knop(kaart, 'Kopieer als tekst').focus();
      knop(kaart, 'Kopieer als tekst').click();
      await waitUntil(() => kaart.shadowRoot!.querySelector('#_handmatige-kopie'), 'geen tekstveld om zelf te kopiëren');
      await kaart.updateComplete;
      const veld = een(kaart, '#_handmatige-kopie') as HTMLTextAreaElement;
      expect(veld.value).to.contain('De uitvoerder vreest dat het doorlopen van het standaardproces te lang gaat duren voor de inwoner.');
      expect(actiefElement()).to.equal(veld);
      expect(tekstVan(een(kaart, 'label[for="_handmatige-kopie"]'))).to.contain('Kopiëren lukte niet');
      // De melding staat bij de knop: direct onder de knoppen van het overzicht, niet bovenaan in de werkbalk.
      const knoppen = een(kaart, '.overzicht-knoppen').getBoundingClientRect();
      const melding = een(kaart, '.handmatige-kopie').getBoundingClientRect();
      expect(melding.top - knoppen.bottom).to.be.within(0, 40);
      expect(een(kaart, '.werkbalk').querySelector('.handmatige-kopie')).to.equal(null);
      // Sluiten zet de focus terug op de knop waarmee gekopieerd werd.
      (veld.parentElement!.querySelector('button') as HTMLButtonElement).click();
      await kaart.updateComplete;
      expect(actiefElement()).to.equal(knop(kaart, 'Kopieer als tekst'));
    } finally {
      navigator.clipboard.writeText = origineel.schrijf;
      document.execCommand = origineel.exec;
    }
  });

  it('toont bij een mislukte „Kopieer link” de melding en de link in het item zelf, naast die knop', async () => {
    const kaart = await kaartMet('mw-signalen-kaart', { markeerbaar: '' });
    await markeer(kaart, 'signalen-buikpijn-1');
    await markeer(kaart, 'signalen-buikpijn-2');
    const origineel = { schrijf: navigator.clipboard.writeText, exec: document.execCommand };
    navigator.clipboard.writeText = () => Promise.reject(new Error('geweigerd'));
    document.execCommand = () => false;
    try {
      const linkKnop = alle(kaart, '.overzicht .link-knop')[1] as HTMLButtonElement;
      linkKnop.focus();
      linkKnop.click();
      await waitUntil(() => kaart.shadowRoot!.querySelector('#_handmatige-kopie'), 'geen tekstveld om zelf te kopiëren');
      await kaart.updateComplete;
      const veld = een(kaart, '#_handmatige-kopie') as HTMLTextAreaElement;
      expect(veld.value).to.equal(`${window.location.href.split('#')[0]}#signalen-buikpijn-2`);
      expect(veld.closest('li')).to.equal(linkKnop.closest('li'));
      expect(alle(kaart, '.handmatige-kopie')).to.have.length(1);
      expect(actiefElement()).to.equal(veld);
      await expect(kaart).to.be.accessible();
    } finally {
      navigator.clipboard.writeText = origineel.schrijf;
      document.execCommand = origineel.exec;
    }
  });
});
