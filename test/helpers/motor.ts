import { executeServerCommand } from '@web/test-runner-commands';

/** De browsermotoren waarin de tests draaien (zie test/plugins/motoren.js). */
export type Motor = 'chromium' | 'firefox' | 'webkit';

/** De motor van deze testrun, zoals de launcher hem kent (niet uit de user agent geraden). */
export const motor: Motor = await executeServerCommand<Motor, undefined>('motor');

/**
 * Een groep tests die alleen in Chromium kan draaien, omdat alleen Chromium hier het nodige biedt (de
 * toegankelijkheidsboom over CDP, afdrukmedia, forced colors en reduced motion emuleren). In Firefox en WebKit wordt
 * de groep niet geregistreerd (niet overgeslagen); de naam zegt dat ze alleen in Chromium draait.
 */
export function describeAlleenChromium(naam: string, tests: () => void): void {
  if (motor === 'chromium') describe(`${naam} (alleen Chromium)`, tests);
}
