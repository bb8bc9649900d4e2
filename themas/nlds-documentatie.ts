/**
 * Maakt van de broncode van de NL Design System-documentatietokens
 * (`@nl-design-system-unstable/nlds-design-tokens`, EUPL-1.2: alleen `src/tokens.json`, geen CSS)
 * CSS custom properties onder een eigen selector, met de verwijzingen `{nlds.focus.color}` opgelost.
 * Voor de thematests en de themakeuze in Storybook.
 */
type Boom = { [naam: string]: Boom | { value: unknown } };

function plat(boom: Boom, pad: string[] = []): [string[], unknown][] {
  return Object.entries(boom).flatMap(([naam, waarde]) =>
    waarde && typeof waarde === 'object' && 'value' in waarde
      ? [[[...pad, naam], waarde.value] as [string[], unknown]]
      : plat(waarde as Boom, [...pad, naam]),
  );
}

export function nldsDocumentatieCss(tokens: object, selector: string): string {
  const lijst = plat(tokens as Boom);
  const waarden = new Map(lijst.map(([pad, waarde]) => [pad.join('.'), String(waarde)]));
  const los = (waarde: string, diepte = 0): string =>
    diepte > 10 ? waarde : waarde.replace(/\{([^}]+)\}/g, (_, pad: string) => los(waarden.get(pad) ?? '', diepte + 1));
  const regels = lijst.map(([pad, waarde]) => `  --${pad.join('-')}: ${los(String(waarde))};`);
  return `${selector} {\n${regels.join('\n')}\n}\n`;
}
