import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import { action } from 'storybook/actions';
import '../src/kaart/kaart.js';
import aanvulling from '../demo/eigen-kaart/voorbeeld-aanvulling-signalen.json';
import nsob from '../demo/eigen-kaart/nsob-loyaliteiten.json';
import type { Verhaal } from './helpers.js';

/**
 * `<mw-kaart>` toont een eigen kaart van een organisatie in de vorm van `content/kaart.schema.json`,
 * of een kaart uit het boek met eigen aanvullingen. Inhoud wordt gecontroleerd; een fout noemt het veld.
 * In een pagina: `dist/mw-eigen-kaart.js`, of `maatwerk-kaarten/kaart.js` met npm.
 */
export default {
  title: 'Kaarten/Eigen kaart',
  component: 'mw-kaart',
  tags: ['autodocs'],
  // Geen tag om te plakken: de inhoud is hier een eigenschap; in een pagina komt ze met `src` uit een JSON-bestand (zie de README).
  parameters: { tagOmTePlakken: false },
} satisfies Meta;

/** Laat `mw-markering` en `mw-fout` zien in het paneel Actions, met hun detail. */
const meldMarkering = action('mw-markering');
const meldFout = action('mw-fout');

/** Tabel 3.1 uit *Maatwerk als standaard* (NSOB, 2022) als eigen kaart, letterlijk en met bron. */
export const EigenKaart: Verhaal = {
  render: () => html`<mw-kaart markeerbaar .inhoud=${nsob} @mw-markering=${(e: CustomEvent) => meldMarkering(e.detail)}></mw-kaart>`,
};

/** De Signalenkaart met aanvullingen van een organisatie: die staan er zichtbaar als „Aanvulling van …”. */
export const SignalenkaartMetAanvulling: Verhaal = {
  render: () => html`<mw-kaart basis="signalen" compact .aanvulling=${aanvulling}></mw-kaart>`,
};

/**
 * Inhoud die niet klopt: het element zegt welk veld, vuurt `mw-fout` en waarschuwt de ontwikkelaar in de console.
 * Daarom niet op de Docs-pagina, en verwacht de browsercontrole die waarschuwing.
 */
export const OngeldigeInhoud: Verhaal = {
  tags: ['!autodocs'],
  parameters: { verwachteMeldingen: ['id: een id is kebab-case'] },
  render: () => html`<mw-kaart .inhoud=${{ id: 'Niet Goed', titel: '', delen: [] }} @mw-fout=${(e: CustomEvent) => meldFout(e.detail)}></mw-kaart>`,
};
