/**
 * Vangt console.warn en console.error op tijdens elke test in de omliggende describe,
 * zodat een test kan nagaan welke waarschuwingen een element gaf.
 */
export function bewaakConsole(): { waarschuwingen: string[]; fouten: string[] } {
  const log = { waarschuwingen: [] as string[], fouten: [] as string[] };
  let origineel: { warn: typeof console.warn; error: typeof console.error };
  beforeEach(() => {
    log.waarschuwingen.length = 0;
    log.fouten.length = 0;
    origineel = { warn: console.warn, error: console.error };
    console.warn = (...args: unknown[]) => log.waarschuwingen.push(args.map(String).join(' '));
    console.error = (...args: unknown[]) => log.fouten.push(args.map(String).join(' '));
  });
  afterEach(() => {
    console.warn = origineel.warn;
    console.error = origineel.error;
  });
  return log;
}
