/**
 * Getypte JSX voor de elementen van maatwerk-kaarten in React 19. De typen per tag komen uit
 * custom-element-jsx.d.ts (gemaakt door custom-element-jsx-integration, `npm run editor-data`); dit bestand zet ze
 * naast de gewone HTML-props van React in `React.JSX.IntrinsicElements`.
 *
 * React 19 zet een prop als eigenschap als het element haar kent (`markeerbaar`, `markeringen`), anders als
 * attribuut (`heading-level`), en maakt van `onmw-markering` een `addEventListener('mw-markering', …)`.
 *
 * Eén keer in het project, bijvoorbeeld in main.tsx:
 *
 *     import type {} from 'maatwerk-kaarten/react-jsx';
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {} from '../dist/esm/src/index.js';
import type {} from '../dist/esm/src/kaart/kaart.js';
import type { CustomElements } from './custom-element-jsx.js';

type Tag = keyof CustomElements;
type ElementVan<T extends Tag> = T extends keyof HTMLElementTagNameMap ? HTMLElementTagNameMap[T] : HTMLElement;
type ReactHtmlProps<T extends Tag> = DetailedHTMLProps<HTMLAttributes<ElementVan<T>>, ElementVan<T>>;

/** De eigen props van een element; wat de generator voor elke JSX-smaak toevoegt (`class`, `style`, …) typt React zelf. */
type EigenProps<T extends Tag> = Omit<
  CustomElements[T],
  keyof ReactHtmlProps<T> | 'children' | 'class' | 'classList' | 'exportparts' | 'part' | 'htmlFor'
>;

/**
 * `onMw-markering` zou zonder dit typen (TypeScript controleert props met een streepje niet als ze onbekend zijn),
 * maar React luistert dan naar `Mw-markering` en de handler loopt nooit: alleen `onmw-markering` werkt.
 */
type HoofdletterGebeurtenissen<P> = { [K in keyof P as K extends `onmw-${infer Rest}` ? `onMw-${Rest}` : never]?: never };

type ReactProps<T extends Tag> = Omit<ReactHtmlProps<T>, keyof EigenProps<T>> & EigenProps<T> & HoofdletterGebeurtenissen<EigenProps<T>>;

type MwIntrinsicElements = { [T in Tag]: ReactProps<T> };

declare module 'react' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends MwIntrinsicElements {}
  }
}
