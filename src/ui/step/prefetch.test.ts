import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { Session } from '../../shell/session.ts';
import type { LabApi } from '../../worker/api.ts';
import { Stepping } from '../../worker/replay.ts';
import type { StepEvent, StepRequest, StepState, TableRow } from '../../worker/step-api.ts';
import { useLab } from '../store.ts';
import { attachLab, goTo, stepForward } from './actions.ts';
import { highlightFor } from './canvas.ts';
import { useStep } from './store.ts';

/** A worker that answers statesAt after `release()`; a namespace's tables have `rows[ns]` rows. */
function fakeLab(rows: Record<string, number>) {
  const batches: StepRequest[][] = [];
  const singles: number[] = [];
  const waiting: (() => void)[] = [];
  const state = (r: StepRequest): StepState => ({
    at: r.at,
    t: 0,
    namespaces: r.namespaces.map((ns) => ({
      ns,
      tables: {
        addr: Array.from(
          { length: rows[ns] ?? 1 },
          (_, i): TableRow => ({ key: String(i), text: `row ${i}` }),
        ),
        route: [],
        local: [],
        neigh: [],
        fdb: [],
        iptables: [],
        conntrack: [],
      },
      removed: {},
    })),
  });
  const api = {
    statesAt: (req: StepRequest[]) => {
      batches.push(req);
      return new Promise<StepState[]>((done) => waiting.push(() => done(req.map(state))));
    },
    stateAt: async (at: number, namespaces: string[]) => {
      singles.push(at);
      return state({ at, namespaces });
    },
  } as unknown as LabApi;
  const release = async () => {
    while (waiting.length) {
      waiting.shift()!();
      // Let the batch's callbacks run (and the next batch be asked for).
      for (let i = 0; i < 5; i++) await Promise.resolve();
    }
  };
  return { api, batches, singles, release };
}

const events = (n: number, ns: string): StepEvent[] =>
  Array.from(
    { length: n },
    (_, seq) => ({ seq, t: seq, kind: 'frame-rx', category: 'arp', ns, text: '' }) as StepEvent,
  );

let history = 100;
beforeEach(() => {
  attachLab(undefined);
  useStep.setState({ history: ++history, events: [], at: undefined, follow: true, focus: '' });
});

describe('the tables fetched ahead of the cursor', () => {
  it('come in batches of a few steps where each step has thousands of rows, so a step waits for one small batch', async () => {
    const lab = fakeLab({ '': 3000 });
    attachLab(lab.api);
    useStep.setState({ events: events(60, '') });
    // The first step is fetched alone (its size is not known yet), then the next ones ahead.
    await goTo(0);
    expect(lab.singles).toEqual([0]);
    expect(lab.batches).toHaveLength(1);
    // 3,000 rows a step: at most 4 steps (12,000 rows) a batch.
    expect(lab.batches[0].map((r) => r.at)).toEqual([1, 2, 3, 4]);
    // A step onto one of the batch under way waits for it instead of asking the worker again.
    const step = stepForward();
    await lab.release();
    await step;
    expect(lab.singles).toEqual([0]);
    expect(useStep.getState().state?.at).toBe(1);
    // Batch after batch, until the steps ahead are fetched.
    expect(lab.batches.length).toBeGreaterThan(3);
    expect(Math.max(...lab.batches.map((b) => b.length))).toBe(4);
    const fetched = lab.batches.flat().map((r) => r.at as number);
    expect(new Set(fetched).size).toBe(fetched.length);
    expect(fetched.filter((at) => at <= 25).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 25 }, (_, i) => i + 1),
    );
  });

  it('come 48 steps at a time in a small lab', async () => {
    const lab = fakeLab({ ns1: 20 });
    attachLab(lab.api);
    useStep.setState({ events: events(100, 'ns1') });
    await goTo(0);
    expect(lab.batches[0].map((r) => r.at)).toEqual(Array.from({ length: 48 }, (_, i) => i + 1));
    await lab.release();
    // The next 48 are all there: nothing more is asked for until the cursor moves on.
    expect(lab.batches).toHaveLength(1);
  });
});

describe('the steps ahead', () => {
  it("are the next shown events' marks, so the canvas can build their boxes before the steps", async () => {
    const session = new Session({ seed: 1 });
    const steps = new Stepping(session, 1);
    steps.run(readFileSync(new URL('../../examples/docker0.sh', import.meta.url), 'utf8'));
    const { events } = steps.trace();
    const snapshot = session.snapshot();
    useLab.setState({ snapshot });
    const lab = fakeLab({});
    attachLab(lab.api);
    const go = async (seq: number) => {
      const moved = goTo(seq);
      await lab.release();
      await moved;
    };
    useStep.setState({ events });
    /** The marks of the next `n` events `shown` lets through after index `i`. */
    const marksAfter = (i: number, shown: (e: StepEvent) => boolean, n = 8) => {
      const out = new Set<string>();
      for (let k = i + 1; k < events.length && n > 0; k++) {
        if (!shown(events[k])) continue;
        n--;
        const h = highlightFor(events, k, snapshot);
        for (const id of [...Object.keys(h.nodes), ...Object.keys(h.edges)]) out.add(id);
      }
      return out;
    };
    const flood = events.findIndex((e) => e.kind === 'flood');
    expect(flood).toBeGreaterThan(0);
    await go(events[flood - 1].seq);
    expect(new Set(useStep.getState().ahead)).toEqual(marksAfter(flood - 1, () => true));
    expect(useStep.getState().ahead).toContain('far:netns:c2->link::docker0');
    // With a category hidden, the steps ahead are the ones shown.
    useStep.setState({ filters: { ...useStep.getState().filters, arp: false } });
    await go(events[flood].seq);
    const withoutArp = marksAfter(flood, (e) => e.category !== 'arp');
    expect(new Set(useStep.getState().ahead)).toEqual(withoutArp);
    expect(withoutArp).not.toEqual(marksAfter(flood, () => true));
    await go(events.at(-1)!.seq);
    expect(useStep.getState().ahead).toEqual([]);
    useStep.setState({ filters: { ...useStep.getState().filters, arp: true } });
  });
});
