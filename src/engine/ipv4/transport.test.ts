// A transport protocol needs only what the IPv4 layer offers it (Ipv4Services): no namespace, no
// world, no stack. Here UDP runs against a stand-in for that layer.

import { describe, expect, it } from 'vitest';
import type { Device } from '../link/device.ts';
import type { Skb } from '../link/skb.ts';
import { Clock } from '../sim/clock.ts';
import { Rng } from '../sim/rng.ts';
import { ICMP_DEST_UNREACH, ICMP_PORT_UNREACH, IPPROTO_UDP, type Ipv4Packet } from '../wire/packet.ts';
import type { Ipv4Services } from './transport.ts';
import { UdpTable } from './udp.ts';

describe('a transport over Ipv4Services', () => {
  it('UDP binds, delivers and answers a closed port through the services alone', () => {
    const local = 0x0a000001;
    const icmp: number[][] = [];
    const steps: string[] = [];
    const ip: Ipv4Services = {
      clock: new Clock(),
      rng: new Rng(1),
      isLocal: (a) => a === local,
      routeConnect: () => ({ error: 'ENETUNREACH' }),
      routeOutput: () => undefined,
      output: () => ({ ok: true, src: local }),
      icmpSend: (_orig, type, code) => icmp.push([type, code]),
      trace: (kind) => steps.push(kind),
      tracing: true,
    };
    const udp = new UdpTable(ip);
    expect(udp.bind(0x0a000002, 53)).toBe('EADDRNOTAVAIL');
    const s = udp.bind(local, 53);
    if (typeof s === 'string') throw new Error(s);
    const got: number[] = [];
    s.onDatagram = (from) => got.push(from.port);
    const pkt = (dport: number): Ipv4Packet => ({
      kind: 'ipv4',
      src: 0x0a000009,
      dst: local,
      ttl: 64,
      protocol: IPPROTO_UDP,
      id: 1,
      tos: 0,
      payload: { kind: 'udp', sport: 4000, dport, dataLen: 1 },
    });
    const dev = {} as Device;
    const skb = { packetId: 1 } as Skb;
    udp.rcv(dev, pkt(53), skb, false);
    udp.rcv(dev, pkt(54), skb, false);
    expect(got).toEqual([4000]);
    expect(icmp).toEqual([[ICMP_DEST_UNREACH, ICMP_PORT_UNREACH]]);
    expect(steps).toEqual(['deliver', 'drop']);
  });
});
