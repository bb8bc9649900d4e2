// In de browser vóór Lit: LitElement neemt de declaratieve shadow DOM van de server over (hydratie) in plaats van
// opnieuw te tekenen. Moet vóór de eerste import van Lit staan; src/react/index.ts importeert dit bestand als eerste.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
// In Node (exportvoorwaarde `node`) tekent deze createElement de shadow DOM van een Lit-element mee (Lit SSR);
// in de browser geeft hij React.createElement zelf terug.
import { wrapCreateElement } from '@lit-labs/ssr-react';
import React from 'react';
import { defineer } from '../gedeeld/defineer.js';
import type { MarkeringInvoer } from '../functies/markeren/markeringen.js';

/**
 * React met een createElement die op de server declaratieve shadow DOM meegeeft, zonder React zelf te veranderen.
 * Op de server heet hij `litPatchedCreateElement`: daaraan herkent @lit/react dat het de props als eigenschappen aan
 * Lit SSR moet geven (`_$litProps$`), en dan hydrateert de kaart in de browser pas als ze gezet zijn
 * (`defer-hydration`). Een minifier van de serverbundel (Next.js) haalt die naam weg; daarom staat hij er nog eens.
 */
const createElement = wrapCreateElement(React.createElement);
if (createElement !== React.createElement) Object.defineProperty(createElement, 'name', { value: 'litPatchedCreateElement' });
const react: typeof React = { ...React, createElement };

/**
 * De props van een element in React: `markeringen` neemt aan wat de setter van het element aanneemt (een eerder
 * bewaarde lijst met minstens het item-id), niet alleen wat de getter teruggeeft.
 */
type Invoer<I extends HTMLElement> = I extends { markeringen: unknown } ? Omit<I, 'markeringen'> & { markeringen: readonly MarkeringInvoer[] } : I;

/** Een React-component voor een element, met de gebeurtenissen van `G` als props `onMw…`. */
export type ReactElement<I extends HTMLElement, G extends Record<string, EventName>> = ReactWebComponent<Invoer<I>, G>;

/**
 * Maakt met @lit/react een React-component voor een element: props die het element als eigenschap kent
 * (`kant`, `headingLevel`, `markeerbaar`, `markeringen`) zet het als eigenschap, gebeurtenissen (`onMwMarkering`) als
 * listener; beide in een layout-effect, dus ook na `hydrateRoot`. Op de server (Node) rendert de component ook de
 * shadow DOM van het element, als `<template shadowrootmode="open">` (@lit-labs/ssr-react). Registreert de tag (als
 * hij nog vrij is) zodra de component gemaakt wordt: wie de component niet importeert, krijgt klasse, tag en
 * kaarttekst niet in zijn bundel (src/react/index.ts markeert de aanroep als `__PURE__`).
 */
export function maakComponent<I extends HTMLElement, G extends Record<string, EventName>>(
  tagName: string,
  elementClass: { new (): I; prototype: I },
  events: G,
): ReactElement<I, G> {
  defineer(tagName, elementClass);
  return createComponent({ react, tagName, elementClass: elementClass as unknown as { new (): Invoer<I> }, events });
}
