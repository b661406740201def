import { describe, expect, it } from 'vitest';
import { Session } from '../../shell/session.ts';
import type { Bridge } from './bridge.ts';

describe('bridge loops', () => {
  it('stops a broadcast storm between two bridges joined twice, and says so', () => {
    const s = new Session({ seed: 2 });
    s.run(`ip link add br0 type bridge
ip link add br1 type bridge
ip link add a1 type veth peer name b1
ip link add a2 type veth peer name b2
ip link set a1 master br0
ip link set a2 master br0
ip link set b1 master br1
ip link set b2 master br1
ip netns add h
ip link add hv type veth peer name eth0 netns h
ip link set hv master br0
ip -n h addr add 10.0.0.1/24 dev eth0
ip -n h link set eth0 up
ip link set hv up
ip link set a1 up
ip link set a2 up
ip link set b1 up
ip link set b2 up
ip link set br0 up
ip link set br1 up`);
    const r = s.exec('ip netns exec h ping -c 1 -W 1 10.0.0.2');
    expect(r.output).toContain('1 packets transmitted, 0 received');
    const storms = s.world.log.events.filter((e) => e.kind === 'storm');
    expect(storms.length).toBeGreaterThan(0);
    expect(storms[0].text).toMatch(/broadcast storm/);
    expect(s.world.stormed).toBe(true);
  });
});

describe('bridge ports', () => {
  it('numbers ports with the lowest free number, reusing a removed port number (find_portno)', () => {
    const s = new Session();
    s.run(`ip link add br0 type bridge
${[1, 2, 3, 4].map((i) => `ip link add p${i} type veth peer name q${i}\nip link set p${i} master br0`).join('\n')}
ip link set p2 nomaster
ip link set p4 nomaster
ip link add p5 type veth peer name q5
ip link set p5 master br0
ip link add p6 type veth peer name q6
ip link set p6 master br0
ip link set p2 master br0`);
    const br = s.world.host.dev('br0') as Bridge;
    const no = (name: string) => br.port(s.world.host.dev(name)!)?.portNo;
    expect(['p1', 'p3', 'p5', 'p6', 'p2'].map(no)).toEqual([1, 3, 2, 4, 5]);
    expect(no('p4')).toBeUndefined();
  });
});
