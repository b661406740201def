// The fuzz figures `npm run bench` prints (conformance/fuzz.ts): mutated scripts and random labs run
// as the product runs them (trace on, real defaults), each world exported and the export replayed.
// Counts crashes, internal errors and exports that fail to replay (target 0 / 0 / 0), and the worst
// single script's time and heap growth. FUZZ_MUTATED and FUZZ_LABS set the counts (10,000 and 3,000).
// Alone: npx tsx bench/fuzz.ts

import { performance } from 'node:perf_hooks';
import { corpus, type FuzzOutcome, fuzzScript, mutatedScript } from '../conformance/fuzz.ts';
import { randomLab } from '../conformance/labs.ts';
import { load1, median } from './stats.ts';

const fmt = (x: number) => Math.round(x).toLocaleString('en-US');

export function fuzzFigures(
  mutated = Number(process.env.FUZZ_MUTATED ?? 10_000),
  labs = Number(process.env.FUZZ_LABS ?? 3_000),
): void {
  const scripts = corpus();
  const loads = [load1()];
  const t0 = performance.now();
  const times: number[] = [];
  const failures: string[] = [];
  let crashes = 0;
  let internal = 0;
  let exportFails = 0;
  let worst = { ms: 0, what: '' };
  let worstHeap = { bytes: 0, what: '' };
  const count = (what: string, r: FuzzOutcome) => {
    times.push(r.ms);
    if (r.ms > worst.ms) worst = { ms: r.ms, what };
    if (r.heap > worstHeap.bytes) worstHeap = { bytes: r.heap, what };
    if (r.crash) crashes++;
    if (r.internal) internal++;
    if (r.exportFail) exportFails++;
    const problem = r.crash ?? r.internal ?? r.exportFail;
    if (problem && failures.length < 5)
      failures.push(`  ${what}: ${problem.split('\n').slice(0, 2).join(' / ')}`);
  };
  for (let seed = 1; seed <= mutated; seed++)
    count(`mutatedScript(${seed})`, fuzzScript(mutatedScript(seed, scripts).join('\n'), true));
  for (let seed = 1; seed <= labs; seed++)
    count(`randomLab(${seed}, 60)`, fuzzScript(randomLab(seed, 60).join('\n'), true));
  loads.push(load1());
  const secs = (performance.now() - t0) / 1000;
  console.log(
    `fuzz: ${fmt(mutated)} mutated scripts and ${fmt(labs)} random labs, each run, exported and the export replayed (worlds compared, learned neighbours and FDB entries aside): ` +
      `${crashes} crashes / ${internal} internal errors / ${exportFails} exports that fail to replay (target 0 / 0 / 0); ` +
      `per script median ${median(times).toFixed(1)} ms, worst ${fmt(worst.ms)} ms (${worst.what}), ` +
      `worst heap growth ${(worstHeap.bytes / 2 ** 20).toFixed(1)} MB (${worstHeap.what}); ${secs.toFixed(0)} s in all, load ${loads.map((l) => l.toFixed(1)).join('–')}`,
  );
  for (const f of failures) console.log(f);
}

if (import.meta.url === `file://${process.argv[1]}`) fuzzFigures();
