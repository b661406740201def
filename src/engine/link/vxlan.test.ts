import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NetError } from '../errors.ts';
import { SEC } from '../sim/clock.ts';
import { ZERO_MAC } from '../wire/addr.ts';
import { internetChecksum } from '../wire/checksum.ts';
import { emitEthernet, parseEthernet } from '../wire/ethernet.ts';
import { emitIpv4 } from '../wire/ipv4.ts';
import { ETH_P_IP, type EthFrame, type Ipv4Packet } from '../wire/packet.ts';
import { emitVxlan, parseVxlan } from '../wire/vxlan.ts';
import { World } from '../world.ts';
import { flowSrcPort } from './flow-hash.ts';
import type { Vxlan, VxlanConfig } from './vxlan.ts';
import { NUD_NOARP, NUD_PERMANENT, NUD_REACHABLE } from './vxlan-fdb.ts';

const ip = (s: string) => s.split('.').reduce((a, b) => ((a << 8) | Number(b)) >>> 0, 0);

const echo = (src: string, dst: string, id = 7): EthFrame => ({
  dst: '02:00:00:00:00:02',
  src: '02:00:00:00:00:01',
  type: ETH_P_IP,
  payload: {
    kind: 'ipv4',
    src: ip(src),
    dst: ip(dst),
    ttl: 64,
    protocol: 1,
    id: 1,
    tos: 0,
    payload: { kind: 'icmp', type: 8, code: 0, id, seq: 1, dataLen: 56 },
  },
});

const cfg = (over: Partial<VxlanConfig> = {}): VxlanConfig => ({
  vni: 100,
  remote: 0,
  local: 0,
  dstPort: 4789,
  portMin: 0,
  portMax: 0,
  learning: true,
  ttl: 0,
  ageing: 300,
  maxAddress: 0,
  ...over,
});

describe('VXLAN on the wire', () => {
  it('writes flags 0x08 and the 24-bit VNI before the inner frame, and reads them back', () => {
    const inner = echo('10.0.0.1', '10.0.0.2');
    const b = emitVxlan({ flags: 0x08, vni: 0xabcdef, inner });
    expect([...b.subarray(0, 8)]).toEqual([0x08, 0, 0, 0, 0xab, 0xcd, 0xef, 0]);
    expect(b.subarray(8)).toEqual(emitEthernet(inner));
    expect(parseVxlan(b)).toEqual({ flags: 0x08, vni: 0xabcdef, inner: parseEthernet(emitEthernet(inner)) });
  });

  it('carries 50 bytes of overhead with a valid outer UDP checksum', () => {
    const inner = echo('10.0.0.1', '10.0.0.2');
    const outer: Ipv4Packet = {
      kind: 'ipv4',
      src: ip('192.168.50.1'),
      dst: ip('192.168.50.2'),
      ttl: 64,
      protocol: 17,
      id: 9,
      tos: 0,
      payload: {
        kind: 'udp',
        sport: 40000,
        dport: 4789,
        dataLen: 8 + 98,
        vxlan: { flags: 8, vni: 1, inner },
      },
    };
    const b = emitIpv4(outer);
    expect(b.length + 14).toBe(98 + 50);
    // The UDP checksum over the pseudo-header verifies to 0.
    const pseudo = new Uint8Array(12 + b.length - 20);
    pseudo.set(b.subarray(12, 20), 0);
    pseudo[9] = 17;
    pseudo[10] = (b.length - 20) >> 8;
    pseudo[11] = (b.length - 20) & 255;
    pseudo.set(b.subarray(20), 12);
    expect(internetChecksum(pseudo)).toBe(0);
  });
});

describe('flow-hash source port', () => {
  it('is the same both ways, inside the local port range, and spreads flows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 }), fc.integer({ min: 0, max: 65535 }), (seed, id) => {
        const a = flowSrcPort(seed, echo('10.0.0.1', '10.0.0.2', id));
        const b = flowSrcPort(seed, echo('10.0.0.2', '10.0.0.1', id));
        expect(a).toBe(b);
        expect(a).toBeGreaterThanOrEqual(32768);
        expect(a).toBeLessThan(60999);
      }),
    );
    const ports = new Set<number>();
    for (let id = 0; id < 64; id++) ports.add(flowSrcPort(5, echo('10.0.0.1', '10.0.0.2', id)));
    expect(ports.size).toBeGreaterThan(50);
    expect(flowSrcPort(5, echo('10.0.0.1', '10.0.0.2'), 1000, 1010)).toBeLessThan(1010);
  });
});

describe('VXLAN FDB (bridge fdb on a VXLAN device)', () => {
  function dev(): { w: World; vx: Vxlan } {
    const w = new World({ seed: 2, traceLimit: 0 });
    const vx = w.rtnl.addVxlan(w.host, w.host, 'vx0', cfg({ remote: ip('192.168.50.2') }));
    return { w, vx };
  }
  const dst = (s: string) => ({ ip: ip(s) });
  const remotes = (vx: Vxlan, mac: string) => vx.fdb.get(mac)?.remotes.map((r) => r.ip);

  it('appends remotes to the default entry, replaces a unicast one, and refuses what the kernel refuses', () => {
    const { w, vx } = dev();
    const P = NUD_NOARP | NUD_PERMANENT;
    expect(remotes(vx, ZERO_MAC)).toEqual([ip('192.168.50.2')]);
    w.rtnl.vxlanFdbAdd(vx, ZERO_MAC, dst('192.168.50.3'), P, 'append');
    w.rtnl.vxlanFdbAdd(vx, ZERO_MAC, dst('192.168.50.3'), P, 'append');
    expect(remotes(vx, ZERO_MAC)).toEqual([ip('192.168.50.2'), ip('192.168.50.3')]);
    expect(() => w.rtnl.vxlanFdbAdd(vx, ZERO_MAC, dst('192.168.50.4'), P, 'add')).toThrow(NetError);
    expect(() => w.rtnl.vxlanFdbAdd(vx, ZERO_MAC, dst('192.168.50.4'), P, 'replace')).toThrow(
      'Cannot replace non-unicast fdb entries',
    );
    const mac = '02:00:00:00:00:09';
    w.rtnl.vxlanFdbAdd(vx, mac, dst('192.168.50.5'), P, 'add');
    w.rtnl.vxlanFdbAdd(vx, mac, dst('192.168.50.6'), P, 'append');
    expect(remotes(vx, mac)).toEqual([ip('192.168.50.5')]);
    w.rtnl.vxlanFdbAdd(vx, mac, dst('192.168.50.6'), NUD_REACHABLE, 'replace');
    expect(remotes(vx, mac)).toEqual([ip('192.168.50.6')]);
    expect(vx.fdb.get(mac)?.state).toBe(NUD_REACHABLE);
    expect(() => w.rtnl.vxlanFdbAdd(vx, mac, {}, P, 'add')).toThrow(NetError);
    // del: one remote of several, a remote that is not there (no error), the whole entry.
    w.rtnl.vxlanFdbDel(vx, ZERO_MAC, dst('192.168.50.3'));
    w.rtnl.vxlanFdbDel(vx, ZERO_MAC, dst('192.168.50.9'));
    expect(remotes(vx, ZERO_MAC)).toEqual([ip('192.168.50.2')]);
    w.rtnl.vxlanFdbDel(vx, mac, {});
    expect(vx.fdb.get(mac)).toBeUndefined();
    expect(() => w.rtnl.vxlanFdbDel(vx, mac, {})).toThrow(NetError);
  });

  it('ages learned entries exactly `ageing` seconds after their last use, never permanent ones', () => {
    const { w, vx } = dev();
    vx.cfg.ageing = 20;
    w.rtnl.setUp(vx, true);
    const skb = w.skb({ ...echo('10.0.0.1', '10.0.0.2'), src: '02:00:00:00:00:07' });
    vx.snoop(ip('192.168.50.2'), skb);
    w.rtnl.vxlanFdbAdd(vx, '02:00:00:00:00:08', dst('192.168.50.2'), NUD_NOARP | NUD_PERMANENT, 'add');
    w.advance(15 * SEC);
    vx.lookup('02:00:00:00:00:07'); // a transmit to it counts as use
    w.advance(19 * SEC);
    expect(vx.fdb.get('02:00:00:00:00:07')).toBeDefined();
    w.advance(2 * SEC);
    expect(vx.fdb.get('02:00:00:00:00:07')).toBeUndefined();
    expect(vx.fdb.get('02:00:00:00:00:08')).toBeDefined();
  });
});
