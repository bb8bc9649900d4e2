import { executeServerCommand } from '@web/test-runner-commands';

/** Een knoop uit de toegankelijkheidsboom zoals Chromium die aan schermlezers geeft. */
export interface Knoop {
  role: string;
  name: string;
  level?: number;
  expanded?: boolean;
  children: Knoop[];
}

export const toegankelijkheidsboom = (selector?: string): Promise<Knoop> =>
  executeServerCommand<Knoop, { selector?: string }>('toegankelijkheidsboom', { selector });

/** Alle knopen onder (en met) `knoop` die aan de voorwaarde voldoen, in documentvolgorde. */
export function zoek(knoop: Knoop, voorwaarde: (knoop: Knoop) => boolean): Knoop[] {
  return [...(voorwaarde(knoop) ? [knoop] : []), ...knoop.children.flatMap((kind) => zoek(kind, voorwaarde))];
}

/** De tekst die een knoop bevat, zoals een schermlezer hem voorleest, zonder de tekst van knoppen en velden erin. */
export const tekstIn = (knoop: Knoop): string =>
  zoek(
    { ...knoop, children: knoop.children.filter((kind) => !['button', 'textbox', 'group'].includes(kind.role)) },
    (k) => k.role === 'text',
  )
    .map((k) => k.name)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
