// nc as a client in the foreground without -w: it ends when the peer closes, and says it would hang
// when nothing ever closes the connection (the kernel's nc would wait forever).
import { describe, expect, it } from 'vitest';
import { Session } from './session.ts';

const TOPO = `ip netns add a
ip netns add b
ip link add va netns a type veth peer name vb netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up
ip netns exec b nc -lk 4000 >/dev/null &
`;

describe('nc client without -w', () => {
  it('with -N sends its input, then its FIN, and exits when the listener closes too', () => {
    const s = new Session({ seed: 2 });
    s.run(TOPO);
    const r = s.exec('ip netns exec a nc -N 10.0.0.2 4000 < /proc/sys/net/ipv4/ip_forward');
    expect(r.status).toBe(0);
    expect(r.output).toBe('');
    expect(s.run('ip netns exec a ss -tan\n')).toMatch(/TIME-WAIT .*10\.0\.0\.2:4000/);
  });

  it('without -N nothing closes the connection: unsupported, after a bounded wait', () => {
    const s = new Session({ seed: 2 });
    s.run(TOPO);
    const t0 = s.world.clock.now;
    const r = s.exec('ip netns exec a nc -v 10.0.0.2 4000');
    expect(r.output).toMatch(/^Connection to 10\.0\.0\.2 4000 port \[tcp\/\*\] succeeded!\n/);
    expect(r.output).toContain('netns-lab: unsupported: this nc would wait forever');
    expect(r.status).toBe(2);
    expect(s.world.clock.now - t0).toBeLessThanOrEqual(601e6);
  });
});
