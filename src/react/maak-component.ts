import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import * as React from 'react';
import { defineer } from '../gedeeld/defineer.js';
import type { MarkeringInvoer } from '../functies/markeren/markeringen.js';

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
 * listener; beide in een layout-effect, dus ook na `hydrateRoot`. Registreert de tag (als hij nog vrij is) zodra de
 * component gemaakt wordt: wie de component niet importeert, krijgt klasse, tag en kaarttekst niet in zijn bundel
 * (de aanroep staat in src/react/index.ts als `\/*#__PURE__*\/`).
 */
export function maakComponent<I extends HTMLElement, G extends Record<string, EventName>>(
  tagName: string,
  elementClass: { new (): I; prototype: I },
  events: G,
): ReactElement<I, G> {
  defineer(tagName, elementClass);
  return createComponent({ react: React, tagName, elementClass: elementClass as unknown as { new (): Invoer<I> }, events });
}
