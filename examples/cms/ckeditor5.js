import { Essentials, GeneralHtmlSupport, Paragraph, SourceEditing } from 'ckeditor5';

/** De attributen van de kaarten: het keuze-attribuut van elke kaart en de algemene attributen. */
const attributen = [
  'kant', 'thema', 'fase', 'stap', 'doelgroep',
  'heading-level', 'toelichting-open', 'compact', 'markeerbaar', 'toon', 'statisch',
  'zonder-zoeken', 'zonder-afdrukken', 'zonder-gespreksmodus',
];

export const ckeditorInstellingen = {
  licenseKey: 'GPL', // of de sleutel van jullie licentie
  plugins: [Essentials, Paragraph, GeneralHtmlSupport, SourceEditing /* , de plugins die jullie al gebruiken */],
  toolbar: ['sourceEditing'],
  htmlSupport: {
    allow: [
      // Zet de ondersteuning voor custom elements van GHS aan; zonder deze regel verdwijnt elke mw-tag.
      { name: '$customElement' },
      // Route 1: de tags van de kaarten, met alleen hun eigen attributen.
      {
        name: /^(mw-(signalen|argumenten|vragen|vragen-beleid|vragen-maatwerk|lessen)-kaart|mw-begrippen)$/,
        attributes: attributen,
      },
      // Route 2: <div data-mw-kaart="…" data-…>.
      { name: 'div', attributes: ['data-mw-kaart', ...attributen.map((naam) => `data-${naam}`)] },
    ],
  },
};
