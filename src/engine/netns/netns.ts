// struct net: one network namespace. It owns its devices (ifindex allocated per namespace, as
// dev_index_reserve does), its FIB, its IPv4 sysctls and its stack. Device state changes are routed
// through here so the FIB and neighbour table react as fib_netdev_event / arp_netdev_event do.

import { DevConf } from '../ipv4/devconf.ts';
import { type InAddr, SCOPE_VALUE } from '../ipv4/devinet.ts';
import { Ipv4Stack } from '../ipv4/stack.ts';
import type { Device } from '../link/device.ts';
import { Loopback } from '../link/loopback.ts';
import type { PacketTap } from '../link/packet-tap.ts';
import { Netfilter } from '../netfilter/netfilter.ts';
import { Fib, type Route, RT_TABLE_LOCAL, RT_TABLE_MAIN } from '../route/fib.ts';
import { broadcastOf, networkOf } from '../wire/addr.ts';
import type { World } from '../world.ts';

export class Netns {
  readonly world: World;
  /** "" for the host namespace. */
  name: string;
  private byIndex = new Map<number, Device>();
  /** Last ifindex handed out (net->ifindex); allocation continues after it. */
  private lastIfindex = 0;
  readonly fib = new Fib();
  readonly stack: Ipv4Stack;
  readonly nf: Netfilter;
  readonly confAll: DevConf;
  readonly confDefault: DevConf;
  /** Namespace-wide /proc/sys/net/ipv4/* scalars netns-lab models (kernel defaults). */
  readonly ipv4: Readonly<{
    icmp_echo_ignore_all: number;
    icmp_echo_ignore_broadcasts: number;
    ip_default_ttl: number;
    icmp_ratelimit: number;
    icmp_ratemask: number;
    icmp_msgs_per_sec: number;
    icmp_msgs_burst: number;
  }> = {
    icmp_echo_ignore_all: 0,
    icmp_echo_ignore_broadcasts: 1,
    ip_default_ttl: 64,
    /** Per-destination ICMP error limit (ms per message) and the types it applies to (a bit mask). */
    icmp_ratelimit: 1000,
    icmp_ratemask: 6168,
    /** The namespace-wide ICMP error limit. */
    icmp_msgs_per_sec: 1000,
    icmp_msgs_burst: 50,
  };
  /** /proc/sys/net/ipv4/route/*: the PMTU cache's lifetime (s) and smallest accepted PMTU. */
  readonly route: Readonly<{ mtu_expires: number; min_pmtu: number }> = { mtu_expires: 600, min_pmtu: 552 };
  /**
   * br_netfilter (net.bridge.bridge-nf-call-iptables): 1 on the kernel the goldens come from, so
   * bridged IPv4 goes through this namespace's iptables and conntrack.
   */
  readonly bridgeNf: Readonly<{ callIptables: number }> = { callIptables: 1 };
  /** Peer namespace → nsid, allocated on first use (peernet2id_alloc). */
  private nsids = new Map<Netns, number>();
  readonly lo: Loopback;
  /** ptype_all entries for "any": packet sockets that see every device of this namespace. */
  readonly taps: readonly PacketTap[] = [];
  /** Creation order, for stable listings. */
  readonly serial: number;

  constructor(world: World, name: string, serial: number, inherit?: Netns) {
    this.world = world;
    this.name = name;
    this.serial = serial;
    // devinet_init_net: copy conf/all and conf/default from init_net (devconf_inherit_init_net = 0).
    this.confAll = inherit ? inherit.confAll.clone() : new DevConf();
    this.confDefault = inherit ? inherit.confDefault.clone() : new DevConf();
    this.stack = new Ipv4Stack(this);
    this.nf = new Netfilter(this);
    this.lo = new Loopback(this);
    this.lastIfindex = 1;
    this.byIndex.set(1, this.lo);
    this.byName.set('lo', this.lo);
  }

  get label(): string {
    return this.name === '' ? 'the host' : this.name;
  }

  private sorted?: Device[];

  /** Devices in ifindex order (cached; invalidated when a device comes or goes). */
  devices(): Device[] {
    this.sorted ??= [...this.byIndex.values()].sort((a, b) => a.ifindex - b.ifindex);
    return this.sorted;
  }

  devByIndex(i: number): Device | undefined {
    return this.byIndex.get(i);
  }

  private byName = new Map<string, Device>();

  dev(name: string): Device | undefined {
    return this.byName.get(name);
  }

  /** Keeps the name index right when a device is renamed. */
  renamed(dev: Device, old: string): void {
    if (this.byName.get(old) === dev) this.byName.delete(old);
    this.byName.set(dev.name, dev);
  }

  /** dev_index_reserve(net, 0): the next free index after the last one handed out. */
  allocIfindex(): number {
    let i = this.lastIfindex + 1;
    while (this.byIndex.has(i)) i++;
    this.lastIfindex = i;
    return i;
  }

  /** Reserves a specific index if free (used when a device moves in and keeps its index). */
  reserveIfindex(i: number): boolean {
    return !this.byIndex.has(i);
  }

  attach(dev: Device): void {
    dev.noteCarrier(); // registration: from here on, flips of the carrier bit count
    dev.netns = this;
    this.byIndex.set(dev.ifindex, dev);
    this.byName.set(dev.name, dev);
    this.sorted = undefined;
  }

  detach(dev: Device): void {
    this.byIndex.delete(dev.ifindex);
    if (this.byName.get(dev.name) === dev) this.byName.delete(dev.name);
    this.sorted = undefined;
  }

  private usedNsids = new Set<number>();
  private lowestFreeNsid = 0;

  /** peernet2id_alloc: the smallest free id, allocated on first use. */
  nsidOf(other: Netns): number {
    let id = this.nsids.get(other);
    if (id === undefined) {
      id = this.lowestFreeNsid;
      this.nsids.set(other, id);
      this.usedNsids.add(id);
      while (this.usedNsids.has(this.lowestFreeNsid)) this.lowestFreeNsid++;
    }
    return id;
  }

  hasNsid(other: Netns): number | undefined {
    return this.nsids.get(other);
  }

  forgetNsid(other: Netns): void {
    const id = this.nsids.get(other);
    if (id === undefined) return;
    this.nsids.delete(other);
    this.usedNsids.delete(id);
    this.lowestFreeNsid = Math.min(this.lowestFreeNsid, id);
  }

  // --- addresses (inet_insert_ifa / inet_del_ifa) and the routes they imply (fib_add_ifaddr) ----

  primaryFor(dev: Device, a: InAddr): InAddr {
    if (!a.secondary) return a;
    return dev.inet.primaryOf(a.local, a.prefixLen) ?? a;
  }

  /** fib_add_ifaddr: the local route always; prefix and broadcast routes only while the device is up. */
  addIfaddrRoutes(dev: Device, a: InAddr): void {
    const prim = this.primaryFor(dev, a);
    this.addKernelRoute({
      table: RT_TABLE_LOCAL,
      type: 'local',
      dst: a.local,
      len: 32,
      dev,
      scope: 'host',
      prefsrc: prim.local,
    });
    if (!dev.up) return;
    if (a.broadcast !== undefined && a.broadcast !== 0xffffffff) {
      this.addKernelRoute({
        table: RT_TABLE_LOCAL,
        type: 'broadcast',
        dst: a.broadcast,
        len: 32,
        dev,
        scope: 'link',
        prefsrc: prim.local,
      });
    }
    const prefix = networkOf(a.local, a.prefixLen);
    if (prefix !== 0 && !a.secondary && (prefix !== a.local || a.prefixLen < 32)) {
      const loop = dev.kind === 'loopback';
      this.addKernelRoute({
        table: loop ? RT_TABLE_LOCAL : RT_TABLE_MAIN,
        type: loop ? 'local' : 'unicast',
        dst: prefix,
        len: a.prefixLen,
        dev,
        scope: loop ? 'host' : 'link',
        prefsrc: prim.local,
      });
      if (a.prefixLen < 31) {
        this.addKernelRoute({
          table: RT_TABLE_LOCAL,
          type: 'broadcast',
          dst: broadcastOf(a.local, a.prefixLen),
          len: 32,
          dev,
          scope: 'link',
          prefsrc: prim.local,
        });
      }
    }
  }

  /** fib_magic appends (NLM_F_APPEND): the same prefix on two devices gives two routes. */
  private addKernelRoute(r: Omit<Route, 'metric' | 'onlink' | 'proto'>): void {
    if (
      this.fib
        .withPrefix(r.table, r.dst, r.len)
        .some(
          (x) =>
            x.dst === r.dst &&
            x.len === r.len &&
            x.type === r.type &&
            x.dev === r.dev &&
            x.prefsrc === r.prefsrc &&
            x.metric === 0,
        )
    )
      return;
    this.fib.insert({ ...r, metric: 0, onlink: false, proto: 'kernel' });
  }

  /**
   * fib_del_ifaddr, called with `a` already removed from the device and `prim` its primary: the local
   * route goes unless another address still has this IP; prefix and broadcast routes go unless another
   * address still implies them; a deleted primary also takes every route that used it as source
   * (fib_sync_down_addr).
   */
  delIfaddrRoutes(dev: Device, a: InAddr, prim: InAddr = a): void {
    const stillLocal = this.devices().some((d) => d.inet.hasLocal(a.local));
    const prefix = networkOf(a.local, a.prefixLen);
    const bcast = broadcastOf(a.local, a.prefixLen);
    const doomed = (r: Route): boolean => {
      if (r.proto !== 'kernel') return false;
      // fib_del_ifaddr: the device's own local route goes unless the device still has the address
      // (another device with the same address keeps its own).
      if (r.type === 'local' && r.len === 32 && r.dst === a.local)
        return r.dev === dev && r.prefsrc === prim.local && !dev.inet.hasLocal(a.local);
      if (r.dev !== dev) return false;
      if (
        !a.secondary &&
        r.len === a.prefixLen &&
        r.dst === prefix &&
        (r.type === 'unicast' || r.type === 'local')
      ) {
        return dev.inet.primaryOf(prefix, a.prefixLen) === undefined;
      }
      if (r.type === 'broadcast' && (r.dst === bcast || r.dst === a.broadcast))
        return !dev.inet.hasBroadcast(r.dst);
      return false;
    };
    // The only routes that can match: the address's own /32, its prefix, and its broadcasts.
    const candidates = new Set<Route>();
    for (const id of this.fib.tableIds()) {
      for (const [dst, len] of [
        [a.local, 32],
        [prefix, a.prefixLen],
        [bcast, 32],
        [a.broadcast, 32],
      ] as const) {
        if (dst !== undefined) for (const r of this.fib.withPrefix(id, dst, len)) candidates.add(r);
      }
    }
    for (const r of candidates) if (doomed(r)) this.fib.remove(r);
    // fib_sync_down_addr: a deleted primary takes every route that used it as source.
    if (!a.secondary && !stillLocal) for (const r of this.fib.withPrefsrc(a.local)) this.fib.remove(r);
  }

  /** Admin up: lo gets 127.0.0.1/8; every address's routes come back (fib_netdev_event NETDEV_UP). */
  deviceUp(dev: Device): void {
    if (dev.kind === 'loopback' && !dev.addrs.some((a) => a.local === 0x7f000001)) {
      dev.inet.insert(
        { local: 0x7f000001, prefixLen: 8, scope: 'host', secondary: false, label: 'lo' },
        true,
      );
      dev.conf.setAll();
    }
    for (const a of dev.addrs) this.addIfaddrRoutes(dev, a);
  }

  /** Admin down: every route through the device goes except local ones; neighbours are flushed. */
  deviceDown(dev: Device): void {
    this.fib.removeWhere(
      (r) =>
        r.dev === dev &&
        !(r.type === 'local' && SCOPE_VALUE[r.scope] >= SCOPE_VALUE.host && r.proto === 'kernel'),
    );
    this.stack.neigh.flushDev(dev, true);
    this.nf.deviceDown(dev);
  }

  /** The device leaves (deleted or moved away): everything that referred to it goes. */
  deviceGone(dev: Device): void {
    for (const t of [...dev.taps]) t.gone?.(dev);
    for (const a of [...dev.addrs]) {
      dev.inet.remove(a);
      this.delIfaddrRoutes(dev, a);
    }
    this.fib.removeWhere((r) => r.dev === dev);
    this.stack.neigh.flushDev(dev, true);
  }
}
