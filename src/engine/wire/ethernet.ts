import { bytesToMac, macToBytes } from './addr.ts';
import { emitArp, parseArp } from './arp.ts';
import { emitIpv4, parseIpv4 } from './ipv4.ts';
import { ETH_P_ARP, ETH_P_IP, type EthFrame } from './packet.ts';

/**
 * The frame as it crosses a veth or a bridge, and as a capture records it: no preamble, no FCS, and
 * no padding to Ethernet's 60-byte minimum (a NIC pads on the wire; a 28-byte ARP on a veth stays
 * 42 bytes, as tcpdump shows).
 */
export function emitEthernet(f: EthFrame): Uint8Array {
  const body = f.payload.kind === 'arp' ? emitArp(f.payload) : emitIpv4(f.payload);
  const b = new Uint8Array(14 + body.length);
  b.set(macToBytes(f.dst), 0);
  b.set(macToBytes(f.src), 6);
  b[12] = f.type >> 8;
  b[13] = f.type & 255;
  b.set(body, 14);
  return b;
}

export function parseEthernet(b: Uint8Array): EthFrame {
  if (b.length < 14) throw new Error('Ethernet: truncated');
  const type = (b[12] << 8) | b[13];
  const body = b.subarray(14);
  if (type === ETH_P_ARP)
    return { dst: bytesToMac(b, 0), src: bytesToMac(b, 6), type, payload: parseArp(body) };
  if (type === ETH_P_IP)
    return { dst: bytesToMac(b, 0), src: bytesToMac(b, 6), type, payload: parseIpv4(body) };
  throw new Error(`Ethernet: ethertype 0x${type.toString(16).padStart(4, '0')} not modelled`);
}
