// VXLAN (RFC 7348; drivers/net/vxlan): 8 bytes after the UDP header — flags (0x08, "I": the VNI is
// valid), 3 reserved bytes, the 24-bit VNI, 1 reserved byte — then the inner Ethernet frame.
// Encapsulation adds 50 bytes to the inner frame's IP packet: outer Ethernet 14, IPv4 20, UDP 8,
// VXLAN 8 (VXLAN_HEADROOM), which is why a VXLAN device over a 1500-byte link gets MTU 1450.

import { emitEthernet, parseEthernet } from './ethernet.ts';
import { type EthFrame, frameLength } from './packet.ts';

export const VXLAN_HLEN = 8;
/** VXLAN_HF_VNI: the I flag. */
export const VXLAN_FLAG_VNI = 0x08;
/** Outer Ethernet + IPv4 + UDP + VXLAN: what encapsulation adds in front of the inner IP packet. */
export const VXLAN_HEADROOM = 14 + 20 + 8 + VXLAN_HLEN;
/** IANA's port; Linux's default (the module's udp_port) is 8472, as early adopters used. */
export const IANA_VXLAN_PORT = 4789;
export const LINUX_VXLAN_PORT = 8472;

export interface VxlanPayload {
  flags: number;
  vni: number;
  inner: EthFrame;
}

/** UDP payload length of a VXLAN datagram carrying `inner`. */
export function vxlanLength(v: VxlanPayload): number {
  return VXLAN_HLEN + frameLength(v.inner);
}

export function emitVxlan(v: VxlanPayload): Uint8Array {
  const inner = emitEthernet(v.inner);
  const b = new Uint8Array(VXLAN_HLEN + inner.length);
  b[0] = v.flags;
  b[4] = (v.vni >>> 16) & 255;
  b[5] = (v.vni >>> 8) & 255;
  b[6] = v.vni & 255;
  b.set(inner, VXLAN_HLEN);
  return b;
}

/** Parses a VXLAN header and its inner frame (what vxlan_rcv reads after the UDP header). */
export function parseVxlan(b: Uint8Array): VxlanPayload {
  if (b.length < VXLAN_HLEN) throw new Error('VXLAN: truncated header');
  return {
    flags: b[0],
    vni: (b[4] << 16) | (b[5] << 8) | b[6],
    inner: parseEthernet(b.subarray(VXLAN_HLEN)),
  };
}
