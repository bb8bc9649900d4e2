/**
 * Het verslag van één voorbeeldcasus, voor de verhalen van `<mw-verslag>` en `<mw-denkhulp>`: alleen item-ids,
 * notities en een afweging in eigen woorden. De zinnen van de kaarten komen uit content/, zoals altijd.
 */
export const voorbeeldverslag = {
  versie: 1,
  datum: '2026-12-07',
  kaarten: [
    { kaart: 'signalen', titel: 'Signalenkaart', markeringen: [{ item: 'signalen-bijzondere-vraag-1', notitie: 'Vraagt om spoed: huurachterstand.' }] },
    { kaart: 'argumenten', titel: 'Argumentenkaart', markeringen: [{ item: 'argumenten-grip-1', notitie: '' }, { item: 'argumenten-teleurstellingen-1', notitie: 'Wachttijd jeugdhulp.' }] },
    { kaart: 'vragen', titel: 'Vragenkaart', markeringen: [{ item: 'vragen-aanleiding-1', notitie: 'Via de wijkcoach.' }] },
  ],
  afweging: 'Eerst de huurachterstand oplossen; de jeugdhulp loopt parallel. Besproken in het teamoverleg.',
};
