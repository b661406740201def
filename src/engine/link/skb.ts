import type { EthFrame } from '../wire/packet.ts';

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
}

export type PktType = 'host' | 'broadcast' | 'multicast' | 'otherhost';
