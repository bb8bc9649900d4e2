export const dompurifyInstellingen = {
  // Route 1: de tags van de kaarten, met alleen hun eigen attributen.
  CUSTOM_ELEMENT_HANDLING: {
    tagNameCheck: /^(mw-(signalen|argumenten|vragen|vragen-beleid|vragen-maatwerk|lessen)-kaart|mw-begrippen)$/,
    attributeNameCheck:
      /^(kant|thema|fase|stap|doelgroep|heading-level|toelichting-open|compact|markeerbaar|toon|statisch|zonder-zoeken|zonder-afdrukken|zonder-gespreksmodus)$/,
    allowCustomizedBuiltInElements: false,
  },
  // Route 2 (<div data-mw-kaart>) vraagt niets zolang ALLOW_DATA_ATTR aan staat (de standaard).
};
