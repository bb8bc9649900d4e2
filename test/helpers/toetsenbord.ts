import { executeServerCommand, sendKeys } from '@web/test-runner-commands';

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

/** Drukt een toetscombinatie, zoals ['Control', 'a']: de eerste toetsen ingedrukt houden, de laatste aanslaan. */
export async function toetsen(combinatie: string[]): Promise<void> {
  const vast = combinatie.slice(0, -1);
  for (const toets of vast) await sendKeys({ down: toets });
  await sendKeys({ press: combinatie[combinatie.length - 1] });
  for (const toets of vast.reverse()) await sendKeys({ up: toets });
}

/** Een knop met precies deze tekst. */
export const knopMetTekst =
  (tekst: string) =>
  (element: Element): boolean =>
    element.localName === 'button' && (element.textContent ?? '').replace(/\s+/g, ' ').trim() === tekst;

/** Geeft de testpagina toegang tot het klembord (zie test/plugins/klembord.js). */
export const staKlembordToe = (): Promise<boolean> => executeServerCommand<boolean, undefined>('klembord-toestaan');
