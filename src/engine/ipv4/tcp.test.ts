// The TCP state machine through a whole connection, checked on the sockets, conntrack and the trace.
import { describe, expect, it } from 'vitest';
import { Session } from '../../shell/session.ts';
import { SEC } from '../sim/clock.ts';

const TOPO = `ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
`;

function lab() {
  const s = new Session({ seed: 3 });
  s.run(TOPO);
  return s;
}

describe('TCP', () => {
  it('connects, closes actively into TIME_WAIT for 60 s, and the server ends CLOSED', () => {
    const s = lab();
    const a = s.world.netns('a')!.stack.tcp;
    const b = s.world.netns('b')!.stack.tcp;
    s.run('ip netns exec b nc -l 80 &\n');
    expect(b.listListeners().map((l) => l.local.port)).toEqual([80]);
    expect(s.run('ip netns exec a nc -z -v 10.0.0.2 80\n')).toContain('succeeded!');
    // nc -l served its one connection and is gone; the client side waits in TIME_WAIT.
    expect(b.listListeners()).toEqual([]);
    expect(b.listSocks()).toEqual([]);
    const [tw] = a.listSocks();
    expect(tw.state).toBe('TIME_WAIT');
    expect(tw.local.port % 2).toBe(0); // connect() takes even ports
    s.world.advance(59 * SEC);
    expect(a.listSocks()).toHaveLength(1);
    s.world.advance(2 * SEC);
    expect(a.listSocks()).toEqual([]);
  });

  it('answers a SYN to a closed port with RST|ACK, which the client reports as refused', () => {
    const s = lab();
    const out = s.run('ip netns exec a nc -z -v 10.0.0.2 81\n');
    expect(out).toContain('nc: connect to 10.0.0.2 port 81 (tcp) failed: Connection refused');
    const texts = s.world.log.events.map((e) => e.text);
    expect(texts.some((t) => /nothing listens on port 81.*reset/.test(t))).toBe(true);
    expect(texts.some((t) => /reset received in state SYN_SENT/.test(t))).toBe(true);
  });

  it('retransmits an unanswered SYN after 1 s, 2 s, 4 s … and times out after 6 retries', () => {
    const s = lab();
    s.run('ip netns exec b iptables -A INPUT -p tcp -j DROP\n');
    const t0 = s.world.clock.now;
    const out = s.run('ip netns exec a nc -z -v 10.0.0.2 80\n');
    expect(out).toContain('failed: Connection timed out');
    // SYN at 0, then 1, 3, 7, 15, 31, 63 s; the connection gives up at 127 s.
    expect(Math.round((s.world.clock.now - t0) / SEC)).toBe(127);
    expect(s.run('ip netns exec b iptables -L INPUT -n -v -x\n')).toMatch(/\n\s+7\s+420 DROP/);
  });

  it('tracks the connection in conntrack: ASSURED after the handshake, TIME_WAIT for 120 s', () => {
    const s = lab();
    s.run(
      'ip netns exec b iptables -A INPUT -m conntrack --ctstate NEW\nip netns exec b nc -lk 80 &\nip netns exec a nc -z 10.0.0.2 80\n',
    );
    const [e] = s.world.netns('b')!.nf.ct.entries(s.world.clock.now);
    expect(e.tcp).toBe('TIME_WAIT');
    expect(e.assured).toBe(true);
    expect(e.expires - s.world.clock.now).toBeGreaterThan(119 * SEC);
    // The learner can follow the entry through the trace.
    const ct = s.world.log.events
      .filter((x) => x.ns === 'b' && x.text.startsWith('conntrack:'))
      .map((x) => x.text);
    expect(ct[0]).toMatch(/^conntrack: new connection tcp 10\.0\.0\.1:\d+ → 10\.0\.0\.2:80 \(SYN_SENT\)/);
    expect(ct).toContainEqual(
      expect.stringMatching(/entry confirmed .* replies will match tcp 10\.0\.0\.2:80 → 10\.0\.0\.1:/),
    );
    const states = ct.flatMap((t) => /TCP state (\w+) → (\w+)/.exec(t)?.slice(1, 3).join('→') ?? []);
    expect(states).toEqual([
      'SYN_SENT→SYN_RECV',
      'SYN_RECV→ESTABLISHED',
      'ESTABLISHED→FIN_WAIT',
      'FIN_WAIT→LAST_ACK',
      'LAST_ACK→TIME_WAIT',
    ]);
  });
});
