/**
 * Maakt src/react/index.ts, de ingang `maatwerk-kaarten/react`: per element één React-component (@lit/react).
 * Welke kaarten: de ene lijst in src/catalogus.ts, in die volgorde, dan de andere elementen uit custom-elements.json
 * (`<mw-begrippen>`, `<mw-kaart>`). Klasse, module en gebeurtenissen van elk element: custom-elements.json.
 *
 * Dit bestand doet niets met het bestandssysteem: scripts/react-ingang.mjs schrijft het resultaat, en
 * test/react-ingang.test.ts vergelijkt het gecommitte bestand in de browser met een verse versie.
 */

export const PAD = 'src/react/index.ts';

/** `mw-markering` → `onMwMarkering`: de naam die React-gebruikers verwachten. */
export const propVoorGebeurtenis = (naam) => `on${naam.split('-').map((deel) => deel[0].toUpperCase() + deel.slice(1)).join('')}`;

/**
 * @param {{ tags: readonly string[], manifest: any }} invoer `tags`: de tags uit src/catalogus.ts, in volgorde.
 * @returns {string} de inhoud van src/react/index.ts
 */
export function genereerReactIngang({ tags, manifest }) {
  const elementen = manifest.modules.flatMap((module) =>
    (module.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ ...d, pad: module.path })),
  );
  for (const tag of tags) if (!elementen.some((e) => e.tagName === tag)) throw new Error(`<${tag}> uit de catalogus staat niet in custom-elements.json.`);
  const volgorde = (e) => (tags.includes(e.tagName) ? tags.indexOf(e.tagName) : tags.length);
  elementen.sort((a, b) => volgorde(a) - volgorde(b) || a.tagName.localeCompare(b.tagName));

  const imports = elementen.map(
    ({ name, pad }) => `import { ${name} as ${name}Element } from '${pad.replace(/^src\//, '../').replace(/\.ts$/, '.js')}';`,
  );
  const componenten = elementen.map(({ name, tagName, events = [] }) => {
    const gebeurtenissen = events
      .map(({ name: naam }) => naam)
      .sort()
      .map((naam) => `${propVoorGebeurtenis(naam)}: '${naam}' as EventName<GlobalEventHandlersEventMap['${naam}']>`);
    const props = events.length ? `{ ${gebeurtenissen.join(', ')} }` : '{}';
    return [
      `/** \`<${tagName}>\` als React-component${events.length ? `, met ${events.map(({ name: naam }) => `\`${propVoorGebeurtenis(naam)}\``).sort().join(' en ')}` : ''}. */`,
      `export const ${name} = /*#__PURE__*/ maakComponent('${tagName}', ${name}Element, ${props});`,
    ].join('\n');
  });

  // maak-component.js is de eerste import die iets laadt: het laadt de hydratieondersteuning van Lit vóór Lit.
  return `// Gegenereerd door \`npm run react-ingang\` (scripts/react/genereer.mjs) uit src/catalogus.ts en custom-elements.json; niet met de hand bewerken.
/**
 * maatwerk-kaarten/react: de elementen als React-componenten, met @lit/react. Props in camelCase
 * (\`headingLevel\`, \`markeringen\`), gebeurtenissen als \`onMwMarkering\`; ook na \`hydrateRoot\`. Op de
 * server renderen ze hun shadow DOM mee (@lit-labs/ssr-react).
 * Elke component registreert zijn eigen tag; importeer alleen wat je gebruikt, de rest (en zijn
 * kaarttekst) valt uit je bundel.
 */
import type { EventName } from '@lit/react';
import { maakComponent } from './maak-component.js';
${imports.join('\n')}

${componenten.join('\n\n')}
`;
}
