import { internetChecksum } from './checksum.ts';
import { emitIpv4, parseIpv4 } from './ipv4.ts';
import { ICMP_HEADER_LEN, type IcmpPacket, icmpLength } from './packet.ts';

/** ICMP message bytes with a valid checksum. Echo data is ping's pattern (0x10 + i, after its timestamp). */
export function emitIcmp(p: IcmpPacket): Uint8Array {
  const b = new Uint8Array(icmpLength(p));
  b[0] = p.type;
  b[1] = p.code;
  if (p.inner) {
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
  return { kind: 'icmp', type, code, id: 0, seq: 0, dataLen: 0, inner };
}
