/**
 * De woorden van de pagina's om de kaarten heen (titels, navigatie, de index). De woorden van de kaarten
 * zelf komen uit src/teksten.ts (gebouwd: dist/esm/src/teksten.js) en de kaarttekst uit content/.
 */
export const paginaTeksten = {
  site: 'Denkhulp maatwerk',
  titel: (...delen) => [...delen, 'Denkhulp maatwerk'].join(' – '),
  heleKaart: 'Hele kaart',
  delenVan: (kaart) => `Delen van de ${kaart}`,
  meer: 'Meer',
  alleKaarten: 'Alle kaarten',
  indexTitel: 'Denkhulp maatwerk: de kaarten als gewone webpagina’s',
  indexInleiding:
    'De kaarten uit het boek Helder denken over maatwerk als pagina’s zonder JavaScript: om te lezen, af te drukken ' +
    'en te doorzoeken. Elke kaart staat er in haar geheel en per deel.',
  indexIframe:
    'Voor een CMS dat alleen een iframe toestaat is er per kaart ook een pagina met JavaScript, die een deel kiest ' +
    'met een parameter in het adres, zoals ?fase=tijdens.',
  metJavaScript: (attribuut) => `Voor een iframe, met JavaScript (kies een deel met ?${attribuut}=…)`,
  zonderJavaScript: 'Deze kaart heeft JavaScript nodig. Dezelfde kaart als gewone pagina, zonder JavaScript:',
};
