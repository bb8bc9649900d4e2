import { addons } from 'storybook/manager-api';

addons.setConfig({
  /**
   * Zonder de zoomknop: het menu daarvan heeft in Storybook 10 geen toegankelijke naam en meldt dat bij elk bezoek
   * in de console. Zoomen kan de browser zelf.
   */
  toolbar: { zoom: { hidden: true } },
});
