// Laadt modules zoals een npm-gebruiker ze importeert: via de naam van het pakket en de
// `exports` in package.json. (JavaScript, zodat tsc niet naar de nog te bouwen dist/ kijkt.)
export const laadVragenKaart = () => import('maatwerk-kaarten/vragen-kaart.js');
export const laadHoofdingang = () => import('maatwerk-kaarten');
export const laadKaartschema = () => import('maatwerk-kaarten/kaart.schema.js');
