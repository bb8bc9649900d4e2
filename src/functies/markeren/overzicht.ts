import { nothing, type LitElement, type TemplateResult } from 'lit';
import type { Aankondiger } from '../../gedeeld/aankondiger.js';
import type { FocusNaUpdate } from '../../gedeeld/focus-na-update.js';
import { OpAanvraag } from '../../gedeeld/op-aanvraag.js';
import { voegStijlToe } from '../../gedeeld/stijlen.js';
import type { Kaart } from '../../inhoud/kaart.js';
import type { Teksten } from '../../teksten.js';
import type { Kopieren } from '../kopieren/kopieren.js';
import type { Markeren } from './markeren.js';

/** Het overzicht met kopiëren en de stijl van markeren: laadt pas als een kaart op de pagina `markeerbaar` is. */
export const overzichtStuk = new OpAanvraag(() => import('./overzicht-stuk.js'));

/** Plek van de tekst om zelf te kopiëren als de samenvatting niet gekopieerd kon worden (bij items: het item-id). */
export const SAMENVATTING = 'samenvatting';

export interface OverzichtDiensten {
  kaart: () => Kaart;
  teksten: () => Teksten;
  markeren: Markeren;
  aankondiger: Aankondiger;
  focus: FocusNaUpdate;
}

/**
 * Het overzicht van wat gemarkeerd is, onder de kaart, met per item „Kopieer link” en voor alles „Kopieer als tekst”
 * en „Wis markeringen”. De kaart wacht met tekenen tot dit stuk (`overzichtStuk`) geladen is, zodat markeerbare items nooit
 * zonder hun stijl verschijnen.
 */
export class Overzicht {
  private kopieren?: Kopieren;

  constructor(
    private readonly host: LitElement,
    private readonly diensten: OverzichtDiensten,
  ) {}

  /** Vóór elke weergave met `markeerbaar`: de stijl in de shadow root en (één keer) het kopiëren. */
  bereidVoor(): void {
    const stuk = overzichtStuk.module;
    if (!stuk) return;
    voegStijlToe(this.host, stuk.markerenStijl);
    this.kopieren ??= new stuk.Kopieren(this.host, this.diensten.aankondiger, this.diensten.focus);
  }

  weergave(niveau: number, taal: string): TemplateResult | typeof nothing {
    const stuk = overzichtStuk.module;
    if (!stuk) return nothing;
    const { markeren } = this.diensten;
    const teksten = this.diensten.teksten();
    return stuk.overzichtWeergave({
      kaart: this.diensten.kaart(),
      markeringen: markeren.lijst,
      niveau,
      teksten,
      taal,
      bevestigWissen: markeren.bevestigWissen,
      kopieren: this.kopieren,
      kopieer: () => void this.kopieerSamenvatting(),
      kopieerLink: (id) => void this.kopieerLink(id),
      vraagWissen: () => markeren.vraagWissen(),
      wis: () => markeren.wis(),
      annuleerWissen: () => markeren.annuleerWissen(),
    });
  }

  private async kopieerSamenvatting(): Promise<void> {
    const stuk = overzichtStuk.module;
    if (!stuk || !this.kopieren) return;
    const teksten = this.diensten.teksten();
    const tekst = stuk.samenvattingAlsTekst(this.diensten.kaart(), this.diensten.markeren.lijst, new Date(), teksten);
    await this.kopieren.kopieer(tekst, teksten.samenvattingGekopieerd, SAMENVATTING);
  }

  private async kopieerLink(id: string): Promise<void> {
    const adres = `${window.location.href.split('#')[0]}#${encodeURIComponent(id)}`;
    await this.kopieren?.kopieer(adres, this.diensten.teksten().linkGekopieerd, id);
  }
}
