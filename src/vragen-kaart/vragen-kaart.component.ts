import { property } from 'lit/decorators.js';
import inhoud from '../../content/vragen.json';
import { MwKaartBase } from '../base/kaart-base.js';
import type { Kaart } from '../inhoud/kaart.js';

/**
 * De Vragenkaart voor uitvoerders: vragen vóór, tijdens en na het toepassen van maatwerk in een casus.
 *
 * @summary De Vragenkaart voor uitvoerders: vragen vóór, tijdens en na het toepassen van maatwerk in een casus.
 * @tagname mw-vragen-kaart
 */
export class MwVragenKaart extends MwKaartBase {
  /** Welke fase van de casus: vóór, tijdens of na het toepassen van maatwerk (`voor`, `vóór`, `tijdens`, `na`). Leeg: alle drie. */
  @property({ reflect: true }) fase?: 'voor' | 'vóór' | 'tijdens' | 'na';

  protected override readonly kaart = inhoud as Kaart;

  protected override get deelKeuze() {
    return { attribuut: 'fase', waarde: this.fase };
  }
}
