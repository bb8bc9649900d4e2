import vragenInhoud from '../../content/vragen.json';
import { property } from 'lit/decorators.js';
import { MwKaartBase } from '../base/kaart-base.js';
import type { Kaart } from '../inhoud/kaart.js';
import { kaartUitHetBoek } from '../inhoud/laad-inhoud.js';
import { keuzeConverter } from '../gedeeld/keuze-converter.js';

const vragen = kaartUitHetBoek(vragenInhoud);

/**
 * De Vragenkaart: vragen die uitvoerders zich kunnen stellen vóór, tijdens en na het toepassen van maatwerk in een casus.
 * Drie fasen met samen tien groepen en 47 vragen. Met `fase` toont de kaart één fase.
 *
 * Alle kaarten delen de basis `MwKaartBase`: titel, centrale vraag, toelichting, koppen vanaf
 * `heading-level`, en een zichtbare melding bij een onbekende waarde.
 *
 * ```html
 * <mw-vragen-kaart fase="tijdens"></mw-vragen-kaart>
 * ```
 *
 * @summary De Vragenkaart: vragen die uitvoerders zich kunnen stellen vóór, tijdens en na het toepassen van maatwerk in een casus.
 * @tagname mw-vragen-kaart
 */
export class MwVragenKaart extends MwKaartBase {
  /** Welke fase van de casus: vóór, tijdens of na het toepassen van maatwerk (`voor`, `vóór`, `tijdens`, `na`). Leeg: alle drie. */
  @property({ reflect: true, converter: keuzeConverter }) fase?: 'voor' | 'vóór' | 'tijdens' | 'na';

  protected override get kaart(): Kaart {
    return vragen;
  }

  protected override get deelKeuze() {
    return { attribuut: 'fase', waarde: this.fase };
  }
}
