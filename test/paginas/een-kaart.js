// Zet één kaart in de pagina: `?tag=mw-signalen-kaart&toelichting-open` wordt
// <mw-signalen-kaart toelichting-open>. Zo kan een test een kaart in een iframe van een vaste breedte laden,
// een venster van die breedte in elke browser (ook waar het browservenster zelf niet zo smal kan).
const parameters = new URLSearchParams(window.location.search);
const kaart = document.createElement(parameters.get('tag') ?? 'mw-signalen-kaart');
for (const [naam, waarde] of parameters) if (naam !== 'tag') kaart.setAttribute(naam, waarde);
document.body.append(kaart);
