import type { ReactiveControllerHost } from 'lit';

/** Welke toets de focus waarheen zet, binnen één groep. */
const RICHTINGEN: Readonly<Record<string, 'vorige' | 'volgende' | 'eerste' | 'laatste'>> = {
  ArrowUp: 'vorige',
  ArrowDown: 'volgende',
  Home: 'eerste',
  End: 'laatste',
};

/** Voor een rij, zoals tabbladen (APG Tabs): links en rechts, en rond (van de laatste naar de eerste). */
export const HORIZONTAAL: typeof RICHTINGEN = { ArrowLeft: 'vorige', ArrowRight: 'volgende', Home: 'eerste', End: 'laatste' };

/** Het attribuut van de elementen die samen één tabstop vormen. */
export const ROVING = 'data-roving';

/**
 * Eén tabstop per groep: de knop van de groep en de knoppen van haar items vormen samen één stop
 * (een „roving tabindex”, WAI-ARIA Authoring Practices, *Keyboard Navigation Inside Components*);
 * pijl omhoog en omlaag, Home en End gaan binnen de groep. Tab brengt je terug waar je in de groep was.
 */
export class RovingTabindex {
  /** Per groep het id van het element dat de tabstop is. */
  private readonly actief = new Map<string, string>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly richtingen = RICHTINGEN,
  ) {}

  /** Het id dat de tabstop van de groep is, uit de ids die nu te zien zijn (de eerste is de knop van de groep). */
  stop(groep: string, zichtbaar: readonly string[]): string | undefined {
    const actief = this.actief.get(groep);
    return actief !== undefined && zichtbaar.includes(actief) ? actief : zichtbaar[0];
  }

  /** Voor `keydown` in de groep; `houder` is het element van de groep. */
  toets(groep: string, gebeurtenis: KeyboardEvent, houder: Element): void {
    const richting = Object.hasOwn(this.richtingen, gebeurtenis.key) ? this.richtingen[gebeurtenis.key] : undefined;
    if (!richting || gebeurtenis.altKey || gebeurtenis.ctrlKey || gebeurtenis.metaKey) return;
    const leden = [...houder.querySelectorAll<HTMLElement>(`[${ROVING}]`)].filter((lid) => lid.checkVisibility());
    const huidig = leden.indexOf(gebeurtenis.target as HTMLElement);
    if (huidig < 0) return;
    const doel = { vorige: huidig - 1, volgende: huidig + 1, eerste: 0, laatste: leden.length - 1 }[richting];
    gebeurtenis.preventDefault();
    // Een rij loopt rond; binnen een groep blijft de focus op de eerste of laatste.
    const lid = leden[this.richtingen === HORIZONTAAL ? (doel + leden.length) % leden.length : Math.max(0, Math.min(leden.length - 1, doel))];
    this.zet(groep, lid);
    lid.focus();
  }

  /** Voor `focusin` in de groep: wat de focus kreeg (ook met de muis), wordt de tabstop. */
  focus(groep: string, gebeurtenis: FocusEvent): void {
    const doel = gebeurtenis.target as HTMLElement;
    if (doel.hasAttribute(ROVING)) this.zet(groep, doel);
  }

  private zet(groep: string, lid: HTMLElement): void {
    if (this.actief.get(groep) === lid.id) return;
    this.actief.set(groep, lid.id);
    this.host.requestUpdate();
  }
}
