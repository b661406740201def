import { bytesToMac, macToBytes } from './addr.ts';
import type { ArpPacket } from './packet.ts';

export function emitArp(p: ArpPacket): Uint8Array {
  const b = new Uint8Array(28);
  b[1] = 1; // hardware type Ethernet
  b[2] = 0x08; // protocol IPv4
  b[4] = 6;
  b[5] = 4;
  b[7] = p.op;
  b.set(macToBytes(p.sha), 8);
  for (let i = 0; i < 4; i++) b[14 + i] = (p.spa >>> (24 - 8 * i)) & 255;
  b.set(macToBytes(p.tha), 18);
  for (let i = 0; i < 4; i++) b[24 + i] = (p.tpa >>> (24 - 8 * i)) & 255;
  return b;
}

export function parseArp(b: Uint8Array): ArpPacket {
  if (b.length < 28) throw new Error('ARP: truncated');
  if (b[1] !== 1 || b[2] !== 8 || b[3] !== 0 || b[4] !== 6 || b[5] !== 4)
    throw new Error('ARP: not Ethernet/IPv4');
  const ip = (o: number) => ((b[o] << 24) | (b[o + 1] << 16) | (b[o + 2] << 8) | b[o + 3]) >>> 0;
  return {
    kind: 'arp',
    op: (b[6] << 8) | b[7],
    sha: bytesToMac(b, 8),
    spa: ip(14),
    tha: bytesToMac(b, 18),
    tpa: ip(24),
  };
}
