// Pure timeline logic: which events the filters let through, how they group (by command line, then by
// packet), and where "step forward/back" lands. Kept out of the components so it is tested directly.

import type { StepAt, StepCategory, StepCommand, StepEvent, TraceKind } from '../../worker/step-api.ts';

export const CATEGORIES: readonly StepCategory[] = [
  'arp',
  'icmp',
  'tcp',
  'udp',
  'fdb',
  'routing',
  'netfilter',
  'drop',
  'other',
];

export type Filters = Record<StepCategory, boolean>;

export const ALL_ON: Filters = Object.fromEntries(CATEGORIES.map((c) => [c, true])) as Filters;

export function visible(events: readonly StepEvent[], filters: Filters): StepEvent[] {
  return events.filter((e) => filters[e.category]);
}

export interface PacketGroup {
  key: string;
  packetId?: number;
  /** The first frame's one-line summary; empty when no frame was seen (then `kind` names the run). */
  summary: string;
  /** The first event's kind, shown (translated) when the run has no frame. */
  kind: TraceKind;
  events: StepEvent[];
}

export interface CommandGroup {
  command: StepCommand;
  packets: PacketGroup[];
}

/** The shape that starts a new packet group even under the same packetId (request vs reply). */
function frameKind(e: StepEvent): string | undefined {
  const f = e.frame;
  if (!f) return undefined;
  const kind = f.layers.flatMap((l) => l.fields.filter((x) => x.name === 'Opcode' || x.name === 'Type'));
  return `${f.layers.map((l) => l.name).join('/')}|${kind.map((x) => x.value).join('/')}`;
}

/**
 * Groups visible events under their command line, then into runs that belong to one packet: an event
 * with a packetId (and frame kind) different from the run's starts a new run; events without a packet
 * (route lookups, neighbour and FDB updates) stay in the run they happen in.
 */
export function groupEvents(commands: readonly StepCommand[], events: readonly StepEvent[]): CommandGroup[] {
  const out: CommandGroup[] = [];
  let ci = 0;
  let kindKey: string | undefined;
  for (const e of events) {
    while (ci < commands.length && commands[ci].endSeq <= e.seq) ci++;
    const command = commands[ci] ?? { command: '', firstSeq: e.seq, endSeq: e.seq + 1 };
    let g = out.at(-1);
    if (!g || g.command !== command) {
      g = { command, packets: [] };
      out.push(g);
    }
    let p = g.packets.at(-1);
    const kind = frameKind(e);
    const otherPacket = p?.packetId !== undefined && e.packetId !== undefined && p.packetId !== e.packetId;
    const otherKind = kind !== undefined && kindKey !== undefined && kind !== kindKey;
    if (!p || otherPacket || otherKind) {
      p = { key: `${e.seq}`, summary: '', kind: e.kind, events: [] };
      g.packets.push(p);
      kindKey = undefined;
    }
    p.packetId ??= e.packetId;
    kindKey ??= kind;
    if (!p.summary && e.frame) p.summary = e.frame.summary;
    p.events.push(e);
  }
  return out;
}

/**
 * The number a learner reads for each packet: its rank in the order packets first appear in the trace.
 * The engine's ids count packets as they are made, and a packet made first can wait (an echo request
 * queued behind the ARP it needs), so its id alone would list #2 before #1.
 */
export function packetNumbers(events: readonly StepEvent[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const e of events)
    if (e.packetId !== undefined && !out.has(e.packetId)) out.set(e.packetId, out.size + 1);
  return out;
}

/** The index of the first of `events` (in seq order) whose seq is greater than `seq`. */
export function afterSeq(events: readonly StepEvent[], seq: number): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (events[mid].seq <= seq) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The next visible event after `at` (the first when nothing is selected), or undefined at the end. */
export function nextAt(events: readonly StepEvent[], at: StepAt | undefined): number | undefined {
  if (at === 'live') return undefined;
  return at === undefined ? events[0]?.seq : events[afterSeq(events, at)]?.seq;
}

/** The previous visible event before `at` (the last one from 'live'). */
export function prevAt(events: readonly StepEvent[], at: StepAt | undefined): number | undefined {
  if (at === undefined) return undefined;
  if (at === 'live') return events.at(-1)?.seq;
  for (let i = events.length - 1; i >= 0; i--) if (events[i].seq < at) return events[i].seq;
  return undefined;
}

/** Virtual time as a learner reads it: milliseconds with microsecond precision. */
export function formatTime(us: number): string {
  return `${(us / 1000).toFixed(3)} ms`;
}

/** One line of the windowed event list: a command line, a packet's heading, or an event. */
export type TimelineRow =
  | { kind: 'cmd'; key: string; command: string }
  | { kind: 'packet'; key: string; packetId?: number; summary: string; first: TraceKind }
  | { kind: 'event'; key: string; event: StepEvent };

export interface TimelineRows {
  rows: TimelineRow[];
  /** Row index of each event's seq (to keep the current step in view). */
  indexOf: Map<number, number>;
  /** For every row, the index of its command's row (the heading that stays pinned on top). */
  commandRow: number[];
}

/** Flattens the groups into rows of equal height, so the list can render only those in view. */
export function timelineRows(groups: readonly CommandGroup[]): TimelineRows {
  const rows: TimelineRow[] = [];
  const indexOf = new Map<number, number>();
  const commandRow: number[] = [];
  for (const g of groups) {
    const cmd = rows.length;
    rows.push({
      kind: 'cmd',
      key: `c${g.command.firstSeq}:${g.command.command}`,
      command: g.command.command,
    });
    commandRow.push(cmd);
    for (const p of g.packets) {
      rows.push({
        kind: 'packet',
        key: `p${p.key}`,
        packetId: p.packetId,
        summary: p.summary,
        first: p.kind,
      });
      commandRow.push(cmd);
      for (const e of p.events) {
        indexOf.set(e.seq, rows.length);
        rows.push({ kind: 'event', key: `e${e.seq}`, event: e });
        commandRow.push(cmd);
      }
    }
  }
  return { rows, indexOf, commandRow };
}
