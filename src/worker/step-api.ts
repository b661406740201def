// Plain data for stepping through packets (issue 5): what crosses the worker boundary for the
// timeline, the packet detail and the live tables. No engine objects, so the UI imports only these
// types and every value is structured-cloneable.

import type { TraceKind } from '../engine/trace/events.ts';
import type { TraceParam } from '../engine/trace/messages.ts';

export type { TraceKind };

/** The timeline's filters: what a learner thinks a step is about. */
export type StepCategory =
  | 'arp'
  | 'icmp'
  | 'tcp'
  | 'udp'
  | 'fdb'
  | 'routing'
  | 'netfilter'
  | 'drop'
  | 'other';

/** One named field of a header, with where its bytes are in `WireFrame.bytes`. */
export interface WireField {
  name: string;
  /** As a learner reads it ("64", "02:42:ac:11:00:02", "8 (Echo (ping) request)"). */
  value: string;
  offset: number;
  length: number;
}

export interface WireLayer {
  /** "Ethernet II", "ARP", "IPv4", "ICMP", "UDP", "TCP", "IPv4 (quoted)", "Data"… */
  name: string;
  offset: number;
  length: number;
  fields: WireField[];
}

export interface WireFrame {
  /** The real bytes, as the wire emitters produce them (Ethernet without FCS; an IPv4 packet for NAT steps). */
  bytes: Uint8Array;
  layers: WireLayer[];
  /** One line, tcpdump-like: "ARP, Request who-has 172.17.0.3 tell 172.17.0.2". */
  summary: string;
}

/** A field that this step changed (NAT, TTL, MAC rewrite at a routed hop). */
export interface FieldChange {
  layer: string;
  name: string;
  old: string;
  new: string;
}

export interface StepEvent {
  seq: number;
  /** Virtual time, microseconds. */
  t: number;
  kind: TraceKind;
  category: StepCategory;
  /** "" for the host. */
  ns: string;
  dev?: string;
  /** The engine's explanation in English. */
  text: string;
  /** The same sentence as data (src/engine/trace/messages.ts), so the UI can show it in Chinese. */
  code?: string;
  params?: Record<string, TraceParam>;
  packetId?: number;
  frame?: WireFrame;
  /** Differences from the same packet's previous step (or from before a NAT rewrite). */
  changes?: FieldChange[];
}

/** One command line of the history, with the events it emitted ([firstSeq, endSeq)). */
export interface StepCommand {
  command: string;
  firstSeq: number;
  endSeq: number;
}

export interface TraceChunk {
  /** Identifies the history (a new one after each reset): events of another history are not comparable. */
  history: number;
  events: StepEvent[];
  commands: StepCommand[];
  /** The seq the next event will get; ask for `trace(nextSeq)` after the next run. */
  nextSeq: number;
}

export interface TableRow {
  /** Identity for "did this row change": the neighbour, the FDB entry, the rule's position… */
  key: string;
  /** The row as the real tool prints it. */
  text: string;
  /** A running timer: neighbour state timer or FDB ageing, microseconds left. */
  timerUs?: number;
  /** Set when the step created this row or changed it. */
  changed?: boolean;
}

export type TableName = 'addr' | 'route' | 'local' | 'neigh' | 'fdb' | 'iptables' | 'conntrack';

export interface NsTables {
  ns: string;
  tables: Record<TableName, TableRow[]>;
  /** Rows that the step removed (so the UI can say "gone"). */
  removed: Partial<Record<TableName, string[]>>;
}

/** Where in the history a view is: just after event `seq` was emitted, or after everything. */
export type StepAt = number | 'live';

/** One point of a batch (LabApi.statesAt): the tables of `namespaces` at `at`. */
export interface StepRequest {
  at: StepAt;
  namespaces: string[];
}

export interface StepState {
  at: StepAt;
  /** Virtual time at that point, microseconds. */
  t: number;
  namespaces: NsTables[];
}
