import { describe, expect, it } from 'vitest';
import { Session } from '../../shell/session.ts';

const SETUP = `ip link add br0 address 02:00:00:00:00:f0 type bridge
ip link set br0 up
ip netns add a
ip netns add b
ip link add pa address 02:00:00:00:00:a1 type veth peer name eth0 address 02:00:00:00:00:aa netns a
ip link add pb address 02:00:00:00:00:b1 type veth peer name eth0 address 02:00:00:00:00:bb netns b
ip link set pa master br0
ip link set pb master br0
ip link set pa up
ip link set pb up
ip -n a addr add 10.0.0.1/24 dev eth0
ip -n b addr add 10.0.0.2/24 dev eth0
ip -n a link set eth0 up
ip -n b link set eth0 up`;

describe('trace', () => {
  it('explains a first ping across a bridge step by step, in order', () => {
    const s = new Session();
    s.run(SETUP);
    const from = s.world.log.count;
    s.exec('ip netns exec a ping -c 1 10.0.0.2');
    const events = s.world.log.events.filter((e) => e.seq >= from);
    const texts = events.map((e) => `${e.kind}@${e.ns}/${e.dev ?? ''}: ${e.text}`);
    const find = (re: RegExp) => texts.findIndex((t) => re.test(t));
    const order = [
      find(/^route@a\/eth0: route lookup for 10\.0\.0\.2: matched "10\.0\.0\.0\/24 dev eth0"/),
      find(/^neigh-state@a\/eth0: neighbour 10\.0\.0\.2 on eth0: NONE → INCOMPLETE/),
      find(/^arp-request@a\/eth0: eth0 broadcasts an ARP request: who-has 10\.0\.0\.2 tell 10\.0\.0\.1/),
      find(/^fdb-learn@\/br0: br0 learned 02:00:00:00:00:aa on port pa/),
      find(/^flood@\/br0: broadcast frame: br0 floods it .*\(pb\)/),
      find(/^neigh-state@b\/eth0: neighbour 10\.0\.0\.1 on eth0: NONE → STALE/),
      find(/^arp-reply@b\/eth0: eth0 answers: 10\.0\.0\.2 is-at 02:00:00:00:00:bb/),
      find(/^bridge-forward@\/br0: br0: FDB says 02:00:00:00:00:aa is on port pa/),
      find(/^neigh-state@a\/eth0: neighbour 10\.0\.0\.2 on eth0: INCOMPLETE → REACHABLE/),
      find(/^deliver@b\/eth0: 10\.0\.0\.1 → 10\.0\.0\.2 ICMP echo request seq 1 delivered locally/),
      find(/^deliver@a\/eth0: 10\.0\.0\.2 → 10\.0\.0\.1 ICMP echo reply seq 1 delivered to the ping/),
    ];
    expect(
      order.every((i) => i >= 0),
      texts.join('\n'),
    ).toBe(true);
    expect([...order].sort((x, y) => x - y)).toEqual(order);
    // Every event has a time, a place and a sentence; frames carry the packet at that step.
    for (const e of events) {
      expect(e.text.length).toBeGreaterThan(10);
      expect(e.t).toBeGreaterThanOrEqual(0);
    }
    const reply = events.find((e) => e.kind === 'arp-reply');
    expect(reply?.frame?.payload.kind).toBe('arp');
  });

  it('says why a packet was dropped', () => {
    const s = new Session();
    s.run(`${SETUP}\nip -n a route add default via 10.0.0.2`);
    s.exec('ip netns exec a ping -c 1 -W 1 192.0.2.9');
    const drops = s.world.log.events.filter((e) => e.kind === 'drop').map((e) => e.text);
    expect(
      drops.some((t) =>
        /IP forwarding is off on eth0 \(net\.ipv4\.ip_forward = 0\): dropped silently/.test(t),
      ),
    ).toBe(true);
  });
});

describe('NAT in the trace', () => {
  it('carries the packet before and after each rewrite, for the forward rewrite and the reply', () => {
    const s = new Session();
    s.run(`sysctl -w net.ipv4.ip_forward=1
ip netns add inner
ip netns add world
ip link add to-inner type veth peer name eth0 netns inner
ip link add to-world type veth peer name eth0 netns world
ip addr add 10.3.0.1/24 dev to-inner
ip addr add 100.64.0.1/24 dev to-world
ip link set to-inner up
ip link set to-world up
ip -n inner addr add 10.3.0.2/24 dev eth0
ip -n inner link set eth0 up
ip -n inner route add default via 10.3.0.1
ip -n world addr add 100.64.0.2/24 dev eth0
ip -n world link set eth0 up
iptables -t nat -A POSTROUTING -s 10.3.0.0/24 -o to-world -j MASQUERADE`);
    const from = s.world.log.count;
    expect(s.exec('ip netns exec inner ping -c 1 100.64.0.2').output).toContain('1 received');
    const nat = s.world.log.events.filter((e) => e.seq >= from && e.kind === 'nat');
    expect(nat.map((e) => e.text)).toEqual([
      'SNAT: source 10.3.0.2 → 100.64.0.1 (conntrack binding)',
      'reply un-NATed by conntrack: destination 100.64.0.1 → 10.3.0.2',
    ]);
    expect(nat[0].rewrite?.before.src).toBe(0x0a030002);
    expect(nat[0].rewrite?.after.src).toBe(0x64400001);
    expect(nat[1].rewrite?.after.dst).toBe(0x0a030002);
    const rule = s.world.log.events.find(
      (e) => e.seq >= from && e.kind === 'netfilter' && e.text.includes('matched'),
    );
    expect(rule?.text).toBe(
      'nat POSTROUTING rule 1 (-A POSTROUTING -s 10.3.0.0/24 -o to-world -j MASQUERADE) matched: MASQUERADE',
    );
  });
});
