/**
 * Een datum als „7 december 2026” in deze taal. De opmaak van Intl komt er één keer per taal: `toLocaleDateString`
 * maakt hem bij elke aanroep opnieuw, en de datum onder elke kaart (voor op papier) staat in elke weergave.
 */
export function datumIn(locale: string): (waarde: Date) => string {
  let opmaak: Intl.DateTimeFormat | undefined;
  return (waarde) => (opmaak ??= new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' })).format(waarde);
}
