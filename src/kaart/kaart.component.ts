import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MwKaartBase } from '../base/kaart-base.js';
import { metAanvulling, type Aanvulling } from '../inhoud/aanvulling.js';
import { alsTekst } from '../gedeeld/als-tekst.js';
import { opnieuwKnopWeergave } from '../gedeeld/meldingen-weergave.js';
import { laadKaart, LEGE_KAART } from '../inhoud/laad-inhoud.js';
import { kaarten } from '../kaarten.js';
import type { Kaart } from '../inhoud/kaart.js';
import { valideerAanvulling, valideerKaart } from '../inhoud/kaart.schema.js';
import { taalVan } from '../teksten.js';
import { kaartTeksten } from './kaart.teksten.js';

/** De uitkomst van één opbouw: de kaart, of wat er mis is, en of dat aan het laden lag. */
interface Bouw {
  kaart?: Kaart;
  fouten: string[];
  laadfout?: boolean;
}

/** De inhoud van `mw-fout`. */
export interface FoutDetail {
  /** Per fout het veld (als pad, zoals `delen.0.groepen.2.titel`) en wat er mis is. */
  fouten: string[];
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mw-fout': CustomEvent<FoutDetail>;
  }
}

/**
 * Een eigen kaart van een organisatie, in dezelfde vorm als de kaarten uit het boek
 * (`content/kaart.schema.json`): als eigenschap `inhoud`, of als JSON van dezelfde herkomst via `src`.
 * Met `basis` bouwt het element op een kaart uit het boek (`src` en `inhoud` tellen dan niet), met `aanvulling`/`aanvulling-src`
 * komen daar eigen groepen en items bij, zichtbaar gemarkeerd als aanvulling van de organisatie.
 * Alles wordt gecontroleerd: bij een fout zegt het element welk veld niet klopt en vuurt het `mw-fout`;
 * tekst wordt nooit als HTML getoond. Alles wat de kaarten kunnen (zoeken, markeren, afdrukken…) werkt ook hier.
 *
 * ```html
 * <mw-kaart src="/intranet/kaarten/communicatiekaart.json"></mw-kaart>
 * <mw-kaart basis="signalen" aanvulling-src="/intranet/kaarten/eigen-signalen.json"></mw-kaart>
 * ```
 *
 * @summary Een eigen kaart, of een kaart uit het boek met eigen aanvullingen.
 * @tagname mw-kaart
 *
 * @fires {CustomEvent<FoutDetail>} mw-fout - Als de inhoud of de aanvulling niet klopt of niet te laden is;
 * `detail.fouten` noemt per fout het veld en wat er mis is.
 */
export class MwKaart extends MwKaartBase {
  private bouwnummer = 0;

  @state() private geladen?: Kaart;

  @state() private fouten: string[] = [];

  @state() private bezig = false;

  /** Of de laatste opbouw mislukte op het laden (een adres, of de tekst van `basis`): dan staat er „Probeer opnieuw”. */
  @state() private laadfout = false;

  /** Wanneer „Probeer opnieuw” voor het laatst niet lukte. */
  @state() private bouwOpnieuwMislukt?: Date;

  /** Adres van een kaart als JSON, van dezelfde herkomst als de pagina. */
  @property() src?: string;

  /** De kaart als object, in de vorm van `content/kaart.schema.json`. Gaat vóór `src`. */
  @property({ attribute: false }) inhoud?: unknown;

  /** Id van een kaart uit het boek om op voort te bouwen: `signalen`, `argumenten`, `vragen`, `vragen-beleid`, `vragen-maatwerk` of `lessen`. */
  @property() basis?: string;

  /** Adres van een aanvulling als JSON (van dezelfde herkomst), zie `Aanvulling`. */
  @property({ attribute: 'aanvulling-src' }) aanvullingSrc?: string;

  /** Een aanvulling als object: `{ organisatie, items?, groepen? }`. Gaat vóór `aanvulling-src`. */
  @property({ attribute: false }) aanvulling?: unknown;

  /** Toon één deel van de kaart, met de `sleutel` van dat deel. Leeg: alle delen. */
  @property() deel?: string;

  protected override get kaart(): Kaart {
    return this.geladen ?? LEGE_KAART;
  }

  protected override get deelKeuze() {
    return { attribuut: 'deel', waarde: this.deel };
  }

  protected override willUpdate(veranderd: PropertyValues): void {
    if (['src', 'inhoud', 'basis', 'aanvullingSrc', 'aanvulling'].some((naam) => veranderd.has(naam))) void this.bouw();
    super.willUpdate(veranderd);
  }

  private get woorden() {
    return kaartTeksten(taalVan(this));
  }

  /**
   * Haalt JSON van dezelfde herkomst; geeft de fout als tekst terug in plaats van te gooien. Het adres kan
   * van elk type zijn (een eigenschap): ook een symbool of een object met een gooiende `toString` wordt een melding.
   */
  private async laad(invoer: unknown): Promise<{ json?: unknown; fout?: string; laadfout?: boolean }> {
    const adres = alsTekst(invoer);
    try {
      if (typeof invoer !== 'string') throw new TypeError(this.woorden.geenTekst);
      const url = new URL(adres, document.baseURI);
      if (url.origin !== window.location.origin) return { fout: this.woorden.andereHerkomst(adres) };
      // mode same-origin: ook een doorverwijzing naar een ander domein wordt geweigerd.
      const antwoord = await fetch(url, { credentials: 'same-origin', mode: 'same-origin' });
      if (!antwoord.ok) return { fout: this.woorden.laadfout(adres, `HTTP ${antwoord.status}`), laadfout: true };
      return { json: await antwoord.json() };
    } catch (fout) {
      return { fout: this.woorden.laadfout(adres, alsTekst(fout)), laadfout: true };
    }
  }

  /**
   * Bouwt de kaart en meldt wat er mis is; wat er ook gebeurt, het element blijft niet op „wordt geladen” staan.
   * `opnieuw`: na „Probeer opnieuw”, dat bij een nieuwe mislukking de tijd noemt.
   */
  private async bouw(opnieuw = false): Promise<void> {
    const knopHadFocus = opnieuw && !!this.shadowRoot?.activeElement?.classList.contains('opnieuw');
    const nummer = (this.bouwnummer += 1);
    this.bezig = true;
    let uitkomst: Bouw;
    try {
      uitkomst = await this.bouwKaart();
    } catch (fout) {
      uitkomst = { fouten: [alsTekst(fout)] };
    }
    if (nummer !== this.bouwnummer) return;
    const { kaart, fouten, laadfout = false } = uitkomst;
    this.bezig = false;
    this.laadfout = laadfout;
    this.bouwOpnieuwMislukt = opnieuw && laadfout ? new Date() : undefined;
    this.fouten = fouten;
    this.geladen = fouten.length ? undefined : kaart;
    if (fouten.length) {
      console.warn(`<${this.localName}>: ${fouten.join(' | ')}`);
      this.dispatchEvent(new CustomEvent<FoutDetail>('mw-fout', { detail: { fouten }, bubbles: true, composed: true }));
    }
    if (knopHadFocus) void this.focusNaOpnieuw();
  }

  /** Na „Probeer opnieuw” met de focus op de knop: is de knop weg (het lukte), dan de focus naar de titel. */
  private async focusNaOpnieuw(): Promise<void> {
    await this.updateComplete;
    const titel = this.renderRoot.querySelector<HTMLElement>('#_titel');
    if (!titel || this.renderRoot.querySelector('.opnieuw')) return;
    titel.tabIndex = -1;
    titel.focus();
  }

  private async bouwKaart(): Promise<Bouw> {
    const fouten: string[] = [];
    let kaart: Kaart | undefined;
    let laadfout = false;

    if (this.basis) {
      const basis = typeof this.basis === 'string' ? this.basis.trim().toLowerCase() : undefined;
      const uitBoek = kaarten.find((k) => k.id === basis);
      if (uitBoek) {
        try {
          kaart = structuredClone(await laadKaart(uitBoek.id));
        } catch (fout) {
          fouten.push(`basis: ${this.woorden.tekstNietGeladen(alsTekst(fout))}`);
          laadfout = true;
        }
      } else fouten.push(`basis: ${this.woorden.onbekendeKaart(alsTekst(this.basis), kaarten.map((k) => k.id))}`);
    } else {
      let invoer = this.inhoud;
      if (invoer === undefined && this.src) {
        const { json, fout, laadfout: mislukt } = await this.laad(this.src);
        if (fout) fouten.push(`src: ${fout}`);
        laadfout ||= !!mislukt;
        invoer = json;
      }
      if (invoer !== undefined) {
        const uitkomst = valideerKaart(invoer);
        if (uitkomst.geldig) kaart = uitkomst.kaart;
        else fouten.push(...uitkomst.fouten);
      } else if (!this.src) fouten.push(this.woorden.geenInhoud);
    }

    let aanvulling = this.aanvulling;
    if (aanvulling === undefined && this.aanvullingSrc) {
      const { json, fout, laadfout: mislukt } = await this.laad(this.aanvullingSrc);
      if (fout) fouten.push(`aanvulling-src: ${fout}`);
      laadfout ||= !!mislukt;
      aanvulling = json;
    }
    if (kaart && aanvulling !== undefined) {
      const uitkomst = valideerAanvulling(aanvulling);
      if (!uitkomst.geldig) fouten.push(...uitkomst.fouten.map((fout) => `aanvulling.${fout}`));
      else {
        const plaatsing = metAanvulling(kaart, uitkomst.aanvulling as Aanvulling);
        const samen = valideerKaart(plaatsing.kaart);
        fouten.push(...plaatsing.fouten.map((fout) => `aanvulling.${fout}`));
        if (samen.geldig) kaart = samen.kaart;
        else fouten.push(...samen.fouten.map((fout) => `aanvulling: ${fout}`));
      }
    }
    return { kaart, fouten, laadfout };
  }

  override render(): TemplateResult {
    if (this.geladen) return super.render();
    const teksten = this.woorden;
    return html`<div class="kaart" part="kaart" lang=${taalVan(this)}>
      <div class="meldingen" role="status">
        ${this.fouten.length
          ? html`<div class="melding" part="melding">
              <p>${teksten.kaartNietTeTonen}</p>
              <ul>
                ${this.fouten.map((fout) => html`<li>${fout}</li>`)}
              </ul>
              ${this.bouwOpnieuwMislukt ? html`<p>${teksten.opnieuwMislukt(this.bouwOpnieuwMislukt)}</p>` : nothing}
            </div>`
          : html`<p>${this.bezig ? teksten.kaartLaden : teksten.geenInhoud}</p>`}
      </div>
      ${opnieuwKnopWeergave(this.laadfout && !isServer ? { label: teksten.probeerOpnieuw, actie: () => void this.bouw(true) } : undefined, taalVan(this))}
    </div>`;
  }
}
