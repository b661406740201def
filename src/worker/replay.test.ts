// Stepping through packets: the replay gives, at every trace event, exactly the tables the live engine
// had when it emitted that event; stepping back and forth gives identical views; the rows a step
// changed are the ones marked.

import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { Session } from '../shell/session.ts';
import { createLab } from './lab.ts';
import { Stepping } from './replay.ts';
import type { NsTables, StepState, TableRow } from './step-api.ts';
import { captureTables } from './tables.ts';

const DOCKER0 = readFileSync(new URL('../examples/docker0.sh', import.meta.url), 'utf8');
const NAMES = ['', 'c1', 'c2'];

// A router namespace between two others, with MASQUERADE: routed hops rewrite MACs and TTL, NAT the source.
const ROUTED = `
ip netns add a
ip netns add r
ip netns add b
ip link add ra type veth peer name eth0 netns a
ip link add rb type veth peer name eth0 netns b
ip link set ra netns r
ip link set rb netns r
ip -n r addr add 10.1.0.1/24 dev ra
ip -n r addr add 10.2.0.1/24 dev rb
ip -n r link set ra up
ip -n r link set rb up
ip -n a addr add 10.1.0.2/24 dev eth0
ip -n a link set eth0 up
ip -n a route add default via 10.1.0.1
ip -n b addr add 10.2.0.2/24 dev eth0
ip -n b link set eth0 up
ip netns exec r sysctl -qw net.ipv4.ip_forward=1
ip netns exec r iptables -t nat -A POSTROUTING -o rb -j MASQUERADE
ip netns exec a ping -c 1 10.2.0.2
`;

const plain = (nss: NsTables[]) =>
  nss.map((n) => ({
    ns: n.ns,
    tables: Object.fromEntries(
      Object.entries(n.tables).map(([k, rows]) => [k, rows.map(({ changed: _, ...r }) => r)]),
    ),
  }));

/** The oracle: the live engine, snapshotted at every event as it is emitted. */
function liveCaptures(script: string, names: string[]): Map<number, NsTables[]> {
  const s = new Session({ seed: 1 });
  const out = new Map<number, NsTables[]>();
  s.world.log.onEmit = (e) => out.set(e.seq, captureTables(s.world, names));
  const transcript = s.run(script);
  // Capturing is read-only: the same transcript and trace as a run that captures nothing.
  const untouched = new Session({ seed: 1 });
  expect(transcript).toBe(untouched.run(script));
  expect(s.world.log.events.map((e) => e.text)).toEqual(untouched.world.log.events.map((e) => e.text));
  return out;
}

function row(state: StepState, ns: string, table: keyof NsTables['tables'], text: string): TableRow {
  const r = state.namespaces.find((n) => n.ns === ns)?.tables[table].find((x) => x.text.startsWith(text));
  if (!r) throw new Error(`no ${table} row "${text}" in ${ns || 'host'}`);
  return r;
}

describe('Stepping (replay of the history)', () => {
  it('runs scripts exactly as Session.run does and records each line with its events', () => {
    const steps = new Stepping(new Session({ seed: 1 }), 1);
    expect(steps.run(DOCKER0)).toBe(new Session({ seed: 1 }).run(DOCKER0));
    const { events, commands, nextSeq } = steps.trace();
    expect(events.map((e) => e.seq)).toEqual([...Array(nextSeq).keys()]);
    const ping = commands.at(-1)!;
    expect(ping.command).toBe('ip netns exec c1 ping -c 1 172.17.0.3');
    expect([ping.firstSeq, ping.endSeq]).toEqual([0, nextSeq]);
    expect(steps.trace(nextSeq - 2, commands.length).events.map((e) => e.seq)).toEqual([
      nextSeq - 2,
      nextSeq - 1,
    ]);
  });

  it('gives, at every event, the tables the live engine had when it emitted it — forward and back', () => {
    const oracle = liveCaptures(DOCKER0, NAMES);
    const steps = new Stepping(new Session({ seed: 1 }), 1);
    steps.run(DOCKER0);
    const seqs = [...oracle.keys()];
    const forward = seqs.map((k) => steps.stateAt(k, NAMES));
    for (const [i, k] of seqs.entries())
      expect(plain(forward[i].namespaces), `event ${k}`).toEqual(plain(oracle.get(k)!));
    // Backwards on a fresh replayer (no cache), then forward again on the same one: identical views.
    const back = new Stepping(new Session({ seed: 1 }), 1);
    back.run(DOCKER0);
    const backward = [...seqs]
      .reverse()
      .map((k) => back.stateAt(k, NAMES))
      .reverse();
    expect(backward).toEqual(forward);
    expect(seqs.map((k) => back.stateAt(k, NAMES))).toEqual(forward);
  });

  it('serves stepping from a cache: a handful of replays for a whole walk', () => {
    const steps = new Stepping(new Session({ seed: 1 }), 1);
    steps.run(DOCKER0);
    const n = steps.trace().nextSeq;
    for (let k = 0; k < n; k++) steps.stateAt(k, NAMES);
    for (let k = n - 1; k >= 0; k--) steps.stateAt(k, NAMES);
    expect(steps.replays).toBeLessThanOrEqual(2);
  });

  it('stops a replay by halting the clock: the command returns normally, nothing is thrown through it', () => {
    // A long ping: the step wanted is in its first probe, so the replay must stop well before the end.
    const steps = new Stepping(new Session({ seed: 1 }), 1);
    steps.run(`${DOCKER0}ip netns exec c1 ping -c 50 -i 0.2 172.17.0.3\n`);
    const firstProbe = steps.trace().events.find((e) => e.text.includes('echo request'))!.seq;
    const results: { output: string; status: number }[] = [];
    const real = Session.prototype.exec;
    const spy = vi.spyOn(Session.prototype, 'exec').mockImplementation(function (
      this: Session,
      text: string,
      ns?: string,
    ) {
      const r = real.call(this, text, ns);
      results.push(r);
      return r;
    });
    try {
      steps.stateAt(firstProbe, NAMES);
    } finally {
      spy.mockRestore();
    }
    // Every replayed line returned on its own, none as netns-lab's "internal error" (status 70).
    expect(results.length).toBeGreaterThan(0);
    expect(results.filter((r) => r.status === 70 || r.output.includes('internal error'))).toEqual([]);
    // The ping was cut short: its 50 probes were not all replayed.
    expect(results.at(-1)!.output).not.toContain('50 packets transmitted');
  });

  it('marks the FDB row a learning step created and the neighbour row an ARP reply changed', () => {
    const steps = new Stepping(new Session({ seed: 1 }), 1);
    steps.run(DOCKER0);
    const { events } = steps.trace();
    const learn = events.find((e) => e.kind === 'fdb-learn')!;
    expect(learn.text).toBe(
      'docker0 learned 02:42:ac:11:00:02 on port veth1 (source MAC of a frame that arrived there)',
    );
    const atLearn = steps.stateAt(learn.seq, NAMES);
    const learned = row(atLearn, '', 'fdb', '02:42:ac:11:00:02 dev veth1 master docker0');
    expect(learned.changed).toBe(true);
    expect(learned.timerUs).toBe(300_000_000);
    const changed = atLearn.namespaces.flatMap((n) =>
      Object.values(n.tables).flatMap((rows) => rows.filter((r) => r.changed).map((r) => r.text)),
    );
    expect(changed).toEqual(['02:42:ac:11:00:02 dev veth1 master docker0']);

    const reachable = events.find(
      (e) => e.kind === 'neigh-state' && e.text.includes('INCOMPLETE → REACHABLE'),
    )!;
    const s = steps.stateAt(reachable.seq, NAMES);
    const n = row(s, 'c1', 'neigh', '172.17.0.3 dev eth0');
    expect(n).toMatchObject({
      text: '172.17.0.3 dev eth0 lladdr 02:42:ac:11:00:03 REACHABLE',
      changed: true,
    });
    expect(n.timerUs).toBeGreaterThan(0);
    // The step before: the entry was INCOMPLETE.
    expect(row(steps.stateAt(reachable.seq - 1, NAMES), 'c1', 'neigh', '172.17.0.3').text).toBe(
      '172.17.0.3 dev eth0 INCOMPLETE',
    );
  });

  it('compares the first event of a command with the state before that command ran', () => {
    const steps = new Stepping(new Session({ seed: 1 }), 1);
    steps.run(DOCKER0);
    const first = steps.stateAt(0, NAMES);
    // The route lookup changes no table: nothing is marked although every row was made earlier.
    expect(first.namespaces.flatMap((n) => Object.values(n.tables).flat()).some((r) => r.changed)).toBe(
      false,
    );
  });

  it('reports the live state and what the last command changed (advance time: REACHABLE → STALE)', () => {
    const steps = new Stepping(new Session({ seed: 1 }), 1);
    steps.run(DOCKER0);
    expect(row(steps.stateAt('live', NAMES), 'c1', 'neigh', '172.17.0.3').text).toContain('REACHABLE');
    steps.run('sleep 60');
    const live = steps.stateAt('live', NAMES);
    expect(live.t).toBeGreaterThanOrEqual(60_000_000);
    expect(row(live, 'c1', 'neigh', '172.17.0.3')).toMatchObject({
      text: '172.17.0.3 dev eth0 lladdr 02:42:ac:11:00:03 STALE',
      changed: true,
    });
    // c2's entry was refreshed 5 s in, by its unicast ARP probe (DELAY → PROBE): 245 s of 300 left.
    expect(row(live, '', 'fdb', '02:42:ac:11:00:03 dev veth2 master docker0').timerUs).toBe(245_000_000 - 10);
  });

  it('answers a batch (statesAt) exactly as one stateAt per point, in one replay per window', () => {
    const steps = new Stepping(new Session({ seed: 1 }), 1);
    steps.run(DOCKER0);
    const { events } = steps.trace();
    const ahead = events.slice(0, 40).map((e) => ({ at: e.seq, namespaces: [e.ns] }));
    const batch = steps.statesAt(ahead);
    // One replay per namespace asked for (host, c1, c2), each capturing the whole window.
    expect(steps.replays).toBe(new Set(ahead.map((r) => r.namespaces[0])).size);
    const one = new Stepping(new Session({ seed: 1 }), 1);
    one.run(DOCKER0);
    expect(batch).toEqual(ahead.map((r) => one.stateAt(r.at, r.namespaces)));
  });

  it('serves and replays the events the trace ring still holds at their own sequence numbers', () => {
    const names = ['a', 'r', 'b'];
    // Routed without NAT: conntrack (whose ICMP ids still differ between sessions) stays out of it.
    const script = ROUTED.replace(/^.*iptables.*$/m, 'ip -n b route add default via 10.2.0.1');
    const live = liveCaptures(script, names);
    // A ring of 10: the whole script runs in one call, so only its last 10 events are kept.
    const steps = new Stepping(new Session({ seed: 1, traceLimit: 10 }), 1);
    steps.run(script);
    const { events, nextSeq } = steps.trace();
    expect(nextSeq).toBe(live.size);
    expect(nextSeq).toBeGreaterThan(20);
    expect(events.map((e) => e.seq)).toEqual(Array.from({ length: 10 }, (_, i) => nextSeq - 10 + i));
    for (const seq of [nextSeq - 10, nextSeq - 5, nextSeq - 1])
      expect(plain(steps.stateAt(seq, names).namespaces)).toEqual(plain(live.get(seq)!));
    expect(() => steps.stateAt(nextSeq - 11, names)).toThrow(RangeError);
  });

  it('starts a miss from the spare run ahead in idle time, with the same tables as a full replay', () => {
    // Two commands' traffic: the docker0 lab (its pings) and then one ping more. The spare waits at
    // the start of the newest traffic, so stepping onto it replays one line rather than the lab.
    const more = 'ip netns exec c2 ping -c 1 172.17.0.2';
    const spared = new Stepping(new Session({ seed: 1 }), 1);
    spared.run(DOCKER0);
    const from = spared.trace().nextSeq;
    spared.run(more);
    const oracle = new Stepping(new Session({ seed: 1 }), 1);
    oracle.run(DOCKER0);
    oracle.run(more);
    const lines = oracle.trace().commands.length - 1; // the lab's lines: the spare runs those
    let slices = 0;
    while (spared.prepare(0)) slices++;
    expect(slices + 1).toBe(lines); // a slice of 0 ms runs one line
    expect(spared.linesReplayed).toBe(lines);
    const { events } = spared.trace(from);
    expect(events.length).toBeGreaterThan(10);
    // A miss (one line run, from the spare), then a step served from its window.
    for (const e of [events[0], events[7]]) {
      expect(spared.stateAt(e.seq, NAMES)).toEqual(oracle.stateAt(e.seq, NAMES));
      expect(spared.linesReplayed).toBe(lines + 1);
    }
    // The live view's "before" (the ping line's start) was captured by that replay too.
    expect(spared.stateAt('live', NAMES)).toEqual(oracle.stateAt('live', NAMES));
    expect(spared.linesReplayed).toBe(lines + 1);
    expect(oracle.linesReplayed).toBe(lines + 1); // its one replay ran the lab again
  });

  it('replays in full an event before the spare, and from then on keeps the spare that early', () => {
    const more = 'ip netns exec c2 ping -c 8 172.17.0.2';
    const steps = new Stepping(new Session({ seed: 1 }), 1);
    steps.run(DOCKER0);
    steps.run(more);
    const oracle = new Stepping(new Session({ seed: 1 }), 1);
    oracle.run(DOCKER0);
    oracle.run(more);
    const { events, commands } = steps.trace();
    const lines = commands.length - 1;
    while (steps.prepare(50));
    expect(steps.linesReplayed).toBe(lines);
    // The lab's first ping: before the spare, so a full replay up to it.
    const early = events[0].seq;
    const firstPing = commands.findIndex((c) => c.endSeq > c.firstSeq);
    expect(steps.stateAt(early, NAMES)).toEqual(oracle.stateAt(early, NAMES));
    expect(steps.linesReplayed).toBeGreaterThan(lines + firstPing);
    // From now on the spare waits at that ping (it runs the lines before it): another miss there
    // runs the lines from that ping on, however many came before it.
    const replayed = steps.linesReplayed;
    while (steps.prepare(50));
    expect(steps.linesReplayed).toBe(replayed + firstPing);
    expect(firstPing).toBeGreaterThan(5);
    const late = events.find((e) => e.seq > early + 64);
    if (!late) throw new Error('the lab emits fewer than 65 events');
    expect(steps.stateAt(late.seq, NAMES)).toEqual(oracle.stateAt(late.seq, NAMES));
    expect(steps.linesReplayed - replayed - firstPing).toBeLessThanOrEqual(lines + 1 - firstPing);
  });

  it('rejects an event that does not exist', () => {
    const steps = new Stepping(new Session({ seed: 1 }), 1);
    steps.run(DOCKER0);
    expect(() => steps.stateAt(10_000, NAMES)).toThrow(RangeError);
  });
});

describe('StepEvents: frames as bytes and named fields', () => {
  it('gives the ARP request by layer, 42 bytes as a veth carries it (no padding), in the ARP category', () => {
    const steps = new Stepping(new Session({ seed: 1 }), 1);
    steps.run(DOCKER0);
    const tx = steps.trace().events.find((e) => e.kind === 'frame-tx')!;
    expect(tx.category).toBe('arp');
    expect(tx.frame?.bytes.length).toBe(42);
    expect(tx.frame?.summary).toBe('ARP, Request who-has 172.17.0.3 tell 172.17.0.2');
    expect(tx.frame?.layers.map((l) => l.name)).toEqual(['Ethernet II', 'ARP']);
    const tpa = tx.frame!.layers[1].fields.find((f) => f.name === 'Target IP address')!;
    expect(tpa).toEqual({ name: 'Target IP address', value: '172.17.0.3', offset: 38, length: 4 });
    expect([...tx.frame!.bytes.subarray(38, 42)]).toEqual([172, 17, 0, 3]);
  });

  it('shows what a routed hop and MASQUERADE changed: MACs, TTL, source address', () => {
    const steps = new Stepping(new Session({ seed: 1 }), 1);
    const transcript = steps.run(ROUTED);
    expect(transcript).toContain('1 packets transmitted, 1 received');
    const events = steps.trace().events;
    const nat = events.find((e) => e.kind === 'nat')!;
    expect(nat.category).toBe('netfilter');
    expect(nat.changes).toContainEqual({
      layer: 'IPv4',
      name: 'Source address',
      old: '10.1.0.2',
      new: '10.2.0.1',
    });
    // The echo request leaving the router: one hop fewer and new MACs, compared with when it left a.
    const out = events.find(
      (e) => e.kind === 'frame-tx' && e.ns === 'r' && e.frame?.summary.includes('request'),
    )!;
    const names = out.changes!.map((c) => `${c.layer}/${c.name}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'Ethernet II/Destination',
        'Ethernet II/Source',
        'IPv4/Time to live',
        'IPv4/Source address',
      ]),
    );
    expect(out.changes).toContainEqual({ layer: 'IPv4', name: 'Time to live', old: '64', new: '63' });
    // The router's conntrack entry and the MASQUERADE counter, as the tools print them.
    const s = steps.stateAt('live', ['r']);
    expect(s.namespaces[0].tables.conntrack[0].text).toMatch(
      /^icmp\s+1 \d+ src=10\.1\.0\.2 dst=10\.2\.0\.2 type=8/,
    );
    expect(s.namespaces[0].tables.iptables.map((r) => r.text)).toContain('# iptables -t nat -L -n -v');
  });

  it('crosses Comlink-free structured cloning intact (plain data only)', async () => {
    const lab = createLab();
    await lab.run(DOCKER0);
    const chunk = await lab.trace(0, 0);
    expect(structuredClone(chunk)).toEqual(chunk);
    const state = await lab.stateAt(chunk.events.length - 1, NAMES);
    expect(structuredClone(state)).toEqual(state);
  });
});
