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
  /**
   * skb->_nfct of a locally generated packet looping back through lo: the connection it was tracked
   * as on the way out (loopback keeps it), so INPUT sees it NEW or ESTABLISHED, not INVALID.
   */
  nfct?: NfCtx;
}

export type PktType = 'host' | 'broadcast' | 'multicast' | 'otherhost';

/**
 * skb_scrub_packet as a veth hands a frame to its peer: the conntrack reference (nf_reset_ct) and the
 * skb extensions (skb_ext_reset: br_netfilter's nf_bridge) always go, the mark too when the peer is
 * in another namespace (xnet). A frame a bridge forwarded out of a port into a Pod therefore reaches
 * the Pod's stack untracked there, as any other packet from the wire.
 */
export function scrubSkb(skb: Skb, xnet: boolean): Skb {
  const pkt = skb.frame.payload;
  const ext = skb.brNf !== undefined || skb.nfct !== undefined;
  if (ext) {
    const { brNf: _b, nfct: _c, ...rest } = skb;
    skb = rest;
  }
  if (pkt.kind !== 'ipv4' || (pkt.notrack === undefined && (!xnet || pkt.mark === undefined))) return skb;
  const { notrack: _n, ...rest } = pkt;
  const clean = xnet ? { ...rest, mark: undefined } : rest;
  if (clean.mark === undefined) delete clean.mark;
  return { ...skb, frame: { ...skb.frame, payload: clean } };
}
