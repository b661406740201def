// rtnetlink's role: the typed, validated operations that change the network. The shell, the
// editor (through the shell's commands) and the exporter's replay change engine state only through
// these; each validates its arguments once, as the kernel's netlink handlers do, and reports a
// refusal as a NetError (errno + extack). The mechanics live with the kernel objects they touch
// (netns/, link/, route/, neigh/, ipv4/); what is here is the checking and the order of effects.

import { NetError } from './errors.ts';
import type { InAddr, Scope } from './ipv4/devinet.ts';
import { Bridge, type BridgePort } from './link/bridge.ts';
import type { Device } from './link/device.ts';
import { Macvlan } from './link/macvlan.ts';
import type { PacketTap } from './link/packet-tap.ts';
import { Veth } from './link/veth.ts';
import { Vxlan, type VxlanConfig, VxlanSockError, vniInUse } from './link/vxlan.ts';
import {
  isUnicastFdbMac,
  NTF_SELF,
  NUD_PERMANENT,
  NUD_REACHABLE,
  sameRdst,
  type VxlanRdst,
} from './link/vxlan-fdb.ts';
import type { CtListener } from './netfilter/conntrack.ts';
import { findEntry, type IpSet, type IpSetBody, type IpSetEntry, IpsetError } from './netfilter/ipset.ts';
import { chainReset, ruleJoined } from './netfilter/rule-key.ts';
import type { Chain, Rule, TableName } from './netfilter/table.ts';
import { checkRule, jumpsChanged, validateAdded, validateTable } from './netfilter/validate.ts';
import { Netns } from './netns/netns.ts';
import { sysctlEntry, sysctlPaths } from './netns/sysctl.ts';
import type { FibRule } from './route/fib.ts';
import { type Route, type RouteType, RT_TABLE_MAIN } from './route/fib.ts';
import { msg } from './trace/messages.ts';
import { broadcastOf, type Ip4, type Mac, networkOf, ZERO_MAC } from './wire/addr.ts';
import type { World } from './world.ts';
import { writable } from './writable.ts';

/** dev_valid_name: 1–15 bytes, not "." or "..", no '/', ':' or white space. */
function devValidName(name: string): boolean {
  return name.length > 0 && name.length < 16 && name !== '.' && name !== '..' && !/[/:\s]/.test(name);
}

/**
 * sysctl_dev_name_is_allowed: "all" and "default" are /proc/sys/net/ipv4/conf's own entries, so
 * devinet_sysctl_register refuses a device so named (EINVAL) as it registers, after it took its
 * ifindex, or as it is renamed.
 */
function sysctlNameAllowed(name: string): boolean {
  return name !== 'all' && name !== 'default';
}

/** is_valid_ether_addr: not multicast, not all zero. */
function validEtherAddr(mac: Mac): boolean {
  return (Number.parseInt(mac.slice(0, 2), 16) & 1) === 0 && mac !== '00:00:00:00:00:00';
}

/** A refused `iptables -X`: the errno and the chain it is about. */
export class XtChainError extends NetError {
  constructor(
    errno: 'ENOENT' | 'EPERM' | 'EBUSY',
    readonly chain: string,
  ) {
    super(errno);
  }
}

export class Rtnl {
  constructor(private readonly world: World) {}

  // --- namespaces -------------------------------------------------------------------------------

  addNetns(name: string): Netns {
    if (this.world.named.has(name)) throw new NetError('EEXIST');
    const ns = new Netns(this.world, name, this.world.nextSerial(), this.world.host);
    this.world.named.set(name, ns);
    return ns;
  }

  delNetns(name: string): void {
    const ns = this.world.named.get(name);
    if (!ns) throw new NetError('ENOENT');
    // cleanup_net: devices are unregistered; a veth's peer goes with it, macvlan children with their parent.
    for (const d of ns.devices()) if (d.kind !== 'loopback') this.unregister(d);
    this.world.named.delete(name);
    for (const other of this.world.namespaces()) other.forgetNsid(ns);
  }

  // --- links ------------------------------------------------------------------------------------

  private checkName(ns: Netns, name: string): void {
    if (!devValidName(name)) throw new NetError('EINVAL');
    if (ns.dev(name)) throw new NetError('EEXIST');
  }

  /** register_netdevice's ifindex for a new device named `name`, which the inet notifier may then refuse. */
  private register(ns: Netns, name: string): number {
    const index = ns.allocIfindex();
    if (!sysctlNameAllowed(name)) throw new NetError('EINVAL');
    return index;
  }

  private newMac(mac?: Mac): { mac: Mac; macSet: boolean } {
    return mac ? { mac, macSet: true } : { mac: this.world.rng.mac(), macSet: false };
  }

  /** veth_newlink: the peer is registered first, so it gets the lower index when both share a namespace. */
  addVeth(
    ns: Netns,
    name: string,
    opts: { mac?: Mac; peerName?: string; peerMac?: Mac; peerNs?: Netns; mtu?: number; peerMtu?: number },
  ): [Veth, Veth] {
    // veth_newlink: each end's own IFLA_MTU, checked by is_valid_veth_mtu (no extack); an end without
    // one keeps the default 1500 — the peer does not inherit it.
    for (const m of [opts.mtu, opts.peerMtu])
      if (m !== undefined && (m < 68 || m > 65535)) throw new NetError('EINVAL');
    const peerNs = opts.peerNs ?? ns;
    const peerName = opts.peerName ?? this.autoName(peerNs, 'veth');
    // rtnl_newlink: the device itself must not exist; then the peer is registered (a bad name or
    // address is EINVAL / EADDRNOTAVAIL, a taken name EEXIST), then the device's own name and address.
    if (ns.dev(name)) throw new NetError('EEXIST');
    if (!devValidName(peerName)) throw new NetError('EINVAL');
    this.checkName(peerNs, peerName);
    if (opts.peerMac !== undefined && !validEtherAddr(opts.peerMac)) throw new NetError('EADDRNOTAVAIL');
    if (peerNs === ns && peerName === name) throw new NetError('EEXIST');
    if (!devValidName(name)) {
      // The peer was registered (taking an ifindex that is not given back) before the name failed.
      peerNs.allocIfindex();
      throw new NetError('EINVAL');
    }
    if (opts.mac !== undefined && !validEtherAddr(opts.mac)) throw new NetError('EADDRNOTAVAIL');
    const peerMac = this.newMac(opts.peerMac);
    const peerIndex = this.register(peerNs, peerName);
    const mac = this.newMac(opts.mac);
    const index = this.register(ns, name);
    const [a, b] = Veth.create(
      { netns: ns, name, ifindex: index, ...mac },
      { netns: peerNs, name: peerName, ifindex: peerIndex, ...peerMac },
    );
    if (opts.mtu !== undefined) a.mtu = opts.mtu;
    if (opts.peerMtu !== undefined) b.mtu = opts.peerMtu;
    peerNs.attach(b);
    ns.attach(a);
    // veth_newlink turns the carrier off on both ends: each gets a linkwatch event.
    this.world.linkwatch([b, a]);
    if (peerNs !== ns) {
      ns.nsidOf(peerNs);
      peerNs.nsidOf(ns);
    }
    return [a, b];
  }

  private autoName(ns: Netns, prefix: string): string {
    let i = 0;
    while (ns.dev(`${prefix}${i}`)) i++;
    return `${prefix}${i}`;
  }

  addBridge(
    ns: Netns,
    name: string,
    opts: { mac?: Mac; ageingTime?: number; mcastSnooping?: boolean; mtu?: number } = {},
  ): Bridge {
    this.checkName(ns, name);
    if (opts.mtu !== undefined) {
      if (opts.mtu < 68) throw new NetError('EINVAL', 'mtu less than device minimum.');
      if (opts.mtu > 65535) throw new NetError('EINVAL', 'mtu greater than device maximum.');
    }
    // Without an address a bridge gets a random one (br_dev_setup), until its first port lends it its own.
    const mac = opts.mac
      ? { mac: opts.mac, macSet: true }
      : { mac: this.world.bridgeMacRng.mac(), macSet: false };
    const br = new Bridge(ns, name, this.register(ns, name), mac.mac, mac.macSet);
    if (opts.ageingTime !== undefined) writable(br).ageingTime = opts.ageingTime;
    if (opts.mcastSnooping !== undefined) writable(br).mcastSnooping = opts.mcastSnooping;
    if (opts.mtu) br.mtu = opts.mtu;
    ns.attach(br);
    // br_dev_newlink sets the given address after registration: the port selection turns the carrier off.
    if (opts.mac) br.recalcCarrier();
    if (br.selected) this.world.linkwatch([br]);
    return br;
  }

  addMacvlan(
    ns: Netns,
    name: string,
    parent: Device,
    opts: { mac?: Mac; mode?: string; mtu?: number },
  ): Macvlan {
    this.checkName(ns, name);
    if (parent.kind === 'loopback') throw new NetError('EINVAL');
    // A macvlan of a macvlan is stacked on the real lower device (macvlan_common_newlink).
    while (parent instanceof Macvlan) parent = parent.parent;
    if (parent.master) throw new NetError('EBUSY');
    // macvlan_common_newlink: the parent's MTU, or a given one no larger.
    if (opts.mtu !== undefined && opts.mtu > parent.mtu) throw new NetError('EINVAL');
    const mac = this.newMac(opts.mac);
    const m = new Macvlan(ns, name, this.register(ns, name), mac.mac, mac.macSet, parent);
    if (opts.mode) m.mode = opts.mode;
    m.mtu = opts.mtu ?? parent.mtu;
    ns.attach(m);
    if (parent.netns !== ns) ns.nsidOf(parent.netns);
    const list = this.world.macvlans.get(parent) ?? [];
    list.push(m);
    this.world.macvlans.set(parent, list);
    return m;
  }

  /**
   * vxlan_newlink (__vxlan_dev_create): the VNI must be free for its port in this namespace; the MTU
   * is the lower device's minus 50 (1500 without one) and never more; a `remote` becomes the
   * all-zeros default FDB entry.
   */
  addVxlan(
    ns: Netns,
    underlay: Netns,
    name: string,
    cfg: VxlanConfig,
    opts: { mac?: Mac; mtu?: number } = {},
  ): Vxlan {
    // rtnl_newlink: the type's validate runs before the name is looked up.
    if (opts.mtu !== undefined && (opts.mtu < 68 || opts.mtu > 65535))
      throw new NetError('EINVAL', 'MTU must be between 68 and 65535.');
    this.checkName(ns, name);
    if (vniInUse(this.world.vxlans, underlay, cfg))
      throw new NetError('EEXIST', 'A VXLAN device with the specified VNI already exists.');
    const mac = this.newMac(opts.mac);
    const vx = new Vxlan(ns, underlay, name, this.register(ns, name), mac.mac, mac.macSet, cfg);
    const max = cfg.lower ? Math.max(68, cfg.lower.mtu - 50) : 65535;
    vx.mtu = Math.min(opts.mtu ?? (cfg.lower ? max : 1500), max);
    if (cfg.remote) {
      const now = this.world.clock.now;
      vx.fdb.set({
        mac: ZERO_MAC,
        remotes: [{ ip: cfg.remote, port: cfg.dstPort, vni: cfg.vni, ifindex: cfg.lower?.ifindex ?? 0 }],
        state: NUD_REACHABLE | NUD_PERMANENT,
        flags: NTF_SELF,
        addedByUser: false,
        used: now,
        updated: now,
      });
    }
    ns.attach(vx);
    this.world.vxlans.add(vx);
    if (ns !== underlay) ns.nsidOf(underlay);
    return vx;
  }

  /** `ip link del`: a veth takes its peer along; a macvlan parent takes its children. */
  delLink(dev: Device): void {
    if (dev.kind === 'loopback') throw new NetError('EOPNOTSUPP');
    this.unregister(dev);
  }

  private unregister(dev: Device): void {
    if (!dev.netns.devByIndex(dev.ifindex)) return;
    if (dev.up) this.setUp(dev, false);
    if (dev.master) this.setMaster(dev, undefined);
    if (dev instanceof Bridge) for (const p of [...dev.ports]) dev.removePort(p.dev);
    for (const m of [...this.world.macvlansOf(dev)]) this.unregister(m);
    this.world.macvlans.delete(dev);
    this.unregisterVxlansOver(dev);
    if (dev instanceof Vxlan) this.world.vxlans.delete(dev);
    if (dev instanceof Macvlan) {
      const list = this.world.macvlans.get(dev.parent);
      if (list) list.splice(list.indexOf(dev), 1);
    }
    dev.netns.deviceGone(dev);
    dev.netns.detach(dev);
    if (dev instanceof Veth) this.unregister(dev.peer);
  }

  /** vxlan_handle_lowerdev_unregister: a VXLAN device goes with its `dev` (also when that is moved away). */
  private unregisterVxlansOver(dev: Device): void {
    for (const v of [...this.world.vxlans]) if (v.cfg.lower === dev) this.unregister(v);
  }

  setUp(dev: Device, up: boolean): void {
    if (dev.up === up) return;
    if (dev instanceof Vxlan) {
      // vxlan_open binds the UDP port before IFF_UP is set: a port in use leaves the device down.
      try {
        if (up) dev.open();
        else dev.stop();
      } catch (e) {
        if (e instanceof VxlanSockError) throw new NetError(e.errno);
        throw e;
      }
    }
    const related: Device[] = [dev];
    if (dev instanceof Veth) related.push(dev.peer);
    related.push(...this.world.macvlansOf(dev));
    const before = related.map((d) => d.carrier);
    dev.up = up;
    if (up) dev.everUp = true;
    if (up) dev.netns.deviceUp(dev);
    else dev.netns.deviceDown(dev);
    const selected = dev instanceof Bridge && dev.selected;
    if (selected) dev.recalcCarrier();
    // NETDEV_UP / NETDEV_DOWN: the macvlans copy the parent's carrier bit.
    for (const m of this.world.macvlansOf(dev)) m.transferOperstate();
    // Linkwatch hears only of carrier changes (netif_carrier_on/off).
    // A bridge's carrier does not change by opening it; linkwatch hears of it only once selected.
    this.world.linkwatch(
      related.filter((d, i) => (d === dev && dev instanceof Bridge ? selected : d.carrier !== before[i])),
    );
  }

  setMaster(dev: Device, br: Bridge | undefined): void {
    if (br === undefined) {
      const old = dev.master;
      if (!old) return;
      const before = old.mtu;
      old.removePort(dev);
      if (old.mtu !== before) this.mtuChanged(old, old.mtu);
      if (old.recalcCarrier()) this.world.linkwatch([old]);
      return;
    }
    // br_add_if, in its order: only Ethernet devices with a valid MAC (a bridge whose last port left
    // has an all-zero MAC and is refused here, with EINVAL), no bridge in a bridge, and nothing whose
    // receive handler is taken (a macvlan's parent) or that sits on top of the bridge itself (a macvlan
    // of it: an upper-device loop).
    if (dev.kind === 'loopback' || dev.mac === ZERO_MAC) throw new NetError('EINVAL');
    if (dev instanceof Bridge) throw new NetError('ELOOP', 'Can not enslave a bridge to a bridge.');
    if (dev.master === br) return;
    if (this.world.macvlansOf(dev).length > 0) throw new NetError('EBUSY');
    if (dev instanceof Macvlan && dev.parent === br) throw new NetError('EBUSY');
    if (dev.master) this.setMaster(dev, undefined);
    const before = br.mtu;
    br.addPort(dev);
    if (br.mtu !== before) this.mtuChanged(br, br.mtu);
    if (br.recalcCarrier()) this.world.linkwatch([br]);
  }

  /** dev_change_name: allowed while up since Linux 6.x (the sandbox kernel renames live devices). */
  setName(dev: Device, name: string): void {
    if (dev.name === name) return;
    this.checkName(dev.netns, name);
    if (!sysctlNameAllowed(name)) throw new NetError('EINVAL');
    const old = dev.name;
    dev.inet.relabel(old, name);
    dev.name = name;
    dev.netns.renamed(dev, old);
  }

  setMac(dev: Device, mac: Mac): void {
    const old = dev.mac;
    dev.macSet = true;
    // The bridge's own local FDB entry moves from the old MAC to the new one.
    if (dev instanceof Bridge) {
      dev.changeMac(mac);
      // br_stp_change_bridge_id runs the port state selection, which decides the carrier.
      if (dev.recalcCarrier()) this.world.linkwatch([dev]);
    } else {
      dev.mac = mac;
      if (dev.master) dev.master.portMacChanged(dev, old);
    }
  }

  setMtu(dev: Device, mtu: number): void {
    if (mtu < 68) throw new NetError('EINVAL', 'mtu less than device minimum.');
    if (mtu > 65535) throw new NetError('EINVAL', 'mtu greater than device maximum.');
    // dev_set_mtu: the same MTU again changes nothing (a bridge does not count it as set by the user).
    if (mtu === dev.mtu) return;
    // macvlan_change_mtu: never above the parent's.
    if (dev instanceof Macvlan && mtu > dev.parent.mtu) throw new NetError('EINVAL');
    // vxlan_change_mtu: never more than the lower device carries once 50 bytes are added.
    if (dev instanceof Vxlan && dev.cfg.lower && mtu > dev.cfg.lower.mtu - 50) throw new NetError('EINVAL');
    if (dev instanceof Bridge) dev.mtuSetByUser = true;
    this.mtuChanged(dev, mtu);
  }

  /**
   * A device's MTU changed (NETDEV_CHANGEMTU): macvlans above a smaller MTU shrink to it, and the
   * bridge it is a port of re-adjusts — each change telling its own listeners in turn.
   */
  private mtuChanged(dev: Device, mtu: number): void {
    dev.mtu = mtu;
    for (const m of this.world.macvlansOf(dev)) if (m.mtu > mtu) this.mtuChanged(m, mtu);
    const br = dev.master;
    if (br) {
      const before = br.mtu;
      br.adjustMtu();
      if (br.mtu !== before) this.mtuChanged(br, br.mtu);
    }
  }

  /** dev_change_tx_queue_len (IFLA_TXQLEN). */
  setTxQueueLen(dev: Device, len: number): void {
    dev.txQueueLen = len >>> 0;
  }

  /** dev_change_net_namespace: the device goes down, loses its addresses, and keeps its index if free. */
  setNetns(dev: Device, target: Netns): void {
    if (dev.netns === target) return;
    if (dev instanceof Bridge || dev.kind === 'loopback') throw new NetError('EINVAL');
    if (target.dev(dev.name)) throw new NetError('EEXIST');
    const src = dev.netns;
    this.unregisterVxlansOver(dev);
    this.setUp(dev, false);
    if (dev.master) this.setMaster(dev, undefined);
    src.deviceGone(dev);
    src.detach(dev);
    if (!target.reserveIfindex(dev.ifindex)) dev.ifindex = target.allocIfindex();
    dev.conf = target.confDefault.clone();
    dev.everUp = false; // dev_shutdown: the qdisc goes back to noop
    target.attach(dev);
    this.world.linkwatch([dev]);
    if (dev instanceof Veth && dev.peer.netns !== target) {
      target.nsidOf(dev.peer.netns);
      dev.peer.netns.nsidOf(target);
    }
    if (dev instanceof Macvlan && dev.parent.netns !== target) {
      target.nsidOf(dev.parent.netns);
    }
    if (dev instanceof Vxlan && dev.underlay !== target) target.nsidOf(dev.underlay);
  }

  // --- addresses --------------------------------------------------------------------------------

  addAddr(
    dev: Device,
    local: Ip4,
    prefixLen: number,
    opts: { broadcast?: Ip4 | 'auto'; scope?: Scope; label?: string } = {},
  ): InAddr {
    // rtm_to_ifaddr: a request for an address marks every setting of the device as its own.
    dev.conf.setAll();
    if (dev.inet.find(local, prefixLen)) throw new NetError('EEXIST', 'ipv4: Address already assigned.');
    const primary = dev.inet.primaryOf(local, prefixLen);
    const secondary = primary !== undefined;
    // __inet_insert_ifa: an address in the subnet of another must have its scope.
    const scope = opts.scope ?? (local >>> 24 === 127 ? 'host' : 'global');
    const sameSubnet = [...(primary ? [primary] : []), ...dev.inet.secondariesOf(local, prefixLen)];
    if (sameSubnet.some((a) => a.scope !== scope)) throw new NetError('EINVAL', 'ipv4: Invalid scope value.');
    const a: InAddr = {
      local,
      prefixLen,
      broadcast: opts.broadcast === 'auto' ? broadcastOf(local, prefixLen) : opts.broadcast,
      scope,
      secondary,
      label: opts.label ?? dev.name,
    };
    dev.inet.insert(a);
    dev.netns.addIfaddrRoutes(dev, a);
    return a;
  }

  delAddr(dev: Device, local: Ip4, prefixLen: number | undefined): void {
    const a = dev.addrs.find(
      (x) => x.local === local && (prefixLen === undefined || x.prefixLen === prefixLen),
    );
    if (!a) throw new NetError('EADDRNOTAVAIL', 'ipv4: Address not found.');
    this.removeAddr(dev, a);
  }

  private removeAddr(dev: Device, a: InAddr): void {
    const prim = dev.netns.primaryFor(dev, a);
    const at = dev.inet.remove(a);
    if (at < 0) return;
    dev.netns.delIfaddrRoutes(dev, a, prim);
    if (!a.secondary) {
      // __inet_del_ifa: without promote_secondaries, the primary takes its secondaries with it.
      const promote = dev.conf.v.promote_secondaries || dev.netns.confAll.v.promote_secondaries;
      const secs = [...dev.inet.secondariesOf(a.local, a.prefixLen)];
      if (promote && secs.length) {
        // The first secondary becomes primary and the others re-hang under it.
        for (const s of secs) dev.netns.delIfaddrRoutes(dev, s, a);
        dev.inet.promote(secs[0], at, a.scope);
        for (const s of secs) dev.netns.addIfaddrRoutes(dev, s);
      } else {
        for (const s of secs) {
          dev.inet.remove(s);
          dev.netns.delIfaddrRoutes(dev, s, a);
        }
      }
    }
    if (dev.addrs.length === 0) {
      // fib_inetaddr_event: the last address gone, fib_disable_ip takes every route through the
      // device (any table) and arp_ifdown its neighbours.
      dev.netns.fib.removeWhere((r) => r.dev === dev);
      dev.netns.stack.neigh.flushDev(dev, true);
    }
  }

  flushAddrs(dev: Device): void {
    // Secondaries first is what `ip addr flush` ends up doing; the result is the same: none left.
    for (const a of [...dev.addrs].reverse()) this.removeAddr(dev, a);
  }

  // --- routes -----------------------------------------------------------------------------------

  addRoute(
    ns: Netns,
    r: {
      dst: Ip4;
      len: number;
      gw?: Ip4;
      dev?: Device;
      metric?: number;
      table?: number;
      type?: RouteType;
      scope?: Scope;
      proto?: string;
      src?: Ip4;
      onlink?: boolean;
      mtu?: number;
      mtuLock?: boolean;
    },
    mode: 'add' | 'replace' | 'append' | 'prepend' = 'add',
  ): Route {
    const table = r.table ?? RT_TABLE_MAIN;
    const type = r.type ?? 'unicast';
    if (networkOf(r.dst, r.len) !== r.dst)
      throw new NetError('EINVAL', 'Invalid prefix for given prefix length.');
    let dev = r.dev;
    let scope: Scope =
      r.scope ?? (type === 'local' ? 'host' : r.gw === undefined && type === 'unicast' ? 'link' : 'global');
    if (r.gw !== undefined && type === 'unicast') {
      if (r.onlink) {
        if (!dev) throw new NetError('EINVAL', 'Nexthop device required for onlink.');
        if (!dev.up) throw new NetError('ENETDOWN', 'Nexthop device is not up.');
      } else {
        // fib_check_nh_v4_gw: the gateway must be on a link-scope (or host) route.
        const via = ns.fib.lookup(r.gw, { oif: dev, minScope: 'link' });
        // No route at all is the lookup's own ENETUNREACH (what route(8) shows); iproute2 prints the extack.
        if (!via) throw new NetError('ENETUNREACH', 'Nexthop has invalid gateway.');
        if (
          (via.type !== 'unicast' && via.type !== 'local') ||
          (dev && via.dev !== dev && via.type !== 'local')
        ) {
          throw new NetError('EINVAL', 'Nexthop has invalid gateway.');
        }
        dev = dev ?? via.dev;
      }
      if (r.scope === undefined) scope = 'global';
    }
    if (!dev && (type === 'unicast' || type === 'local' || type === 'broadcast'))
      throw new NetError('ENODEV');
    if (dev && !dev.up && type === 'unicast') throw new NetError('ENETDOWN', 'Nexthop device is not up.');
    if (r.src !== undefined && !ns.stack.isLocal(r.src))
      throw new NetError('EINVAL', 'Invalid prefsrc address.');
    const metric = r.metric ?? 0;
    const existing = ns.fib.find(table, r.dst, r.len, metric);
    if (existing) {
      if (mode === 'add') throw new NetError('EEXIST');
      if (mode === 'replace') ns.fib.remove(existing);
    }
    const route: Route = {
      table,
      type,
      dst: r.dst,
      len: r.len,
      metric,
      dev,
      gw: r.gw,
      onlink: !!r.onlink,
      scope,
      proto: r.proto ?? 'boot',
      prefsrc: r.src,
    };
    if (r.mtu !== undefined) {
      route.mtu = r.mtu;
      route.mtuLock = !!r.mtuLock;
    }
    // fib_table_insert: `append` adds a route beside those of its key, unless one is the same route
    // (type, scope, protocol, source, next hop and metrics: the same fib_info).
    const same = (x: Route) =>
      x.type === route.type &&
      x.scope === route.scope &&
      x.proto === route.proto &&
      x.prefsrc === route.prefsrc &&
      x.dev === route.dev &&
      x.gw === route.gw &&
      x.onlink === route.onlink &&
      x.mtu === route.mtu &&
      !!x.mtuLock === !!route.mtuLock;
    // `prepend` (NLM_F_CREATE alone, as the SIOCADDRT ioctl asks) puts it before those of its key.
    if (
      (mode === 'append' || mode === 'prepend') &&
      ns.fib.withPrefix(table, r.dst, r.len).some((x) => x.metric === metric && same(x))
    )
      throw new NetError('EEXIST');
    ns.fib.insert(route, mode === 'prepend');
    return route;
  }

  /** `ip rule add` (fib_nl_newrule): after every rule of the same preference; an identical rule is EEXIST. */
  addRule(ns: Netns, rule: FibRule): void {
    const rules = ns.fib.rules;
    const key = (r: FibRule) => JSON.stringify({ ...r });
    if (rules.some((r) => key(r) === key(rule))) throw new NetError('EEXIST');
    let i = rules.length;
    while (i > 0 && rules[i - 1].pref > rule.pref) i--;
    rules.splice(i, 0, rule);
    ns.fib.version++;
  }

  /** `ip rule del` (fib_nl_delrule): the first rule the request matches. */
  delRule(ns: Netns, match: (r: FibRule) => boolean): void {
    const rules = ns.fib.rules;
    const i = rules.findIndex(match);
    if (i < 0) throw new NetError('ENOENT');
    rules.splice(i, 1);
    ns.fib.version++;
  }

  /** `ip rule flush`: every rule but those of preference 0. */
  flushRules(ns: Netns): void {
    const keep = ns.fib.rules.filter((r) => r.pref === 0);
    ns.fib.rules.splice(0, ns.fib.rules.length, ...keep);
    ns.fib.version++;
  }

  /** `ip route flush`: one route found by a dump. */
  removeRoute(ns: Netns, r: Route): void {
    ns.fib.remove(r);
  }

  /** `ip route flush cache` (rt_cache_flush): learned PMTUs and redirects are forgotten. */
  flushRouteCache(ns: Netns): void {
    ns.fib.exceptions.flush();
  }

  delRoute(
    ns: Netns,
    q: {
      dst: Ip4;
      len: number;
      gw?: Ip4;
      dev?: Device;
      metric?: number;
      table?: number;
      type?: RouteType;
      scope?: Scope;
      proto?: string;
      src?: Ip4;
    },
  ): void {
    const table = q.table ?? RT_TABLE_MAIN;
    // fib_table_delete: the first route of that prefix matching every attribute the request gives.
    const r = ns.fib
      .withPrefix(table, q.dst, q.len)
      .find(
        (x) =>
          (q.metric === undefined || x.metric === q.metric) &&
          (q.gw === undefined || x.gw === q.gw) &&
          (q.dev === undefined || x.dev === q.dev) &&
          (q.type === undefined || x.type === q.type) &&
          (q.scope === undefined || x.scope === q.scope) &&
          (q.proto === undefined || x.proto === q.proto) &&
          (q.src === undefined || x.prefsrc === q.src),
      );
    if (!r) throw new NetError('ESRCH');
    ns.fib.remove(r);
  }

  // --- neighbours -------------------------------------------------------------------------------

  neighAdd(
    dev: Device,
    ip: Ip4,
    lladdr: Mac | undefined,
    state: 'PERMANENT' | 'REACHABLE' | 'STALE' | 'NOARP' | 'DELAY' | 'PROBE' | 'FAILED' | 'INCOMPLETE',
    mode: 'add' | 'replace' | 'change',
  ): void {
    const table = dev.netns.stack.neigh;
    let n = table.lookup(dev, ip);
    if (n && mode === 'add' && n.state !== 'NONE') throw new NetError('EEXIST');
    if (!n && mode === 'change') throw new NetError('ENOENT');
    if (!n) n = table.create(dev, ip);
    const valid = state !== 'INCOMPLETE' && state !== 'FAILED';
    // __neigh_update: a valid state needs an address, given now or known already.
    if (valid && lladdr === undefined && !n.lladdr)
      throw new NetError('EINVAL', 'No link layer address given.');
    table.update(n, lladdr, state, {
      override: true,
      admin: true,
      why: () => msg('neigh.why.admin', { mode }),
    });
  }

  neighDel(dev: Device, ip: Ip4): void {
    const table = dev.netns.stack.neigh;
    const n = table.lookup(dev, ip);
    if (!n) throw new NetError('ENOENT');
    table.remove(n);
  }

  // --- netfilter tables (nfnetlink, as iptables-nft drives it) -----------------------------------
  // A rule is checked as nf_tables checks a batch: on its own (checkRule: targets bound to a table
  // or hook, REJECT's tcp-reset), then the whole table (validateTable: jump depth and loops, hooks
  // reached through jumps); a refused rule leaves the chain as it was. Positions are 0-based.

  private xtChain(ns: Netns, table: TableName, chain: string): Chain {
    const c = ns.nf.table(table).chains.get(chain);
    if (!c) throw new NetError('ENOENT');
    return c;
  }

  /**
   * `iptables -A/-I/-R`: puts `rule` at `at` (the chain's length appends), or in place of the rule
   * there with `replace`. ENOENT: no such chain; E2BIG: no such position; EINVAL/EMLINK: refused.
   */
  xtRuleAdd(ns: Netns, table: TableName, chain: string, rule: Rule, at: number, replace = false): void {
    const t = ns.nf.table(table);
    const c = this.xtChain(ns, table, chain);
    if (!Number.isInteger(at) || at < 0 || at > c.rules.length || (replace && at === c.rules.length))
      throw new NetError('E2BIG');
    const own = checkRule(table, c, rule);
    if (own) throw new NetError(own);
    // In place (a copy of a long chain per rule would make Docker's thousands of rules quadratic).
    const rules = writable(c).rules as Rule[];
    const [old] = rules.splice(at, replace ? 1 : 0, rule);
    const jumps = rule.target?.kind === 'jump' || old?.target?.kind === 'jump';
    if (jumps) jumpsChanged(t);
    const invalid = replace ? validateTable(t) : validateAdded(t, c, rule);
    if (invalid) {
      if (old) rules.splice(at, 1, old);
      else rules.splice(at, 1);
      if (jumps) jumpsChanged(t);
      throw new NetError(invalid);
    }
    if (old) ruleJoined(c, old, -1);
    ruleJoined(c, rule, 1);
    writable(c).created = true;
    ns.nf.rulesChanged();
  }

  /** `iptables -D`: removes the rule at `at`. */
  xtRuleDel(ns: Netns, table: TableName, chain: string, at: number): void {
    const c = this.xtChain(ns, table, chain);
    if (!Number.isInteger(at) || at < 0 || at >= c.rules.length) throw new NetError('E2BIG');
    const [gone] = (writable(c).rules as Rule[]).splice(at, 1);
    ruleJoined(c, gone, -1);
    if (gone.target?.kind === 'jump') jumpsChanged(ns.nf.table(table));
    ns.nf.rulesChanged();
  }

  /** `iptables -F [CHAIN]`: every rule of the chain, or of every chain of the table. */
  xtFlush(ns: Netns, table: TableName, chain?: string): void {
    const t = ns.nf.table(table);
    const chains = chain === undefined ? [...t.chains.values()] : [this.xtChain(ns, table, chain)];
    for (const c of chains) {
      writable(c).rules = [];
      chainReset(c);
    }
    jumpsChanged(t);
    ns.nf.rulesChanged();
  }

  /**
   * `iptables -Z [CHAIN]`: counters to 0. nft_chain_zero_counters writes back the base chains
   * nf_tables has with a counter, which then counts; a built-in chain no rule or policy created
   * yet is not there to zero.
   */
  xtZero(ns: Netns, table: TableName, chain?: string, rule?: number, createBuiltins = false): void {
    const t = ns.nf.table(table);
    if (chain !== undefined && rule !== undefined) {
      // `-Z CHAIN N`: nft_rule_zero_counters, that rule only.
      const r = this.xtChain(ns, table, chain).rules[rule];
      if (!r) throw new NetError('ENOENT');
      writable(r).pkts = writable(r).bytes = 0;
      return;
    }
    const chains = chain === undefined ? [...t.chains.values()] : [this.xtChain(ns, table, chain)];
    for (const c of chains) {
      const w = writable(c);
      // iptables -L -Z (CMD_LIST|CMD_ZERO) puts the table's built-in chains into nf_tables first.
      if (createBuiltins && c.builtin) w.created = true;
      w.pkts = w.bytes = 0;
      for (const r of c.rules) writable(r).pkts = writable(r).bytes = 0;
      if (c.builtin && c.created) w.counting = true;
    }
  }

  /** `iptables -N`: EEXIST for a name taken; EINVAL for one over NFT_CHAIN_MAXNAMELEN's 28 bytes here. */
  xtChainAdd(ns: Netns, table: TableName, name: string): void {
    const t = ns.nf.table(table);
    if (t.chains.has(name)) throw new NetError('EEXIST');
    if (name.length === 0 || name.length > 28) throw new NetError('EINVAL');
    t.addChain(name);
  }

  /**
   * `iptables -X`: deletes the chains, all or none. A built-in chain nf_tables does not have yet is
   * ENOENT, one it has EPERM (iptables refuses it), a chain still jumped to or holding rules EBUSY
   * (nf_tables_delchain); the first refusal is reported with the chain it is about.
   */
  xtChainDel(ns: Netns, table: TableName, names: readonly string[]): void {
    const t = ns.nf.table(table);
    const victims = names.map((n) => this.xtChain(ns, table, n));
    for (const c of victims) {
      if (c.builtin && !c.created) throw new XtChainError('ENOENT', c.name);
      if (c.builtin) throw new XtChainError('EPERM', c.name);
      if (t.references(c.name) > 0 || c.rules.length > 0) throw new XtChainError('EBUSY', c.name);
    }
    for (const c of victims) t.deleteChain(c.name);
    jumpsChanged(t);
    ns.nf.rulesChanged();
  }

  /**
   * `iptables -E OLD NEW`: ENOENT for a missing chain (or a built-in one nf_tables does not have
   * yet), EEXIST for a name taken, EINVAL for one over 28 bytes, EPERM for a built-in chain (which
   * iptables-nft would rename in nf_tables; netns-lab does not model that).
   */
  xtChainRename(ns: Netns, table: TableName, from: string, to: string): void {
    const t = ns.nf.table(table);
    const c = t.chains.get(from);
    if (!c || (c.builtin && !c.created)) throw new NetError('ENOENT');
    if (t.chains.has(to)) throw new NetError('EEXIST');
    if (to.length === 0 || to.length > 28) throw new NetError('EINVAL');
    if (c.builtin) throw new NetError('EPERM');
    t.renameChain(from, to);
    // The rules that jumped to it are new rules now.
    for (const ch of t.chains.values()) chainReset(ch);
    jumpsChanged(t);
    ns.nf.rulesChanged();
  }

  /** `iptables -P`: a built-in chain's policy (EPERM for a user chain; DROP is no nat policy). */
  xtPolicy(ns: Netns, table: TableName, chain: string, policy: 'ACCEPT' | 'DROP'): void {
    const c = this.xtChain(ns, table, chain);
    if (!c.builtin) throw new NetError('EPERM');
    if (table === 'nat' && policy === 'DROP') throw new NetError('EINVAL');
    const w = writable(c);
    w.policy = policy;
    w.counting = true;
    w.created = true;
  }

  // --- IP sets (nfnetlink ipset, as the ipset tool drives it) ------------------------------------
  // ip_set_core.c: sets are looked up by name; a set some rule holds cannot be destroyed; a swap
  // needs two sets of the same type and family.

  private ipset(ns: Netns, name: string): IpSet {
    const s = ns.nf.ipsets.get(name);
    if (!s) throw new IpsetError('no-set');
    return s;
  }

  /** `ipset create`: with `exist` (-exist), a set of the same name and type is left as it is. */
  ipsetCreate(ns: Netns, name: string, body: Omit<IpSetBody, 'initval' | 'entries'>, exist: boolean): void {
    // The type's create allocates the bucket table (8 bytes a bucket) before the name is looked up;
    // kvmalloc refuses anything over INT_MAX bytes: 2^28 buckets and more are ENOMEM on any machine.
    if (body.hashsize >= 2 ** 28) throw new IpsetError('no-memory');
    const old = ns.nf.ipsets.get(name);
    if (old) {
      const same =
        old.type === body.type &&
        old.hashsize === body.hashsize &&
        old.maxelem === body.maxelem &&
        old.timeout === body.timeout;
      if (exist && same) return;
      throw new IpsetError('set-exists');
    }
    ns.nf.ipsets.create(name, body);
  }

  /** `ipset destroy [NAME]`: every set, or one; all or none when one is in use. */
  ipsetDestroy(ns: Netns, name?: string): void {
    const sets = name === undefined ? ns.nf.ipsets.all() : [this.ipset(ns, name)];
    if (sets.some((s) => ns.nf.setReferences(s.name) > 0)) throw new IpsetError('busy');
    for (const s of sets) ns.nf.ipsets.destroy(s.name);
  }

  /** `ipset flush [NAME]`. */
  ipsetFlush(ns: Netns, name?: string): void {
    const sets = name === undefined ? ns.nf.ipsets.all() : [this.ipset(ns, name)];
    for (const s of sets) writable(s).entries = [];
  }

  /** `ipset add`: `exist` (-exist) makes an element already there no error. */
  ipsetAdd(ns: Netns, name: string, e: IpSetEntry, exist: boolean): void {
    const s = this.ipset(ns, name);
    const at = findEntry(s, e);
    if (at >= 0) {
      if (!exist) throw new IpsetError('elem-exists');
      // -exist re-adds: the element takes the new flags (nomatch).
      writable(s).entries = s.entries.map((x, i) => (i === at ? e : x));
      return;
    }
    if (s.entries.length >= s.maxelem) throw new IpsetError('hash-full');
    writable(s).entries = [...s.entries, e];
  }

  /** `ipset del`. */
  ipsetDel(ns: Netns, name: string, e: IpSetEntry, exist: boolean): void {
    const s = this.ipset(ns, name);
    const at = findEntry(s, e);
    if (at < 0) {
      if (exist) return;
      throw new IpsetError('elem-missing');
    }
    writable(s).entries = s.entries.filter((_, i) => i !== at);
  }

  /** `ipset swap FROM TO`. */
  ipsetSwap(ns: Netns, from: string, to: string): void {
    const a = this.ipset(ns, from);
    const b = this.ipset(ns, to);
    if (a.type !== b.type) throw new IpsetError('type-mismatch');
    ns.nf.ipsets.swap(a, b);
  }

  // --- sysctl (/proc/sys/net) -------------------------------------------------------------------

  /**
   * The value at a path below /proc/sys ("net/ipv4/ip_forward"); 'unsupported' for a real key
   * netns-lab does not model, undefined when none exists.
   */
  sysctl(ns: Netns, path: string): number | 'unsupported' | undefined {
    const e = sysctlEntry(ns, path);
    return typeof e === 'object' ? e.get() : e;
  }

  /** Whether the key at `path` is a read-only file (its value is the kernel's to keep). */
  sysctlReadOnly(ns: Netns, path: string): boolean {
    const e = sysctlEntry(ns, path);
    return typeof e === 'object' && e.readOnly === true;
  }

  /** The paths below /proc/sys the model answers for in `ns` (`sysctl -a`). */
  sysctlPaths(ns: Netns): string[] {
    return sysctlPaths(ns);
  }

  /** `sysctl -w KEY=VALUE`, `echo VALUE > /proc/sys/PATH` (a path below /proc/sys). */
  setSysctl(ns: Netns, path: string, value: number): void {
    const e = sysctlEntry(ns, path);
    if (e === 'unsupported') throw new NetError('EOPNOTSUPP');
    if (!e) throw new NetError('ENOENT');
    if (e.readOnly) throw new NetError('EACCES');
    if (!Number.isInteger(value)) throw new NetError('EINVAL');
    if (e.range && (value < e.range[0] || value > e.range[1])) throw new NetError('EINVAL');
    e.set(value);
  }

  // --- bridge ports, ageing and FDB (br_netlink.c, br_fdb.c, ndo_dflt_fdb_add) -------------------

  /** `bridge link set dev PORT hairpin|learning|flood on|off` (IFLA_BRPORT_*). */
  setBridgePort(
    dev: Device,
    flags: Partial<Pick<BridgePort, 'hairpin' | 'learning' | 'flood' | 'isolated'>>,
  ): void {
    const port = dev.master?.port(dev);
    if (!port) throw new NetError('EOPNOTSUPP');
    const w = writable(port);
    if (flags.hairpin !== undefined) w.hairpin = flags.hairpin;
    if (flags.learning !== undefined) w.learning = flags.learning;
    if (flags.flood !== undefined) w.flood = flags.flood;
    if (flags.isolated !== undefined) w.isolated = flags.isolated;
  }

  /** IFLA_BR_AGEING_TIME (centiseconds, br_set_ageing_time) and IFLA_BR_MCAST_SNOOPING. */
  setBridgeOptions(br: Bridge, opts: { ageingTime?: number; mcastSnooping?: boolean }): void {
    const t = opts.ageingTime;
    if (t !== undefined && (!Number.isSafeInteger(t) || t < 0)) throw new NetError('EINVAL');
    if (t !== undefined) {
      writable(br).ageingTime = t;
      br.ageingChanged();
    }
    if (opts.mcastSnooping !== undefined) writable(br).mcastSnooping = opts.mcastSnooping;
  }

  /**
   * `bridge fdb add|append|replace`: with `self` on a port, the device's own unicast address list
   * (ndo_dflt_fdb_add, permanent only); otherwise an entry in its bridge's FDB.
   */
  fdbAdd(
    dev: Device,
    mac: Mac,
    opts: { self: boolean; master: boolean; state: 'permanent' | 'static' | 'dynamic' },
    mode: 'add' | 'append' | 'replace',
  ): void {
    const br = this.fdbBridge(dev, opts);
    if (!br) {
      // ndo_dflt_fdb_add logs "FDB only supports static addresses" to the kernel log, not to extack.
      if (opts.state !== 'permanent') throw new NetError('EINVAL');
      if (dev.ucAddrs.includes(mac)) {
        if (mode === 'add') throw new NetError('EEXIST');
        return;
      }
      writable(dev).ucAddrs = [...dev.ucAddrs, mac];
      return;
    }
    const port = dev instanceof Bridge ? undefined : dev;
    // fdb_add_entry: an entry of the bridge itself must be permanent.
    if (!port && opts.state !== 'permanent') throw new NetError('EINVAL');
    if (br.fdb.get(mac) && mode === 'add') throw new NetError('EEXIST');
    const now = this.world.clock.now;
    br.fdb.set({
      mac,
      port,
      local: opts.state === 'permanent',
      isStatic: opts.state !== 'dynamic',
      addedByUser: true,
      userStatic: opts.state === 'static',
      updated: now,
      used: now,
    });
  }

  /** `bridge fdb del`. */
  fdbDel(dev: Device, mac: Mac, opts: { self: boolean; master: boolean }): void {
    const br = this.fdbBridge(dev, opts);
    if (!br) {
      if (!dev.ucAddrs.includes(mac)) throw new NetError('ENOENT');
      writable(dev).ucAddrs = dev.ucAddrs.filter((m) => m !== mac);
      return;
    }
    const port = dev instanceof Bridge ? undefined : dev;
    const existing = br.fdb.get(mac);
    if (!existing || existing.port !== port) throw new NetError('ENOENT');
    br.fdb.delete(mac);
  }

  /**
   * `bridge fdb add|append|replace MAC dev VX dst IP [port] [vni] [via]` on a VXLAN device
   * (vxlan_fdb_add → vxlan_fdb_update). `add` refuses an existing MAC; `append` adds a remote to the
   * default or a multicast entry (a unicast one keeps its remote); `replace` changes a unicast entry's
   * remote and may not create a multicast or default one.
   */
  vxlanFdbAdd(
    vx: Vxlan,
    mac: Mac,
    dst: Partial<VxlanRdst>,
    state: number,
    mode: 'add' | 'append' | 'replace',
  ): void {
    if (!(state & (NUD_PERMANENT | NUD_REACHABLE))) throw new NetError('EINVAL');
    if (dst.ip === undefined) throw new NetError('EINVAL');
    const rd: VxlanRdst = {
      ip: dst.ip,
      port: dst.port ?? vx.cfg.dstPort,
      vni: dst.vni ?? vx.cfg.vni,
      ifindex: dst.ifindex ?? 0,
    };
    const now = this.world.clock.now;
    const f = vx.fdb.get(mac);
    if (!f) {
      if (mode === 'replace' && !isUnicastFdbMac(mac)) throw new NetError('EOPNOTSUPP');
      if (vx.cfg.maxAddress && vx.fdb.size >= vx.cfg.maxAddress) throw new NetError('ENOSPC');
      vx.fdb.set({ mac, remotes: [rd], state, flags: NTF_SELF, addedByUser: true, used: now, updated: now });
      return;
    }
    if (mode === 'add') throw new NetError('EEXIST');
    if (f.state !== state || f.flags !== NTF_SELF) f.updated = now;
    f.state = state;
    f.flags = NTF_SELF;
    f.addedByUser = true;
    if (mode === 'replace') {
      if (!isUnicastFdbMac(mac)) throw new NetError('EOPNOTSUPP', 'Cannot replace non-unicast fdb entries.');
      if (!f.remotes.some((r) => sameRdst(r, rd)) && f.remotes.length) f.remotes[0] = rd;
    } else if (!isUnicastFdbMac(mac) && !f.remotes.some((r) => sameRdst(r, rd))) f.remotes.push(rd);
  }

  /**
   * `bridge fdb del MAC dev VX [dst IP …]` (__vxlan_fdb_delete): without dst the whole entry goes;
   * with one, that remote (or the entry, if it was the last); a dst the entry does not list is no error.
   */
  vxlanFdbDel(vx: Vxlan, mac: Mac, dst: Partial<VxlanRdst>): void {
    const f = vx.fdb.get(mac);
    if (!f) throw new NetError('ENOENT');
    if (dst.ip === undefined || dst.ip === 0) {
      vx.fdb.delete(mac);
      return;
    }
    const rd: VxlanRdst = {
      ip: dst.ip,
      port: dst.port ?? vx.cfg.dstPort,
      vni: dst.vni ?? vx.cfg.vni,
      ifindex: dst.ifindex ?? 0,
    };
    const i = f.remotes.findIndex((r) => sameRdst(r, rd));
    if (i < 0) return;
    if (f.remotes.length > 1) f.remotes.splice(i, 1);
    else vx.fdb.delete(mac);
  }

  /** The bridge an FDB request is for, or undefined for the device's own address list. */
  private fdbBridge(dev: Device, opts: { self: boolean; master: boolean }): Bridge | undefined {
    // rtnl_fdb_add/del: `master` reaches the bridge a port is in (nothing else: EOPNOTSUPP);
    // `self`, iproute2's default, the device itself — a bridge's own FDB, or the address list.
    if (opts.master) {
      if (dev.master) return dev.master;
      if (!opts.self) throw new NetError('EOPNOTSUPP');
    }
    return dev instanceof Bridge ? dev : undefined;
  }

  // --- packet sockets (af_packet.c: packet_do_bind, PACKET_MR_PROMISC) ----------------------------

  /**
   * Binds a packet socket (tcpdump's): `tap` joins the device's ptype_all list, or the namespace's
   * for "any", and with `promisc` the device's promiscuity goes up while the socket is open.
   */
  packetOpen(ns: Netns, dev: Device | undefined, tap: PacketTap, promisc: boolean): void {
    if (!dev) {
      writable(ns).taps = [...ns.taps, tap];
      return;
    }
    if (dev.netns !== ns) throw new NetError('ENODEV');
    // A new list, not a push: a device may be handing a frame to the taps while one opens or closes.
    writable(dev).taps = [...dev.taps, tap];
    if (promisc) this.setPromiscuity(dev, 1);
  }

  /** Closes what packetOpen opened (packet_release); a socket closed twice changes nothing. */
  packetClose(ns: Netns, dev: Device | undefined, tap: PacketTap, promisc: boolean): void {
    const owner = dev ?? ns;
    if (!owner.taps.includes(tap)) return;
    writable(owner).taps = owner.taps.filter((t) => t !== tap);
    if (dev && promisc) this.setPromiscuity(dev, -1);
  }

  /**
   * A ctnetlink socket bound to the conntrack event groups (conntrack -E): the listener hears what
   * happens to the namespace's entries from now on.
   */
  ctEventsOpen(ns: Netns, listener: CtListener): void {
    writable(ns.nf.ct).listeners = [...ns.nf.ct.listeners, listener];
    this.world.ctGc.listening(1);
  }

  /** Closes what ctEventsOpen opened; closing twice changes nothing. */
  ctEventsClose(ns: Netns, listener: CtListener): void {
    if (!ns.nf.ct.listeners.includes(listener)) return;
    writable(ns.nf.ct).listeners = ns.nf.ct.listeners.filter((l) => l !== listener);
    this.world.ctGc.listening(-1);
  }

  /**
   * `ip link set DEV promisc on|off` (__dev_change_flags): the user's IFF_PROMISC, which takes one
   * promiscuity reference while it is set.
   */
  setPromiscFlag(dev: Device, on: boolean): void {
    if (dev.promiscFlag === on) return;
    writable(dev).promiscFlag = on;
    this.setPromiscuity(dev, on ? 1 : -1);
  }

  /** dev_set_promiscuity: IFF_PROMISC while the count is above 0; entering and leaving are traced. */
  private setPromiscuity(dev: Device, inc: 1 | -1): void {
    const n = dev.promiscuity + inc;
    writable(dev).promiscuity = n;
    const entered = inc > 0 && n === 1;
    const left = inc < 0 && n === 0;
    if (!entered && !left) return;
    this.world.trace(
      dev.netns,
      'capture',
      () =>
        msg(entered ? 'capture.promisc-on' : 'capture.promisc-off', {
          dev: dev.name,
          bridge:
            dev.kind === 'bridge'
              ? msg(entered ? 'capture.bridge-promisc' : 'capture.bridge-normal', { dev: dev.name })
              : '',
        }),
      undefined,
      dev,
    );
  }
}
