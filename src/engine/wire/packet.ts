// The packet model the engine moves around: structured headers, one object per layer. Each layer has
// an emit/parse pair in its own file that turns it into real bytes (with real checksums) and back.

import type { Ip4, Mac } from './addr.ts';
import type { VxlanPayload } from './vxlan.ts';

export const ETH_P_IP = 0x0800;
export const ETH_P_ARP = 0x0806;

export const IPPROTO_ICMP = 1;
export const IPPROTO_TCP = 6;
export const IPPROTO_UDP = 17;

/** The one table of IP protocol names (/etc/protocols) for the protocols netns-lab carries. */
export const PROTO_NAMES: Readonly<Record<number, string>> = {
  [IPPROTO_ICMP]: 'icmp',
  [IPPROTO_TCP]: 'tcp',
  [IPPROTO_UDP]: 'udp',
  // No SCTP packets are modelled; rules may name the protocol (kube-router's NodePort rule does).
  132: 'sctp',
};

/** getprotobyname for those: 'tcp' → 6. */
export function protoNumber(name: string): number | undefined {
  for (const [n, v] of Object.entries(PROTO_NAMES)) if (v === name) return Number(n);
  return undefined;
}

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
  payload: L4Packet;
  /** skb->mark: metadata that travels with the packet inside one namespace (never on the wire). */
  mark?: number;
  /** skb->_nfct = IP_CT_UNTRACKED (raw NOTRACK / CT --notrack): conntrack leaves it alone. */
  notrack?: boolean;
  /**
   * An ICMP error a REJECT rule sent about a packet whose connection was never confirmed: it
   * carries that connection (measured: -m conntrack sees it RELATED in OUTPUT, not INVALID).
   */
  ctRelated?: boolean;
  /** IP_DF: routers must not fragment it (they answer Fragmentation needed instead). */
  df?: boolean;
  /**
   * A fragment (ip_fragment): `len` bytes of the datagram's payload from byte `offset` (a multiple of
   * 8); `more` is IP_MF. The transport header travels in the fragment at offset 0 only; `payload`
   * still names the whole datagram's, so reassembly gives it back.
   */
  frag?: { offset: number; len: number; more: boolean };
}

export const ICMP_ECHOREPLY = 0;
export const ICMP_DEST_UNREACH = 3;
export const ICMP_REDIRECT = 5;
export const ICMP_ECHO = 8;
export const ICMP_TIME_EXCEEDED = 11;

export const ICMP_NET_UNREACH = 0;
export const ICMP_HOST_UNREACH = 1;
export const ICMP_PORT_UNREACH = 3;
export const ICMP_FRAG_NEEDED = 4;
export const ICMP_PKT_FILTERED = 13;

export const ICMP_REDIR_HOST = 1;
export const ICMP_EXC_FRAGTIME = 1;

export interface IcmpPacket {
  kind: 'icmp';
  type: number;
  code: number;
  /** Echo: identifier and sequence number. */
  id: number;
  seq: number;
  /** Echo: payload length in bytes (ping's default is 56). */
  dataLen: number;
  /**
   * Echo: the send time (µs of the sender's clock) iputils puts at the start of its data as a
   * struct timeval when it sends at least ECHO_TIMEVAL_LEN bytes (ping4_send_probe); an echo reply
   * carries the request's data back, and with it this.
   */
  stamp?: number;
  /** Errors: the offending packet (its header and first 8 payload bytes go on the wire). */
  inner?: Ipv4Packet;
  /** Fragmentation needed: the next hop's MTU (RFC 1191). */
  mtu?: number;
  /** Redirect: the better gateway. */
  gw?: Ip4;
}

export interface UdpDatagram {
  kind: 'udp';
  sport: number;
  dport: number;
  /** Payload length in bytes (its content is not modelled; nc -z sends "X"), VXLAN's included. */
  dataLen: number;
  /** CHECKSUM_PARTIAL: see TcpSegment.csumPartial. */
  csumPartial?: boolean;
  /** A VXLAN header and the frame it carries (wire/vxlan.ts); `dataLen` is its length. */
  vxlan?: VxlanPayload;
}

export const TCP_FIN = 0x01;
export const TCP_SYN = 0x02;
export const TCP_RST = 0x04;
export const TCP_PSH = 0x08;
export const TCP_ACK = 0x10;

/** The options Linux puts on its segments (tcp_options_write), in the order it writes them. */
export interface TcpOptions {
  mss?: number;
  sackPerm?: boolean;
  /** Timestamps (net.ipv4.tcp_timestamps = 1): value and echo reply. */
  ts?: { val: number; ecr: number };
  wscale?: number;
}

export interface TcpSegment {
  kind: 'tcp';
  sport: number;
  dport: number;
  seq: number;
  ack: number;
  flags: number;
  window: number;
  options: TcpOptions;
  /** Payload length in bytes. */
  dataLen: number;
  /** The payload itself, when an application sent bytes (its length is dataLen). */
  data?: Uint8Array;
  /**
   * CHECKSUM_PARTIAL: a socket's segment leaves with only the pseudo-header sum in its checksum
   * field, for the NIC to finish (veth never does); a capture shows it so. Replies the kernel builds
   * itself (resets, time-wait ACKs) carry the full checksum.
   */
  csumPartial?: boolean;
}

export type L4Packet = IcmpPacket | UdpDatagram | TcpSegment;

export const IPV4_HEADER_LEN = 20;
export const ICMP_HEADER_LEN = 8;
export const UDP_HEADER_LEN = 8;
export const TCP_HEADER_LEN = 20;
/** sizeof(struct timeval) on x86_64: ping times its probes only when its data holds one. */
export const ECHO_TIMEVAL_LEN = 16;

/** Bytes of TCP options as Linux lays them out: MSS 4, SACK-permitted 2 (or NOP NOP with TS), TS 10, NOP + WS 4. */
export function tcpOptionsLength(o: TcpOptions): number {
  let n = 0;
  if (o.mss !== undefined) n += 4;
  if (o.ts)
    n += 12; // (SACK_PERM or NOP NOP) + TS; SYNs fold SACK_PERM into these 12
  else if (o.sackPerm) n += 4; // NOP NOP SACK_PERM
  if (o.wscale !== undefined) n += 4;
  return n;
}

export function l4Length(p: L4Packet): number {
  if (p.kind === 'icmp') return icmpLength(p);
  if (p.kind === 'udp') return UDP_HEADER_LEN + p.dataLen;
  return TCP_HEADER_LEN + tcpOptionsLength(p.options) + p.dataLen;
}

export function ipv4Length(p: Ipv4Packet): number {
  return IPV4_HEADER_LEN + (p.frag ? p.frag.len : l4Length(p.payload));
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
