// Every step the engine takes emits one of these. The UI's step-through, the explanations a learner
// reads and the tests are all built on them, so each carries where it happened, what happened, why
// (one plain sentence naming the table entry or rule involved), and the packet as it was then.

import type { EthFrame, Ipv4Packet } from '../wire/packet.ts';
import type { TraceCode, TraceMsg } from './messages.ts';

export type TraceKind =
  | 'frame-tx' // a device put a frame on its link
  | 'frame-rx' // a device received a frame
  | 'arp-request'
  | 'arp-reply'
  | 'fdb-learn'
  | 'fdb-age'
  | 'flood'
  | 'bridge-forward'
  | 'route'
  | 'neigh-state'
  | 'deliver' // handed to a local socket or protocol
  | 'icmp'
  | 'forward'
  | 'drop'
  | 'storm'
  | 'netfilter' // a table/chain/rule decided something
  | 'nat'; // an address was rewritten

export interface TraceEvent {
  /** Sequence number, from 0, in emission order. */
  seq: number;
  /** Virtual time in microseconds. */
  t: number;
  kind: TraceKind;
  /** Namespace name ("" for the host). */
  ns: string;
  dev?: string;
  /** One sentence for the learner, in English (`renderMsg` of code and params). */
  text: string;
  /** The sentence as data (messages.ts), so a front end can say it in another language. */
  code?: TraceCode;
  params?: TraceMsg['params'];
  /** The frame at this step (immutable; later rewrites make new objects). */
  frame?: EthFrame;
  /** Identifies the packet across hops, so the UI can group a packet's steps. */
  packetId?: number;
  /** A NAT rewrite: the IPv4 packet before and after, so the UI can show the diff. */
  rewrite?: { before: Ipv4Packet; after: Ipv4Packet };
}

export interface TraceSink {
  emit(e: Omit<TraceEvent, 'seq'>): void;
}

/** Keeps the last `limit` events (the bench turns it off with limit 0). */
export class TraceLog implements TraceSink {
  events: TraceEvent[] = [];
  private seq = 0;
  /**
   * Called synchronously with each recorded event, while the world is exactly in the state that
   * event describes. Step-back replays use it to snapshot the world at event N (and may throw to stop
   * the replay there).
   */
  onEmit?: (e: TraceEvent) => void;
  constructor(public limit = 100_000) {}
  emit(e: Omit<TraceEvent, 'seq'>): void {
    if (this.limit === 0) {
      this.seq++;
      return;
    }
    const event = { ...e, seq: this.seq++ };
    this.events.push(event);
    this.onEmit?.(event);
    if (this.events.length > this.limit) this.events.splice(0, this.events.length - this.limit);
  }
  /** Counts a step without recording it (tracing off). */
  skip(): void {
    this.seq++;
  }
  get count(): number {
    return this.seq;
  }
}
