import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FocusNaUpdate } from '../../gedeeld/focus-na-update.js';

/** Het id achter `#` in het adres; een kapotte codering (`#%E0%A4`) levert niets op in plaats van een fout. */
export function leesAdresId(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return '';
  }
}

/** Waarom een doel niet getoond kan worden: het staat niet op de kaart, of niet in het gekozen deel. */
export type Onbereikbaar = 'onbekend' | 'verborgen';

export interface DeeplinksOpties {
  /** De groep waar dit id (van een groep of item) in staat, en of die groep nu getoond wordt. */
  zoek: (id: string) => { groep: string; getoond: boolean } | undefined;
  /** Maak de groep zichtbaar: zoekopdracht weg, groep open. */
  maakZichtbaar: (groep: string) => void;
  /** Een doel uit het adres dat niet getoond kan worden. */
  waarschuw: (id: string, reden: Onbereikbaar) => void;
  focus: FocusNaUpdate;
}

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * Deeplinks naar een groep of item: met `toon="<id>"` of een adres dat eindigt op `#<id>` opent de kaart
 * de groep, scrolt ernaartoe en laat het doel zien. Een doel uit het adres krijgt ook de focus.
 */
export class Deeplinks implements ReactiveController {
  /** Het getoonde doel (een groep- of item-id). */
  doelwit?: string;

  private vorigDoelwit?: string;

  /** Of het adres al gevolgd is: bij opnieuw aanhaken niet nog eens de focus verplaatsen. */
  private adresGevolgd = false;

  private volgNaWeergave = false;

  constructor(
    private readonly host: Host,
    private readonly opties: DeeplinksOpties,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.volgAdres);
    // Pas na de eerste weergave zijn de delen bekend waarin het doel moet staan; bij opnieuw aanhaken
    // (een framework dat het element verplaatst) niet nog eens, anders springt de focus.
    if (!this.adresGevolgd) {
      this.adresGevolgd = true;
      void this.host.updateComplete.then(this.volgAdres);
    }
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.volgAdres);
  }

  hostUpdated(): void {
    if (this.volgNaWeergave) {
      this.volgNaWeergave = false;
      this.volgAdres();
    }
    if (this.doelwit && this.doelwit !== this.vorigDoelwit) {
      const doel = this.host.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(this.doelwit)}`);
      const rustig = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      doel?.scrollIntoView({ block: 'center', behavior: rustig ? 'auto' : 'smooth' });
    }
    this.vorigDoelwit = this.doelwit;
  }

  /** Nieuwe inhoud (bij `<mw-kaart>` zodra ze geladen is): geen doel meer, en na de weergave het adres opnieuw volgen. */
  nieuweInhoud(eerste: boolean): void {
    this.doelwit = undefined;
    this.vorigDoelwit = undefined;
    if (!eerste) this.volgNaWeergave = true;
  }

  /** Toont een groep of item; zegt waarom niet als dat niet kan. */
  gaNaar(id: string, metFocus: boolean): Onbereikbaar | undefined {
    const plek = this.opties.zoek(id);
    if (!plek) return 'onbekend';
    if (!plek.getoond) return 'verborgen';
    this.opties.maakZichtbaar(plek.groep);
    this.doelwit = id;
    if (metFocus) this.opties.focus.zetOp(id);
    this.host.requestUpdate();
    return undefined;
  }

  private readonly volgAdres = (): void => {
    const id = leesAdresId(window.location.hash);
    if (!id || !this.opties.zoek(id)) return;
    const reden = this.gaNaar(id, true);
    if (reden) this.opties.waarschuw(id, reden);
  };
}
