// `npx tsx conformance/check.ts GOLDEN FRESH`: compares a fresh kernel transcript with the committed
// golden after the normalisation of transcript.ts, prints every block that disagrees and exits 1 if
// any does. record.sh --check calls it once per scenario.
import { readFileSync } from 'node:fs';
import { diffTranscripts, shownOutput } from './transcript.ts';

const [goldenPath, freshPath] = process.argv.slice(2);
if (!goldenPath || !freshPath) {
  console.error('usage: npx tsx conformance/check.ts GOLDEN FRESH');
  process.exit(2);
}

const { total, diffs } = diffTranscripts(readFileSync(goldenPath, 'utf8'), readFileSync(freshPath, 'utf8'));
for (const d of diffs) {
  console.log(`${goldenPath} block ${d.index + 1}: $ ${d.command}`);
  for (const l of shownOutput(d.expected, d.expectedStatus)) console.log(`  golden | ${l}`);
  for (const l of shownOutput(d.actual, d.actualStatus)) console.log(`  fresh  | ${l}`);
}
if (diffs.length > 0) console.log(`${diffs.length} of ${total} blocks differ`);
process.exit(diffs.length > 0 ? 1 : 0);
