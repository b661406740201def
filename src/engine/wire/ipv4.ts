import { internetChecksum } from './checksum.ts';
import { emitIcmp, parseIcmp } from './icmp.ts';
import { IPPROTO_ICMP, IPV4_HEADER_LEN, type Ipv4Packet, ipv4Length } from './packet.ts';

export function emitIpv4(p: Ipv4Packet): Uint8Array {
  const payload = emitIcmp(p.payload);
  const total = ipv4Length(p);
  const b = new Uint8Array(total);
  b[0] = 0x45;
  b[1] = p.tos;
  b[2] = total >> 8;
  b[3] = total & 255;
  b[4] = p.id >> 8;
  b[5] = p.id & 255;
  b[6] = 0x40; // DF, as Linux sets on ping
  b[8] = p.ttl;
  b[9] = p.protocol;
  for (let i = 0; i < 4; i++) {
    b[12 + i] = (p.src >>> (24 - 8 * i)) & 255;
    b[16 + i] = (p.dst >>> (24 - 8 * i)) & 255;
  }
  const c = internetChecksum(b, 0, IPV4_HEADER_LEN);
  b[10] = c >> 8;
  b[11] = c & 255;
  b.set(payload, IPV4_HEADER_LEN);
  return b;
}

/** Parses an IPv4 datagram. `truncated` accepts the header + 8 bytes quoted inside an ICMP error. */
export function parseIpv4(b: Uint8Array, opts: { truncated?: boolean } = {}): Ipv4Packet {
  if (b.length < IPV4_HEADER_LEN) throw new Error('IPv4: truncated header');
  if (b[0] >> 4 !== 4) throw new Error('IPv4: not version 4');
  const ihl = (b[0] & 15) * 4;
  if (internetChecksum(b, 0, ihl) !== 0) throw new Error('IPv4: bad header checksum');
  const ip = (o: number) => ((b[o] << 24) | (b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3]) >>> 0;
  const protocol = b[9];
  if (protocol !== IPPROTO_ICMP) throw new Error(`IPv4: protocol ${protocol} not modelled`);
  const body = b.subarray(ihl, opts.truncated ? b.length : (b[2] << 8) | b[3]);
  const payload = opts.truncated
    ? {
        kind: 'icmp' as const,
        type: body[0],
        code: body[1],
        id: (body[4] << 8) | body[5],
        seq: (body[6] << 8) | body[7],
        dataLen: 56,
      }
    : parseIcmp(body);
  return {
    kind: 'ipv4',
    tos: b[1],
    id: (b[4] << 8) | b[5],
    ttl: b[8],
    protocol,
    src: ip(12),
    dst: ip(16),
    payload,
  };
}
