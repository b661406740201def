import { describe, expect, it, vi } from 'vitest';
import { EXAMPLES } from '../examples/index.ts';
import { createLab } from './lab.ts';

describe('lab (LabApi over a Session)', () => {
  it("runs the step view's spare replay in idle slices, and steps onto the same tables", async () => {
    vi.useFakeTimers();
    try {
      const script = EXAMPLES.find((e) => e.file === 'docker0.sh')!.script;
      const idle = createLab(1, { prepareWhenIdle: true });
      const plain = createLab(1);
      await idle.run(script);
      await plain.run(script);
      // The slices are timers of their own: a call that comes meanwhile goes first.
      expect(vi.getTimerCount()).toBe(1);
      await vi.runAllTimersAsync();
      expect(vi.getTimerCount()).toBe(0);
      const { events } = await plain.trace(0, 0);
      for (const e of [events[0], events[events.length >> 1]])
        expect(await idle.stateAt(e.seq, ['', 'c1'])).toEqual(await plain.stateAt(e.seq, ['', 'c1']));
    } finally {
      vi.useRealTimers();
    }
  });

  it('runs a script and returns the transcript and the topology', async () => {
    const lab = createLab();
    const { transcript, snapshot } = await lab.run(
      [
        'ip netns add a',
        'ip link add v0 type veth peer name v1 netns a',
        'ip addr add 10.0.0.1/24 dev v0',
      ].join('\n'),
    );
    expect(transcript).toContain('$ ip netns add a\n');
    expect(snapshot.namespaces.map((n) => n.name)).toEqual(['', 'a']);
    const v0 = snapshot.namespaces[0].links.find((l) => l.name === 'v0');
    expect(v0).toMatchObject({ kind: 'veth', addrs: ['10.0.0.1/24'], peer: { netns: 'a', ifname: 'v1' } });
    expect(await lab.snapshot()).toEqual(snapshot);
  });

  it('lists the files commands wrote and the captures still running, and hands out a pcap', async () => {
    const lab = createLab();
    await lab.run(
      [
        'ip netns add a',
        'ip link add v0 type veth peer name v1 netns a',
        'ip addr add 10.0.0.1/24 dev v0',
        'ip -n a addr add 10.0.0.2/24 dev v1',
        'ip link set v0 up',
        'ip -n a link set v1 up',
        'ip netns exec a tcpdump -i v1 -w ./a-v1.pcap icmp 2>/dev/null &',
        'tcpdump -i any 2>log.txt >/dev/null &',
      ].join('\n'),
    );
    expect((await lab.files()).captures).toEqual([
      { ns: 'a', dev: 'v1', file: 'a-v1.pcap' },
      { ns: '', dev: 'any' },
    ]);
    await lab.run('ping -c 1 10.0.0.2\npkill tcpdump');
    const { files, captures } = await lab.files();
    expect(captures).toEqual([]);
    // The pcap header (24 bytes) and two records of 16 + 98 bytes: the echo request and its reply.
    expect(files).toEqual([
      { path: 'a-v1.pcap', size: 24 + 2 * (16 + 98) },
      { path: 'log.txt', size: expect.any(Number) },
    ]);
    const pcap = await lab.readFile('a-v1.pcap');
    expect([...pcap!.subarray(0, 4)]).toEqual([0xd4, 0xc3, 0xb2, 0xa1]);
    expect(await lab.readFile('nothing.pcap')).toBeUndefined();
  });

  it('reset starts over with an empty host', async () => {
    const lab = createLab();
    await lab.run('ip netns add a');
    await lab.reset();
    const snap = await lab.snapshot();
    expect(snap.namespaces.map((n) => n.name)).toEqual(['']);
    expect(snap.timeMs).toBe(0);
  });

  it('is deterministic for a given seed', async () => {
    const script = 'ip link add br0 type bridge\nip link add v0 type veth peer name v1';
    const a = await createLab(7).run(script);
    const b = await createLab(7).run(script);
    expect(a).toEqual(b);
  });
});

describe('built-in examples', () => {
  for (const ex of EXAMPLES) {
    it(`${ex.file} runs without errors`, async () => {
      const { transcript } = await createLab().run(ex.script);
      expect(transcript).not.toMatch(/^(Error:|RTNETLINK answers:|netns-lab:|Cannot )/m);
    });
  }

  it('k8s-pod-service.sh: TCP to the ClusterIP reaches the Pod, ping to it does not', async () => {
    const ex = EXAMPLES.find((e) => e.file === 'k8s-pod-service.sh')!;
    const lab = createLab();
    const { transcript } = await lab.run(ex.script);
    expect(transcript).toContain('pod/web created');
    const ip = /^web\s+ClusterIP\s+(\S+)/m.exec((await lab.run('kubectl get svc')).transcript)![1];
    expect((await lab.run(`kubectl exec client -- nc -z -v -w 2 ${ip} 80`)).transcript).toContain(
      `Connection to ${ip} 80 port [tcp/http] succeeded!`,
    );
    expect((await lab.run(`kubectl exec client -- ping -c 1 -W 1 ${ip}`)).transcript).toMatch(
      /1 packets transmitted, 0 received/,
    );
  });

  it('docker0.sh: c1 pings c2 across the bridge', async () => {
    const ex = EXAMPLES.find((e) => e.file === 'docker0.sh')!;
    const { transcript, snapshot } = await createLab().run(ex.script);
    expect(transcript).toMatch(/^64 bytes from 172\.17\.0\.3: icmp_seq=1 ttl=64 /m);
    expect(transcript).toContain('1 packets transmitted, 1 received, 0% packet loss');
    expect(snapshot.namespaces.map((n) => n.name)).toEqual(['', 'c1', 'c2']);
    const host = snapshot.namespaces[0];
    expect(host.links.find((l) => l.name === 'docker0')).toMatchObject({
      kind: 'bridge',
      addrs: ['172.17.0.1/16'],
    });
    for (const [veth, ns, mac, addr] of [
      ['veth1', 'c1', '02:42:ac:11:00:02', '172.17.0.2/16'],
      ['veth2', 'c2', '02:42:ac:11:00:03', '172.17.0.3/16'],
    ]) {
      expect(host.links.find((l) => l.name === veth)).toMatchObject({
        master: 'docker0',
        operstate: 'UP',
        peer: { netns: ns, ifname: 'eth0' },
      });
      const eth0 = snapshot.namespaces.find((n) => n.name === ns)!.links.find((l) => l.name === 'eth0');
      expect(eth0).toMatchObject({ mac, addrs: [addr], operstate: 'UP' });
    }
  });
});

describe('an edit that appends lines runs only those lines', () => {
  const base = EXAMPLES.find((e) => e.file === 'docker0.sh')!.script.replace(/^ip netns exec.*\n/gm, '');
  const more =
    'ip netns add c3\nip link add v3 type veth peer name eth0 netns c3\nip link set v3 master docker0 up\n';
  const state = async (lab: ReturnType<typeof createLab>) => ({
    snapshot: await lab.snapshot(),
    trace: (await lab.trace(0, 0)).events.map((e) => `${e.seq} ${e.kind} ${e.text}`),
    exported: await lab.exportScript(),
    addrs: (await lab.run('ip -n c3 addr; ip neigh; ip link')).transcript,
  });

  it('gives the world, trace and transcript of a full replay', async () => {
    const a = createLab();
    await a.replay(base, 7);
    const inc = await a.replay(base + more, 7, base.split('\n').length);
    const b = createLab();
    const all = await b.replay(base + more, 7, base.split('\n').length);
    expect(inc.transcript).toBe(all.transcript);
    expect(inc.lines).toEqual(all.lines);
    expect(inc.snapshot).toEqual(all.snapshot);
    expect(await state(a)).toEqual(await state(b));
  });

  it('refused, leaves the engine as it was; after traffic on top, replays in full', async () => {
    const a = createLab();
    await a.replay(base, 7);
    const before = (await a.trace(0, 0)).events.length;
    const r = await a.replay(`${base}ip link set nosuch up\n`, 7, base.split('\n').length);
    expect(r.kept).toBe(false);
    expect(r.lines.at(-1)!.status).not.toBe(0);
    expect((await a.trace(0, 0)).events.length).toBe(before);
    expect((await a.snapshot()).namespaces.map((n) => n.name)).toEqual(['', 'c1', 'c2']);
    // Traffic run on top is not part of the document: the next replay starts again from nothing.
    await a.run('ip netns add stray');
    await a.replay(base + more, 7);
    expect((await a.snapshot()).namespaces.map((n) => n.name)).toEqual(['', 'c1', 'c2', 'c3']);
  });
});
