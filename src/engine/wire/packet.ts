// The packet model the engine moves around: structured headers, one object per layer. Each layer has
// an emit/parse pair in its own file that turns it into real bytes (with real checksums) and back.

import type { Ip4, Mac } from './addr.ts';

export const ETH_P_IP = 0x0800;
export const ETH_P_ARP = 0x0806;

export const IPPROTO_ICMP = 1;
export const IPPROTO_TCP = 6;
export const IPPROTO_UDP = 17;

export interface EthFrame {
  dst: Mac;
  src: Mac;
  type: number;
  payload: ArpPacket | Ipv4Packet;
}

export const ARPOP_REQUEST = 1;
export const ARPOP_REPLY = 2;

export interface ArpPacket {
  kind: 'arp';
  op: number;
  sha: Mac;
  spa: Ip4;
  tha: Mac;
  tpa: Ip4;
}

export interface Ipv4Packet {
  kind: 'ipv4';
  src: Ip4;
  dst: Ip4;
  ttl: number;
  protocol: number;
  id: number;
  tos: number;
  payload: IcmpPacket;
  /** skb->mark: metadata that travels with the packet inside one namespace (never on the wire). */
  mark?: number;
}

export const ICMP_ECHOREPLY = 0;
export const ICMP_DEST_UNREACH = 3;
export const ICMP_ECHO = 8;
export const ICMP_TIME_EXCEEDED = 11;

export const ICMP_NET_UNREACH = 0;
export const ICMP_HOST_UNREACH = 1;
export const ICMP_PORT_UNREACH = 3;

export interface IcmpPacket {
  kind: 'icmp';
  type: number;
  code: number;
  /** Echo: identifier and sequence number. */
  id: number;
  seq: number;
  /** Echo: payload length in bytes (ping's default is 56). */
  dataLen: number;
  /** Errors: the offending packet (its header and first 8 payload bytes go on the wire). */
  inner?: Ipv4Packet;
}

export const IPV4_HEADER_LEN = 20;
export const ICMP_HEADER_LEN = 8;

export function ipv4Length(p: Ipv4Packet): number {
  return IPV4_HEADER_LEN + icmpLength(p.payload);
}

/** icmp_send quotes as much of the offending packet as fits in 576 bytes. */
export const ICMP_ERROR_MAX = 576;

export function icmpLength(p: IcmpPacket): number {
  if (p.inner)
    return (
      ICMP_HEADER_LEN + Math.min(ipv4Length(p.inner), ICMP_ERROR_MAX - IPV4_HEADER_LEN - ICMP_HEADER_LEN)
    );
  return ICMP_HEADER_LEN + p.dataLen;
}

/** Bytes on the wire for a frame, without FCS (as tcpdump and iptables count them). */
export function frameLength(f: EthFrame): number {
  return 14 + (f.payload.kind === 'arp' ? 28 : ipv4Length(f.payload));
}
