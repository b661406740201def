// One run of the scaling bench, in its own process so its peak RSS is its own (bench/run.ts starts
// it): `tsx bench/scale.ts N` builds the N-namespace lab of topology.ts through the shell, runs its
// N pings, and prints one JSON line (`bridge-loop`, `ping-99999`, `bridge-2000-ports` or `routed-2000` instead of N: those labs). The session has the product's defaults (the trace on, keeping
// the last 100,000 events), unless TRACE_LIMIT is set (run.ts's untraced baseline for bytes/event).
// With --expose-gc it also reports the heap left after a full collection; with BENCH_ALLOC=1, the
// bytes allocated during the pings (V8's sampling heap profiler, collected objects included).

import { Session as Inspector } from 'node:inspector';
import { performance } from 'node:perf_hooks';
import { Session } from '../src/shell/session.ts';
import { bridgeLoop, longPing, routedHost, topology, wideBridge } from './topology.ts';

// N, or one of the labs that were quadratic while the trace log spliced an array per event.
const lab = process.argv[2];
const n = Number(lab);
const { setup, pings } =
  lab === 'bridge-loop'
    ? bridgeLoop()
    : lab === 'ping-99999'
      ? longPing(99_999)
      : lab === 'bridge-2000-ports'
        ? wideBridge(2000)
        : lab === 'routed-2000'
          ? routedHost(2000)
          : topology(n);
const limit = process.env.TRACE_LIMIT === undefined ? undefined : Number(process.env.TRACE_LIMIT);
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const s = new Session({ seed: 42, traceLimit: limit });
const c0 = cpu();
const t0 = performance.now();
const built = s.runLines(setup.join('\n'));
const t1 = performance.now();
const failed = built.find((r) => r.output !== '');
if (failed) throw new Error(`set-up failed: ${failed.command}: ${failed.output}`);
const inspector = process.env.BENCH_ALLOC === '1' ? new Inspector() : undefined;
const post = (method: string, params = {}) =>
  new Promise<{ profile?: { head: ProfileNode } }>((resolve, reject) =>
    inspector!.post(method, params, (e, r) => (e ? reject(e) : resolve(r as never))),
  );
interface ProfileNode {
  selfSize: number;
  children: ProfileNode[];
}
if (inspector) {
  inspector.connect();
  await post('HeapProfiler.startSampling', {
    samplingInterval: 4096,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
}
const events0 = s.world.log.count + s.world.clock.processed;
let answered = 0;
let summary = '';
for (const r of s.runLines(pings.join('\n'))) {
  if (r.output.includes(' 1 received')) answered++;
  summary = /^\d+ packets transmitted.*$/m.exec(r.output)?.[0] ?? '';
}
const t2 = performance.now();
const c1 = cpu();
let allocated: number | undefined;
if (inspector) {
  const { profile } = await post('HeapProfiler.stopSampling');
  const sum = (n: ProfileNode): number => n.selfSize + n.children.reduce((a, c) => a + sum(c), 0);
  allocated = sum(profile!.head);
}
const pingEvents = s.world.log.count + s.world.clock.processed - events0;
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const log = s.world.log;
console.log(
  JSON.stringify({
    n,
    commands: setup.length + pings.length,
    setupMs: t1 - t0,
    pingMs: t2 - t1,
    wallMs: t2 - t0,
    cpuMs: c1 - c0,
    answered,
    summary,
    traceEvents: log.count,
    kept: log.count - log.first,
    clockEvents: s.world.clock.processed,
    maxRss: process.resourceUsage().maxRSS * 1024,
    heapAfterGc: gc ? process.memoryUsage().heapUsed : undefined,
    allocatedPerEvent: allocated === undefined ? undefined : allocated / pingEvents,
    allocated,
  }),
);
