// The simulated machine: the host namespace, the named ones, one virtual clock and one seeded RNG.
// Every change to the network goes through `rtnl` (rtnl.ts), the typed operations the shell parses
// commands into; the UI sends the same commands, and the exporter reads the result back.

import { Bridge } from './link/bridge.ts';
import type { Device } from './link/device.ts';
import type { Macvlan } from './link/macvlan.ts';
import type { Skb } from './link/skb.ts';
import type { Vxlan } from './link/vxlan.ts';
import { CtGc } from './netfilter/ct-gc.ts';
import { Netns } from './netns/netns.ts';
import { Rtnl } from './rtnl.ts';
import { Clock, SEC } from './sim/clock.ts';
import { Rng } from './sim/rng.ts';
import { type TraceEvent, type TraceKind, TraceLog, TraceRecord } from './trace/events.ts';
import { msg, type TraceMsg } from './trace/messages.ts';
import type { EthFrame } from './wire/packet.ts';

/** Virtual time a frame takes to cross a link or loop back (keeps RTTs realistic: ~0.04 ms a veth hop). */
export const HOP_DELAY = 10;

export interface WorldOptions {
  seed?: number;
  traceLimit?: number;
}

export class World {
  readonly clock = new Clock();
  readonly rng: Rng;
  /**
   * The random MACs of bridges made without an address, drawn apart from `rng` so that adding a bridge
   * shifts no other random choice (and never repeats a MAC the main stream gives a veth).
   */
  readonly bridgeMacRng: Rng;
  /** The seed the RNG started from (tools layered on the world derive their own generators from it). */
  readonly seed: number;
  readonly log: TraceLog;
  readonly host: Netns;
  /** Named namespaces (rtnl adds and removes them). */
  readonly named = new Map<string, Netns>();
  private serial = 0;
  private packetSeq = 0;
  private pidSeq = 0;
  /** A parent device's macvlan children (rtnl keeps it). */
  readonly macvlans = new Map<Device, Macvlan[]>();
  /** Every VXLAN device, wherever it lives (rtnl keeps it): for VNI clashes and lower-device removal. */
  readonly vxlans = new Set<Vxlan>();
  private hashrnd?: number;
  /** The only writer of network state. */
  readonly rtnl = new Rtnl(this);
  /** Conntrack's garbage collector, one for the machine (what conntrack -E sees reap expired entries). */
  readonly ctGc = new CtGc(this);

  constructor(opts: WorldOptions = {}) {
    this.seed = opts.seed ?? 1;
    this.rng = new Rng(this.seed);
    this.bridgeMacRng = new Rng((this.seed ^ 0x62726467) >>> 0);
    this.log = new TraceLog(opts.traceLimit ?? 100_000);
    this.host = new Netns(this, '', this.serial++);
    this.rtnl.setUp(this.host.lo, true);
  }

  // --- plumbing used by devices and stacks ------------------------------------------------------

  /** Runs `fn(arg)` one hop later (a frame crossing a link or looping back). */
  deliver<T>(fn: (arg: T) => void, arg: T): void;
  deliver(fn: () => void): void;
  deliver(fn: (arg: unknown) => void, arg?: unknown): void {
    this.clock.schedule(HOP_DELAY, fn, arg);
  }

  /**
   * hashrnd: the machine's flow-hash seed (random per boot, shared by every namespace), derived from
   * the world's seed without drawing from its RNG.
   */
  get hashSeed(): number {
    this.hashrnd ??= Math.floor(new Rng(this.seed ^ 0x9e3779b9).next() * 2 ** 32);
    return this.hashrnd;
  }

  /** Creation order of namespaces, for stable listings. */
  nextSerial(): number {
    return this.serial++;
  }

  /** A new process id (ping takes its ICMP identifier from it, as iputils does from getpid()). */
  nextPid(): number {
    return ++this.pidSeq;
  }

  newPacketId(): number {
    return ++this.packetSeq;
  }

  skb(frame: EthFrame, packetId?: number): Skb {
    return { frame, packetId: packetId ?? this.newPacketId(), lineage: { frames: 0, stormed: false } };
  }

  /** False when the trace keeps nothing (limit 0): callers may then skip building a sentence. */
  get tracing(): boolean {
    return this.log.limit !== 0;
  }

  /**
   * Records a step. `text` is a message (trace/messages.ts) or a plain sentence; a message also sets
   * the event's code and params. A step that happens per packet, frame, rule or timer builds its
   * message only when `tracing` and passes '' otherwise (`w.tracing ? msg(…) : ''`): the step is
   * counted either way, and an untraced run allocates nothing for it. A function giving the text is
   * also taken (configuration steps): it is called only when tracing, but is itself allocated.
   */
  trace(
    ns: Netns,
    kind: TraceKind,
    text: string | TraceMsg | (() => string | TraceMsg),
    skb?: Skb,
    dev?: Device,
    rewrite?: TraceEvent['rewrite'],
  ): void {
    if (this.log.limit === 0) {
      this.log.skip();
      return;
    }
    const said = typeof text === 'function' ? text() : text;
    this.log.emit(
      new TraceRecord(this.clock.now, kind, ns.name, dev?.name, said, skb?.frame, skb?.packetId, rewrite),
    );
  }

  storm(br: Bridge, skb: Skb): void {
    this.trace(br.netns, 'storm', this.tracing ? msg('bridge.storm', { br: br.name }) : '', skb, br);
    this.stormed = true;
  }

  /** Set when a loop was detected since the last check. */
  stormed = false;

  macvlansOf(parent: Device): Macvlan[] {
    return this.macvlans.get(parent) ?? [];
  }

  /** neigh_parms reachable_time: uniform in [base/2, 3·base/2), redrawn every 300 s (neigh_periodic_work). */
  reachableTime(dev: Device): number {
    const now = this.clock.now;
    if (now - dev.reachableDrawnAt >= 300 * SEC || dev.reachableTime === 0) {
      const base = dev.conf.neigh.base_reachable_time_ms * 1000;
      dev.reachableTime = Math.floor(base / 2 + this.rng.next() * base);
      dev.reachableDrawnAt = now;
    }
    return dev.reachableTime;
  }

  // --- namespaces -------------------------------------------------------------------------------

  namespaces(): Netns[] {
    return [this.host, ...[...this.named.values()].sort((a, b) => a.serial - b.serial)];
  }

  netns(name: string): Netns | undefined {
    return name === '' ? this.host : this.named.get(name);
  }

  private lwQueue: Device[] = [];

  /**
   * Runs the pending linkwatch events. Like the kernel's linkwatch work, this happens after the
   * command that caused them has finished, so operstates see the namespace as the command left it.
   */
  settle(): void {
    const queue = this.lwQueue;
    this.lwQueue = [];
    for (let i = 0; i < queue.length && i < 10_000; i++) {
      const d = queue[i];
      if (!d.netns.devByIndex(d.ifindex) || d.netns.devByIndex(d.ifindex) !== d) continue;
      d.setOperstate(d.computeOperstate());
      const carrier = d.carrier;
      if (d.linkwatchCarrier && !carrier && d.up && d.conf.v.arp_evict_nocarrier)
        d.netns.stack.neigh.flushDev(d, false);
      d.linkwatchCarrier = carrier;
      const br = d.master;
      if (br) {
        br.flushStoppedPorts();
        if (br.recalcCarrier() && !queue.includes(br, i + 1)) queue.push(br);
      }
      if (d instanceof Bridge) d.flushStoppedPorts();
      // NETDEV_CHANGE reaches the macvlans only from a parent that is up.
      if (d.up)
        for (const m of this.macvlansOf(d)) {
          m.transferOperstate();
          if (!queue.includes(m, i + 1)) queue.push(m);
        }
    }
  }

  /**
   * Queues linkwatch_do_dev for devices whose state changed. When the queue runs (settle), each
   * device's operstate is computed first and only then do its master and stacked devices hear of it
   * (a bridge recomputes its carrier afterwards, which is why a port can show DOWN rather than
   * LOWERLAYERDOWN). Carrier loss flushes non-permanent neighbours (arp_evict_nocarrier); a port that
   * stops forwarding loses its learned FDB entries.
   */
  linkwatch(devs: Device[]): void {
    for (const d of devs) {
      d.noteCarrier();
      if (!this.lwQueue.includes(d)) this.lwQueue.push(d);
    }
  }

  // --- running ----------------------------------------------------------------------------------

  /** Advances virtual time by `micros`, running every timer and frame due. */
  advance(micros: number): void {
    this.settle();
    this.clock.runUntil(this.clock.now + micros);
  }
}
