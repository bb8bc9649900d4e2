/**
 * Het zaaksysteem beslist wat bewaard wordt, niet de kaart. Hier: per casus en per kaart de laatste lijst
 * markeringen uit `mw-markering`, in het geheugen van de pagina (een Map). Geen localStorage, geen cookies,
 * geen netwerk: een echt zaaksysteem zou hier zijn eigen dossier-API aanroepen.
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

/** casus-id → (kaart-id → markeringen) */
const markeringenPerCasus = new Map();

const keuze = document.getElementById('casus');
const titel = document.getElementById('casustitel');
const omschrijving = document.getElementById('casusomschrijving');
const dossier = document.getElementById('dossier');
const melding = document.getElementById('melding');
let casus = keuze.value;

/** `mw-signalen-kaart` → `signalen`, zoals `detail.kaart` in de gebeurtenis. */
const kaartId = (element) => element.localName.replace(/^mw-/, '').replace(/-kaart$/, '');
const kaartenInZijbalk = () => [...document.querySelectorAll('aside [markeerbaar]')];

function bewaard(casusId) {
  if (!markeringenPerCasus.has(casusId)) markeringenPerCasus.set(casusId, new Map());
  return markeringenPerCasus.get(casusId);
}

/** Toont wat het zaaksysteem voor deze casus bewaart: de gemarkeerde zinnen met hun notitie (als tekst, nooit als HTML). */
function toonDossier() {
  const lijst = [...bewaard(casus).values()].flat();
  if (lijst.length === 0) {
    const leeg = document.createElement('p');
    leeg.textContent = 'Nog niets gemarkeerd op de kaart.';
    dossier.replaceChildren(leeg);
    return;
  }
  const ul = document.createElement('ul');
  for (const markering of lijst) {
    const li = document.createElement('li');
    li.dataset.item = markering.item;
    li.textContent = markering.notitie ? `${markering.tekst} (notitie: ${markering.notitie})` : markering.tekst;
    ul.append(li);
  }
  dossier.replaceChildren(ul);
}

// Elke wijziging door de gebruiker komt hier binnen (de gebeurtenis bubbelt en gaat door shadow roots heen).
document.addEventListener('mw-markering', (gebeurtenis) => {
  const { kaart, markeringen } = gebeurtenis.detail;
  bewaard(casus).set(kaart, markeringen);
  toonDossier();
});

// Bij een andere casus zet het zaaksysteem zijn eigen stand terug; toewijzen vuurt geen mw-markering.
keuze.addEventListener('change', async () => {
  casus = keuze.value;
  titel.textContent = casussen[casus].titel;
  omschrijving.textContent = casussen[casus].omschrijving;
  for (const element of kaartenInZijbalk()) {
    await customElements.whenDefined(element.localName);
    element.markeringen = bewaard(casus).get(kaartId(element)) ?? [];
  }
  toonDossier();
  melding.textContent = `${casussen[casus].titel} geopend; de markeringen van deze casus staan weer op de kaart.`;
});

omschrijving.textContent = casussen[casus].omschrijving;
toonDossier();
