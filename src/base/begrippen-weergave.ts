import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Begrippen } from '../inhoud/begrippen.js';
import type { Teksten } from '../teksten.js';
import { kop } from '../gedeeld/kop.js';
import { voetnotenWeergave } from './voetnoten-weergave.js';

/**
 * Een balk voor een percentage, als SVG: de breedte staat in een attribuut, niet in een inline style,
 * zodat ook een pagina met een strenge CSP (`style-src 'self'`) hem toont. Puur decoratie: het getal staat ernaast als tekst.
 */
const balk = (procent: number) =>
  html`<svg class="balk" aria-hidden="true" focusable="false" viewBox="0 0 100 10" preserveAspectRatio="none">
    ${svg`<rect class="vulling" width=${procent} height="10"></rect>`}
  </svg>`;

/**
 * De begrippen uit het boek (pagina 6 en 7): de omschrijvingen als definitielijst en de tabel
 * met de drie typen dienstverlening, met de percentages als tekst én als balk. Gedeeld door
 * `<mw-begrippen>` en de toelichting van de kaarten.
 */
export function begrippenWeergave(begrippen: Begrippen, niveau: number, teksten: Teksten): TemplateResult {
  const { dienstverlening } = begrippen;
  return html`<div class="begrippen">
    ${kop(niveau, begrippen.vraag, { klasse: 'begrippen-vraag' })}
    ${begrippen.inleiding.map((alinea) => html`<p>${alinea}</p>`)}
    <dl class="begrippenlijst">
      ${begrippen.begrippen.map(
        (begrip) => html`<div class="begrip" id=${begrip.id}>
          <dt>${begrip.term}</dt>
          ${begrip.tekst.map((alinea) => html`<dd>${alinea}</dd>`)}
        </div>`,
      )}
    </dl>
    <figure class="dienstverlening">
      <figcaption>
        ${kop(niveau, dienstverlening.titel, { klasse: 'dienstverlening-titel' })}
        <p>${dienstverlening.toelichting}</p>
      </figcaption>
      <table>
        <thead>
          <tr>
            <th scope="col">${dienstverlening.kolommen.type}</th>
            <th scope="col">${dienstverlening.kolommen.omschrijving}</th>
            <th scope="col">${dienstverlening.kolommen.aandeel}</th>
          </tr>
        </thead>
        <tbody>
          ${dienstverlening.typen.map(
            (type) => html`<tr id=${type.id}>
              <th scope="row">
                ${type.naam}${type.ondertitel ? html` <span class="ondertitel">${type.ondertitel}</span>` : nothing}
              </th>
              <td>
                <ul>
                  ${type.omschrijving.map((regel) => html`<li>${regel}</li>`)}
                </ul>
              </td>
              <td class="aandeel">
                <span class="aandeel-tekst">${type.aandeel}</span>
                ${balk(type.procent)}
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
    </figure>
    ${voetnotenWeergave(begrippen.voetnoten, teksten)}
  </div>`;
}
