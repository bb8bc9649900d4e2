import lessenInhoud from '../../content/lessen.json';
import { property } from 'lit/decorators.js';
import { MwKaartBase } from '../base/kaart-base.js';
import type { Kaart } from '../inhoud/kaart.js';
import { kaartUitHetBoek } from '../inhoud/laad-inhoud.js';
import { keuzeConverter } from '../gedeeld/keuze-converter.js';

const lessen = kaartUitHetBoek(lessenInhoud);

/**
 * De Lessenkaart: de belangrijkste lessen van het denktraject voor beleidsmakers, bestuurders en uitvoerders.
 * Drie doelgroepen met samen 36 lessen. Met `doelgroep` toont de kaart de lessen voor één doelgroep.
 *
 * Alle kaarten delen de basis `MwKaartBase`: titel, centrale vraag, toelichting, koppen vanaf
 * `heading-level`, en een zichtbare melding bij een onbekende waarde.
 *
 * ```html
 * <mw-lessen-kaart doelgroep="uitvoerders"></mw-lessen-kaart>
 * ```
 *
 * @summary De Lessenkaart: de belangrijkste lessen van het denktraject voor beleidsmakers, bestuurders en uitvoerders.
 * @tagname mw-lessen-kaart
 */
export class MwLessenKaart extends MwKaartBase {
  /** Voor wie de lessen zijn: `beleidsmakers`, `bestuurders` of `uitvoerders`. Leeg: alle drie. */
  @property({ reflect: true, converter: keuzeConverter }) doelgroep?: 'beleidsmakers' | 'bestuurders' | 'uitvoerders';

  protected override get kaart(): Kaart {
    return lessen;
  }

  protected override get deelKeuze() {
    return { attribuut: 'doelgroep', waarde: this.doelgroep };
  }
}
