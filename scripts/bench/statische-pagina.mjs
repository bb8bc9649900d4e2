/**
 * De natuurkundige ondergrens: dezelfde zichtbare tekst als een kaart (titel, centrale vraag, de zin over
 * de afvinklijst, koppen van delen, kanten en groepen, de items en de bron) als gewone HTML met eenvoudige
 * CSS, gemaakt uit de inhoud in content/*.json. Geen script, geen shadow DOM, geen knoppen.
 */

/** Escapet tekst voor HTML. */
const tekst = (waarde) => String(waarde).replace(/[&<>"']/g, (teken) => `&#${teken.charCodeAt(0)};`);

/** Eenvoudige opmaak die lijkt op de kaarten: een kader, koppen, lijsten, kolommen op brede schermen. */
export const STATISCHE_CSS = `
body { margin: 0; padding: 1rem; font-family: system-ui, sans-serif; line-height: 1.5; color: #1b1b1b; }
.kaart { container-type: inline-size; border: 1px solid #b4b4b4; border-block-start: 0.5rem solid #01689b; border-radius: 0.25rem; padding: 1rem; margin-block-end: 1.5rem; }
.titel { color: #01689b; margin: 0 0 0.5rem; font-size: 1.6rem; }
.vraag { font-size: 1.2rem; margin: 0.5rem 0; }
.geen-afvinklijst { font-style: italic; border-inline-start: 0.25rem solid #01689b; padding-inline-start: 0.5rem; }
.delen { display: grid; gap: 1rem; }
@container (min-width: 40rem) { .delen { grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); } }
.groep { background: #f3f3f3; border-radius: 0.25rem; padding: 0.5rem; margin-block: 0.5rem; }
.items { margin: 0; padding-inline-start: 1.25rem; }
.item { margin-block: 0.25rem; }
.bron { font-size: 0.875rem; color: #535353; }
`;

/** Dezelfde bronregel als de kaarten (`teksten.bron` in src/teksten.ts). */
function bronregel(bron) {
  return [
    `Bron: ${bron.uitgever}, ${bron.titel} (${bron.jaar})`,
    bron.opdrachtgever ? `, in opdracht van ${bron.opdrachtgever}` : '',
    bron.pagina ? `, pagina ${bron.pagina}` : '',
    '.',
  ].join('');
}

function groepHtml(groep, niveau) {
  const items = groep.items.map((item) => `<li class="item">${tekst(item.tekst)}</li>`).join('');
  return `<div class="groep"><h${niveau}>${tekst(groep.titel)}</h${niveau}><ul class="items">${items}</ul></div>`;
}

function deelHtml(kaart, deel) {
  const titel = deel.nummer ? `Stap ${deel.nummer}: ${deel.titel}` : deel.titel;
  const groepen = kaart.kanten
    ? kaart.kanten
        .map((kant) => {
          const vanKant = deel.groepen.filter((groep) => groep.kant === kant.id);
          return vanKant.length ? `<div class="kant"><h5>${tekst(kant.titel)}</h5>${vanKant.map((g) => groepHtml(g, 6)).join('')}</div>` : '';
        })
        .join('')
    : groepenInVolgorde(kaart, deel).map((g) => groepHtml(g, 5)).join('');
  return `<div class="deel"><h4>${tekst(titel)}</h4>${groepen}</div>`;
}

/** Eén kaart als statische HTML, met dezelfde zichtbare tekst als het element. */
export function statischeKaart(kaart) {
  return [
    `<section class="kaart" aria-labelledby="titel-${kaart.id}">`,
    `<h2 class="titel" id="titel-${kaart.id}">${tekst(kaart.titel)}</h2>`,
    `<h3 class="vraag">${tekst(kaart.vraag)}</h3>`,
    kaart.geenAfvinklijst ? `<p class="geen-afvinklijst">${tekst(kaart.geenAfvinklijst.tekst)}</p>` : '',
    `<div class="delen">${kaart.delen.map((deel) => deelHtml(kaart, deel)).join('')}</div>`,
    `<p class="bron">${tekst(bronregel(kaart.bron))}</p>`,
    '</section>',
  ].join('');
}

/** De groepen van een deel in de volgorde op het scherm: op een kaart met kanten eerst de ene kant, dan de andere. */
const groepenInVolgorde = (kaart, deel) =>
  kaart.kanten ? kaart.kanten.flatMap((kant) => deel.groepen.filter((groep) => groep.kant === kant.id)) : deel.groepen;

/** Alle items van een kaart, in de volgorde op het scherm. */
export const itemsVan = (kaart) => kaart.delen.flatMap((deel) => groepenInVolgorde(kaart, deel).flatMap((groep) => groep.items));
