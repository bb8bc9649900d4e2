/**
 * Reporter die na de run per browsermotor één regel drukt, "Chromium: N passed, N failed", en als allerlaatste
 * regel het totaal: "N passed, N failed". Zo leest ook een CI die Web Test Runner niet kent hoeveel tests er
 * draaiden (.ci/run). Overgeslagen tests horen er niet te zijn; zijn ze er toch, dan staan ze erbij (", N skipped").
 */
function tel(suite, telling) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) telling.skipped += 1;
    else if (test.passed) telling.passed += 1;
    else telling.failed += 1;
  }
  for (const kind of suite?.suites ?? []) tel(kind, telling);
}

const regel = ({ passed, failed, skipped }) => `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;

export function tellingReporter() {
  let perMotor;
  return {
    onTestRunFinished({ sessions }) {
      perMotor = new Map();
      for (const sessie of sessions) {
        const naam = sessie.browser.name;
        if (!perMotor.has(naam)) perMotor.set(naam, { passed: 0, failed: 0, skipped: 0 });
        const telling = perMotor.get(naam);
        tel(sessie.testResults, telling);
        // Een testbestand dat niet kon laden, telt als mislukt.
        if (!sessie.passed && (sessie.errors?.length ?? 0) > 0) telling.failed += 1;
      }
    },
    // Als allerlaatste regels, na de voortgangsweergave en de samenvatting van Web Test Runner.
    stop() {
      process.once('exit', () => {
        if (!perMotor) return;
        const totaal = { passed: 0, failed: 0, skipped: 0 };
        for (const [naam, telling] of perMotor) {
          process.stdout.write(`${naam}: ${regel(telling)}\n`);
          for (const sleutel of Object.keys(totaal)) totaal[sleutel] += telling[sleutel];
        }
        process.stdout.write(`${regel(totaal)}\n`);
      });
    },
  };
}
