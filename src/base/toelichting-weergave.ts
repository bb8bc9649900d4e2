import { html, nothing, type TemplateResult } from 'lit';
import { kop } from '../gedeeld/kop.js';
import type { Kaart } from '../inhoud/kaart.js';
import type { Teksten } from '../teksten.js';
import { voetnotenWeergave } from './voetnoten-weergave.js';

export interface ToelichtingOpties {
  kaart: Kaart;
  niveau: number;
  teksten: Teksten;
  taal: string;
  statisch: boolean;
  open: boolean;
  /** Vlak voor het afdrukken: de tekst in de DOM, ook als de toelichting dicht is (op papier staat ze na de kaart). */
  afdrukken: boolean;
  begrippenOpen: boolean;
  /** De begrippen met hun koppen op dit niveau, als ze openstaan en geladen zijn (ze laden pas als iemand ze opent). */
  begrippen: (niveau: number) => TemplateResult | typeof nothing;
  wissel: () => void;
  wisselBegrippen: () => void;
}

/** Een knop die een blok opent en sluit (toelichting, begrippen), met het openklapteken ervoor. */
function openklapKnop(tekst: string, open: boolean, inhoud: string, taal: string, wissel: () => void, part?: string): TemplateResult {
  return html`<button
    type="button"
    class="toelichting-knop"
    part=${part ?? nothing}
    lang=${taal}
    aria-expanded=${open ? 'true' : 'false'}
    aria-controls=${inhoud}
    @click=${wissel}
  >
    <span class="openklapteken" aria-hidden="true"></span>${tekst}
  </button>`;
}

/** De toelichting bij de kaart uit het boek, met voetnoten, correcties en (inklapbaar) de begrippen. */
export function toelichtingWeergave(o: ToelichtingOpties): TemplateResult {
  const { kaart, niveau, teksten, taal, statisch } = o;
  const { doel = [], toelichting, voetnoten, errata = [], begrippen = [] } = kaart;
  const knop = openklapKnop(teksten.toelichting, o.open, '_toelichting-inhoud', taal, o.wissel, 'toelichting-knop');
  const begrippenKnop = openklapKnop(teksten.begrippen, o.begrippenOpen, '_begrippen-inhoud', taal, o.wisselBegrippen);
  // Dicht is de toelichting alleen haar knop: de tekst komt pas in de DOM als iemand haar opent, of bij het afdrukken.
  const open = statisch || o.open;
  return html`<div class="toelichting" part="toelichting">
    ${kop(niveau, statisch ? teksten.toelichting : knop, { klasse: 'toelichting-titel' })}
    <div id="_toelichting-inhoud" class="toelichting-inhoud" ?hidden=${!open}>
      ${open || o.afdrukken
        ? html`${doel.map((passage) => html`<p class="doel">${passage.tekst}</p>`)}
          ${toelichting.map((alinea) => html`<p>${alinea}</p>`)} ${voetnotenWeergave(voetnoten, teksten)}
          ${errata.map((erratum) => html`<p class="correctie">${teksten.correctie(erratum.gedrukt, erratum.verbeterd)} ${erratum.toelichting}</p>`)}
          ${begrippen.length && !statisch
            ? html`<div class="begrippen-blok" ?data-dicht=${!o.begrippenOpen}>
                ${kop(niveau + 1, begrippenKnop, { klasse: 'toelichting-titel' })}
                <div id="_begrippen-inhoud" class="toelichting-inhoud begrippen-inhoud" ?hidden=${!o.begrippenOpen}>
                  ${o.begrippen(niveau + 2)}
                </div>
              </div>`
            : nothing}`
        : nothing}
    </div>
  </div>`;
}
