import { expect, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { alle, een, kaartMet, tekstVan } from './helpers/dom.js';
import { kiesUitMenu, menuKeuzes } from './helpers/menu.js';
import { kaarten } from './helpers/kaarten.js';
import { actiefElement, druk } from './helpers/toetsenbord.js';
import vragen from '../content/vragen.json';

const meerknop = (kaart: Element) => een(kaart, '#_meer-knop') as HTMLButtonElement;
/** Het venster van de gespreksmodus; er is er nog geen tot het de eerste keer opent (het laadt dan pas). */
const venster = (kaart: Element) => kaart.shadowRoot!.querySelector<HTMLDialogElement>('dialog.gesprek')!;
const tijdens = vragen.delen.find((d) => d.sleutel === 'tijdens')!;

describe('gespreksmodus', () => {
  it('loopt op de Vragenkaart „tijdens” de groepen van die fase door, met pijltjes en knoppen, en sluit met Esc', async () => {
    const kaart = await kaartMet('mw-vragen-kaart', { fase: 'tijdens' });
    // Gespreksmodus staat in het menu „Meer”: Enter opent het op „Alles openen”, twee keer omlaag is „Gespreksmodus”.
    meerknop(kaart).focus();
    await druk('Enter');
    await waitUntil(() => actiefElement()?.textContent?.trim() === 'Alles openen', 'het menu opent niet op de eerste keuze');
    await druk('ArrowDown');
    await druk('ArrowDown');
    expect(actiefElement()?.textContent?.trim()).to.equal('Gespreksmodus');
    await druk('Enter');
    await waitUntil(() => venster(kaart)?.open, 'het venster gaat niet open');
    await kaart.updateComplete;
    expect(venster(kaart).matches(':modal')).to.equal(true);
    const stand = () => ({
      positie: tekstVan(een(kaart, '.gesprek-positie')),
      groep: tekstVan(een(kaart, '.gesprek-groep')),
      items: [...venster(kaart).querySelectorAll('.gesprek-items li')].map(tekstVan),
    });
    expect(stand()).to.deep.equal({
      positie: 'Groep 1 van 5',
      groep: tijdens.groepen[0].titel,
      items: tijdens.groepen[0].items.map((i) => i.tekst),
    });
    expect(actiefElement()?.id).to.equal('_gesprek-groep');
    await expect(kaart).to.be.accessible();

    await druk('ArrowRight');
    await kaart.updateComplete;
    expect(stand().positie).to.equal('Groep 2 van 5');
    expect(stand().groep).to.equal(tijdens.groepen[1].titel);
    const aankondiging = () => tekstVan(venster(kaart).querySelector('.visueel-verborgen[role="status"]'));
    await waitUntil(() => aankondiging() === `Groep 2 van 5: ${tijdens.groepen[1].titel}`, 'de stap wordt niet aangekondigd');
    expect(venster(kaart).querySelectorAll('[role="status"]')).to.have.length(1);
    await druk('End');
    await kaart.updateComplete;
    expect(stand().positie).to.equal('Groep 5 van 5');
    await druk('ArrowRight');
    await kaart.updateComplete;
    expect(stand().positie).to.equal('Groep 5 van 5');
    await waitUntil(() => tekstVan(venster(kaart).querySelector('.visueel-verborgen[role="status"]')) === 'Dit is de laatste groep.');

    const vorige = alle(kaart, '.gesprek-navigatie button').find((k) => tekstVan(k) === 'Vorige groep') as HTMLButtonElement;
    vorige.click();
    await kaart.updateComplete;
    expect(stand().positie).to.equal('Groep 4 van 5');

    await druk('Escape');
    await waitUntil(() => !venster(kaart).open, 'Esc sluit het venster niet');
    await kaart.updateComplete;
    expect(actiefElement()).to.equal(meerknop(kaart));
    expect(venster(kaart).children).to.have.length(0);
  });

  it('toont de groep in grote letters', async () => {
    const kaart = await kaartMet('mw-signalen-kaart');
    await kiesUitMenu(kaart, 'Gespreksmodus');
    await waitUntil(() => venster(kaart)?.open);
    await kaart.updateComplete;
    const normaal = parseFloat(getComputedStyle(een(kaart, 'li.item')).fontSize);
    const groot = parseFloat(getComputedStyle(een(kaart, '.gesprek-items li')).fontSize);
    expect(groot).to.be.at.least(normaal * 1.125);
    expect(parseFloat(getComputedStyle(een(kaart, '.gesprek-groep')).fontSize)).to.be.greaterThan(groot);
    venster(kaart).close();
  });

  for (const { tag, inhoud } of kaarten) {
    it(`<${tag}>: axe is schoon bij de langste groep, met de vragen in kolommen en zonder eigen scrollvak`, async () => {
      const lengte = (groep: { items: { tekst: string }[] }) => groep.items.reduce((som, item) => som + item.tekst.length, 0);
      const langste = inhoud.delen.flatMap((deel) => deel.groepen).reduce((a, b) => (lengte(b) > lengte(a) ? b : a));
      const kaart = await kaartMet(tag);
      await kiesUitMenu(kaart, 'Gespreksmodus');
      await waitUntil(() => venster(kaart).open);
      await kaart.updateComplete;
      for (let stap = 0; stap < 40 && tekstVan(een(kaart, '.gesprek-groep')) !== langste.titel; stap += 1) {
        (alle(kaart, '.gesprek-navigatie button')[1] as HTMLButtonElement).click();
        await kaart.updateComplete;
      }
      expect(tekstVan(een(kaart, '.gesprek-groep'))).to.equal(langste.titel);
      // Kolommen van 18em zodra een groep vier of meer vragen heeft; de langste groep van elke kaart heeft er zoveel.
      expect(langste.items.length).to.be.at.least(4);
      expect(getComputedStyle(een(kaart, '.gesprek-items')).columnWidth, 'de vragen in kolommen').not.to.equal('auto');
      expect(getComputedStyle(een(kaart, '.gesprek-items')).overflowY).to.equal('visible');
      await expect(kaart).to.be.accessible();
      venster(kaart).close();
    });
  }

  it('heeft geen knop met zonder-gespreksmodus', async () => {
    const kaart = await kaartMet('mw-signalen-kaart', { 'zonder-gespreksmodus': '' });
    expect(menuKeuzes(kaart).map(tekstVan)).to.deep.equal(['Alles openen', 'Alles sluiten', 'Afdrukken']);
  });
});
