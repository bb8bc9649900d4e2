import { tekstStuk } from '../inhoud/laad-inhoud.js';
import { kaarten } from '../kaarten.js';

/**
 * Alleen voor de drop-in-bundel, als tweede import van src/mw-kaarten.ts (na het verzoek om de hydratieondersteuning):
 * de tekst van elke kaart uit het boek waarvan de tag al in de pagina staat, begint te laden voordat de rest van de
 * bundel uitgevoerd is (de elementen, hun eerste update). Zo loopt het ophalen van die stukken gelijk op met het
 * uitvoeren van de bundel, in plaats van erna. Wat niet laadt, meldt de kaart zelf (`OpAanvraag.laadVoorWeergave`
 * wijst nooit af).
 */
function laadTekstenVooruit(): void {
  if (typeof document === 'undefined') return;
  for (const kaart of kaarten) if (document.querySelector(kaart.tag)) void tekstStuk(kaart.id)?.laadVoorWeergave();
}

laadTekstenVooruit();
