/**
 * Maakt uit custom-elements.json de bestanden waarmee editors en TypeScript de elementen kennen:
 *
 *   editor/vscode.html-custom-data.json  VS Code (`html.customData`): tags, attributen en hun waarden
 *   editor/vscode.css-custom-data.json   VS Code (`css.customData`): de custom properties `--mw-*`
 *   editor/web-types.json                JetBrains-IDE's (WebStorm, IntelliJ): web-types 2.0, framework-onafhankelijk
 *   types/react-jsx.d.ts                 getypte JSX voor React 19 (`React.JSX.IntrinsicElements`)
 *
 * Dit bestand doet niets met het bestandssysteem: het draait in Node (scripts/editor-data.mjs schrijft de
 * bestanden) en in de browser (test/editor-data.test.ts vergelijkt de gecommitte bestanden met een verse versie).
 */

/** Waar de bestanden staan, vanaf de wortel van het pakket. */
export const BESTANDEN = {
  htmlData: 'editor/vscode.html-custom-data.json',
  cssData: 'editor/vscode.css-custom-data.json',
  webTypes: 'editor/web-types.json',
  reactJsx: 'types/react-jsx.d.ts',
};

/**
 * Typen die custom-elements.json alleen bij naam noemt. Elke naam die hier niet staat, laat de generator
 * falen, zodat een nieuw type niet stilletjes als vrije tekst in de editor belandt.
 * `waarden`: wat de editor aanbiedt; `ts`: wat JSX accepteert.
 */
const TYPE_ALIASSEN = {
  Kopniveau: {
    waarden: ['1', '2', '3', '4', '5', '6', 'auto'],
    ts: "1 | 2 | 3 | 4 | 5 | 6 | '1' | '2' | '3' | '4' | '5' | '6' | 'auto'",
  },
};

/**
 * Eigenschappen zonder attribuut waarvan de setter meer aanneemt dan de getter teruggeeft
 * (custom-elements.json kent alleen het type van de getter).
 */
const SETTER_TYPEN = {
  markeringen: 'readonly MarkeringInvoer[]',
};

/** Namen in typen die geen import uit het pakket nodig hebben. */
const INGEBOUWDE_TYPEN = new Set(['CustomEvent', 'Event', 'HTMLElement', 'Array', 'ReadonlyArray', 'Record', 'Partial']);

const SCHEMA_WEB_TYPES = 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json';
const KOP = 'Gegenereerd door `npm run editor-data` (scripts/editor-data.mjs) uit custom-elements.json; niet met de hand bewerken.';

/**
 * Leest een type uit custom-elements.json:
 * - `soort: 'waarden'` voor een unie van letterlijke strings (of een bekend alias), met de waarden;
 * - `soort: 'boolean'` voor een attribuut dat aan of uit staat;
 * - `soort: 'tekst'` voor vrije tekst of een getal.
 */
export function leesType(tekst) {
  const delen = tekst.split('|').map((deel) => deel.trim()).filter((deel) => deel && deel !== 'undefined' && deel !== 'null');
  if (delen.length === 1 && delen[0] === 'boolean') return { soort: 'boolean', ts: 'boolean' };
  if (delen.length === 1 && (delen[0] === 'string' || delen[0] === 'number')) return { soort: 'tekst', ts: delen[0] };
  if (delen.length === 1 && Object.hasOwn(TYPE_ALIASSEN, delen[0])) {
    const alias = TYPE_ALIASSEN[delen[0]];
    return { soort: 'waarden', waarden: alias.waarden, ts: alias.ts };
  }
  // Letterlijke teksten, en getallen voor wie een eigenschap als getal zet (`stap = 3`): in HTML is dat dezelfde waarde.
  const letterlijk = delen.map((deel) => /^'([^'\\]*)'$|^"([^"\\]*)"$|^(\d+)$/.exec(deel));
  if (delen.length > 0 && letterlijk.every(Boolean)) {
    const waarden = [...new Set(letterlijk.map((treffer) => treffer[1] ?? treffer[2] ?? treffer[3]))];
    const ts = letterlijk.map((treffer) => (treffer[3] ?? `'${treffer[1] ?? treffer[2]}'`)).join(' | ');
    return { soort: 'waarden', waarden, ts };
  }
  throw new Error(
    `Onbekend attribuuttype in custom-elements.json: "${tekst}". Voeg het toe aan TYPE_ALIASSEN in scripts/editor-data/genereer.mjs.`,
  );
}

/** De elementen uit het manifest (alleen klassen met een tag), op tagnaam gesorteerd. */
export function elementenUit(manifest) {
  const elementen = manifest.modules
    .flatMap((module) => (module.declarations ?? []).map((declaratie) => ({ declaratie, module: module.path })))
    .filter(({ declaratie }) => declaratie.customElement && declaratie.tagName)
    .map(({ declaratie, module }) => {
      const attributen = (declaratie.attributes ?? []).map((attribuut) => ({
        naam: attribuut.name,
        veld: attribuut.fieldName,
        beschrijving: attribuut.description ?? '',
        standaard: attribuut.default,
        type: leesType(attribuut.type?.text ?? 'string'),
      }));
      const veldenMetAttribuut = new Set(attributen.map((attribuut) => attribuut.veld));
      const eigenschappen = (declaratie.members ?? [])
        .filter(
          (lid) =>
            lid.kind === 'field' &&
            !lid.static &&
            !lid.readonly &&
            (lid.privacy === undefined || lid.privacy === 'public') &&
            !veldenMetAttribuut.has(lid.name),
        )
        .map((lid) => ({
          naam: lid.name,
          beschrijving: lid.description ?? '',
          ts: SETTER_TYPEN[lid.name] ?? lid.type?.text ?? 'unknown',
        }));
      return {
        tag: declaratie.tagName,
        klasse: declaratie.name,
        module,
        samenvatting: declaratie.summary ?? '',
        beschrijving: declaratie.description ?? '',
        attributen,
        eigenschappen,
        gebeurtenissen: (declaratie.events ?? [])
          .filter((gebeurtenis) => gebeurtenis.name)
          .map((gebeurtenis) => ({
            naam: gebeurtenis.name,
            beschrijving: gebeurtenis.description ?? '',
            ts: gebeurtenis.type?.text ?? 'CustomEvent',
          })),
        cssEigenschappen: (declaratie.cssProperties ?? []).map((eigenschap) => ({
          naam: eigenschap.name,
          beschrijving: eigenschap.description ?? '',
        })),
        parts: (declaratie.cssParts ?? []).map((part) => ({ naam: part.name, beschrijving: part.description ?? '' })),
      };
    });
  return elementen.sort((a, b) => a.tag.localeCompare(b.tag));
}

const json = (waarde) => `${JSON.stringify(waarde, null, 2)}\n`;
const markdown = (value) => ({ kind: 'markdown', value });

/** De beschrijving van een element met zijn gebeurtenissen erbij, voor de hover van de editor. */
function elementTekst(element) {
  const gebeurtenissen = element.gebeurtenissen.map((g) => `- \`${g.naam}\`: ${g.beschrijving}`);
  return [element.beschrijving, ...(gebeurtenissen.length ? ['**Gebeurtenissen**', gebeurtenissen.join('\n')] : [])].join('\n\n');
}

function attribuutTekst(attribuut) {
  const standaard = attribuut.standaard !== undefined && attribuut.type.soort !== 'boolean' ? `\n\nStandaard: \`${attribuut.standaard}\`.` : '';
  return `${attribuut.beschrijving}${standaard}`;
}

/** VS Code custom data 1.1 voor HTML: https://github.com/microsoft/vscode-custom-data */
function htmlCustomData(elementen) {
  return json({
    version: 1.1,
    tags: elementen.map((element) => ({
      name: element.tag,
      description: markdown(elementTekst(element)),
      attributes: element.attributen.map((attribuut) => ({
        name: attribuut.naam,
        description: markdown(attribuutTekst(attribuut)),
        ...(attribuut.type.soort === 'boolean' ? { valueSet: 'v' } : {}),
        ...(attribuut.type.soort === 'waarden' ? { values: attribuut.type.waarden.map((name) => ({ name })) } : {}),
      })),
    })),
  });
}

/** VS Code custom data 1.1 voor CSS: elke custom property één keer, met de elementen die haar lezen. */
function cssCustomData(elementen) {
  const perNaam = new Map();
  for (const element of elementen) {
    for (const eigenschap of element.cssEigenschappen) {
      const bekend = perNaam.get(eigenschap.naam) ?? { beschrijving: eigenschap.beschrijving, tags: [] };
      bekend.tags.push(element.tag);
      perNaam.set(eigenschap.naam, bekend);
    }
  }
  return json({
    version: 1.1,
    properties: [...perNaam].map(([name, { beschrijving, tags }]) => ({
      name,
      description: markdown(`${beschrijving}\n\n${tags.map((tag) => `\`<${tag}>\``).join(', ')}`),
    })),
  });
}

/** Web-types 2.0 (JetBrains), zonder framework: HTML-elementen, attributen, JS-eigenschappen, gebeurtenissen en CSS. */
function webTypes(elementen, pakket) {
  return json({
    $schema: SCHEMA_WEB_TYPES,
    name: pakket.name,
    version: pakket.version,
    'js-types-syntax': 'typescript',
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elementen.map((element) => ({
          name: element.tag,
          description: element.beschrijving,
          source: { module: pakket.name, symbol: element.klasse },
          attributes: element.attributen.map((attribuut) => ({
            name: attribuut.naam,
            description: attribuut.beschrijving,
            ...(attribuut.standaard !== undefined && attribuut.type.soort !== 'boolean' ? { default: attribuut.standaard } : {}),
            value:
              attribuut.type.soort === 'boolean'
                ? { type: 'boolean' }
                : attribuut.type.soort === 'waarden'
                  ? { kind: 'plain', type: 'enum' }
                  : { kind: 'plain', type: attribuut.type.ts },
            ...(attribuut.type.soort === 'waarden' ? { values: attribuut.type.waarden.map((name) => ({ name })) } : {}),
          })),
          js: {
            properties: [
              ...element.attributen.map((attribuut) => ({
                name: attribuut.veld,
                description: attribuut.beschrijving,
                type: attribuut.type.ts,
              })),
              ...element.eigenschappen.map((eigenschap) => ({
                name: eigenschap.naam,
                description: eigenschap.beschrijving,
                type: eigenschap.ts,
              })),
            ],
            events: element.gebeurtenissen.map((gebeurtenis) => ({
              name: gebeurtenis.naam,
              description: gebeurtenis.beschrijving,
              type: gebeurtenis.ts,
            })),
          },
          css: {
            properties: element.cssEigenschappen.map((eigenschap) => ({ name: eigenschap.naam, description: eigenschap.beschrijving })),
            parts: element.parts.map((part) => ({ name: part.naam, description: part.beschrijving })),
          },
        })),
      },
    },
  });
}

/** Een JSDoc-blok dat veilig is als de tekst zelf `*\/` bevat. */
function jsdoc(tekst, inspringing) {
  const regels = tekst.replaceAll('*/', '*\\/').split('\n');
  if (regels.length === 1) return `${inspringing}/** ${regels[0]} */\n`;
  return `${inspringing}/**\n${regels.map((regel) => `${inspringing} *${regel ? ` ${regel}` : ''}`).join('\n')}\n${inspringing} */\n`;
}

const sleutel = (naam) => (/^[A-Za-z_$][\w$]*$/.test(naam) ? naam : `'${naam}'`);

/** `src/kaart/kaart.component.ts` → `../dist/esm/src/kaart/kaart.component.js`, vanuit types/. */
const distModule = (pad) => `../dist/esm/${pad.replace(/\.ts$/, '.js')}`;

/**
 * Getypte JSX voor React 19: per element een interface met attributen, eigenschappen en `on<gebeurtenis>`.
 * De klassen komen uit hun eigen module (dist/esm/...), de gebeurtenissen uit `GlobalEventHandlersEventMap`
 * (waar elk element zijn gebeurtenissen typt), andere typen in eigenschappen uit de hoofdingang van het pakket.
 */
function reactJsx(elementen) {
  const typenUitHoofdingang = new Set();
  for (const { ts } of elementen.flatMap((element) => element.eigenschappen)) {
    for (const [naam] of ts.matchAll(/\b[A-Z][A-Za-z0-9]*\b/g)) if (!INGEBOUWDE_TYPEN.has(naam)) typenUitHoofdingang.add(naam);
  }
  const klassen = [...new Map(elementen.map((element) => [element.klasse, element.module])).entries()].sort(([a], [b]) => a.localeCompare(b));
  const props = (element) => `${element.klasse}Props`;
  const interfaces = elementen.map((element) => {
    const leden = [
      ...element.attributen.map((a) => `${jsdoc(attribuutTekst(a), '  ')}  ${sleutel(a.naam)}?: ${a.type.ts};\n`),
      ...element.eigenschappen.map((e) => `${jsdoc(`Eigenschap (geen attribuut). ${e.beschrijving}`, '  ')}  ${sleutel(e.naam)}?: ${e.ts};\n`),
      ...element.gebeurtenissen.map(
        (g) =>
          `${jsdoc(`\`${g.naam}\` (\`${g.ts}\`): ${g.beschrijving}`, '  ')}  ${sleutel(`on${g.naam}`)}?: (gebeurtenis: GlobalEventHandlersEventMap['${g.naam}']) => void;\n` +
          // TypeScript controleert JSX-namen met een streepje niet, tenzij ze hier staan: zo is de vergissing een typefout.
          `${jsdoc(`Fout geschreven: React 19 luistert dan naar \`${g.naam[0].toUpperCase()}${g.naam.slice(1)}\`, dat nooit komt. Schrijf \`on${g.naam}\`.`, '  ')}  ${sleutel(`on${g.naam[0].toUpperCase()}${g.naam.slice(1)}`)}?: never;\n`,
      ),
    ];
    return `${jsdoc(`Attributen, eigenschappen en gebeurtenissen van \`<${element.tag}>\` in JSX.`, '')}export interface ${props(element)} {\n${leden.join('')}}\n`;
  });
  return `// ${KOP}
/**
 * Getypte JSX voor de elementen van maatwerk-kaarten in React 19. React 19 zet een prop als eigenschap
 * als het element haar kent (\`markeerbaar\`, \`markeringen\`), anders als attribuut (\`heading-level\`),
 * en maakt van \`onmw-markering\` een \`addEventListener('mw-markering', …)\`.
 *
 * Eén keer in het project, bijvoorbeeld in main.tsx:
 *
 *     import type {} from 'maatwerk-kaarten/react-jsx';
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
${[...typenUitHoofdingang].length ? `import type { ${[...typenUitHoofdingang].sort().join(', ')} } from '../dist/esm/src/index.js';\n` : ''}${klassen
    .map(([klasse, module]) => `import type { ${klasse} } from '${distModule(module)}';\n`)
    .join('')}
${interfaces.join('\n')}
/** De props van een element: de gewone HTML-attributen van React plus die van het element. */
export type MwJsxProps<Element extends HTMLElement, Props> = Omit<DetailedHTMLProps<HTMLAttributes<Element>, Element>, keyof Props> &
  Props;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${elementen.map((element) => `      '${element.tag}': MwJsxProps<${element.klasse}, ${props(element)}>;\n`).join('')}    }
  }
}
`;
}

/**
 * Alle bestanden uit het manifest en de naam en versie van het pakket.
 * @returns {Record<string, string>} pad → inhoud
 */
export function genereer(manifest, pakket) {
  const elementen = elementenUit(manifest);
  return {
    [BESTANDEN.htmlData]: htmlCustomData(elementen),
    [BESTANDEN.cssData]: cssCustomData(elementen),
    [BESTANDEN.webTypes]: webTypes(elementen, pakket),
    [BESTANDEN.reactJsx]: reactJsx(elementen),
  };
}
