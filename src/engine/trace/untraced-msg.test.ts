// With the trace off, the engine builds no trace message at all: every step asks World.tracing before
// wording itself, so a packet allocates nothing for a trace that keeps nothing (the performance
// issue's "no per-event allocation on untraced paths"). msg, the one builder of messages, is wrapped
// in a spy for the whole module graph: no conformance scenario may call it with the trace off.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { SCENARIO_DIR, scenarioNames } from '../../../conformance/harness.ts';
import { Session } from '../../shell/session.ts';
import { msg } from './messages.ts';

vi.mock('./messages.ts', async (importOriginal) => {
  const m = await importOriginal<typeof import('./messages.ts')>();
  return { ...m, msg: vi.fn(m.msg) };
});

const built = vi.mocked(msg);

describe('the trace off', () => {
  it('builds no trace message in any conformance scenario', () => {
    const worded: string[] = [];
    for (const name of scenarioNames()) {
      const script = readFileSync(join(SCENARIO_DIR, `${name}.sh`), 'utf8');
      built.mockClear();
      new Session({ seed: 1, traceLimit: 0 }).runLines(script);
      const codes = new Set(built.mock.calls.map((c) => c[0]));
      if (codes.size) worded.push(`${name}: ${[...codes].join(', ')}`);
    }
    expect(worded).toEqual([]);
  });

  it('(the spy sees the engine build messages when the trace is on)', () => {
    const script = [
      'ip netns add a',
      'ip netns add b',
      'ip link add eth0 netns a type veth peer name eth0 netns b',
      'ip -n a addr add 10.0.0.1/24 dev eth0',
      'ip -n b addr add 10.0.0.2/24 dev eth0',
      'ip -n a link set eth0 up',
      'ip -n b link set eth0 up',
      'ip netns exec a ping -c 1 10.0.0.2',
    ].join('\n');
    built.mockClear();
    new Session({ seed: 1 }).runLines(script);
    expect(built.mock.calls.map((c) => c[0])).toContain('icmp.echo-answered');
  });
});
