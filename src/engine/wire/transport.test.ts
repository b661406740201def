import { describe, expect, it } from 'vitest';
import { emitIpv4, parseIpv4 } from './ipv4.ts';
import { type Ipv4Packet, ipv4Length, TCP_ACK, TCP_SYN, type TcpSegment } from './packet.ts';

const ip = (payload: Ipv4Packet['payload'], protocol: number): Ipv4Packet => ({
  kind: 'ipv4',
  src: 0x0a000001,
  dst: 0x0a000002,
  ttl: 64,
  protocol,
  id: 7,
  tos: 0,
  payload,
});

const syn: TcpSegment = {
  kind: 'tcp',
  sport: 43210,
  dport: 8080,
  seq: 0xdeadbeef,
  ack: 0,
  flags: TCP_SYN,
  window: 64240,
  options: { mss: 1460, sackPerm: true, ts: { val: 12345, ecr: 0 }, wscale: 7 },
  dataLen: 0,
};

describe('TCP and UDP on the wire', () => {
  it('sizes segments as Linux sends them (the byte counts iptables -v shows)', () => {
    expect(ipv4Length(ip(syn, 6))).toBe(60);
    const ack = { ...syn, flags: TCP_ACK, options: { ts: { val: 1, ecr: 2 } } };
    expect(ipv4Length(ip(ack, 6))).toBe(52);
    expect(ipv4Length(ip({ ...syn, options: {} }, 6))).toBe(40);
    expect(ipv4Length(ip({ kind: 'udp', sport: 1, dport: 53, dataLen: 1 }, 17))).toBe(29);
  });

  it('round-trips a SYN with its options through real bytes', () => {
    const b = emitIpv4(ip(syn, 6));
    expect(b.length).toBe(60);
    // Data offset 10 words; MSS option first, as tcp_options_write lays it out.
    expect(b[20 + 12] >> 4).toBe(10);
    expect([...b.subarray(40, 44)]).toEqual([2, 4, 0x05, 0xb4]);
    expect(parseIpv4(b).payload).toEqual(syn);
  });

  it('rejects a segment or datagram whose checksum does not match the pseudo-header', () => {
    const b = emitIpv4(ip(syn, 6));
    b[20 + 4] ^= 0xff; // flip a sequence-number byte
    expect(() => parseIpv4(b)).toThrow(/checksum/);
    const u = emitIpv4(ip({ kind: 'udp', sport: 40000, dport: 53, dataLen: 1 }, 17));
    expect(parseIpv4(u).payload).toEqual({ kind: 'udp', sport: 40000, dport: 53, dataLen: 1 });
    u[28] ^= 1; // the "X"
    expect(() => parseIpv4(u)).toThrow(/checksum/);
  });

  it('parses the 8 transport bytes an ICMP error quotes', () => {
    const err = ip(
      {
        kind: 'icmp',
        type: 3,
        code: 3,
        id: 0,
        seq: 0,
        dataLen: 0,
        inner: ip({ kind: 'udp', sport: 40000, dport: 53, dataLen: 1 }, 17),
      },
      1,
    );
    const back = parseIpv4(emitIpv4(err)).payload;
    if (back.kind !== 'icmp') throw new Error('not ICMP');
    expect(back.inner?.payload).toEqual({ kind: 'udp', sport: 40000, dport: 53, dataLen: 1 });
  });
});
