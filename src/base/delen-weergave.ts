import { html, nothing, type TemplateResult } from 'lit';
import { delenLijst } from './delen-lijst.js';
import { delenStand } from './delen-stand.js';
import { sjablonenStuk, tekentMetSjablonen } from './sjablonen-lader.js';
import type { WeergaveContext } from './weergave-context.js';

/**
 * De delen, groepen en items van een kaart in `<div class="delen">`, met de melding als de zoekopdracht niets vond.
 * Wat getoond wordt, beslist `delenStand`; wie het tekent, `tekentMetSjablonen`. De kaart wacht met tekenen tot het
 * stuk met de sjablonen er is als ze het nodig heeft; laadde het niet, dan meldt de kaart dat en tekent de directive
 * de tekst (zonder de knoppen van `markeerbaar`), en blijft server-HTML staan zoals de server haar maakte.
 */
export function delenWeergave(c: WeergaveContext, niveau: number, nietsGevonden: string | undefined): TemplateResult | typeof nothing {
  const delen = delenStand(c, niveau);
  if (tekentMetSjablonen(c)) {
    const sjablonen = sjablonenStuk.module;
    if (sjablonen) return sjablonen.delenSjablonen(c, delen, nietsGevonden);
    // Op de server zonder `laadVooraf()`: geen delen (met een waarschuwing, zie MwElement). In de browser laat een kaart
    // uit server-HTML zonder sjablonen haar HTML staan (`SjablonenLader.magTekenen`); anders tekent de
    // directive de tekst tot de sjablonen er zijn, zonder de knoppen van `markeerbaar`.
    if (c.uitServerHtml) return nothing;
  }
  const { openDicht, roving } = c;
  return html`<div
    class="delen"
    ${delenLijst({
      delen,
      taal: c.taal,
      teksten: c.teksten,
      nietsGevonden,
      wissel: (groep) => openDicht.wissel(groep),
      toets: (groep, gebeurtenis, houder) => roving.toets(groep, gebeurtenis, houder),
      focus: (groep, gebeurtenis) => roving.focus(groep, gebeurtenis),
    })}
  ></div>`;
}
