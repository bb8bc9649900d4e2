import signalenInhoud from '../../content/signalen.json';
import { property } from 'lit/decorators.js';
import { MwKaartBase } from '../base/kaart-base.js';
import type { Kaart } from '../inhoud/kaart.js';
import { kaartUitHetBoek } from '../inhoud/laad-inhoud.js';
import { keuzeConverter } from '../gedeeld/keuze-converter.js';
import { signalenStijl } from './signalen-kaart.styles.js';

const signalen = kaartUitHetBoek(signalenInhoud);

/**
 * De Signalenkaart: signalen voor uitvoerders dat een casus om maatwerk kan vragen.
 * Twee kanten: signalen van de inwoner en signalen bij de uitvoerder, in acht groepen met 38 signalen.
 * Met `kant` toont de kaart één kant.
 *
 * Alle kaarten delen de basis `MwKaartBase`: titel, centrale vraag, toelichting, koppen vanaf
 * `heading-level`, en een zichtbare melding bij een onbekende waarde.
 *
 * ```html
 * <mw-signalen-kaart kant="uitvoerder"></mw-signalen-kaart>
 * ```
 *
 * @summary De Signalenkaart: signalen voor uitvoerders dat een casus om maatwerk kan vragen.
 * @tagname mw-signalen-kaart
 */
export class MwSignalenKaart extends MwKaartBase {
  static override styles = [...MwKaartBase.styles, signalenStijl];

  /** Toon één kant van de kaart: `inwoner` (signalen van de inwoner) of `uitvoerder` (signalen bij de uitvoerder). Leeg: beide kanten. */
  @property({ reflect: true, converter: keuzeConverter }) kant?: 'inwoner' | 'uitvoerder';

  protected override get kaart(): Kaart {
    return signalen;
  }

  protected override get deelKeuze() {
    return { attribuut: 'kant', waarde: this.kant };
  }
}
