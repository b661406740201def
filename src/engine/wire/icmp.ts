import { internetChecksum } from './checksum.ts';
import { emitIpv4, parseIpv4 } from './ipv4.ts';
import {
  ECHO_TIMEVAL_LEN,
  ICMP_DEST_UNREACH,
  ICMP_FRAG_NEEDED,
  ICMP_HEADER_LEN,
  ICMP_REDIRECT,
  type IcmpPacket,
  icmpLength,
} from './packet.ts';

/**
 * ICMP message bytes with a valid checksum. Echo data is iputils ping's: byte i is i (setup() fills
 * "the timestamp area too"), and when the echo is stamped its first 16 bytes are a struct timeval,
 * 8-byte tv_sec then 8-byte tv_usec, little-endian as on x86_64.
 */
export function emitIcmp(p: IcmpPacket): Uint8Array {
  const b = new Uint8Array(icmpLength(p));
  b[0] = p.type;
  b[1] = p.code;
  if (p.inner) {
    if (p.mtu !== undefined) {
      b[6] = p.mtu >> 8;
      b[7] = p.mtu & 255;
    }
    if (p.gw !== undefined) for (let i = 0; i < 4; i++) b[4 + i] = (p.gw >>> (24 - 8 * i)) & 255;
    const inner = emitIpv4(p.inner);
    b.set(inner.subarray(0, b.length - ICMP_HEADER_LEN), ICMP_HEADER_LEN);
  } else {
    b[4] = p.id >> 8;
    b[5] = p.id & 255;
    b[6] = p.seq >> 8;
    b[7] = p.seq & 255;
    for (let i = 0; i < p.dataLen; i++) b[ICMP_HEADER_LEN + i] = i & 255;
    if (p.stamp !== undefined && p.dataLen >= ECHO_TIMEVAL_LEN) writeTimeval(b, ICMP_HEADER_LEN, p.stamp);
  }
  const c = internetChecksum(b);
  b[2] = c >> 8;
  b[3] = c & 255;
  return b;
}

const SEC = 1_000_000;
const U32 = 2 ** 32;

function writeTimeval(b: Uint8Array, at: number, us: number): void {
  const v = new DataView(b.buffer, b.byteOffset + at, ECHO_TIMEVAL_LEN);
  const sec = Math.floor(us / SEC);
  v.setUint32(0, sec % U32, true);
  v.setUint32(4, Math.floor(sec / U32), true);
  v.setUint32(8, us % SEC, true);
  v.setUint32(12, 0, true);
}

function readTimeval(b: Uint8Array, at: number): number {
  const v = new DataView(b.buffer, b.byteOffset + at, ECHO_TIMEVAL_LEN);
  return (v.getUint32(0, true) + v.getUint32(4, true) * U32) * SEC + v.getUint32(8, true);
}

export function parseIcmp(b: Uint8Array): IcmpPacket {
  if (b.length < ICMP_HEADER_LEN) throw new Error('ICMP: truncated header');
  if (internetChecksum(b) !== 0) throw new Error('ICMP: bad checksum');
  const type = b[0];
  const code = b[1];
  if (type === 0 || type === 8) {
    const p: IcmpPacket = {
      kind: 'icmp',
      type,
      code,
      id: (b[4] << 8) | b[5],
      seq: (b[6] << 8) | b[7],
      dataLen: b.length - 8,
    };
    // Only ping sends echoes here, and it stamps every echo long enough to hold a timeval.
    if (p.dataLen >= ECHO_TIMEVAL_LEN) p.stamp = readTimeval(b, ICMP_HEADER_LEN);
    return p;
  }
  const inner = parseIpv4(b.subarray(ICMP_HEADER_LEN), { truncated: true });
  const p: IcmpPacket = { kind: 'icmp', type, code, id: 0, seq: 0, dataLen: 0, inner };
  if (type === ICMP_DEST_UNREACH && code === ICMP_FRAG_NEEDED) p.mtu = (b[6] << 8) | b[7];
  if (type === ICMP_REDIRECT) p.gw = ((b[4] << 24) | (b[5] << 16) | (b[6] << 8) | b[7]) >>> 0;
  return p;
}
