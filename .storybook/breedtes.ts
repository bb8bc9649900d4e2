/**
 * De breedtes van de knop „Breedte” in de werkbalk: de plekken waar een kaart echt staat. De kaart kijkt naar haar
 * eigen breedte (container queries), dus een vak van die breedte laat zien wat een gebruiker daar ziet.
 */
export const BREEDTES = [
  { id: 'zijbalk-280', titel: 'Zijbalk van een zaaksysteem, 280 px', pixels: 280 },
  { id: 'zijbalk-320', titel: 'Zijbalk van een zaaksysteem, 320 px', pixels: 320 },
  { id: 'intranetkolom', titel: 'Kolom van een intranetpagina, 720 px', pixels: 720 },
  { id: 'gedeeld-scherm', titel: 'Gedeeld scherm (full-hd), 1920 px', pixels: 1920 },
] as const;
