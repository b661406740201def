import { internetChecksum } from './checksum.ts';
import { emitIcmp, parseIcmp } from './icmp.ts';
import {
  IPPROTO_ICMP,
  IPPROTO_TCP,
  IPPROTO_UDP,
  IPV4_HEADER_LEN,
  type Ipv4Packet,
  ipv4Length,
  type L4Packet,
} from './packet.ts';
import { emitTcp, parseTcp } from './tcp.ts';
import { emitUdp, parseUdp } from './udp.ts';

function emitL4(p: Ipv4Packet): Uint8Array {
  if (p.payload.kind === 'udp') return emitUdp(p.payload, p.src, p.dst);
  if (p.payload.kind === 'tcp') return emitTcp(p.payload, p.src, p.dst);
  return emitIcmp(p.payload);
}

export function emitIpv4(p: Ipv4Packet): Uint8Array {
  let payload = emitL4(p);
  if (p.frag) payload = payload.subarray(p.frag.offset, p.frag.offset + p.frag.len);
  const total = ipv4Length(p);
  const b = new Uint8Array(total);
  b[0] = 0x45;
  b[1] = p.tos;
  b[2] = total >> 8;
  b[3] = total & 255;
  b[4] = p.id >> 8;
  b[5] = p.id & 255;
  const off = p.frag ? p.frag.offset / 8 : 0;
  b[6] = (p.df ? 0x40 : 0) | (p.frag?.more ? 0x20 : 0) | (off >> 8);
  b[7] = off & 255;
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
  const src = ip(12);
  const dst = ip(16);
  const body = b.subarray(ihl, opts.truncated ? b.length : (b[2] << 8) | b[3]);
  const offset = (((b[6] & 0x1f) << 8) | b[7]) * 8;
  const more = (b[6] & 0x20) !== 0;
  if (offset > 0) throw new Error(`IPv4: a fragment at offset ${offset} carries no transport header`);
  // The first fragment of a datagram holds the start of its transport message only.
  const trunc = !!opts.truncated || more;
  let payload: L4Packet;
  if (protocol === IPPROTO_UDP) payload = parseUdp(body, src, dst, trunc);
  else if (protocol === IPPROTO_TCP) payload = parseTcp(body, src, dst, trunc);
  else if (protocol !== IPPROTO_ICMP) throw new Error(`IPv4: protocol ${protocol} not modelled`);
  else if (trunc)
    payload = {
      kind: 'icmp' as const,
      type: body[0],
      code: body[1],
      id: (body[4] << 8) | body[5],
      seq: (body[6] << 8) | body[7],
      dataLen: 56,
    };
  else payload = parseIcmp(body);
  const pkt: Ipv4Packet = {
    kind: 'ipv4',
    tos: b[1],
    id: (b[4] << 8) | b[5],
    ttl: b[8],
    protocol,
    src,
    dst,
    payload,
  };
  if (b[6] & 0x40) pkt.df = true;
  if (more) pkt.frag = { offset: 0, len: body.length, more: true };
  return pkt;
}
