// The ARP neighbour table (net/core/neighbour.c + net/ipv4/arp.c), one entry per (device, IPv4).
//
// States (NUD_*) and transitions, as neigh_timer_handler / __neigh_event_send / neigh_update do them:
//   (none)     --packet needs it-->       INCOMPLETE: broadcast request now and every retrans_time
//   INCOMPLETE --unicast reply-->         REACHABLE (queue flushed in order)
//   INCOMPLETE --request from it / broadcast reply--> STALE (queue flushed)
//   INCOMPLETE --ucast+app+mcast_solicit probes unanswered--> FAILED (each queued packet: host unreachable)
//   REACHABLE  --reachable_time passes--> DELAY if used within delay_first_probe_time, else STALE
//   STALE      --packet sent through it-> DELAY (the packet goes at once)
//   DELAY      --confirmed-->             REACHABLE
//   DELAY      --delay_first_probe_time passes--> PROBE: unicast request every retrans_time
//   PROBE      --ucast_solicit unanswered--> FAILED
//   FAILED     --packet needs it-->       INCOMPLETE
// PERMANENT and NOARP entries are never changed by ARP. Admin-down flushes a device's entries, PERMANENT
// included; carrier loss flushes all but PERMANENT. Garbage collection never runs below gc_thresh1 (128),
// so STALE and FAILED entries stay.

import type { Device } from '../link/device.ts';
import { SEC, type Timer } from '../sim/clock.ts';
import { msg, type TraceMsg } from '../trace/messages.ts';
import { type Ip4, ip4ToString, type Mac } from '../wire/addr.ts';

export type NudState =
  | 'NONE'
  | 'INCOMPLETE'
  | 'REACHABLE'
  | 'STALE'
  | 'DELAY'
  | 'PROBE'
  | 'FAILED'
  | 'NOARP'
  | 'PERMANENT';

const VALID: ReadonlySet<NudState> = new Set(['REACHABLE', 'STALE', 'DELAY', 'PROBE', 'PERMANENT', 'NOARP']);
const CONNECTED: ReadonlySet<NudState> = new Set(['REACHABLE', 'PERMANENT', 'NOARP']);

export function nudValid(s: NudState): boolean {
  return VALID.has(s);
}

export interface QueuedPacket {
  /** Builds the frame once the address is known. */
  send(mac: Mac): void;
  /** The neighbour failed: report (ICMP host unreachable). */
  fail(): void;
  bytes: number;
  /** Source address of the packet, for the ARP request's sender IP (arp_announce). */
  src?: number;
}

export interface NeighHooks {
  /** arp_solicit: send a request; `unicastTo` set for PROBE / unicast re-probes. */
  solicit(n: Neighbour, unicastTo: Mac | undefined): void;
  /** A state change; its text is '' when the trace keeps nothing. */
  trace(n: Neighbour, text: TraceMsg | ''): void;
  /** False when the trace keeps nothing: no text is built for it then. */
  readonly tracing: boolean;
}

export class Neighbour {
  state: NudState = 'NONE';
  lladdr?: Mac;
  probes = 0;
  queue: QueuedPacket[] = [];
  queueBytes = 0;
  confirmed: number;
  used: number;
  updated: number;
  timer?: Timer;
  isRouter = false;
  constructor(
    readonly dev: Device,
    readonly ip: Ip4,
    now: number,
  ) {
    // neigh_alloc: "confirmed" starts far enough in the past never to count.
    this.confirmed = now - 2 * dev.conf.neigh.base_reachable_time_ms * 1000;
    this.used = now;
    this.updated = now;
  }
}

const UNRES_QLEN_BYTES = 212992;

/** neigh_timer_handler: the retransmit time, never below HZ/100 (10 ms) — 0 is clamped. */
function retransTime(ms: number): number {
  return Math.max(ms, 10) * 1000;
}

export class NeighTable {
  private entries = new Map<Device, Map<Ip4, Neighbour>>();

  constructor(private readonly hooks: NeighHooks) {}

  lookup(dev: Device, ip: Ip4): Neighbour | undefined {
    return this.entries.get(dev)?.get(ip);
  }

  all(): Neighbour[] {
    const out: Neighbour[] = [];
    for (const m of this.entries.values()) out.push(...m.values());
    return out;
  }

  create(dev: Device, ip: Ip4): Neighbour {
    let m = this.entries.get(dev);
    if (!m) {
      m = new Map();
      this.entries.set(dev, m);
    }
    let n = m.get(ip);
    if (!n) {
      n = new Neighbour(dev, ip, this.now(dev));
      m.set(ip, n);
    }
    return n;
  }

  remove(n: Neighbour): void {
    n.timer?.cancel();
    this.entries.get(n.dev)?.delete(n.ip);
  }

  /** neigh_ifdown / neigh_flush_dev: `all` on admin-down, else only non-PERMANENT (carrier loss). */
  flushDev(dev: Device, all: boolean): void {
    const m = this.entries.get(dev);
    if (!m) return;
    for (const n of [...m.values()]) {
      if (!all && n.state === 'PERMANENT') continue;
      this.remove(n);
    }
  }

  private now(dev: Device): number {
    return dev.netns.world.clock.now;
  }

  private reachableTime(dev: Device): number {
    return dev.netns.world.reachableTime(dev);
  }

  private get tracing(): boolean {
    return this.hooks.tracing;
  }

  /** `why` is '' when the trace keeps nothing: the change is counted, never worded. */
  private setState(n: Neighbour, s: NudState, why: TraceMsg | ''): void {
    if (n.state === s) return;
    const from = n.state;
    n.state = s;
    n.updated = this.now(n.dev);
    this.hooks.trace(
      n,
      this.tracing ? msg('neigh.state', { ip: ip4ToString(n.ip), dev: n.dev.name, from, to: s, why }) : '',
    );
  }

  /** The timer's function, made once: arming passes it the entry instead of a closure per timer. */
  private readonly onTimer = (n: Neighbour) => this.timerHandler(n);

  private arm(n: Neighbour, delay: number): void {
    n.timer?.cancel();
    // At least one tick ahead, as mod_timer is: a timer never re-fires at the same instant.
    n.timer = n.dev.netns.world.clock.schedule(Math.max(1, delay), this.onTimer, n);
  }

  /**
   * neigh_event_send + neigh_resolve_output: send `pkt` to `ip` on `dev`, resolving first if needed.
   */
  /** neigh_event_send without a packet: start resolving an entry that is not valid yet. */
  resolve(dev: Device, ip: Ip4): void {
    const n = this.lookup(dev, ip) ?? this.create(dev, ip);
    if (n.state !== 'NONE' && n.state !== 'FAILED') return;
    n.probes = dev.conf.neigh.ucast_solicit;
    this.setState(n, 'INCOMPLETE', this.tracing ? msg('neigh.why.unresolved', { ip: ip4ToString(ip) }) : '');
    this.solicit(n);
    this.arm(n, retransTime(dev.conf.neigh.retrans_time_ms));
  }

  /**
   * neigh_output's fast path (neigh_hh_output): the address to send to at once, when the entry is in a
   * state that sends without changing (REACHABLE, PERMANENT, NOARP, DELAY, PROBE); it is marked used,
   * as output() would. Undefined otherwise: then output() decides. Lets a sender skip building the
   * queued packet (two closures) that only an unresolved neighbour needs.
   */
  ready(dev: Device, ip: Ip4): Mac | undefined {
    const n = this.lookup(dev, ip);
    if (n === undefined || n.lladdr === undefined) return undefined;
    switch (n.state) {
      case 'REACHABLE':
      case 'PERMANENT':
      case 'NOARP':
      case 'DELAY':
      case 'PROBE':
        n.used = this.now(dev);
        return n.lladdr;
      default:
        return undefined;
    }
  }

  output(dev: Device, ip: Ip4, pkt: QueuedPacket): void {
    let n = this.lookup(dev, ip);
    const now = this.now(dev);
    if (!n) n = this.create(dev, ip);
    n.used = now;
    switch (n.state) {
      case 'REACHABLE':
      case 'PERMANENT':
      case 'NOARP':
      case 'DELAY':
      case 'PROBE':
        pkt.send(n.lladdr!);
        return;
      case 'STALE':
        this.setState(
          n,
          'DELAY',
          this.tracing ? msg('neigh.why.stale-used', { delay: dev.conf.neigh.delay_first_probe_time }) : '',
        );
        this.arm(n, dev.conf.neigh.delay_first_probe_time * SEC);
        pkt.send(n.lladdr!);
        return;
      case 'NONE':
      case 'FAILED':
        n.probes = dev.conf.neigh.ucast_solicit;
        this.setState(
          n,
          'INCOMPLETE',
          this.tracing ? msg('neigh.why.unresolved', { ip: ip4ToString(ip) }) : '',
        );
        this.enqueue(n, pkt);
        this.solicit(n);
        this.arm(n, retransTime(dev.conf.neigh.retrans_time_ms));
        return;
      case 'INCOMPLETE':
        this.enqueue(n, pkt);
        return;
    }
  }

  private enqueue(n: Neighbour, pkt: QueuedPacket): void {
    n.queue.push(pkt);
    n.queueBytes += pkt.bytes;
    while (n.queueBytes > UNRES_QLEN_BYTES && n.queue.length > 1) {
      const dropped = n.queue.shift()!;
      n.queueBytes -= dropped.bytes;
    }
  }

  private solicit(n: Neighbour): void {
    const p = n.dev.conf.neigh;
    const probes = n.probes++;
    // arp_solicit: the first ucast_solicit probes are unicast to the known address (PROBE state);
    // an INCOMPLETE entry starts past them, so its requests are broadcast.
    const unicast = probes < p.ucast_solicit && n.lladdr ? n.lladdr : undefined;
    this.hooks.solicit(n, unicast);
  }

  private maxProbes(n: Neighbour): number {
    const p = n.dev.conf.neigh;
    return p.ucast_solicit + p.app_solicit + (n.state === 'PROBE' ? p.mcast_resolicit : p.mcast_solicit);
  }

  /** neigh_timer_handler. */
  private timerHandler(n: Neighbour): void {
    n.timer = undefined;
    const now = this.now(n.dev);
    const p = n.dev.conf.neigh;
    const delayProbe = p.delay_first_probe_time * SEC;
    switch (n.state) {
      case 'REACHABLE': {
        const rt = this.reachableTime(n.dev);
        if (now < n.confirmed + rt) {
          this.arm(n, n.confirmed + rt - now);
        } else if (now <= n.used + delayProbe) {
          this.setState(n, 'DELAY', this.tracing ? msg('neigh.why.used-recently') : '');
          this.arm(n, delayProbe);
        } else {
          this.setState(
            n,
            'STALE',
            this.tracing ? msg('neigh.why.not-confirmed', { secs: (rt / SEC).toFixed(1) }) : '',
          );
        }
        return;
      }
      case 'DELAY':
        if (now <= n.confirmed + delayProbe) {
          this.setState(n, 'REACHABLE', this.tracing ? msg('neigh.why.confirmed') : '');
          this.arm(n, n.confirmed + this.reachableTime(n.dev) - now);
        } else {
          this.setState(
            n,
            'PROBE',
            this.tracing ? msg('neigh.why.probe', { delay: p.delay_first_probe_time }) : '',
          );
          n.probes = 0;
          this.solicit(n);
          this.arm(n, retransTime(p.retrans_time_ms));
        }
        return;
      case 'INCOMPLETE':
      case 'PROBE':
        if (n.probes >= this.maxProbes(n)) {
          const wasIncomplete = n.state === 'INCOMPLETE';
          this.setState(n, 'FAILED', this.tracing ? msg('neigh.why.unanswered', { probes: n.probes }) : '');
          if (wasIncomplete || n.queue.length) {
            const q = n.queue;
            n.queue = [];
            n.queueBytes = 0;
            for (const pkt of q) pkt.fail();
          }
          return;
        }
        this.solicit(n);
        this.arm(n, retransTime(p.retrans_time_ms));
        return;
      default:
        return;
    }
  }

  /**
   * neigh_update: new link-layer information. `override` replaces a different known address;
   * `admin` is for `ip neigh add/replace`; `why` words the change, asked only while tracing (a caller
   * that knows the trace keeps nothing leaves it out).
   */
  update(
    n: Neighbour,
    lladdr: Mac | undefined,
    state: NudState,
    opts: { override: boolean; admin?: boolean; why?: () => TraceMsg },
  ): void {
    const old = n.state;
    if (!opts.admin && (old === 'NOARP' || old === 'PERMANENT')) return;
    const now = this.now(n.dev);
    let addr = lladdr;
    if (addr === undefined) {
      if (!nudValid(old) && !VALID.has(state)) {
        // FAILED / NONE without an address
      }
      addr = n.lladdr;
    }
    if (CONNECTED.has(state)) n.confirmed = now;
    let next = state;
    if (nudValid(old)) {
      if (addr !== n.lladdr && !opts.override) return;
      if (addr === n.lladdr && next === 'STALE' && !opts.admin) next = old;
    }
    n.lladdr = addr;
    if (next !== old) {
      n.timer?.cancel();
      n.timer = undefined;
      if (next === 'REACHABLE') this.arm(n, this.reachableTime(n.dev));
      this.setState(n, next, this.tracing && opts.why ? opts.why() : '');
    } else if (next === 'REACHABLE') {
      this.arm(n, Math.max(0, n.confirmed + this.reachableTime(n.dev) - now));
    }
    // A valid address arrived: send what was waiting (neigh_update flushes arp_queue).
    if (nudValid(next) && n.queue.length) {
      const q = n.queue;
      n.queue = [];
      n.queueBytes = 0;
      for (const pkt of q) pkt.send(n.lladdr!);
    }
  }
}
