import vragenBeleidInhoud from '../../content/vragen-beleid.json';
import { property } from 'lit/decorators.js';
import { MwKaartBase } from '../base/kaart-base.js';
import type { Kaart } from '../inhoud/kaart.js';
import { kaartUitHetBoek } from '../inhoud/laad-inhoud.js';
import { keuzeConverter } from '../gedeeld/keuze-converter.js';

const vragenBeleid = kaartUitHetBoek(vragenBeleidInhoud);

/**
 * De Vragenkaart beleid: algemene vragen voor beleidsmakers bij het stap voor stap maken van beleid.
 * Vijf genummerde stappen (Huidige situatie, Gewenste situatie, Opties, Argumenten, Keuze) met 23 vragen.
 * Met `stap` toont de kaart één stap.
 *
 * Alle kaarten delen de basis `MwKaartBase`: titel, centrale vraag, toelichting, koppen vanaf
 * `heading-level`, en een zichtbare melding bij een onbekende waarde.
 *
 * ```html
 * <mw-vragen-beleid-kaart stap="3"></mw-vragen-beleid-kaart>
 * ```
 *
 * @summary De Vragenkaart beleid: algemene vragen voor beleidsmakers bij het stap voor stap maken van beleid.
 * @tagname mw-vragen-beleid-kaart
 */
export class MwVragenBeleidKaart extends MwKaartBase {
  /** Welke stap van het maken van beleid: `1` (huidige situatie) tot en met `5` (keuze). Als eigenschap mag het ook een getal zijn. Leeg: alle stappen. */
  @property({ reflect: true, converter: keuzeConverter }) stap?: '1' | '2' | '3' | '4' | '5' | 1 | 2 | 3 | 4 | 5;

  protected override get kaart(): Kaart {
    return vragenBeleid;
  }

  protected override get deelKeuze() {
    return { attribuut: 'stap', waarde: this.stap };
  }
}
