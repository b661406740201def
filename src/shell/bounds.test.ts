// Every command has a bounded cost (issue 9, defect 6) and a world owns all of its state, so one
// process replays a script identically (defect 8). These assert on output, never on time.

import { describe, expect, it } from 'vitest';
import { PING_MAX_PROBES } from './ping.ts';
import { MAX_COMMAND_DEPTH, Session } from './session.ts';

describe('bounded commands', () => {
  it("a sleep past the virtual clock's end (sleep infinity, 1e400, 1e20, a sum) is stopped and says so", () => {
    const s = new Session();
    for (const arg of ['infinity', 'inf', '1e400', '99999999999999999999', '300d 1e10']) {
      const before = s.world.clock.now;
      const r = s.exec(`sleep ${arg}`);
      expect(r).toEqual({
        output:
          'netns-lab: stopped: sleep would run the virtual clock past its end (2^53 µs, about 285 years); nothing was waited\n',
        status: 2,
        unsupported: false,
        stopped:
          'sleep would run the virtual clock past its end (2^53 µs, about 285 years); nothing was waited',
      });
      expect(s.world.clock.now).toBe(before);
    }
    // A century is fine: timers run and the clock stays an exact integer.
    expect(s.exec('sleep 36500d').status).toBe(0);
    expect(Number.isSafeInteger(s.world.clock.now)).toBe(true);
    expect(s.exec('sleep 1e-3').status).toBe(0);
  });

  it('timeout inf or 0 is no timeout (coreutils: 0 disables it), so a foreground capture is left waiting', () => {
    const s = new Session();
    s.exec('ip link set lo up');
    for (const d of ['0', 'inf']) {
      const r = s.exec(`timeout ${d} tcpdump -i lo -n`);
      expect(r.status).toBe(2);
      expect(r.output).toContain('netns-lab: unsupported: this tcpdump would keep waiting for packets');
      expect(Number.isSafeInteger(s.world.clock.now)).toBe(true);
    }
  });

  it('ping -c 2147483647 stops after the probe limit with its statistics; icmp_seq wraps at 16 bits', () => {
    const s = new Session();
    s.exec('ip link set lo up');
    const r = s.exec('ping -c 2147483647 -i 0.001 127.0.0.1');
    const lines = r.output.split('\n');
    expect(lines.filter((l) => l.includes('icmp_seq=')).length).toBe(PING_MAX_PROBES);
    // After 65535 comes 0, as on the wire (iputils prints the 16-bit sequence).
    const i = lines.findIndex((l) => l.includes(' icmp_seq=65535 '));
    expect(lines[i + 1]).toContain(' icmp_seq=0 ');
    expect(r.output).toContain(
      `netns-lab: ping stopped after ${PING_MAX_PROBES} probes (the most one command sends here), as if interrupted\n\n--- 127.0.0.1 ping statistics ---\n${PING_MAX_PROBES} packets transmitted, ${PING_MAX_PROBES} received, 0% packet loss`,
    );
    expect(r.status).toBe(0);
  }, 120_000);

  it('ping without -c or -w says why it stopped', () => {
    const s = new Session();
    s.exec('ip link set lo up');
    const r = s.exec('ping -q 127.0.0.1');
    expect(r.output).toContain(
      'netns-lab: ping stopped after 10 s without -c or -w, as Ctrl+C would stop it (give -c COUNT to choose how many)\n',
    );
    // Stopped just before the probe due at 10 s, as a Ctrl+C then would: every probe was answered.
    expect(r.output).toContain('10 packets transmitted, 10 received, 0% packet loss, time 9000ms');
  }, 60_000);

  it('a 20,000-deep ip netns exec chain runs the innermost command (exec replaces, nothing nests)', () => {
    const s = new Session();
    s.exec('ip netns add a');
    const r = s.exec(`${'ip netns exec a '.repeat(20_000)}ip link show lo`);
    expect(r).toMatchObject({ status: 0, output: s.exec('ip netns exec a ip link show lo').output });
    // Each level is still checked as ip checks it.
    const bad = s.exec(`${'ip netns exec a '.repeat(100)}ip netns exec nosuch ip link`);
    expect(bad.output).toBe('Cannot open network namespace "nosuch": No such file or directory\n');
  });

  it('commands that really nest stop at the depth limit with a message', () => {
    const s = new Session();
    s.exec('ip netns add a');
    const r = s.exec(`${'ip -4 netns exec a '.repeat(20_000)}ip link show lo`);
    expect(r).toEqual({
      status: 2,
      unsupported: false,
      stopped: `commands nested more than ${MAX_COMMAND_DEPTH} deep`,
      output: `netns-lab: stopped: commands nested more than ${MAX_COMMAND_DEPTH} deep\n`,
    });
    const ok = s.exec(`${'ip -4 netns exec a '.repeat(MAX_COMMAND_DEPTH - 1)}ip link show lo`);
    expect(ok.status).toBe(0);
  }, 60_000);

  it('a script says which lines a bound stopped, by line number', () => {
    const s = new Session();
    const lines = s.runLines(
      [
        'ip netns add a',
        'ip link set lo up',
        `${'ip -4 netns exec a '.repeat(MAX_COMMAND_DEPTH + 1)}ip link show lo`,
        'ping -q 127.0.0.1',
        'ping -c 1 127.0.0.1',
      ].join('\n'),
    );
    expect(lines.filter((l) => l.stopped).map((l) => [l.line, l.stopped])).toEqual([
      [3, `commands nested more than ${MAX_COMMAND_DEPTH} deep`],
      [
        4,
        'ping stopped after 10 s without -c or -w, as Ctrl+C would stop it (give -c COUNT to choose how many)',
      ],
    ]);
  }, 60_000);

  it('20,000 addresses on one device: all added, listed, deleted and flushed', () => {
    const s = new Session();
    s.exec('ip link add v0 type veth peer name v1');
    s.exec('ip link set v0 up');
    const ip = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
    for (let i = 0; i < 20_000; i++) expect(s.exec(`ip addr add ${ip(i)}/32 dev v0`).status).toBe(0);
    expect(s.exec('ip addr add 10.0.0.7/32 dev v0').output).toBe('Error: ipv4: Address already assigned.\n');
    const inet = () =>
      s
        .exec('ip -4 addr show dev v0')
        .output.split('\n')
        .filter((l) => l.startsWith('    inet '));
    const shown = inet();
    expect(shown.length).toBe(20_000);
    expect(shown[19_999]).toBe(`    inet ${ip(19_999)}/32 scope global v0`);
    expect(
      s
        .exec('ip route show table local')
        .output.split('\n')
        .filter((l) => l.includes('dev v0')).length,
    ).toBe(20_000);
    for (let i = 0; i < 10_000; i++) s.exec(`ip addr del ${ip(i)}/32 dev v0`);
    expect(inet().length).toBe(10_000);
    s.exec('ip addr flush dev v0');
    expect(inet()).toEqual([]);
    expect(s.exec('ip route show table local').output).not.toContain('dev v0');
  }, 120_000);
});

describe('determinism in one process', () => {
  it('the same script replayed twice gives the same transcript (ICMP ids come from the world)', () => {
    const script = [
      'ip netns add a',
      'ip netns add b',
      'ip link add va netns a type veth peer name vb netns b',
      'ip -n a addr add 10.0.0.1/24 dev va',
      'ip -n b addr add 10.0.0.2/24 dev vb',
      'ip -n a link set va up',
      'ip -n b link set vb up',
      'ip netns exec a iptables -t nat -A POSTROUTING -j MASQUERADE',
      'ip netns exec a ping -c 1 10.0.0.2',
      'ip netns exec a ping -c 1 10.0.0.2',
      'ip netns exec a conntrack -L',
    ].join('\n');
    const first = new Session().run(script);
    const second = new Session().run(script);
    expect(first).toContain('id=16384');
    expect(second).toBe(first);
  });
});
