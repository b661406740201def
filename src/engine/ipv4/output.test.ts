// ip_local_out's reroute after nat OUTPUT (ip_route_me_harder) and __mkroute_output's loopback rule.
import { describe, expect, it } from 'vitest';
import { Session } from '../../shell/session.ts';

const LAB = `ip link add docker0 type bridge
ip addr add 172.17.0.1/16 dev docker0
ip link set docker0 up
ip netns add web
ip link add veth1 type veth peer name eth0 netns web
ip link set veth1 master docker0
ip link set veth1 up
ip -n web addr add 172.17.0.2/16 dev eth0
ip -n web link set eth0 up
ip -n web route add default via 172.17.0.1
iptables -t nat -A OUTPUT -p tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80
ip netns exec web nc -lk 80 &
`;

describe('OUTPUT DNAT of a loopback connection', () => {
  it('drops the SYN when its reroute fails, leaves no conntrack entry and says why', () => {
    const s = new Session({ seed: 1 });
    s.run(LAB);
    const out = s.run('nc -zv -w 1 127.0.0.1 8080\n');
    expect(out).toContain('timed out: Operation now in progress');
    const host = s.world.netns('')!;
    expect(host.nf.ct.entries(s.world.clock.now)).toEqual([]);
    const drops = s.world.log.events.filter((e) => e.code === 'route.reroute-failed');
    // The first SYN and its retransmission within nc's one second.
    expect(drops.length).toBeGreaterThanOrEqual(1);
    expect(drops[0].text).toMatch(
      /^TCP 127\.0\.0\.1:\d+ → 172\.17\.0\.2:80 \[SYN\] was rewritten in OUTPUT; .*source 127\.0\.0\.1 is a loopback address and docker0 is not the loopback device/,
    );
    // Nothing reached the container.
    expect(s.world.log.events.some((e) => e.ns === 'web' && /127\.0\.0\.1/.test(e.text))).toBe(false);
  });

  it('works from the host address, and route_localnet on the device lets 127.0.0.1 leave', () => {
    const s = new Session({ seed: 1 });
    s.run(LAB);
    expect(s.run('nc -zv -w 1 172.17.0.1 8080\n')).toContain('succeeded!');
    s.run('sysctl -qw net.ipv4.conf.docker0.route_localnet=1\n');
    expect(s.run('nc -zv -w 1 -s 127.0.0.1 172.17.0.2 80\n')).toContain('timed out');
  });

  it('refuses a connect() from 127.0.0.1 to a remote address with EINVAL', () => {
    const s = new Session({ seed: 1 });
    s.run(LAB);
    expect(s.run('nc -zv -w 1 -s 127.0.0.1 172.17.0.2 80\n')).toContain(
      'nc: connect to 172.17.0.2 port 80 (tcp) failed: Invalid argument',
    );
  });
});
