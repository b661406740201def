import type { NfCtx } from '../netfilter/netfilter.ts';
import type { EthFrame } from '../wire/packet.ts';
import type { Device } from './device.ts';

/** Shared by every copy of a frame that a flood makes, so a bridge loop can be noticed and stopped. */
export interface Lineage {
  frames: number;
  stormed: boolean;
}

/** What travels between devices: the frame plus bookkeeping that is not on the wire. */
export interface Skb {
  frame: EthFrame;
  packetId: number;
  lineage: Lineage;
  /**
   * skb->nf_bridge: br_netfilter already ran PREROUTING for this bridged frame (so the IPv4 input
   * path skips it, as ip_sabotage_in does), with this conntrack context and ingress port.
   */
  brNf?: { ctx?: NfCtx; physIn: Device; dnat?: boolean };
}

export type PktType = 'host' | 'broadcast' | 'multicast' | 'otherhost';
