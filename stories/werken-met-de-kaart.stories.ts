import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import '../src/index.js';
import { gedeeldeArgTypes, kaarten, tekenKaart, type Verhaal } from './helpers.js';

/**
 * De kaart (het `part="kaart"` in de shadow root van de eerste kaart in het verhaal), om erin te zoeken zoals een
 * gebruiker. Testing Library zoekt in een element of document, niet in een ShadowRoot; de kaart zelf, met het
 * venster van de gespreksmodus erin, is een element.
 */
const inKaart = async (canvas: HTMLElement, tag: string) => {
  const element = canvas.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(tag);
  if (!element) throw new Error(`${tag} niet gevonden`);
  await element.updateComplete;
  const kaart = element.shadowRoot?.querySelector<HTMLElement>('[part~="kaart"]');
  if (!kaart) throw new Error(`${tag} heeft (nog) geen kaart getekend`);
  return within(kaart);
};

/**
 * Wat een uitvoerder, een team of een beleidsmaker met een kaart doet: zoeken, groepen openen en
 * sluiten, naar een signaal verwijzen, markeren met een notitie, afdrukken en samen bespreken.
 * Elke wijziging van de markeringen verschijnt in het paneel Actions als `mw-markering`.
 */
export default {
  title: 'Werken met de kaart',
  tags: ['autodocs'],
  argTypes: gedeeldeArgTypes,
  args: { 'toelichting-open': false },
  parameters: {
    docs: {
      description: {
        component:
          'De functies die alle kaarten delen. Niets ervan telt, scoort of weegt; markeringen zijn een geheugensteun voor de casus. ' +
          'De kaart bewaart niets: de pagina krijgt elke wijziging als gebeurtenis `mw-markering` en zet een bewaarde stand terug met de eigenschap `markeringen`.',
      },
    },
  },
} satisfies Meta;

/** Typ in het zoekveld: groepen en items filteren, treffers krijgen een markering, „n van m” wordt voorgelezen. Accenten tellen niet. Het verhaal typt „schulden”. */
export const Zoeken: Verhaal = {
  parameters: { tagOmTePlakken: { tags: ['mw-signalen-kaart'] } },
  render: (args) => tekenKaart(kaarten.signalen, args),
  play: async ({ canvasElement }) => {
    const kaart = await inKaart(canvasElement, 'mw-signalen-kaart');
    await userEvent.type(kaart.getByLabelText('Zoek op deze kaart'), 'schulden');
    await waitFor(() => expect(kaart.getByText('1 van 38 signalen')).toBeTruthy());
  },
};

/** `compact` begint met alle groepen dicht, voor een smalle zijbalk; elke kop is een knop, en er zijn „Alles openen” en „Alles sluiten”. */
export const CompactInEenZijbalk: Verhaal = {
  parameters: { tagOmTePlakken: { tags: ['mw-vragen-kaart'] } },
  args: { compact: true },
  render: (args) => html`<aside aria-label="Zijbalk" style="inline-size: 300px">${tekenKaart(kaarten.vragen, args)}</aside>`,
};

/**
 * `toon="<id>"` (of `#<id>` in het adres) opent de groep, scrolt ernaartoe en laat het item zien.
 * De link naar een item staat bij dat item in het overzicht van de markeringen. De ids staan in `content/` en veranderen nooit.
 */
export const NaarEenSignaal: Verhaal = {
  parameters: { tagOmTePlakken: { tags: ['mw-signalen-kaart'] } },
  args: { compact: true, toon: 'signalen-melding-2' },
  render: (args) => tekenKaart(kaarten.signalen, args),
};

/** `markeerbaar`: markeer wat in deze casus een rol speelt, met een notitie. Het overzicht staat onder de kaart. */
export const Markeren: Verhaal = {
  parameters: { tagOmTePlakken: { tags: ['mw-signalen-kaart'] } },
  args: {
    markeerbaar: true,
    compact: true,
    markeringen: [
      { item: 'signalen-bijzondere-vraag-3', notitie: 'Schulden bij meerdere instanties' },
      { item: 'signalen-passief-5', notitie: '' },
    ],
  },
  render: (args) => tekenKaart(kaarten.signalen, args),
};

/** Op de Argumentenkaart zet het overzicht de gemarkeerde argumenten vóór en tegen per thema naast elkaar, zonder weging of telling. */
export const ArgumentenVoorEnTegen: Verhaal = {
  parameters: { tagOmTePlakken: { tags: ['mw-argumenten-kaart'] } },
  args: {
    markeerbaar: true,
    compact: true,
    markeringen: [
      { item: 'argumenten-schrijnende-problemen-1', notitie: 'Dreigende huisuitzetting' },
      { item: 'argumenten-grip-2' },
      { item: 'argumenten-overbodig-2', notitie: 'Eerst bijzondere bijstand proberen?' },
      { item: 'argumenten-kostbaar-1' },
    ],
  },
  render: (args) => tekenKaart(kaarten.argumenten, args),
};

/**
 * „Afdrukken” drukt alleen deze kaart af, op A4: alle groepen open, markeringen en notities als tekst,
 * de bron en de datum onderaan, zonder knoppen. Ook via het menu van de browser drukt de kaart zo af.
 * Het afdrukvoorbeeld: klik op „Afdrukken” (of Ctrl+P); de browser toont dan de bladzijden. De browsercontrole van
 * de Storybook bekijkt dit verhaal ook als afdruk (`afdrukvoorbeeld`): geen knoppen, de toelichting erbij.
 */
export const Afdrukken: Verhaal = {
  parameters: { tagOmTePlakken: { tags: ['mw-lessen-kaart'] }, afdrukvoorbeeld: true },
  args: { markeerbaar: true, markeringen: [{ item: 'lessen-lef-4', notitie: 'Bespreken in de intervisie' }] },
  render: (args) => tekenKaart(kaarten.lessen, args),
};

/**
 * „Gespreksmodus” toont één groep tegelijk in grote letters, voor een team rond een gedeeld scherm.
 * Pijltjestoetsen of de knoppen gaan naar de vorige of volgende groep, Esc sluit. Op de Vragenkaart loopt
 * het de vragen van de gekozen fase door.
 */
export const Gespreksmodus: Verhaal = {
  parameters: { tagOmTePlakken: { tags: ['mw-vragen-kaart'] } },
  args: { fase: 'tijdens' },
  render: (args) => tekenKaart(kaarten.vragen, args),
  play: async ({ canvasElement }) => {
    const kaart = await inKaart(canvasElement, 'mw-vragen-kaart');
    // Gespreksmodus staat in het menu „Meer”.
    await userEvent.click(kaart.getByRole('button', { name: 'Meer' }));
    await userEvent.click(kaart.getByRole('menuitem', { name: 'Gespreksmodus' }));
    await waitFor(() => expect(kaart.getByText('Groep 1 van 5')).toBeTruthy());
  },
};

/**
 * `lang="en"` op het element (of een voorouder): knoppen, meldingen en aankondigingen in het Engels. De kaarttekst
 * blijft Nederlands, want die komt uit het boek.
 */
export const InterfaceInHetEngels: Verhaal = {
  name: 'Interface in het Engels (lang="en")',
  parameters: { tagOmTePlakken: { tags: ['mw-vragen-kaart'] } },
  args: { lang: 'en', fase: 'na', markeerbaar: true },
  render: (args) => tekenKaart(kaarten.vragen, args),
  play: async ({ canvasElement }) => {
    const kaart = await inKaart(canvasElement, 'mw-vragen-kaart');
    await waitFor(() => expect(kaart.getByLabelText('Search this card')).toBeTruthy());
  },
};
