import { executeServerCommand } from '@web/test-runner-commands';

/** Het element dat echt de focus heeft, ook binnen shadow roots. */
export function actiefElement(): Element | null {
  let actief = document.activeElement;
  while (actief?.shadowRoot?.activeElement) actief = actief.shadowRoot.activeElement;
  return actief;
}

/**
 * Drukt Tab (of Shift+Tab) tot de focus op een element staat dat aan de voorwaarde voldoet,
 * zoals iemand die alleen het toetsenbord gebruikt. Faalt na `maximaal` stappen.
 */
export async function tabTot(voorwaarde: (element: Element) => boolean, maximaal = 200, terug = false): Promise<Element> {
  for (let stap = 0; stap < maximaal; stap += 1) {
    await toetsen(terug ? ['Shift', 'Tab'] : ['Tab']);
    const actief = actiefElement();
    if (actief && voorwaarde(actief)) return actief;
  }
  throw new Error(`Na ${maximaal} keer Tab nog niet bij het gezochte element (nu: ${actiefElement()?.outerHTML.slice(0, 120)})`);
}

/**
 * Drukt een toetscombinatie, zoals ['Control', 'a']: de eerste toetsen ingedrukt houden, de laatste aanslaan.
 * Werkt in alle drie de motoren (zie test/plugins/toetsenbord.js); de spatiebalk is `' '`.
 */
export async function toetsen(combinatie: string[]): Promise<void> {
  await executeServerCommand<boolean, { toetsen: string[] }>('toetsenbord', { toetsen: combinatie });
}

/** Slaat één toets aan, zoals 'Enter', 'Tab' of ' ' (de spatiebalk). */
export const druk = (toets: string): Promise<void> => toetsen([toets]);

/** Typt tekst met echte toetsaanslagen, teken voor teken, in het element met de focus. */
export async function typ(tekst: string): Promise<void> {
  await executeServerCommand<boolean, { tekst: string }>('toetsenbord', { tekst });
}

/** Een knop met precies deze tekst. */
export const knopMetTekst =
  (tekst: string) =>
  (element: Element): boolean =>
    element.localName === 'button' && (element.textContent ?? '').replace(/\s+/g, ' ').trim() === tekst;

/** Geeft de testpagina toegang tot het klembord (zie test/plugins/klembord.js). */
export const staKlembordToe = (): Promise<boolean> => executeServerCommand<boolean, undefined>('klembord-toestaan');

/**
 * Wat er op het klembord staat, gelezen zoals een gebruiker dat doet: plakken (Control+V) in een tijdelijk tekstveld.
 * Werkt in elke motor, ook waar de pagina geen toestemming voor `navigator.clipboard.readText()` kan krijgen.
 */
export async function leesKlembord(): Promise<string> {
  const terug = actiefElement() as HTMLElement | null;
  const veld = document.createElement('textarea');
  veld.setAttribute('aria-label', 'klembord');
  document.body.append(veld);
  veld.focus();
  try {
    await toetsen(['Control', 'v']);
    return veld.value;
  } finally {
    veld.remove();
    terug?.focus();
  }
}
