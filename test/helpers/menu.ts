import { waitUntil } from '@open-wc/testing';

/** Het menu „Meer” van de werkbalk en zijn knop. */
export const meerKnop = (kaart: Element): HTMLButtonElement | null => kaart.shadowRoot!.querySelector<HTMLButtonElement>('#_meer-knop');
export const meerMenu = (kaart: Element): HTMLElement => kaart.shadowRoot!.querySelector<HTMLElement>('#_meer-knop-menu')!;
export const menuKeuzes = (kaart: Element): HTMLButtonElement[] => [...meerMenu(kaart).querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];

/** Opent het menu „Meer” met een klik, zoals een gebruiker, en geeft de keuze met deze tekst. */
export async function openMenuEnVind(kaart: Element, tekst: string): Promise<HTMLButtonElement | undefined> {
  meerKnop(kaart)!.click();
  await waitUntil(() => meerMenu(kaart).matches(':popover-open'), 'het menu „Meer” gaat niet open');
  return menuKeuzes(kaart).find((keuze) => keuze.textContent?.trim() === tekst);
}

/** Opent het menu „Meer” en kiest daarin `tekst`. */
export async function kiesUitMenu(kaart: Element, tekst: string): Promise<void> {
  const keuze = await openMenuEnVind(kaart, tekst);
  if (!keuze) throw new Error(`geen keuze „${tekst}” in het menu „Meer”`);
  keuze.click();
}
