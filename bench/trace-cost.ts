// The trace log's cost per event, as the engine pays it: World.trace with a lazily built message
// (a closure, the message, the record) into the product's ring of 100,000 events. At 10^6 events
// the ring has been full for 900,000 of them, so a flat cost per event shows it no longer grows.

import { performance } from 'node:perf_hooks';
import { msg } from '../src/engine/trace/messages.ts';
import { World } from '../src/engine/world.ts';

/** Nanoseconds per event (wall and CPU, GC threads included) for `count` events into a fresh world's trace. */
export function traceCost(count: number): { wallNs: number; cpuNs: number } {
  const w = new World({ seed: 1 });
  const ns = w.host;
  const dev = ns.lo;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < count; i++)
    w.trace(ns, 'flood', () => msg('bridge.storm', { br: dev.name }), undefined, dev);
  const t1 = performance.now();
  const c1 = process.cpuUsage(c0);
  if (w.log.count !== count) throw new Error('trace-cost: events were lost');
  return { wallNs: ((t1 - t0) * 1e6) / count, cpuNs: ((c1.user + c1.system) * 1e3) / count };
}
