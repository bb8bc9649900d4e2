/**
 * Voor de iframe-pagina's in export/iframe/: zet parameters uit het adres als attributen op de kaart,
 * zodat `vragen.html?fase=tijdens` hetzelfde toont als `<mw-vragen-kaart fase="tijdens">`.
 * Alleen de namen die het element zelf in `data-parameters` noemt; de waarde gaat als tekst naar het
 * attribuut (nooit als HTML) en het element controleert haar. Een aan/uit-attribuut (`?compact`) staat aan
 * zodra de parameter er is, met welke waarde ook, zoals in HTML.
 * Een extern script, geen inline script: de pagina werkt met een Content-Security-Policy zonder 'unsafe-inline'.
 */
const adres = new URLSearchParams(window.location.search);
for (const element of document.querySelectorAll('[data-parameters]')) {
  for (const naam of element.getAttribute('data-parameters').split(/\s+/)) {
    if (naam && adres.has(naam)) element.setAttribute(naam, adres.get(naam));
  }
}
