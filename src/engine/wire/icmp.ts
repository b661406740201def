import { internetChecksum } from './checksum.ts';
import { emitIpv4, parseIpv4 } from './ipv4.ts';
import {
  ICMP_DEST_UNREACH,
  ICMP_FRAG_NEEDED,
  ICMP_HEADER_LEN,
  ICMP_REDIRECT,
  type IcmpPacket,
  icmpLength,
} from './packet.ts';

/** ICMP message bytes with a valid checksum. Echo data is ping's pattern (0x10 + i, after its timestamp). */
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
  }
  const c = internetChecksum(b);
  b[2] = c >> 8;
  b[3] = c & 255;
  return b;
}

export function parseIcmp(b: Uint8Array): IcmpPacket {
  if (b.length < ICMP_HEADER_LEN) throw new Error('ICMP: truncated header');
  if (internetChecksum(b) !== 0) throw new Error('ICMP: bad checksum');
  const type = b[0];
  const code = b[1];
  if (type === 0 || type === 8) {
    return {
      kind: 'icmp',
      type,
      code,
      id: (b[4] << 8) | b[5],
      seq: (b[6] << 8) | b[7],
      dataLen: b.length - 8,
    };
  }
  const inner = parseIpv4(b.subarray(ICMP_HEADER_LEN), { truncated: true });
  const p: IcmpPacket = { kind: 'icmp', type, code, id: 0, seq: 0, dataLen: 0, inner };
  if (type === ICMP_DEST_UNREACH && code === ICMP_FRAG_NEEDED) p.mtu = (b[6] << 8) | b[7];
  if (type === ICMP_REDIRECT) p.gw = ((b[4] << 24) | (b[5] << 16) | (b[6] << 8) | b[7]) >>> 0;
  return p;
}
