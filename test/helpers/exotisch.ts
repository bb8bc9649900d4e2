/**
 * Eigenschapswaarden die bij omzetten naar tekst gooien of verrassen (de regel voor verkeerde invoer: een melding,
 * één waarschuwing, nooit een exception), met de tekst die een melding ervan noemt (`alsTekst`).
 */
export const exotischeWaarden: { naam: string; waarde: () => unknown; tekst: string }[] = [
  { naam: 'een symbool', waarde: () => Symbol('x'), tekst: 'Symbol(x)' },
  {
    naam: 'een object met een gooiende toString',
    waarde: () => ({
      toString() {
        throw new Error('au');
      },
    }),
    tekst: '[object Object]',
  },
  {
    naam: 'een Proxy die gooit',
    waarde: () =>
      new Proxy(
        {},
        {
          get() {
            throw new Error('au');
          },
        },
      ),
    tekst: 'object',
  },
];
