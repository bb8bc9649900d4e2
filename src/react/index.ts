// Gegenereerd door `npm run react-ingang` (scripts/react/genereer.mjs) uit src/catalogus.ts en custom-elements.json; niet met de hand bewerken.
/**
 * maatwerk-kaarten/react: de elementen als React-componenten, met @lit/react. Props in camelCase
 * (`headingLevel`, `markeringen`), gebeurtenissen als `onMwMarkering`; ook na `hydrateRoot`. Op de
 * server renderen ze hun shadow DOM mee (@lit-labs/ssr-react).
 * Elke component registreert zijn eigen tag; importeer alleen wat je gebruikt, de rest (en zijn
 * kaarttekst) valt uit je bundel.
 */
import type { EventName } from '@lit/react';
import { maakComponent } from './maak-component.js';
import { MwSignalenKaart as MwSignalenKaartElement } from '../signalen-kaart/signalen-kaart.component.js';
import { MwArgumentenKaart as MwArgumentenKaartElement } from '../argumenten-kaart/argumenten-kaart.component.js';
import { MwVragenKaart as MwVragenKaartElement } from '../vragen-kaart/vragen-kaart.component.js';
import { MwVragenBeleidKaart as MwVragenBeleidKaartElement } from '../vragen-beleid-kaart/vragen-beleid-kaart.component.js';
import { MwVragenMaatwerkKaart as MwVragenMaatwerkKaartElement } from '../vragen-maatwerk-kaart/vragen-maatwerk-kaart.component.js';
import { MwLessenKaart as MwLessenKaartElement } from '../lessen-kaart/lessen-kaart.component.js';
import { MwBegrippen as MwBegrippenElement } from '../begrippen/begrippen.component.js';
import { MwDenkhulp as MwDenkhulpElement } from '../denkhulp/denkhulp.component.js';
import { MwKaart as MwKaartElement } from '../kaart/kaart.component.js';
import { MwVerslag as MwVerslagElement } from '../verslag/verslag.component.js';

/** `<mw-signalen-kaart>` als React-component, met `onMwMarkering`. */
export const MwSignalenKaart = /*#__PURE__*/ maakComponent('mw-signalen-kaart', MwSignalenKaartElement, { onMwMarkering: 'mw-markering' as EventName<GlobalEventHandlersEventMap['mw-markering']> });

/** `<mw-argumenten-kaart>` als React-component, met `onMwMarkering`. */
export const MwArgumentenKaart = /*#__PURE__*/ maakComponent('mw-argumenten-kaart', MwArgumentenKaartElement, { onMwMarkering: 'mw-markering' as EventName<GlobalEventHandlersEventMap['mw-markering']> });

/** `<mw-vragen-kaart>` als React-component, met `onMwMarkering`. */
export const MwVragenKaart = /*#__PURE__*/ maakComponent('mw-vragen-kaart', MwVragenKaartElement, { onMwMarkering: 'mw-markering' as EventName<GlobalEventHandlersEventMap['mw-markering']> });

/** `<mw-vragen-beleid-kaart>` als React-component, met `onMwMarkering`. */
export const MwVragenBeleidKaart = /*#__PURE__*/ maakComponent('mw-vragen-beleid-kaart', MwVragenBeleidKaartElement, { onMwMarkering: 'mw-markering' as EventName<GlobalEventHandlersEventMap['mw-markering']> });

/** `<mw-vragen-maatwerk-kaart>` als React-component, met `onMwMarkering`. */
export const MwVragenMaatwerkKaart = /*#__PURE__*/ maakComponent('mw-vragen-maatwerk-kaart', MwVragenMaatwerkKaartElement, { onMwMarkering: 'mw-markering' as EventName<GlobalEventHandlersEventMap['mw-markering']> });

/** `<mw-lessen-kaart>` als React-component, met `onMwMarkering`. */
export const MwLessenKaart = /*#__PURE__*/ maakComponent('mw-lessen-kaart', MwLessenKaartElement, { onMwMarkering: 'mw-markering' as EventName<GlobalEventHandlersEventMap['mw-markering']> });

/** `<mw-begrippen>` als React-component. */
export const MwBegrippen = /*#__PURE__*/ maakComponent('mw-begrippen', MwBegrippenElement, {});

/** `<mw-denkhulp>` als React-component, met `onMwMarkering` en `onMwVerslag`. */
export const MwDenkhulp = /*#__PURE__*/ maakComponent('mw-denkhulp', MwDenkhulpElement, { onMwMarkering: 'mw-markering' as EventName<GlobalEventHandlersEventMap['mw-markering']>, onMwVerslag: 'mw-verslag' as EventName<GlobalEventHandlersEventMap['mw-verslag']> });

/** `<mw-kaart>` als React-component, met `onMwFout` en `onMwMarkering`. */
export const MwKaart = /*#__PURE__*/ maakComponent('mw-kaart', MwKaartElement, { onMwFout: 'mw-fout' as EventName<GlobalEventHandlersEventMap['mw-fout']>, onMwMarkering: 'mw-markering' as EventName<GlobalEventHandlersEventMap['mw-markering']> });

/** `<mw-verslag>` als React-component, met `onMwVerslag`. */
export const MwVerslag = /*#__PURE__*/ maakComponent('mw-verslag', MwVerslagElement, { onMwVerslag: 'mw-verslag' as EventName<GlobalEventHandlersEventMap['mw-verslag']> });
