// TCP segments (RFC 9293) with Linux's option layout (tcp_options_write) and the pseudo-header checksum.

import { offloadChecksum, pseudoHeaderSum } from './checksum.ts';
import { IPPROTO_TCP, TCP_HEADER_LEN, type TcpOptions, type TcpSegment, tcpOptionsLength } from './packet.ts';

const u32 = (b: Uint8Array, o: number) =>
  ((b[o] << 24) | (b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3]) >>> 0;
function put32(b: Uint8Array, o: number, v: number): void {
  b[o] = (v >>> 24) & 255;
  b[o + 1] = (v >>> 16) & 255;
  b[o + 2] = (v >>> 8) & 255;
  b[o + 3] = v & 255;
}

function emitOptions(o: TcpOptions, b: Uint8Array, at: number): void {
  let i = at;
  if (o.mss !== undefined) {
    b.set([2, 4, o.mss >> 8, o.mss & 255], i);
    i += 4;
  }
  if (o.ts) {
    if (o.sackPerm) b.set([4, 2], i);
    else b.set([1, 1], i);
    b.set([8, 10], i + 2);
    put32(b, i + 4, o.ts.val);
    put32(b, i + 8, o.ts.ecr);
    i += 12;
  } else if (o.sackPerm) {
    b.set([1, 1, 4, 2], i);
    i += 4;
  }
  if (o.wscale !== undefined) b.set([1, 3, 3, o.wscale], i);
}

function parseOptions(b: Uint8Array): TcpOptions {
  const o: TcpOptions = {};
  for (let i = 0; i < b.length; ) {
    const kind = b[i];
    if (kind === 0) break;
    if (kind === 1) {
      i++;
      continue;
    }
    const len = b[i + 1];
    if (len < 2 || i + len > b.length) throw new Error('TCP: malformed option');
    if (kind === 2) o.mss = (b[i + 2] << 8) | b[i + 3];
    else if (kind === 3) o.wscale = b[i + 2];
    else if (kind === 4) o.sackPerm = true;
    else if (kind === 8) o.ts = { val: u32(b, i + 2), ecr: u32(b, i + 6) };
    i += len;
  }
  return o;
}

export function emitTcp(p: TcpSegment, src: number, dst: number): Uint8Array {
  const hlen = TCP_HEADER_LEN + tcpOptionsLength(p.options);
  const b = new Uint8Array(hlen + p.dataLen);
  b[0] = p.sport >> 8;
  b[1] = p.sport & 255;
  b[2] = p.dport >> 8;
  b[3] = p.dport & 255;
  put32(b, 4, p.seq);
  put32(b, 8, p.ack);
  b[12] = (hlen / 4) << 4;
  b[13] = p.flags;
  b[14] = p.window >> 8;
  b[15] = p.window & 255;
  emitOptions(p.options, b, TCP_HEADER_LEN);
  if (p.data) b.set(p.data.subarray(0, p.dataLen), hlen);
  const c = p.csumPartial
    ? offloadChecksum(src, dst, IPPROTO_TCP, b.length)
    : pseudoHeaderSum(b, src, dst, IPPROTO_TCP);
  b[16] = c >> 8;
  b[17] = c & 255;
  return b;
}

/** Parses a segment; `truncated` accepts the first 8 bytes (ports and sequence) an ICMP error quotes. */
export function parseTcp(b: Uint8Array, src: number, dst: number, truncated = false): TcpSegment {
  const ports = { kind: 'tcp' as const, sport: (b[0] << 8) | b[1], dport: (b[2] << 8) | b[3] };
  if (truncated) {
    if (b.length < 8) throw new Error('TCP: truncated header');
    return { ...ports, seq: u32(b, 4), ack: 0, flags: 0, window: 0, options: {}, dataLen: 0 };
  }
  if (b.length < TCP_HEADER_LEN) throw new Error('TCP: truncated header');
  const hlen = (b[12] >> 4) * 4;
  if (hlen < TCP_HEADER_LEN || hlen > b.length) throw new Error('TCP: bad data offset');
  const partial =
    pseudoHeaderSum(b, src, dst, IPPROTO_TCP) !== 0 &&
    ((b[16] << 8) | b[17]) === offloadChecksum(src, dst, IPPROTO_TCP, b.length);
  if (!partial && pseudoHeaderSum(b, src, dst, IPPROTO_TCP) !== 0) throw new Error('TCP: bad checksum');
  const seg: TcpSegment = {
    ...ports,
    seq: u32(b, 4),
    ack: u32(b, 8),
    flags: b[13] & 0x3f,
    window: (b[14] << 8) | b[15],
    options: parseOptions(b.subarray(TCP_HEADER_LEN, hlen)),
    dataLen: b.length - hlen,
    ...(b.length > hlen ? { data: b.slice(hlen) } : {}),
  };
  if (partial) seg.csumPartial = true;
  return seg;
}
