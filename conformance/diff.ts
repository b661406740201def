// `npx tsx conformance/diff.ts [NAME...]`: show every block where the engine disagrees with the kernel.
import { formatDiff, runScenario, scenarioNames } from './harness.ts';

const names = process.argv.length > 2 ? process.argv.slice(2) : scenarioNames();
let blocks = 0;
let agree = 0;
for (const name of names) {
  const r = runScenario(name);
  blocks += r.total;
  agree += r.total - r.diffs.length;
  for (const d of r.diffs) console.log(`${formatDiff(name, d)}\n`);
  if (process.argv.length <= 2)
    console.log(`${r.diffs.length === 0 ? 'ok  ' : 'FAIL'} ${name} (${r.total - r.diffs.length}/${r.total})`);
}
console.log(`${agree}/${blocks} blocks agree`);
