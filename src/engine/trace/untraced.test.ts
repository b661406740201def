// With the trace off (limit 0: the CLI's and the bench's untraced runs) the engine builds no trace
// text: every step asks World.tracing before wording itself, so a packet allocates nothing for a
// trace that keeps nothing (the performance issue's "no per-event allocation on untraced paths").
// That must not change what happens: every conformance scenario, run with the trace kept and with it
// off, prints the same output with the same exit status at every command, and counts the same events.
// msg, the one builder of messages, is wrapped in a spy for the whole module graph: with the trace off
// no conformance scenario may call it.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { SCENARIO_DIR, scenarioNames } from '../../../conformance/harness.ts';
import { Session } from '../../shell/session.ts';
import { msg } from './messages.ts';

vi.mock('./messages.ts', async (importOriginal) => {
  const m = await importOriginal<typeof import('./messages.ts')>();
  return { ...m, msg: vi.fn(m.msg) };
});

const built = vi.mocked(msg);

/** Runs `script`; its lines as printed, the events counted, and the codes of the messages built. */
function run(script: string, traceLimit?: number) {
  built.mockClear();
  const s = new Session({ seed: 1, traceLimit });
  const lines = s.runLines(script).map((r) => `${r.line} ${r.status} ${r.output}`);
  return { lines, events: s.world.log.count, worded: new Set(built.mock.calls.map((c) => c[0])) };
}

/** Two namespaces joined by a veth pair, addressed, their ends still down. */
const pair = [
  'ip netns add a',
  'ip netns add b',
  'ip link add eth0 netns a type veth peer name eth0 netns b',
  'ip -n a addr add 10.0.0.1/24 dev eth0',
  'ip -n b addr add 10.0.0.2/24 dev eth0',
];

describe('the trace off', () => {
  // Every scenario once each way, for all the checks below.
  let runs: { name: string; on: ReturnType<typeof run>; off: ReturnType<typeof run> }[] = [];
  beforeAll(() => {
    runs = scenarioNames().map((name) => {
      const script = readFileSync(join(SCENARIO_DIR, `${name}.sh`), 'utf8');
      return { name, on: run(script), off: run(script, 0) };
    });
  });

  it('changes no output, no exit status and no event count of any conformance scenario', () => {
    const differ: string[] = [];
    let events = 0;
    for (const { name, on, off } of runs) {
      events += on.events;
      if (off.events !== on.events) differ.push(`${name}: ${off.events} events counted off, ${on.events} on`);
      const at = on.lines.findIndex((l, i) => l !== off.lines[i]);
      if (at >= 0 || off.lines.length !== on.lines.length)
        differ.push(
          `${name}: line ${at}: ${on.lines[at]?.slice(0, 120)} | off: ${off.lines[at]?.slice(0, 120)}`,
        );
    }
    expect(differ).toEqual([]);
    expect(events).toBeGreaterThan(10_000);
  });

  it('builds no trace message in any conformance scenario', () => {
    const worded = runs
      .filter((r) => r.off.worded.size)
      .map((r) => `${r.name}: ${[...r.off.worded].join(', ')}`);
    expect(worded).toEqual([]);
  });

  it('(the spy sees the engine build messages when the trace is on)', () => {
    const on = run(
      [
        ...pair,
        'ip -n a link set eth0 up',
        'ip -n b link set eth0 up',
        'ip netns exec a ping -c 1 10.0.0.2',
      ].join('\n'),
    );
    expect([...on.worded]).toContain('icmp.echo-answered');
  });

  it('replaces a neighbour whose address changed, as with the trace on', () => {
    // b takes a new MAC and asks for a: a's entry for b (learned from b's request, neigh_event_ns,
    // which overrides) must hold the new MAC, the trace kept or not.
    const script = [
      ...pair,
      'ip -n a link set eth0 address 02:00:00:00:00:01',
      'ip -n b link set eth0 address 02:00:00:00:00:02',
      'ip -n a link set eth0 up',
      'ip -n b link set eth0 up',
      'ip netns exec a ping -c 1 10.0.0.2',
      'ip -n b link set eth0 address 02:00:00:00:00:22',
      'ip -n b neigh flush dev eth0',
      'ip netns exec b ping -c 1 10.0.0.1',
      'ip -n a neigh show',
    ].join('\n');
    const on = run(script);
    const off = run(script, 0);
    expect(on.lines.at(-1)).toContain('lladdr 02:00:00:00:00:22');
    expect(off.lines).toEqual(on.lines);
  });
});
