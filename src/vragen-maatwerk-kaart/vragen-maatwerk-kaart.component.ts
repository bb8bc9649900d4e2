import vragenMaatwerkInhoud from '../../content/vragen-maatwerk.json';
import { property } from 'lit/decorators.js';
import { MwKaartBase } from '../base/kaart-base.js';
import type { Kaart } from '../inhoud/kaart.js';
import { kaartUitHetBoek } from '../inhoud/laad-inhoud.js';
import { keuzeConverter } from '../gedeeld/keuze-converter.js';

const vragenMaatwerk = kaartUitHetBoek(vragenMaatwerkInhoud);

/**
 * De Vragenkaart maatwerk: vragen over maatwerk voor beleidsmakers bij en na het maken van beleid.
 * Dezelfde vijf stappen als de Vragenkaart beleid, plus Uitvoering en Evaluatie: zeven stappen met 45 vragen.
 * Met `stap` toont de kaart één stap.
 *
 * Alle kaarten delen de basis `MwKaartBase`: titel, centrale vraag, toelichting, koppen vanaf
 * `heading-level`, en een zichtbare melding bij een onbekende waarde.
 *
 * ```html
 * <mw-vragen-maatwerk-kaart stap="6"></mw-vragen-maatwerk-kaart>
 * ```
 *
 * @summary De Vragenkaart maatwerk: vragen over maatwerk voor beleidsmakers bij en na het maken van beleid.
 * @tagname mw-vragen-maatwerk-kaart
 */
export class MwVragenMaatwerkKaart extends MwKaartBase {
  /** Welke stap: `1` (huidige situatie) tot en met `7` (evaluatie). Als eigenschap mag het ook een getal zijn. Leeg: alle stappen. */
  @property({ reflect: true, converter: keuzeConverter }) stap?: '1' | '2' | '3' | '4' | '5' | '6' | '7' | 1 | 2 | 3 | 4 | 5 | 6 | 7;

  protected override get kaart(): Kaart {
    return vragenMaatwerk;
  }

  protected override get deelKeuze() {
    return { attribuut: 'stap', waarde: this.stap };
  }
}
