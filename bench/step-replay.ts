// The step view's worker at 1,000 namespaces (src/worker/replay.ts): what stepping onto an event the
// cache does not hold costs. A miss replays the history and captures the tables of a window of events
// around it (64 steps); the topology is bench/topology.ts (ten 100-port bridges behind a router) and
// the event is the first flood on the host's bridge, whose tables (a 3,000-row FDB) are the biggest.
// Printed: the miss when the whole lab must be replayed (no idle time yet), the spare's run ahead
// (Stepping.prepare, what the worker does in idle time), and the miss that starts from the spare.

import { performance } from 'node:perf_hooks';
import { Session } from '../src/shell/session.ts';
import { Stepping } from '../src/worker/replay.ts';
import { load1, loadNote, median } from './stats.ts';
import { topology } from './topology.ts';

export function stepReplayFigures(n = 1000, runs = 3): void {
  const { setup, pings } = topology(n);
  const loads = [load1()];
  const cold: number[] = [];
  const spare: number[] = [];
  const warm: number[] = [];
  let rows = 0;
  for (let r = 0; r < runs; r++) {
    for (const idle of [false, true]) {
      const steps = new Stepping(new Session({ seed: 1 }), 1);
      steps.run(setup.join('\n'));
      const from = steps.trace().nextSeq;
      steps.run(pings[0]);
      const flood = steps.trace(from).events.find((e) => e.kind === 'flood' && e.ns === '');
      if (!flood) throw new Error('step-replay: no flood on the host');
      if (idle) {
        const t0 = performance.now();
        while (steps.prepare(8));
        spare.push(performance.now() - t0);
      }
      const t0 = performance.now();
      const state = steps.stateAt(flood.seq, ['']);
      (idle ? warm : cold).push(performance.now() - t0);
      rows = Object.values(state.namespaces[0].tables).reduce((a, t) => a + t.length, 0);
    }
  }
  loads.push(load1());
  const ms = (xs: number[]) => `${median(xs).toFixed(0)} ms`;
  console.log(
    `stepping onto the host's flood at ${n.toLocaleString('en-US')} namespaces (a miss: the window of 64 ` +
      `events captured, ${rows.toLocaleString('en-US')} table rows a step): the whole lab replayed ` +
      `${ms(cold)}; from the spare run ahead in idle time ${ms(warm)} (the spare's run ${ms(spare)}), ` +
      `median of ${runs} (${loadNote(loads)})`,
  );
}
