/**
 * Een waarde van elk type als korte tekst voor een melding of vergelijking, zonder ooit te gooien: ook een symbool,
 * een object zonder prototype (`Object.create(null)`), een object met een gooiende `toString` of een (ingetrokken)
 * Proxy. Van een fout de boodschap.
 */
export function alsTekst(waarde: unknown): string {
  try {
    if (typeof waarde === 'symbol') return waarde.toString();
    if (waarde instanceof Error) return waarde.message;
    return String(waarde);
  } catch {
    try {
      return Object.prototype.toString.call(waarde);
    } catch {
      return typeof waarde;
    }
  }
}
