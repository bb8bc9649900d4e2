/**
 * `npm run controleer` (en CI, in .ci/run): maakt de gegenereerde bestanden opnieuw (`npm run analyze`: het manifest
 * uit de JSDoc van de elementen, en daaruit de editorgegevens, de JSX- en Vue-typen en de React-ingang) en faalt als
 * er daarna iets anders is dan in Git (staged telt mee). Zo vangt ook een wijziging in alleen JSDoc vóór de commit,
 * en niet pas in CI.
 */
import { execFileSync, spawnSync } from 'node:child_process';

/** De bestanden die `npm run analyze` maakt; de enige plek die ze opsomt. */
const GEGENEREERD = ['custom-elements.json', 'editor/', 'types/', 'src/react/'];

execFileSync('npm', ['run', '--silent', 'analyze'], { stdio: 'inherit' });
const verschil = spawnSync('git', ['diff', '--exit-code', '--stat', '--', ...GEGENEREERD], { stdio: 'inherit' });
if (verschil.status !== 0) {
  console.error(`\n${GEGENEREERD.join(', ')} kloppen niet meer met src/: 'npm run analyze' heeft ze zojuist bijgewerkt; commit ze mee.`);
  process.exit(1);
}
console.log(`${GEGENEREERD.join(', ')} kloppen met src/.`);
