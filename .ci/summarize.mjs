// Sums Vitest and Playwright JSON reports into the line CI ends with.
// A missing or unreadable report counts as one failure: a suite that crashed must not look green.
import { readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
let broken = false;

for (const file of process.argv.slice(2)) {
  let report;
  try {
    report = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    console.error(`summary: no readable report at ${file}`);
    failed += 1;
    broken = true;
    continue;
  }
  if (report.stats) {
    passed += report.stats.expected + (report.stats.flaky ?? 0);
    failed += report.stats.unexpected;
    skipped += report.stats.skipped;
    if (report.errors?.length) {
      failed += report.errors.length;
      broken = true;
    }
  } else {
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + (report.numTodoTests ?? 0);
    if (!report.success && report.numFailedTests === 0) {
      failed += 1;
      broken = true;
    }
  }
}

console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 || broken ? 1 : 0;
