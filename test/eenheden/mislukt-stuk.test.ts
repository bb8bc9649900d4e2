import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import '../../src/kaart/kaart.js';
import { gesprekVenster } from '../../src/functies/gesprek/gesprek.js';
import { kopniveauAutoStuk } from '../../src/gedeeld/kopniveau.js';
import { kiesUitMenu } from '../helpers/menu.js';
import { begrippenStuk, tekstStuk } from '../../src/inhoud/laad-inhoud.js';
import { mislukt, netwerkVoor, vergeet, vervangLaden, type Netwerk } from './stukken.js';

type Kaart = HTMLElement & { updateComplete: Promise<boolean> };

const meldingen = (kaart: Kaart) => [...kaart.shadowRoot!.querySelectorAll('.melding')].map((melding) => melding.textContent ?? '');
const opnieuwKnop = (kaart: Kaart) => kaart.shadowRoot!.querySelector<HTMLButtonElement>('button.opnieuw');

/** Het netwerk achter de begrippen (twee tests hieronder laten dat laden mislukken). */
let begrippenNetwerk: Netwerk;

describe('eenheid: een stuk dat niet laadde', () => {
  it('laadt een weergave niet opnieuw; een kaart die daarna op de pagina komt, probeert het nog één keer', async () => {
    // Elk testbestand heeft zijn eigen pagina: de tekst van de Lessenkaart is nog niet geladen.
    const netwerk = netwerkVoor(tekstStuk('lessen')!, '404');
    const kaart = document.createElement('mw-lessen-kaart') as Kaart;
    document.body.append(kaart);
    await kaart.updateComplete;
    expect(netwerk.pogingen).to.equal(1);
    expect(meldingen(kaart)).to.have.length(1);
    expect(meldingen(kaart)[0]).to.contain('De tekst van deze kaart kon niet geladen worden (404).');

    const zoekveld = kaart.shadowRoot!.querySelector<HTMLInputElement>('#_zoekveld')!;
    for (const waarde of ['b', 'bu', 'bui', 'buik']) {
      zoekveld.value = waarde;
      zoekveld.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await kaart.updateComplete;
    }
    kaart.setAttribute('heading-level', '4');
    await kaart.updateComplete;
    expect(netwerk.pogingen, 'geen nieuwe poging bij een weergave').to.equal(1);
    expect(meldingen(kaart)).to.have.length(1);

    // Een kaart die later op de pagina komt (in een app die urenlang openstaat), probeert het nog één keer.
    const tweede = document.createElement('mw-lessen-kaart') as Kaart;
    document.body.append(tweede);
    await tweede.updateComplete;
    expect(netwerk.pogingen, 'één nieuwe poging voor de nieuwe kaart').to.equal(2);
    expect(meldingen(tweede), 'ook de tweede kaart weet waarom').to.deep.equal(meldingen(kaart));

    // Het netwerk is terug: de volgende nieuwe kaart laadt de tekst, en de eerste toont hem meteen (`bijHerstel`).
    netwerk.aan = true;
    const derde = document.createElement('mw-lessen-kaart') as Kaart;
    document.body.append(derde);
    await derde.updateComplete;
    expect(netwerk.pogingen).to.equal(3);
    expect(meldingen(derde)).to.deep.equal([]);
    expect(derde.shadowRoot!.querySelectorAll('li.item').length).to.be.above(10);
    kaart.setAttribute('heading-level', '3');
    await kaart.updateComplete;
    expect(meldingen(kaart)).to.deep.equal([]);
    expect(kaart.shadowRoot!.querySelectorAll('li.item').length).to.equal(derde.shadowRoot!.querySelectorAll('li.item').length);
    for (const element of [kaart, tweede, derde]) element.remove();
  });

  it('heading-level="auto" zonder zijn stuk: de kaart tekent op het standaardniveau, met een melding en één waarschuwing', async () => {
    vervangLaden(kopniveauAutoStuk, mislukt('geblokkeerd'));
    const waarschuwingen: string[] = [];
    const waarschuw = console.warn;
    console.warn = (...delen: unknown[]) => waarschuwingen.push(delen.map(String).join(' '));
    const sectie = document.createElement('section');
    sectie.innerHTML = '<h3>Casus</h3><mw-begrippen heading-level="auto"></mw-begrippen>';
    document.body.append(sectie);
    const begrippen = sectie.querySelector('mw-begrippen') as Kaart;
    try {
      await begrippen.updateComplete;
      begrippen.setAttribute('lang', 'nl');
      await begrippen.updateComplete;
    } finally {
      console.warn = waarschuw;
    }
    expect(begrippen.shadowRoot!.querySelector('.titel')!.localName, 'het standaardniveau, niet h4').to.equal('h2');
    expect(meldingen(begrippen)).to.deep.equal(['Een onderdeel van deze kaart kon niet geladen worden (geblokkeerd). Probeer het opnieuw; blijft dit zo, vraag dan de beheerder of de map gedeeld/ naast mw-kaarten.js staat.']);
    expect(waarschuwingen).to.have.length(1);
    sectie.remove();
  });

  it('de gespreksmodus laadt niet: een melding in de kaart, die verdwijnt als het bij een volgende keer wel lukt', async () => {
    const netwerk = netwerkVoor(gesprekVenster);
    const kaart = document.createElement('mw-signalen-kaart') as Kaart;
    document.body.append(kaart);
    await kaart.updateComplete;
    await kiesUitMenu(kaart, 'Gespreksmodus');
    await waitUntil(() => meldingen(kaart).length === 1, 'geen melding');
    expect(meldingen(kaart)[0]).to.contain('Een onderdeel van deze kaart kon niet geladen worden (offline).');
    netwerk.aan = true;
    await kiesUitMenu(kaart, 'Gespreksmodus');
    await waitUntil(() => kaart.shadowRoot!.querySelector<HTMLDialogElement>('dialog.gesprek')?.open, 'de gespreksmodus gaat niet open');
    expect(meldingen(kaart)).to.deep.equal([]);
    kaart.shadowRoot!.querySelector<HTMLDialogElement>('dialog.gesprek')!.close();
    kaart.remove();
  });

  it('de begrippen in de toelichting laden niet: de kaart toont een melding, niet alleen een leeg blok', async () => {
    // Niet geladen (de test hierboven laadde ze voor <mw-begrippen>), en het laden mislukt.
    vergeet(begrippenStuk);
    begrippenNetwerk = netwerkVoor(begrippenStuk);
    const kaart = document.createElement('mw-signalen-kaart') as Kaart;
    kaart.setAttribute('toelichting-open', '');
    document.body.append(kaart);
    await kaart.updateComplete;
    kaart.shadowRoot!.querySelector<HTMLButtonElement>('.begrippen-blok .toelichting-knop')!.click();
    await waitUntil(() => meldingen(kaart).length === 1, 'geen melding');
    expect(meldingen(kaart)[0]).to.contain('Een onderdeel van deze kaart kon niet geladen worden (offline).');
    // De live region krijgt haar tekst een frame na de melding (Aankondiger: eerst leeg, dan de zin).
    await waitUntil(() => kaart.shadowRoot!.querySelector('.aankondiging')!.textContent!.includes('(offline)'), 'de live region zegt het niet');
    kaart.remove();
  });

  it('„Probeer opnieuw” laadt wat niet laadde nog een keer, zonder de pagina te herladen; lukt het, dan staat de focus op de titel', async () => {
    const netwerk = netwerkVoor(tekstStuk('vragen-beleid')!);
    const kaart = document.createElement('mw-vragen-beleid-kaart') as Kaart;
    document.body.append(kaart);
    await kaart.updateComplete;
    const knop = opnieuwKnop(kaart)!;
    expect(knop.textContent).to.equal('Probeer opnieuw');
    expect(knop.closest('[role="status"]'), 'de knop staat niet in de live region').to.equal(null);
    await expect(kaart).to.be.accessible();
    expect(meldingen(kaart)).to.deep.equal([
      'De tekst van deze kaart kon niet geladen worden (offline). Probeer het opnieuw; blijft dit zo, vraag dan de beheerder of de map gedeeld/ naast mw-kaarten.js staat.',
    ]);

    // Nog steeds offline: dezelfde knop houdt de focus, en een melding met de tijd zegt dat het niet lukte.
    knop.focus();
    knop.click();
    await waitUntil(() => meldingen(kaart).length === 2, 'geen melding dat opnieuw proberen niet lukte');
    expect(netwerk.pogingen).to.equal(2);
    expect(meldingen(kaart)[1]).to.match(
      /^Opnieuw proberen om \d{1,2}:\d{2}:\d{2} lukte niet\. Probeer het later nog eens of laad de pagina opnieuw; blijft dit zo, vraag dan de beheerder/,
    );
    expect(kaart.shadowRoot!.activeElement).to.equal(knop);

    // Een tweede kaart van dezelfde soort, met dezelfde melding (ze kwam na de mislukte poging, en probeerde het één keer).
    const tweede = document.createElement('mw-vragen-beleid-kaart') as Kaart;
    document.body.append(tweede);
    await tweede.updateComplete;
    expect(meldingen(tweede)[0]).to.contain('De tekst van deze kaart kon niet geladen worden (offline).');
    expect(netwerk.pogingen).to.equal(3);

    netwerk.aan = true;
    knop.click();
    await waitUntil(() => kaart.shadowRoot!.querySelectorAll('li.item').length > 0, 'de tekst kwam niet');
    await kaart.updateComplete;
    expect(netwerk.pogingen).to.equal(4);
    expect(meldingen(kaart)).to.deep.equal([]);
    expect(opnieuwKnop(kaart)).to.equal(null);
    expect(kaart.shadowRoot!.activeElement?.id, 'de focus gaat naar de titel, niet naar het begin van de pagina').to.equal('_titel');
    // De tweede kaart toont de tekst ook, zonder dat iemand er iets deed.
    await waitUntil(() => tweede.shadowRoot!.querySelectorAll('li.item').length > 0, 'de tweede kaart bleef bij haar melding');
    expect(meldingen(tweede)).to.deep.equal([]);
    expect(netwerk.pogingen, 'geen extra poging voor de tweede kaart').to.equal(4);
    kaart.remove();
    tweede.remove();
  });

  it('<mw-begrippen> zegt dat de begrippen niet laadden (niet „de tekst van deze kaart”), ook in het Engels, en laadt ze met „Probeer opnieuw”', async () => {
    vergeet(begrippenStuk);
    begrippenNetwerk.aan = false;
    const begrippen = document.createElement('mw-begrippen') as Kaart;
    begrippen.setAttribute('lang', 'en');
    document.body.append(begrippen);
    await begrippen.updateComplete;
    expect(meldingen(begrippen)).to.deep.equal([
      'The definitions could not be loaded (offline). Try again; if this persists, ask the administrator whether the folder gedeeld/ is next to mw-kaarten.js.',
    ]);
    expect(opnieuwKnop(begrippen)!.textContent).to.equal('Try again');
    await expect(begrippen).to.be.accessible();
    begrippen.removeAttribute('lang');
    await begrippen.updateComplete;
    expect(meldingen(begrippen)[0]).to.match(/^De begrippen konden niet geladen worden \(offline\)\. Probeer het opnieuw;/);
    begrippenNetwerk.aan = true;
    opnieuwKnop(begrippen)!.click();
    await waitUntil(() => begrippen.shadowRoot!.querySelector('.titel')?.textContent, 'de begrippen kwamen niet');
    await begrippen.updateComplete;
    expect(meldingen(begrippen)).to.deep.equal([]);
    expect(opnieuwKnop(begrippen)).to.equal(null);
    begrippen.remove();
  });

  it('de focus stond op „Probeer opnieuw” in een andere kaart: die kaart zet haar focus op haar titel, de kaart die herstelde neemt haar niet', async () => {
    const netwerk = netwerkVoor(tekstStuk('vragen-maatwerk')!);
    const [a, b] = [document.createElement('mw-vragen-maatwerk-kaart') as Kaart, document.createElement('mw-vragen-maatwerk-kaart') as Kaart];
    document.body.append(a, b);
    await Promise.all([a.updateComplete, b.updateComplete]);
    opnieuwKnop(b)!.focus();
    netwerk.aan = true;
    opnieuwKnop(a)!.click();
    await waitUntil(() => b.shadowRoot!.querySelectorAll('li.item').length > 0 && a.shadowRoot!.querySelectorAll('li.item').length > 0, 'de tekst kwam niet');
    await Promise.all([a.updateComplete, b.updateComplete]);
    expect(b.shadowRoot!.activeElement?.id).to.equal('_titel');
    expect(a.shadowRoot!.activeElement, 'de kaart met de klik nam de focus niet over').to.equal(null);
    a.remove();
    b.remove();
  });

  it('<mw-kaart basis> waarvan de tekst uit het boek niet laadde: de melding en „Probeer opnieuw”, dat de kaart alsnog opbouwt', async () => {
    const netwerk = netwerkVoor(tekstStuk('argumenten')!);
    const kaart = document.createElement('mw-kaart') as Kaart;
    kaart.setAttribute('basis', 'argumenten');
    document.body.append(kaart);
    await waitUntil(() => opnieuwKnop(kaart), 'geen knop „Probeer opnieuw”');
    expect(kaart.shadowRoot!.querySelector('.melding')!.textContent).to.contain('basis: De tekst van deze kaart kon niet geladen worden (offline).');
    netwerk.aan = true;
    opnieuwKnop(kaart)!.click();
    await waitUntil(() => kaart.shadowRoot!.querySelectorAll('li.item').length > 0, 'de kaart werd niet opgebouwd');
    expect(opnieuwKnop(kaart)).to.equal(null);
    kaart.remove();
  });

  it('een kaart met een melding die van de pagina gaat en terugkomt (verplaatst), probeert het nog één keer', async () => {
    const netwerk = netwerkVoor(tekstStuk('vragen')!);
    const kaart = document.createElement('mw-vragen-kaart') as Kaart;
    document.body.append(kaart);
    await kaart.updateComplete;
    expect(meldingen(kaart)[0]).to.contain('(offline)');
    netwerk.aan = true;
    const elders = document.createElement('div');
    document.body.append(elders);
    elders.append(kaart);
    await waitUntil(() => kaart.shadowRoot!.querySelectorAll('li.item').length > 0, 'de verplaatste kaart probeerde het niet opnieuw');
    expect(meldingen(kaart)).to.deep.equal([]);
    elders.remove();
  });
});
