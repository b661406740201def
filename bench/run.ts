// npm run bench: what the product runs (the trace on, the real defaults), printed as figures; no
// assertion on time (the machine is shared: timings vary 2×, so figures are medians, each with the
// 1-minute load it was measured under, and CPU time beside wall time). BENCH_REPEATS=N sets the
// repeats of the scaling runs (5 at 1,000 namespaces, half as many at 5,000).
//   - the trace log's cost per event at 10^5 and 10^6 events (trace-cost.ts)
//   - `netns-lab run /dev/null`: the CLI's start-up, through bin/ as a user runs it
//   - scaling (scale.ts, bundled, one process per run for its peak RSS): 1,000 and 5,000 namespaces
//     with one ping each, events/s, time(5000)/time(1000), bytes per kept trace event, bytes
//     allocated per event with the trace on and off
//   - docker run -p with a port range, per published port at 1,000 and 4,000 ports (docker-ports.ts)
//   - the step view's worker: a cache miss at 1,000 namespaces, from scratch and from the spare
//     replay run ahead in idle time (step-replay.ts)
//   - the same kind of script on the real kernel, one process per command (kernel.ts, root only)
//   - the browser figures (bench/ui-*.spec.ts, as `npm run bench:ui` prints them)

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { dockerPortsFigures } from './docker-ports.ts';
import { fuzzFigures } from './fuzz.ts';
import { kernelComparison } from './kernel.ts';
import { childCpuMs, load1, loadNote, mb, median, secs } from './stats.ts';
import { stepReplayFigures } from './step-replay.ts';
import { traceCost } from './trace-cost.ts';

const root = join(import.meta.dirname, '..');
const repeats = Number(process.env.BENCH_REPEATS ?? 5);
const fmt = (x: number) => Math.round(x).toLocaleString('en-US');

console.log(
  `netns-lab bench: ${os.cpus().length} cores, Node ${process.version}; medians; "load" is the 1-minute load average while measuring (above ${os.cpus().length}, other work was waiting for the cores)\n`,
);

// --- the trace log ---------------------------------------------------------------------------
{
  traceCost(100_000); // warm-up
  const l = [load1()];
  const at = (n: number) => {
    const runs = [1, 2, 3].map(() => traceCost(n));
    return `${median(runs.map((r) => r.wallNs)).toFixed(0)} ns (CPU ${median(runs.map((r) => r.cpuNs)).toFixed(0)} ns)`;
  };
  const [e5, e6] = [at(100_000), at(1_000_000)];
  l.push(load1());
  console.log(
    `trace log (World.trace into the ring of 100,000), per event: ${e5} over 10^5 events, ${e6} over 10^6 (${loadNote(l)})`,
  );
}

// --- CLI start-up ------------------------------------------------------------------------------
{
  const bin = join(root, 'bin/netns-lab.cjs');
  const time = (args: string[]) => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${r.stderr}`);
    return performance.now() - t0;
  };
  time([bin, 'run', '/dev/null']); // builds dist-cli/ first if it is missing or stale
  // Interleaved with bare Node, so both see the same load: what the CLI adds to Node's own start.
  const loads: number[] = [];
  const cli: number[] = [];
  const bare: number[] = [];
  let cpu = 0;
  for (let i = 0; i < 21; i++) {
    loads.push(load1());
    const c0 = childCpuMs();
    cli.push(time([bin, 'run', '/dev/null']));
    cpu += childCpuMs() - c0;
    bare.push(time(['-e', '0']));
  }
  console.log(
    `CLI start-up, netns-lab run /dev/null: ${secs(median(cli))} (median of 21, CPU ${secs(cpu / 21)} on average; target ≤ 0.12 s); bare \`node -e 0\` ${secs(median(bare))} interleaved with it, so the CLI takes ${(median(cli) / median(bare)).toFixed(2)}× Node's own start (${loadNote(loads)})`,
  );
}

// --- scaling -----------------------------------------------------------------------------------
interface Run {
  n: number;
  commands: number;
  wallMs: number;
  cpuMs: number;
  setupMs: number;
  pingMs: number;
  answered: number;
  summary: string;
  traceEvents: number;
  kept: number;
  clockEvents: number;
  maxRss: number;
  heapAfterGc?: number;
  allocatedPerEvent?: number;
  allocated?: number;
  load: number;
}

/**
 * scale.ts bundled as the CLI is (Vite's SSR build, everything in one module), so the runs measure the
 * code the product runs, without tsx's transform or its keepNames wrappers.
 */
async function buildScale(): Promise<string> {
  const { build } = await import('vite');
  const outDir = mkdtempSync(join(tmpdir(), 'netns-lab-bench-'));
  await build({
    root,
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    build: {
      ssr: join(root, 'bench/scale.ts'),
      outDir,
      target: 'node20',
      minify: false,
      emptyOutDir: true,
      rolldownOptions: { output: { entryFileNames: 'scale.mjs' } },
    },
    ssr: { noExternal: true, target: 'node' },
  });
  return join(outDir, 'scale.mjs');
}
const scaleBundle = await buildScale();

function scale(n: number | string, opts: { gc?: boolean; alloc?: boolean; traceLimit?: number } = {}): Run {
  const load = load1();
  const r = spawnSync(process.execPath, [...(opts.gc ? ['--expose-gc'] : []), scaleBundle, String(n)], {
    encoding: 'utf8',
    env: {
      ...process.env,
      ...(opts.traceLimit === undefined ? {} : { TRACE_LIMIT: String(opts.traceLimit) }),
      ...(opts.alloc ? { BENCH_ALLOC: '1' } : {}),
    },
  });
  if (r.status !== 0) throw new Error(`bench/scale.ts ${n} failed: ${r.stderr}`);
  return { ...JSON.parse(r.stdout), load };
}

const results = new Map<number, Run[]>();
console.log(
  `\nscaling: N namespaces (100 per bridge, a router namespace) + N pings across bridges, trace on`,
);
for (const [n, times] of [
  [1000, repeats],
  [5000, Math.max(1, Math.ceil(repeats / 2))],
] as const) {
  const runs = Array.from({ length: times }, () => scale(n));
  results.set(n, runs);
  const m = (f: (r: Run) => number) => median(runs.map(f));
  const r0 = runs[0];
  const targets = n === 5000 ? ' (target < 5 s and < 600 MB)' : '';
  console.log(
    `  ${fmt(n)} namespaces + ${fmt(n)} pings: ${secs(m((r) => r.wallMs))} (CPU ${secs(m((r) => r.cpuMs))}; set-up ${secs(m((r) => r.setupMs))}, pings ${secs(m((r) => r.pingMs))}), peak RSS ${mb(m((r) => r.maxRss))}${targets}; ${fmt(r0.traceEvents)} trace events, ${fmt(m((r) => r.traceEvents / (r.wallMs / 1000)))} events/s; ${r0.answered} of ${n} answered; ${times} runs, ${loadNote(runs.map((r) => r.load))}`,
  );
  if (runs.some((r) => r.answered !== n)) {
    console.error(`  some pings were not answered at ${n} namespaces`);
    process.exitCode = 1;
  }
}
{
  const t = (n: number, f: (r: Run) => number) => median(results.get(n)!.map(f));
  console.log(
    `  time(5000) / time(1000): ${(t(5000, (r) => r.wallMs) / t(1000, (r) => r.wallMs)).toFixed(2)} wall, ${(t(5000, (r) => r.cpuMs) / t(1000, (r) => r.cpuMs)).toFixed(2)} CPU (target ≤ 5.5)`,
  );
  const on = scale(1000, { gc: true });
  const off = scale(1000, { gc: true, traceLimit: 0 });
  console.log(
    `  trace memory: ${fmt((on.heapAfterGc! - off.heapAfterGc!) / on.kept)} bytes per kept event (heap after GC with the trace on minus off, ${fmt(on.kept)} events kept at 1,000 namespaces)`,
  );
  const [aOn, aOff] = [scale(1000, { alloc: true }), scale(1000, { alloc: true, traceLimit: 0 })];
  console.log(
    `  allocated during the pings, per event (trace + clock events, 1,000 namespaces; sampled): ${fmt(aOn.allocatedPerEvent!)} bytes with the trace on, ${fmt(aOff.allocatedPerEvent!)} with it off`,
  );
}

console.log(
  '\nlabs that were super-linear (the trace log spliced its array per event; a bridge scanned its FDB per stopped port; a route lookup scanned the whole table):',
);
for (const [lab, what] of [
  ['bridge-loop', 'a bridge loop and one ping (the storm is cut after 2,000 copies)'],
  ['ping-99999', 'ping -c 99999 across a veth pair (virtual time)'],
  ['bridge-2000-ports', '2,000 ports enslaved to one bridge, then brought up'],
  ['routed-2000', 'the host routing to 2,000 namespaces (a veth and a /24 each), one ping to each'],
]) {
  const runs = Array.from({ length: 3 }, () => scale(lab));
  const m = (f: (r: Run) => number) => median(runs.map(f));
  console.log(
    `  ${what}: ${secs(m((r) => r.wallMs))} (CPU ${secs(m((r) => r.cpuMs))}), peak RSS ${mb(m((r) => r.maxRss))}, ${fmt(runs[0].commands)} commands, ${fmt(runs[0].traceEvents)} trace events${runs[0].summary ? `; "${runs[0].summary}"` : ''}; 3 runs, ${loadNote(runs.map((r) => r.load))}`,
  );
  if (lab === 'ping-99999') {
    // Per probe (an echo request and its reply): the figure a long ping scales with.
    const probes = 99_999;
    const alloc = scale(lab, { alloc: true });
    console.log(
      `    per probe: ${((m((r) => r.pingMs) * 1000) / probes).toFixed(1)} µs (CPU ${((m((r) => r.cpuMs) * 1000) / probes).toFixed(1)} µs), ${fmt(runs[0].traceEvents / probes)} trace events, ${fmt(alloc.allocated! / probes)} bytes allocated (sampled, trace on)`,
    );
  }
}
rmSync(dirname(scaleBundle), { recursive: true, force: true });
dockerPortsFigures(); // docker run -p with a range: per published port, linear (docker-ports.ts)

fuzzFigures(); // crashes / internal errors / exports that fail to replay, worst script (fuzz.ts)

stepReplayFigures(); // the step view's worker: a miss at 1,000 namespaces, replayed whole or from the spare

// --- against the real kernel ---------------------------------------------------------------------
console.log('');
kernelComparison(root, 500, 3);

// --- in the browser --------------------------------------------------------------------------------
// bench/ui-*.spec.ts (also `npm run bench:ui` alone): the production build in headless Chromium.
// BENCH_UI=0 leaves it out.
if (process.env.BENCH_UI !== '0') {
  console.log('\nin the browser (bench/ui-*.spec.ts: headless Chromium, the production build, trace on):');
  const r = spawnSync('npx', ['playwright', 'test', '-c', 'bench/ui.playwright.config.ts'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  for (const line of r.stdout.split('\n')) {
    const at = line.indexOf('figure: ');
    if (at >= 0) console.log(`  ${line.slice(at + 'figure: '.length)}`);
  }
  if (r.status !== 0) {
    console.error(`  the browser benchmarks failed:\n${r.stdout.slice(-4000)}${r.stderr.slice(-2000)}`);
    process.exitCode = 1;
  }
}
