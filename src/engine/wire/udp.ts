// UDP (RFC 768) with the checksum over the IPv4 pseudo-header, as udp4_hwcsum / udp_v4_check compute it.

import { offloadChecksum, pseudoHeaderSum } from './checksum.ts';
import { IPPROTO_UDP, UDP_HEADER_LEN, type UdpDatagram } from './packet.ts';
import { emitVxlan } from './vxlan.ts';

/** Datagram bytes; the data is a VXLAN header and frame, or nc's "X" repeated (0x58). */
export function emitUdp(p: UdpDatagram, src: number, dst: number): Uint8Array {
  const len = UDP_HEADER_LEN + p.dataLen;
  const b = new Uint8Array(len);
  b[0] = p.sport >> 8;
  b[1] = p.sport & 255;
  b[2] = p.dport >> 8;
  b[3] = p.dport & 255;
  b[4] = len >> 8;
  b[5] = len & 255;
  if (p.vxlan) b.set(emitVxlan(p.vxlan), UDP_HEADER_LEN);
  else b.fill(0x58, UDP_HEADER_LEN);
  const c = p.csumPartial
    ? offloadChecksum(src, dst, IPPROTO_UDP, len)
    : pseudoHeaderSum(b, src, dst, IPPROTO_UDP) || 0xffff; // 0 means "no checksum" in UDP
  b[6] = c >> 8;
  b[7] = c & 255;
  return b;
}

/** Parses a datagram; `truncated` accepts the 8 header bytes an ICMP error quotes. */
export function parseUdp(b: Uint8Array, src: number, dst: number, truncated = false): UdpDatagram {
  if (b.length < UDP_HEADER_LEN) throw new Error('UDP: truncated header');
  const len = (b[4] << 8) | b[5];
  let partial = false;
  if (!truncated) {
    if (len !== b.length) throw new Error(`UDP: length ${len} but ${b.length} bytes`);
    const field = (b[6] << 8) | b[7];
    if (field !== 0 && pseudoHeaderSum(b, src, dst, IPPROTO_UDP) !== 0) {
      partial = field === offloadChecksum(src, dst, IPPROTO_UDP, len);
      if (!partial) throw new Error('UDP: bad checksum');
    }
  }
  const d: UdpDatagram = {
    kind: 'udp',
    sport: (b[0] << 8) | b[1],
    dport: (b[2] << 8) | b[3],
    dataLen: len - UDP_HEADER_LEN,
  };
  if (partial) d.csumPartial = true;
  return d;
}
