import sanitizeHtml from 'sanitize-html';

/** De attributen die elke kaart kent, naast het keuze-attribuut van de kaart zelf. */
const algemeen = [
  'heading-level', 'toelichting-open', 'compact', 'markeerbaar', 'toon', 'statisch',
  'zonder-zoeken', 'zonder-afdrukken', 'zonder-gespreksmodus',
];

export const sanitizeHtmlInstellingen = {
  allowedTags: [
    ...sanitizeHtml.defaults.allowedTags,
    // Route 1: de tags van de kaarten.
    'mw-signalen-kaart', 'mw-argumenten-kaart', 'mw-vragen-kaart', 'mw-vragen-beleid-kaart',
    'mw-vragen-maatwerk-kaart', 'mw-lessen-kaart', 'mw-begrippen',
  ],
  allowedAttributes: {
    ...sanitizeHtml.defaults.allowedAttributes,
    'mw-signalen-kaart': ['kant', ...algemeen],
    'mw-argumenten-kaart': ['thema', ...algemeen],
    'mw-vragen-kaart': ['fase', ...algemeen],
    'mw-vragen-beleid-kaart': ['stap', ...algemeen],
    'mw-vragen-maatwerk-kaart': ['stap', ...algemeen],
    'mw-lessen-kaart': ['doelgroep', ...algemeen],
    'mw-begrippen': ['heading-level'],
    // Route 2: <div data-mw-kaart="…" data-…>.
    div: ['data-mw-kaart', ...['kant', 'thema', 'fase', 'stap', 'doelgroep', ...algemeen].map((naam) => `data-${naam}`)],
  },
};
