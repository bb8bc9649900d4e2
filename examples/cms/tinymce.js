/** De attributen die elke kaart kent, naast het keuze-attribuut van de kaart zelf. */
const algemeen = 'heading-level|toelichting-open|compact|markeerbaar|toon|statisch|zonder-zoeken|zonder-afdrukken|zonder-gespreksmodus';

export const tinymceInstellingen = {
  license_key: 'gpl', // of de sleutel van jullie licentie
  // Route 1: de tags van de kaarten zijn blokken (zonder ~ ervoor) ...
  custom_elements:
    'mw-signalen-kaart,mw-argumenten-kaart,mw-vragen-kaart,mw-vragen-beleid-kaart,mw-vragen-maatwerk-kaart,mw-lessen-kaart,mw-begrippen',
  // ... met alleen hun eigen attributen.
  extended_valid_elements: [
    `mw-signalen-kaart[kant|${algemeen}]`,
    `mw-argumenten-kaart[thema|${algemeen}]`,
    `mw-vragen-kaart[fase|${algemeen}]`,
    `mw-vragen-beleid-kaart[stap|${algemeen}]`,
    `mw-vragen-maatwerk-kaart[stap|${algemeen}]`,
    `mw-lessen-kaart[doelgroep|${algemeen}]`,
    'mw-begrippen[heading-level]',
  ].join(','),
  // Route 2 (<div data-mw-kaart>) vraagt niets: TinyMCE laat data-attributen op een div staan.
};
