import { describe, expect, it } from 'vitest';
import { emitArp, parseArp } from './arp.ts';
import { internetChecksum } from './checksum.ts';
import { emitEthernet, parseEthernet } from './ethernet.ts';
import { emitIpv4, parseIpv4 } from './ipv4.ts';
import { ARPOP_REQUEST, ETH_P_ARP, ETH_P_IP, type Ipv4Packet } from './packet.ts';

const echo: Ipv4Packet = {
  kind: 'ipv4',
  src: 0x0a000001,
  dst: 0x0a000002,
  ttl: 64,
  protocol: 1,
  id: 0x1234,
  tos: 0,
  payload: { kind: 'icmp', type: 8, code: 0, id: 0x4d2, seq: 1, dataLen: 56, stamp: 1_796_465_522_823_272 },
};

describe('wire formats', () => {
  it('computes the RFC 1071 checksum of a known IPv4 header', () => {
    // Header from RFC 1071-style worked example (Wikipedia "IPv4 header checksum"): checksum b861.
    const h = Uint8Array.from([
      0x45, 0x00, 0x00, 0x73, 0x00, 0x00, 0x40, 0x00, 0x40, 0x11, 0x00, 0x00, 0xc0, 0xa8, 0x00, 0x01, 0xc0,
      0xa8, 0x00, 0xc7,
    ]);
    expect(internetChecksum(h).toString(16)).toBe('b861');
  });

  it('emits an echo request as the 84 bytes ping sends, with valid checksums', () => {
    const b = emitIpv4(echo);
    expect(b.length).toBe(84);
    expect(internetChecksum(b, 0, 20)).toBe(0);
    expect(internetChecksum(b, 20, 84)).toBe(0);
    expect([...b.subarray(12, 20)]).toEqual([10, 0, 0, 1, 10, 0, 0, 2]);
    expect(b[20]).toBe(8);
  });

  it("carries iputils ping's data: a little-endian struct timeval, then byte i = i", () => {
    const b = emitIpv4(echo).subarray(28);
    // tv_sec 1796465522 = 0x6b13e372, tv_usec 823272 = 0x0c8fe8 (a kernel capture's bytes)
    expect([...b.subarray(0, 16)]).toEqual([
      0x72, 0xe3, 0x13, 0x6b, 0, 0, 0, 0, 0xe8, 0x8f, 0x0c, 0, 0, 0, 0, 0,
    ]);
    expect([...b.subarray(16)]).toEqual(Array.from({ length: 40 }, (_, i) => 16 + i));
    // Too short to hold a timeval (ping -s 8): the pattern from 0, and no stamp comes back.
    const short: Ipv4Packet = {
      ...echo,
      payload: { kind: 'icmp', type: 8, code: 0, id: 1, seq: 1, dataLen: 8 },
    };
    expect([...emitIpv4(short).subarray(28)]).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(parseIpv4(emitIpv4(short))).toEqual(short);
  });

  it('round-trips IPv4/ICMP echo and errors with the quoted header', () => {
    expect(parseIpv4(emitIpv4(echo))).toEqual(echo);
    const err: Ipv4Packet = {
      ...echo,
      src: 0x0a000009,
      payload: { kind: 'icmp', type: 3, code: 1, id: 0, seq: 0, dataLen: 0, inner: echo },
    };
    const back = parseIpv4(emitIpv4(err)).payload;
    if (back.kind !== 'icmp') throw new Error('not ICMP');
    expect(back.type).toBe(3);
    expect(back.inner?.dst).toBe(echo.dst);
    expect(back.inner?.payload).toMatchObject({ kind: 'icmp', seq: 1 });
  });

  it('rejects corrupted bytes', () => {
    const b = emitIpv4(echo);
    b[15] ^= 0xff;
    expect(() => parseIpv4(b)).toThrow(/checksum/);
  });

  it('round-trips ARP inside an unpadded 42-byte Ethernet frame, as a veth carries it', () => {
    const arp = {
      kind: 'arp' as const,
      op: ARPOP_REQUEST,
      sha: '02:00:00:00:00:0a',
      spa: 0xc0a80101,
      tha: '00:00:00:00:00:00',
      tpa: 0xc0a80102,
    };
    expect(parseArp(emitArp(arp))).toEqual(arp);
    const f = { dst: 'ff:ff:ff:ff:ff:ff', src: '02:00:00:00:00:0a', type: ETH_P_ARP, payload: arp };
    const bytes = emitEthernet(f);
    expect(bytes.length).toBe(42);
    expect(parseEthernet(bytes)).toEqual(f);
    const ip = { dst: '02:00:00:00:00:0b', src: '02:00:00:00:00:0a', type: ETH_P_IP, payload: echo };
    expect(emitEthernet(ip).length).toBe(98);
    expect(parseEthernet(emitEthernet(ip))).toEqual(ip);
  });
});
