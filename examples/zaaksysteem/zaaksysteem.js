/**
 * Het zaaksysteem beslist wat bewaard wordt, niet de denkhulp. Hier: per casus het laatste verslag uit `mw-verslag`
 * (de markeringen en notities op alle kaarten, en de afweging), in het geheugen van de pagina (een Map). Geen
 * localStorage, geen cookies, geen netwerk: een echt zaaksysteem zou hier zijn eigen dossier-API aanroepen, en het
 * verslag als JSON (content/verslag.schema.json) bij de zaak bewaren.
 */
const casussen = {
  '2026-0415': {
    titel: 'Casus 2026-0415',
    omschrijving: 'Een gezin met schulden en een lopende aanvraag voor jeugdhulp; de regels van twee loketten botsen.',
  },
  '2026-0522': {
    titel: 'Casus 2026-0522',
    omschrijving: 'Een inwoner vraagt een woningaanpassing die net buiten de standaardvoorzieningen valt.',
  },
};

/** casus-id → het laatste verslag van die casus */
const verslagPerCasus = new Map();

/** Een casus zonder verslag: niets gemarkeerd, geen afweging. */
const leegVerslag = () => ({ versie: 1, datum: new Date().toISOString().slice(0, 10), kaarten: [], afweging: '' });

const keuze = document.getElementById('casus');
const titel = document.getElementById('casustitel');
const omschrijving = document.getElementById('casusomschrijving');
const dossier = document.getElementById('dossier');
const melding = document.getElementById('melding');
const denkhulp = document.querySelector('mw-denkhulp');
let casus = keuze.value;

/** Een element met tekst (nooit als HTML: wat uit het verslag komt, is tekst). */
function met(tag, tekst) {
  const element = document.createElement(tag);
  element.textContent = tekst;
  return element;
}

/** Toont wat het zaaksysteem voor deze casus bewaart: per kaart de gemarkeerde zinnen met hun notitie, en de afweging. */
function toonDossier() {
  const verslag = verslagPerCasus.get(casus) ?? leegVerslag();
  const inhoud = [];
  if (verslag.kaarten.length === 0) inhoud.push(met('p', 'Nog niets gemarkeerd op de kaarten.'));
  for (const kaart of verslag.kaarten) {
    inhoud.push(met('h3', kaart.titel));
    const lijst = document.createElement('ul');
    for (const markering of kaart.markeringen) {
      const regel = met('li', markering.notitie ? `${markering.tekst} (notitie: ${markering.notitie})` : markering.tekst);
      regel.dataset.item = markering.item;
      lijst.append(regel);
    }
    inhoud.push(lijst);
  }
  inhoud.push(met('h3', 'Afweging'), met('p', verslag.afweging || 'Nog niet ingevuld.'));
  inhoud.at(-1).id = 'afweging';
  dossier.replaceChildren(...inhoud);
}

// Elke wijziging door de gebruiker komt hier binnen, met het hele verslag (de gebeurtenis gaat door shadow roots heen).
document.addEventListener('mw-verslag', (gebeurtenis) => {
  verslagPerCasus.set(casus, gebeurtenis.detail);
  toonDossier();
});

// Bij een andere casus zet het zaaksysteem het verslag van die casus in één keer terug; toewijzen vuurt niets.
keuze.addEventListener('change', async () => {
  casus = keuze.value;
  titel.textContent = casussen[casus].titel;
  omschrijving.textContent = casussen[casus].omschrijving;
  await customElements.whenDefined('mw-denkhulp');
  denkhulp.verslag = verslagPerCasus.get(casus) ?? leegVerslag();
  toonDossier();
  melding.textContent = `${casussen[casus].titel} geopend; de markeringen, notities en afweging van deze casus staan weer in de zijbalk.`;
});

omschrijving.textContent = casussen[casus].omschrijving;
toonDossier();
