/**
 * Wat de verhalen uit `custom-elements.json` lezen: per element de attributen met beschrijving, type en
 * standaardwaarde. Het manifest is de enige bron; hier staat geen beschrijving van een attribuut.
 * Geen import van Storybook: de tag om te plakken (`tag-om-te-plakken.ts`) en haar test gebruiken dit ook.
 */
import manifest from '../custom-elements.json';

/** Een attribuut of eigenschap zoals het manifest haar beschrijft. */
export interface ApiLid {
  name: string;
  /** Bij een attribuut: de eigenschap erachter (`heading-level` → `headingLevel`). */
  fieldName?: string;
  /** Bij een eigenschap: het attribuut ervoor. */
  attribute?: string;
  description?: string;
  type?: { text: string };
  default?: string;
  privacy?: string;
  static?: boolean;
  kind?: string;
}

/** Een element of klasse in het manifest. */
export interface Declaratie {
  name: string;
  tagName?: string;
  description?: string;
  attributes?: ApiLid[];
  members?: ApiLid[];
  events?: { name: string; description?: string; type?: { text: string } }[];
}

const declaraties = (manifest.modules as { declarations?: Declaratie[] }[]).flatMap((module) => module.declarations ?? []);

/** De declaratie met deze tag (`mw-vragen-kaart`) of klassenaam (`MwKaartBase`); onbekend is een programmeerfout. */
export function declaratie(tagOfKlasse: string): Declaratie {
  const gevonden = declaraties.find((d) => d.tagName === tagOfKlasse || d.name === tagOfKlasse);
  if (!gevonden) throw new Error(`${tagOfKlasse} staat niet in custom-elements.json; draai npm run analyze.`);
  return gevonden;
}

/** Het attribuut `naam` van een element, of de publieke eigenschap als er geen attribuut zo heet (`markeringen`). */
export function apiLid(tagOfKlasse: string, naam: string): ApiLid {
  const d = declaratie(tagOfKlasse);
  const lid =
    d.attributes?.find((a) => a.name === naam) ??
    d.members?.find((m) => m.name === naam && m.kind === 'field' && !m.privacy && !m.static);
  if (!lid) throw new Error(`${tagOfKlasse} heeft geen attribuut of eigenschap ${naam} in custom-elements.json.`);
  return lid;
}

/**
 * De standaardwaarde van een attribuut als tekst, zoals die in HTML zou staan (`"2"`, `"false"`), of `undefined`
 * als het attribuut geen standaard heeft. Het manifest schrijft strings als `'…'`; die aanhalingstekens gaan eraf.
 */
export function standaardwaarde(lid: ApiLid): string | undefined {
  if (lid.default === undefined) return undefined;
  return lid.default.replace(/^(['"`])(.*)\1$/, '$2');
}
