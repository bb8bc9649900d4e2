/**
 * Reporter die na de run één regel drukt: "Tests: N passed, N failed, N skipped".
 * Zo leest ook een CI die Web Test Runner niet kent hoeveel tests er draaiden.
 */
function tel(suite, telling) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) telling.skipped += 1;
    else if (test.passed) telling.passed += 1;
    else telling.failed += 1;
  }
  for (const kind of suite?.suites ?? []) tel(kind, telling);
}

export function tellingReporter() {
  let telling;
  return {
    onTestRunFinished({ sessions }) {
      telling = { passed: 0, failed: 0, skipped: 0 };
      for (const sessie of sessions) {
        tel(sessie.testResults, telling);
        // Een testbestand dat niet kon laden, telt als mislukt.
        if (!sessie.passed && (sessie.errors?.length ?? 0) > 0) telling.failed += 1;
      }
    },
    // Als allerlaatste regel, na de voortgangsweergave en de samenvatting van Web Test Runner.
    stop() {
      process.once('exit', () => {
        if (telling) process.stdout.write(`Tests: ${telling.passed} passed, ${telling.failed} failed, ${telling.skipped} skipped\n`);
      });
    },
  };
}
