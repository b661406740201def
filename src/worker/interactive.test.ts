import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Session } from '../shell/session.ts';
import { Stepping } from './replay.ts';

const DOCKER0 = readFileSync(new URL('../examples/docker0.sh', import.meta.url), 'utf8');

/** A terminal on the docker0 lab with a clock of its own: each wait moves it on by `step` ms. */
function terminal(step = 250) {
  const steps = new Stepping(new Session({ seed: 1 }), 1);
  steps.run(DOCKER0);
  let ms = 0;
  return {
    steps,
    elapsed: () => ms,
    run: (line: string, stop: (ms: number) => boolean) => {
      let out = '';
      const chunks: string[] = [];
      const done = steps.runInteractive(
        line,
        (t) => {
          out += t;
          chunks.push(t);
        },
        () => stop(ms),
        async (wait) => {
          ms += Math.max(wait, step);
        },
        () => ms,
      );
      return done.then((r) => ({ r, out, chunks }));
    },
  };
}

describe('a terminal runs ping in real time, and Ctrl+C stops it', () => {
  it('prints replies as they come and, on Ctrl+C, the statistics ping prints on SIGINT', async () => {
    const term = terminal();
    const { r, out, chunks } = await term.run('ip netns exec c1 ping 172.17.0.3', (ms) => ms >= 2600);
    // Three probes a second apart were answered before Ctrl+C at 2.6 s; the fourth was not yet due.
    expect(out).toMatch(/^PING 172\.17\.0\.3 \(172\.17\.0\.3\) 56\(84\) bytes of data\.\n/);
    expect(out.match(/64 bytes from 172\.17\.0\.3: icmp_seq=\d ttl=64/g)).toHaveLength(3);
    expect(out).toContain(
      '\n--- 172.17.0.3 ping statistics ---\n3 packets transmitted, 3 received, 0% packet loss, time 2000ms\n',
    );
    expect(out).not.toContain('netns-lab:');
    expect(r.status).toBe(0);
    // The replies came one by one, not all at the end.
    expect(chunks.filter((c) => c.startsWith('64 bytes'))).toHaveLength(3);
  });

  it('a replay of the history stops the ping at the same event', async () => {
    const term = terminal(100);
    await term.run('ip netns exec c1 ping 172.17.0.3', (ms) => ms >= 1500);
    term.steps.run('ip netns exec c2 ping -c 1 172.17.0.2');
    const last = term.steps.trace().events.at(-1)!;
    // The tables at the last event (after the interrupted ping) are recomputed by replaying the
    // history: had the replayed ping run on to its 10 s, this event would come at another time.
    const at = term.steps.stateAt(last.seq, ['c1']);
    expect(last.t).toBeLessThan(3_000_000);
    expect(at.t).toBe(last.t);
    const live = term.steps.stateAt('live', ['c1']);
    expect(live.namespaces[0].tables.neigh.map((r) => r.text)).toEqual(
      at.namespaces[0].tables.neigh.map((r) => r.text),
    );
  });

  it('without -c, ping stops by itself after 10 s and says how to choose', async () => {
    const term = terminal(1000);
    const { out, r } = await term.run('ip netns exec c1 ping 172.17.0.3', () => false);
    expect(out).toContain(
      'netns-lab: ping stopped after 10 s without -c or -w, as Ctrl+C would stop it (give -c COUNT to choose how many)\n',
    );
    expect(out).toContain('10 packets transmitted, 10 received, 0% packet loss');
    expect(r.status).toBe(0);
  });

  it('a line that is not a long-running command returns at once', async () => {
    const term = terminal();
    const { out } = await term.run('ip netns exec c1 ip -br addr show eth0', () => false);
    expect(out).toMatch(/^eth0@if\d+ +UP +172\.17\.0\.2\/16/);
    expect(term.elapsed()).toBe(0);
  });
});
