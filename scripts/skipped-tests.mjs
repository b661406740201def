// Lists the tests a Playwright JSON report marks as skipped, one per line with the reason the test
// gave (test.skip(condition, reason)), so `npm test` can say what it did not check.
//   usage: node scripts/skipped-tests.mjs REPORT.json

import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const report = JSON.parse(readFileSync(process.argv[2], 'utf8'));
// Spec files are named relative to the test directory; say them relative to the project.
const where = (file) => relative(process.cwd(), join(report.config?.rootDir ?? '', file));
const lines = [];
const walk = (suite, titles) => {
  for (const spec of suite.specs ?? [])
    for (const t of spec.tests ?? [])
      if (t.status === 'skipped') {
        const why = t.annotations?.find((a) => a.type === 'skip')?.description;
        lines.push(
          `${where(spec.file)}:${spec.line} › ${[...titles, spec.title].join(' › ')}${why ? ` (${why})` : ''}`,
        );
      }
  for (const s of suite.suites ?? []) walk(s, [...titles, s.title]);
};
for (const s of report.suites ?? []) walk(s, []);
for (const l of lines) console.log(l);
