import type { LitElement, TemplateResult } from 'lit';
import type { Aankondiger } from '../../gedeeld/aankondiger.js';
import type { FocusNaUpdate } from '../../gedeeld/focus-na-update.js';
import type { Kaart } from '../../inhoud/kaart.js';
import type { Teksten } from '../../teksten.js';
import { Kopieren } from '../kopieren/kopieren.js';
import type { Markeren } from './markeren.js';
import { overzichtWeergave, SAMENVATTING } from './overzicht-weergave.js';
import { samenvattingAlsTekst } from './samenvatting.js';


export interface OverzichtDiensten {
  kaart: () => Kaart;
  teksten: () => Teksten;
  markeren: Markeren;
  aankondiger: Aankondiger;
  focus: FocusNaUpdate;
}

/**
 * Het overzicht van wat gemarkeerd is, onder de kaart, met per item „Kopieer link” en voor alles „Kopieer als tekst”
 * en „Wis markeringen”.
 */
export class Overzicht {
  private kopierenMet?: Kopieren;

  constructor(
    private readonly host: LitElement,
    private readonly diensten: OverzichtDiensten,
  ) {}

  /** Het kopiëren, pas gemaakt als de kaart het overzicht toont (met `markeerbaar`). */
  private get kopieren(): Kopieren {
    return (this.kopierenMet ??= new Kopieren(this.host, this.diensten.aankondiger, this.diensten.focus));
  }

  weergave(niveau: number, taal: string): TemplateResult {
    const { markeren } = this.diensten;
    const teksten = this.diensten.teksten();
    return overzichtWeergave({
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
    const teksten = this.diensten.teksten();
    const tekst = samenvattingAlsTekst(this.diensten.kaart(), this.diensten.markeren.lijst, new Date(), teksten);
    await this.kopieren.kopieer(tekst, teksten.samenvattingGekopieerd, SAMENVATTING);
  }

  private async kopieerLink(id: string): Promise<void> {
    const adres = `${window.location.href.split('#')[0]}#${encodeURIComponent(id)}`;
    await this.kopieren.kopieer(adres, this.diensten.teksten().linkGekopieerd, id);
  }
}
