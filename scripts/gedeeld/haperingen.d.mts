/** Typen van haperingen.mjs, voor test/eenheden/haperingen.test.ts. */
export declare const HAPERING: string;

interface Test {
  passed?: boolean;
}

interface Suite {
  tests?: Test[];
  suites?: Suite[];
}

export interface Sessie {
  passed?: boolean;
  errors: { message: string }[];
  testResults?: Suite;
}

export declare function alleenHaperingen<S extends Sessie>(sessies: S[]): S[] | undefined;
export declare function zonderBestanden(argv: string[]): string[];
