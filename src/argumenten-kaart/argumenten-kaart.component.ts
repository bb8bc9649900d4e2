import argumentenInhoud from '../../content/argumenten.json';
import { property } from 'lit/decorators.js';
import { MwKaartBase } from '../base/kaart-base.js';
import type { Kaart } from '../inhoud/kaart.js';
import { kaartUitHetBoek } from '../inhoud/laad-inhoud.js';
import { keuzeConverter } from '../gedeeld/keuze-converter.js';
import { argumentenStijl } from './argumenten-kaart.styles.js';

const argumenten = kaartUitHetBoek(argumentenInhoud);

/**
 * De Argumentenkaart: argumenten voor uitvoerders voor en tegen het toepassen van maatwerk in een casus.
 * Vijf thema's (Welzijn, Bestuur, Uitvoering, Financiën, Principes), elk met argumenten vóór en tegen maatwerk:
 * 55 argumenten, zonder weging. Vóór en tegen staan in tekst in de koppen, met een teken (+, −) en een eigen lijnstijl.
 * Met `thema` toont de kaart één thema.
 *
 * Alle kaarten delen de basis `MwKaartBase`: titel, centrale vraag, toelichting, koppen vanaf
 * `heading-level`, en een zichtbare melding bij een onbekende waarde.
 *
 * ```html
 * <mw-argumenten-kaart thema="financien"></mw-argumenten-kaart>
 * ```
 *
 * @summary De Argumentenkaart: argumenten voor uitvoerders voor en tegen het toepassen van maatwerk in een casus.
 * @tagname mw-argumenten-kaart
 *
 * @cssprop --mw-kleur-voor - Kleur van de lijn bij de argumenten vóór maatwerk (naast de kop en het teken +).
 * @cssprop --mw-kleur-tegen - Kleur van de lijn bij de argumenten tegen maatwerk (naast de kop en het teken −).
 */
export class MwArgumentenKaart extends MwKaartBase {
  static override styles = [...MwKaartBase.styles, argumentenStijl];

  /** Toon één thema: `welzijn`, `bestuur`, `uitvoering`, `financien` of `principes`. Leeg: alle vijf. */
  @property({ reflect: true, converter: keuzeConverter }) thema?: 'welzijn' | 'bestuur' | 'uitvoering' | 'financien' | 'principes';

  protected override get kaart(): Kaart {
    return argumenten;
  }

  protected override get deelKeuze() {
    return { attribuut: 'thema', waarde: this.thema };
  }
}
