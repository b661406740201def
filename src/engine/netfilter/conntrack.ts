// Connection tracking (net/netfilter/nf_conntrack_core.c and nf_conntrack_proto_{icmp,udp,tcp}.c).
// Each connection has an original and a reply tuple; NAT bindings are chosen on the first packet and
// rewrite every later packet of the connection in both directions. Entries time out on the virtual
// clock with the kernel's per-protocol (and, for TCP, per-state) timeouts.

import { SEC } from '../sim/clock.ts';
import type { Ip4 } from '../wire/addr.ts';
import { IPPROTO_TCP, IPPROTO_UDP, TCP_ACK, TCP_FIN, TCP_RST, TCP_SYN } from '../wire/packet.ts';

/** A direction of a connection. ICMP echo uses its identifier as both "ports". */
export interface Tuple {
  proto: number;
  src: Ip4;
  dst: Ip4;
  sport: number;
  dport: number;
}

/** The TCP states conntrack tracks (enum tcp_conntrack), named as conntrack -L prints them. */
export type TcpCtState =
  | 'NONE'
  | 'SYN_SENT'
  | 'SYN_RECV'
  | 'ESTABLISHED'
  | 'FIN_WAIT'
  | 'CLOSE_WAIT'
  | 'LAST_ACK'
  | 'TIME_WAIT'
  | 'CLOSE'
  | 'SYN_SENT2';

export interface CtEntry {
  proto: number;
  orig: Tuple;
  /** Source NAT (SNAT/MASQUERADE) and destination NAT (DNAT/REDIRECT) bindings, once chosen. */
  snat?: Ip4;
  /** The source port SNAT chose (a --to-source port range), when it had to change it. */
  snatPort?: number;
  dnat?: Ip4;
  dnatPort?: number;
  snatDecided: boolean;
  dnatDecided: boolean;
  /** IPS_SEEN_REPLY. */
  replied: boolean;
  /** IPS_ASSURED: the entry is worth keeping (TCP handshake done, UDP stream). */
  assured: boolean;
  confirmed: boolean;
  created: number;
  expires: number;
  tcp?: TcpCtState;
  /** Device whose address MASQUERADE used (its bindings go when it goes down). */
  masqDev?: string;
  /** Events waiting for the packet's confirm (nf_conntrack_ecache's cache bits, IPCT_*). */
  cache?: number;
}

/** The events of enum ip_conntrack_events that this model raises (as bits of CtEntry.cache). */
export const IPCT_NEW = 1;
export const IPCT_REPLY = 2;
export const IPCT_ASSURED = 4;
export const IPCT_PROTOINFO = 8;

/**
 * What ctnetlink multicasts to its listeners (conntrack -E): a new entry at its confirm, an update
 * when a packet changed its status or TCP state, its destruction. `protoinfo` says the TCP state goes
 * in the message (IPCT_PROTOINFO, and always on destroy); `portid` is the netlink port of the process
 * whose request caused it (conntrack -D/-F), 0 when the kernel did it itself.
 */
export interface CtEvent {
  type: 'new' | 'update' | 'destroy';
  entry: CtEntry;
  protoinfo: boolean;
  portid: number;
  progname?: string;
  now: number;
}
export type CtListener = (ev: CtEvent) => void;

/**
 * The namespace's net.netfilter sysctls this model reads (nf_conntrack_proto_*'s pernet timeouts, in
 * seconds, and tcp_loose), with the kernel's defaults. SYN_SENT2 shares syn_sent's timeout.
 */
export interface CtSysctl {
  nf_conntrack_icmp_timeout: number;
  nf_conntrack_tcp_loose: number;
  nf_conntrack_tcp_timeout_close: number;
  nf_conntrack_tcp_timeout_close_wait: number;
  nf_conntrack_tcp_timeout_established: number;
  nf_conntrack_tcp_timeout_fin_wait: number;
  nf_conntrack_tcp_timeout_last_ack: number;
  nf_conntrack_tcp_timeout_syn_recv: number;
  nf_conntrack_tcp_timeout_syn_sent: number;
  nf_conntrack_tcp_timeout_time_wait: number;
  nf_conntrack_udp_timeout: number;
  nf_conntrack_udp_timeout_stream: number;
}

export const CT_SYSCTL_DEFAULTS: Readonly<CtSysctl> = {
  nf_conntrack_icmp_timeout: 30,
  nf_conntrack_tcp_loose: 1,
  nf_conntrack_tcp_timeout_close: 10,
  nf_conntrack_tcp_timeout_close_wait: 60,
  nf_conntrack_tcp_timeout_established: 432000,
  nf_conntrack_tcp_timeout_fin_wait: 120,
  nf_conntrack_tcp_timeout_last_ack: 30,
  nf_conntrack_tcp_timeout_syn_recv: 60,
  nf_conntrack_tcp_timeout_syn_sent: 120,
  nf_conntrack_tcp_timeout_time_wait: 120,
  nf_conntrack_udp_timeout: 30,
  nf_conntrack_udp_timeout_stream: 120,
};

/** Which sysctl holds each TCP state's timeout (tcp_timeouts[]). */
const TCP_TIMEOUT_KEY: Record<TcpCtState, keyof CtSysctl | undefined> = {
  NONE: undefined,
  SYN_SENT: 'nf_conntrack_tcp_timeout_syn_sent',
  SYN_RECV: 'nf_conntrack_tcp_timeout_syn_recv',
  ESTABLISHED: 'nf_conntrack_tcp_timeout_established',
  FIN_WAIT: 'nf_conntrack_tcp_timeout_fin_wait',
  CLOSE_WAIT: 'nf_conntrack_tcp_timeout_close_wait',
  LAST_ACK: 'nf_conntrack_tcp_timeout_last_ack',
  TIME_WAIT: 'nf_conntrack_tcp_timeout_time_wait',
  CLOSE: 'nf_conntrack_tcp_timeout_close',
  SYN_SENT2: 'nf_conntrack_tcp_timeout_syn_sent',
};

export function replyTuple(e: CtEntry): Tuple {
  return {
    proto: e.proto,
    src: e.dnat ?? e.orig.dst,
    dst: e.snat ?? e.orig.src,
    sport: e.dnatPort ?? e.orig.dport,
    dport: e.snatPort ?? e.orig.sport,
  };
}

export function invertTuple(t: Tuple): Tuple {
  return { proto: t.proto, src: t.dst, dst: t.src, sport: t.dport, dport: t.sport };
}

function key(t: Tuple): string {
  return `${t.proto}|${t.src}:${t.sport}>${t.dst}:${t.dport}`;
}

// tcp_conntracks[dir][index][state] from nf_conntrack_proto_tcp.c. 'IV' = invalid, 'IG' = ignore.
type Next = TcpCtState | 'IV' | 'IG';
const S: TcpCtState[] = [
  'NONE',
  'SYN_SENT',
  'SYN_RECV',
  'ESTABLISHED',
  'FIN_WAIT',
  'CLOSE_WAIT',
  'LAST_ACK',
  'TIME_WAIT',
  'CLOSE',
  'SYN_SENT2',
];
const [, SS, SR, ES, FW, CW, LA, TW, CL, S2] = S;
const IV = 'IV' as const;
const IG = 'IG' as const;
type Row = Next[];
const TCP_TABLE: Record<'orig' | 'reply', Record<'syn' | 'synack' | 'fin' | 'ack' | 'rst', Row>> = {
  orig: {
    syn: [SS, SS, IG, IG, IG, IG, IG, SS, SS, S2],
    synack: [IV, IV, SR, IV, IV, IV, IV, IV, IV, SR],
    fin: [IV, IV, FW, FW, LA, LA, LA, TW, CL, IV],
    ack: [ES, IV, ES, ES, CW, CW, TW, TW, CL, IV],
    rst: [IV, CL, CL, CL, CL, CL, CL, CL, CL, CL],
  },
  reply: {
    syn: [IV, S2, IV, IV, IV, IV, IV, SS, IV, S2],
    synack: [IV, SR, IG, IG, IG, IG, IG, IG, IG, SR],
    fin: [IV, IV, FW, FW, LA, LA, LA, TW, CL, IV],
    ack: [IV, IG, SR, ES, CW, CW, TW, TW, CL, IG],
    rst: [IV, CL, CL, CL, CL, CL, CL, CL, CL, CL],
  },
};

function tcpIndex(flags: number): 'syn' | 'synack' | 'fin' | 'ack' | 'rst' | undefined {
  if (flags & TCP_RST) return 'rst';
  if (flags & TCP_SYN) return flags & TCP_ACK ? 'synack' : 'syn';
  if (flags & TCP_FIN) return 'fin';
  if (flags & TCP_ACK) return 'ack';
  return undefined;
}

/**
 * tcp_new + tcp_packet: the state after a segment, or 'invalid'. `e.tcp` is undefined for a new
 * entry: a SYN starts it in SYN_SENT; with nf_conntrack_tcp_loose = 1 a bare ACK picks up a
 * connection already established.
 */
export function tcpTransition(
  e: CtEntry,
  dir: 'orig' | 'reply',
  flags: number,
  loose = true,
): TcpCtState | 'invalid' {
  const idx = tcpIndex(flags);
  if (!idx) return 'invalid';
  if (e.tcp === undefined) {
    if (idx === 'syn') return 'SYN_SENT';
    // tcp_new: without nf_conntrack_tcp_loose it does not try to pick up connections.
    if (idx === 'ack' && loose) return 'ESTABLISHED';
    return 'invalid';
  }
  const next = TCP_TABLE[dir][idx][S.indexOf(e.tcp)];
  if (next === IV) return 'invalid';
  if (next === IG) return e.tcp;
  return next;
}

/** nf_conntrack_udp_packet: replies seen and still active two seconds after the first packet. */
export function udpStream(e: CtEntry, now: number): boolean {
  return e.replied && now > e.created + 2 * SEC;
}

/** The timeout a packet refreshes its entry to (nf_ct_refresh). */
export function timeoutFor(e: CtEntry, now: number, t: Readonly<CtSysctl> = CT_SYSCTL_DEFAULTS): number {
  if (e.proto === IPPROTO_TCP) {
    const key = TCP_TIMEOUT_KEY[e.tcp ?? 'SYN_SENT'];
    return key ? t[key] * SEC : 0;
  }
  if (e.proto === IPPROTO_UDP)
    return (udpStream(e, now) ? t.nf_conntrack_udp_timeout_stream : t.nf_conntrack_udp_timeout) * SEC;
  return t.nf_conntrack_icmp_timeout * SEC;
}

export class Conntrack {
  /**
   * The namespace's ip_conntrack_stat (conntrack -S). The kernel keeps it per CPU; netns-lab counts
   * on one. Of its counters only `invalid` can move here: nf_conntrack_in counts a packet the
   * tracker refuses (a TCP segment no state accepts); the others need races or a full table.
   */
  readonly stats = { invalid: 0 };
  private byOrig = new Map<string, CtEntry>();
  private byReply = new Map<string, CtEntry>();
  /** net.netfilter.nf_conntrack_* (sysctl.ts reads them, world.rtnl writes them). */
  readonly sysctl: Readonly<CtSysctl> = { ...CT_SYSCTL_DEFAULTS };
  /** ctnetlink's event sockets in this namespace (conntrack -E); world.rtnl opens and closes them. */
  readonly listeners: readonly CtListener[] = [];

  /** nf_conntrack_event_cache: remembers an event for the packet's confirm (only while someone listens). */
  cacheEvent(e: CtEntry, bit: number): void {
    if (this.listeners.length > 0) e.cache = (e.cache ?? 0) | bit;
  }

  /** nf_ct_deliver_cached_events: at a packet's confirm, what it changed goes out as one message. */
  deliver(e: CtEntry, now: number): void {
    const bits = e.cache;
    if (!bits) return;
    e.cache = 0;
    const type = bits & IPCT_NEW ? 'new' : 'update';
    this.report({ type, entry: e, protoinfo: (bits & IPCT_PROTOINFO) !== 0, portid: 0, now });
  }

  private report(ev: CtEvent): void {
    for (const l of this.listeners) l(ev);
  }

  /** Finds the connection a tuple belongs to, looking in the given direction(s). */
  lookup(
    t: Tuple,
    dirs: 'orig' | 'reply' | 'both',
    now: number,
  ): { entry: CtEntry; dir: 'orig' | 'reply' } | undefined {
    for (const dir of dirs === 'both' ? (['orig', 'reply'] as const) : [dirs]) {
      const map = dir === 'reply' ? this.byReply : this.byOrig;
      const e = map.get(key(t));
      if (!e) continue;
      if (e.expires <= now) {
        this.remove(e, now); // nf_ct_gc_expired
        return undefined;
      }
      return { entry: e, dir };
    }
    return undefined;
  }

  /** __nf_conntrack_confirm: the first packet got through every hook, the entry becomes visible. */
  confirm(e: CtEntry, now: number): void {
    if (e.confirmed) return;
    e.confirmed = true;
    e.expires = now + timeoutFor(e, now, this.sysctl);
    this.byOrig.set(key(e.orig), e);
    this.byReply.set(key(replyTuple(e)), e);
  }

  /**
   * nf_ct_delete: the entry leaves the table, and listeners hear of it (a request's `portid`, and the
   * requester's name as conntrack finds it in /proc while the requester still runs).
   */
  remove(e: CtEntry, now: number, portid = 0, progname?: string): void {
    if (this.byOrig.get(key(e.orig)) !== e) return;
    this.byOrig.delete(key(e.orig));
    this.byReply.delete(key(replyTuple(e)));
    // A dying entry delivers nothing it had cached (nf_ct_deliver_cached_events skips it).
    e.cache = 0;
    if (this.listeners.length > 0)
      this.report({
        type: 'destroy',
        entry: e,
        protoinfo: true,
        portid,
        now,
        ...(progname ? { progname } : {}),
      });
  }

  /** The live entries, in table order; expired ones wait for a lookup, a dump or the GC to go. */
  entries(now: number): CtEntry[] {
    return [...this.byOrig.values()].filter((e) => e.expires > now);
  }

  /** ctnetlink_dump_table (conntrack -L/-D): an expired entry the dump meets is killed on the way. */
  dump(now: number): CtEntry[] {
    const out: CtEntry[] = [];
    for (const e of [...this.byOrig.values()]) {
      if (e.expires <= now) this.remove(e, now);
      else out.push(e);
    }
    return out;
  }

  /** gc_worker's pass over this namespace's entries: kills the expired ones, returns the rest. */
  gc(now: number): CtEntry[] {
    return this.dump(now);
  }

  /** Whether the table holds anything, expired or not (what the GC worker would still look at). */
  get size(): number {
    return this.byOrig.size;
  }

  /** conntrack -F (ctnetlink_flush_conntrack): every entry, each reported as the request's. */
  flush(now: number, portid = 0, progname?: string): number {
    const all = [...this.byOrig.values()];
    for (const e of all) this.remove(e, now, portid, progname);
    return all.length;
  }
}
