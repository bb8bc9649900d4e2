/**
 * Een waarde als tekst, voor meldingen en vergelijkingen, zonder ooit te gooien: ook een object zonder
 * prototype (`Object.create(null)`), een `toString` die gooit, een symbool of een Proxy levert een tekst op.
 */
export function alsTekst(waarde: unknown): string {
  try {
    return typeof waarde === 'symbol' ? waarde.toString() : String(waarde);
  } catch {
    try {
      return Object.prototype.toString.call(waarde);
    } catch {
      return `[${typeof waarde}]`;
    }
  }
}
