import { addons } from 'storybook/manager-api';

addons.setConfig({
  /**
   * Zonder de zoomknop: het menu daarvan heeft in Storybook 10 geen toegankelijke naam en meldt dat bij elk bezoek
   * in de console. Breedtes kies je met de knop „Breedte” (de zijbalk van 280 of 320 px, een intranetkolom of een
   * gedeeld scherm); zoomen kan de browser zelf.
   */
  toolbar: { zoom: { hidden: true } },
});
