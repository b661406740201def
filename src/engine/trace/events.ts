// Every step the engine takes emits one of these. The UI's step-through, the explanations a learner
// reads and the tests are all built on them, so each carries where it happened, what happened, why
// (one plain sentence naming the table entry or rule involved), and the packet as it was then.

import type { EthFrame, Ipv4Packet } from '../wire/packet.ts';
import { renderMsg, type TraceCode, type TraceMsg } from './messages.ts';

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
  | 'nat' // an address was rewritten
  | 'capture'; // a packet capture (tcpdump) changed a device

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

/**
 * A recorded event. Its sentence is kept as data (code and params) and rendered into `text` only
 * when something reads it: most events of a long run are never read, and rendering every one was a
 * quarter of the engine's time and most of its garbage. Params are immutable values (messages.ts).
 */
export class TraceRecord implements TraceEvent {
  seq = 0;
  code?: TraceCode;
  params?: TraceMsg['params'];
  private said?: string;
  constructor(
    public t: number,
    public kind: TraceKind,
    public ns: string,
    public dev: string | undefined,
    said: string | TraceMsg,
    public frame: EthFrame | undefined,
    public packetId: number | undefined,
    public rewrite: TraceEvent['rewrite'],
  ) {
    if (typeof said === 'string') this.said = said;
    else {
      this.code = said.code;
      this.params = said.params;
    }
  }
  get text(): string {
    if (this.said === undefined) this.said = renderMsg({ code: this.code!, params: this.params! });
    return this.said;
  }
}

export interface TraceSink {
  emit(e: Omit<TraceEvent, 'seq'>): void;
}

/**
 * Keeps the last `limit` events in a ring (the bench's untraced baseline uses limit 0). Once full, an
 * emit overwrites the oldest slot: O(1) per event at any length, where an array spliced per emit
 * costs O(limit). Sequence numbers keep counting, so `first` says which events are still held.
 */
export class TraceLog implements TraceSink {
  private ring: TraceEvent[] = [];
  /** Slot of the oldest event once the ring is full (the next one to be overwritten). */
  private head = 0;
  private seq = 0;
  /**
   * Called synchronously with each recorded event, while the world is exactly in the state that
   * event describes. Step-back replays use it to snapshot the world at event N (and may throw to stop
   * the replay there).
   */
  onEmit?: (e: TraceEvent) => void;
  constructor(public readonly limit = 100_000) {}
  /** Records `e`, which the log now owns: its `seq` is set here, without a copy. */
  emit(e: Omit<TraceEvent, 'seq'>): void {
    if (this.limit === 0) {
      this.seq++;
      return;
    }
    const event = e as TraceEvent;
    event.seq = this.seq++;
    if (this.ring.length < this.limit) this.ring.push(event);
    else {
      this.ring[this.head] = event;
      this.head = this.head + 1 === this.limit ? 0 : this.head + 1;
    }
    this.onEmit?.(event);
  }
  /** Counts a step without recording it (tracing off). */
  skip(): void {
    this.seq++;
  }
  /** Events emitted so far, kept or not: the next event's seq. */
  get count(): number {
    return this.seq;
  }
  /** The seq of the oldest event still held (= count when none is). */
  get first(): number {
    return this.seq - this.ring.length;
  }
  /** The event with this seq, if it is still held. */
  at(seq: number): TraceEvent | undefined {
    const i = seq - this.first;
    if (!Number.isInteger(i) || i < 0 || i >= this.ring.length) return undefined;
    return this.ring[(this.head + i) % this.ring.length];
  }
  /** The held events with seq ≥ `from`, oldest first (a new array of just those). */
  since(from: number): TraceEvent[] {
    const start = Math.max(0, Math.ceil(from) - this.first);
    const n = this.ring.length;
    const out: TraceEvent[] = new Array(Math.max(0, n - start));
    for (let i = start, k = 0; i < n; i++, k++) out[k] = this.ring[(this.head + i) % n];
    return out;
  }
  /** Every held event, oldest first (a copy: O(held); use `since` for the recent ones). */
  get events(): TraceEvent[] {
    return this.since(this.first);
  }
}
