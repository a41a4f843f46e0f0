// Reads vitest's JSON results for .ci/run.
//   node .ci/results.mjs unfinished <results.json>
//     prints the test files a dead worker left with tests still pending (none failed), or nothing
//   node .ci/results.mjs summary <results.json>[,<again.json>] ...
//     prints "N passed, M failed" over every suite; the files of <again.json> (run once more)
//     replace their first results; a test left pending counts as failed, so does a file that failed
//     without a failed test (it did not load); exits 1 when something failed or nothing ran
import fs from 'node:fs';
import path from 'node:path';

const [mode, ...files] = process.argv.slice(2);
const read = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

if (mode === 'unfinished') {
  const r = read(files[0]);
  if (r.numFailedTests > 0) process.exit(0);
  const pending = r.testResults.filter((f) => f.assertionResults.some((a) => a.status === 'pending'));
  console.log(pending.map((f) => path.relative(process.cwd(), f.name)).join(' '));
  process.exit(0);
}

let passed = 0;
let failed = 0;
for (const suite of files) {
  const [first, ...again] = suite.split(',');
  if (!first || !fs.existsSync(first)) {
    failed++;
    continue;
  }
  const byFile = new Map(read(first).testResults.map((f) => [f.name, f]));
  for (const file of again) {
    if (!fs.existsSync(file)) {
      failed++;
      continue;
    }
    for (const f of read(file).testResults) byFile.set(f.name, f);
  }
  for (const { status, assertionResults: tests } of byFile.values()) {
    for (const t of tests) {
      if (t.status === 'passed') passed++;
      else if (t.status === 'failed' || t.status === 'pending') failed++;
    }
    // A file that failed with no test failed (it could not even load) counts once.
    if (status === 'failed' && !tests.some((t) => t.status === 'failed')) failed++;
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(passed === 0 || failed > 0 ? 1 : 0);
