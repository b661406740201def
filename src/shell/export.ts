// Prints a runnable script that rebuilds a world's topology: namespaces, links, bridge membership,
// addresses, sysctls, routes, permanent neighbours, user FDB entries and iptables rules. Traffic and
// learned state (ARP, FDB learning, counters) are not exported.
//
// Every command is built as argv and quoted word by word (shellQuote); nothing is printed and parsed
// back. Each line is also run, as it is emitted, in a scratch session of the same engine: the export
// then knows what a real host would have at that point (the kernel's own prefix and local routes,
// inherited sysctls, MTUs), sets only what differs from the world, and orders routes so that every
// gateway is reachable when its route is added. The script is meant for `set -e`.

import { DEVCONF_KEYS, DevConf, NEIGH_KEYS } from '../engine/ipv4/devconf.ts';
import { Bridge } from '../engine/link/bridge.ts';
import type { Device } from '../engine/link/device.ts';
import { Macvlan } from '../engine/link/macvlan.ts';
import { Veth } from '../engine/link/veth.ts';
import { Vxlan } from '../engine/link/vxlan.ts';
import { CT_SYSCTL_DEFAULTS } from '../engine/netfilter/conntrack.ts';
import { ruleArgv } from '../engine/netfilter/format.ts';
import type { Netns } from '../engine/netns/netns.ts';
import { type FibRule, type Route, RT_TABLE_LOCAL, RT_TABLE_MAIN } from '../engine/route/fib.ts';
import { ip4ToString } from '../engine/wire/addr.ts';
import type { World } from '../engine/world.ts';
import { vxlanCreate, vxlanFdbEntries } from './export-vxlan.ts';
import { shellQuote as q } from './lexer.ts';
import { Session } from './session.ts';

const KERNEL_DEFAULTS = new DevConf();

/**
 * Words iplink_parse (iproute2 6.1) takes as options where a device name may stand: exactly these,
 * or (for the second list) any abbreviation of them — `ip link add a type bridge` reads "a" as
 * "address". A device with such a name is written after `name` or `dev`.
 */
const IPLINK_EXACT = new Set(
  (
    'up down name index brd qlen mtu xdpgeneric xdpdrv xdpoffload xdp netns multicast allmulticast ' +
    'promisc trailers arp carrier vf vrf group mode state protodown protodown_reason gso_max_size ' +
    'gso_max_segs gro_max_size parentdev dev'
  ).split(' '),
);
const IPLINK_PREFIX = (
  'link address broadcast txqueuelen txqlen master nomaster dynamic type alias numtxqueues numrxqueues ' +
  'addrgenmode link-netns link-netnsid help'
).split(' ');

/** True when `ip link add NAME` / `ip link set NAME` would read NAME as an option. */
export function iplinkKeyword(name: string): boolean {
  return IPLINK_EXACT.has(name) || IPLINK_PREFIX.some((k) => name !== '' && k.startsWith(name));
}

/** `NAME` after `ip link add`, or `name NAME` when NAME is a keyword. */
const nameArg = (name: string) => (iplinkKeyword(name) ? ['name', name] : [name]);
/** `NAME` after `ip link set`, or `dev NAME` when NAME is a keyword. */
const devArg = (name: string) => (iplinkKeyword(name) ? ['dev', name] : [name]);

const ipIn = (ns: Netns): string[] => (ns.name === '' ? ['ip'] : ['ip', '-n', ns.name]);
/** A command run inside NS (for tools without -n). */
const inNs = (ns: Netns, argv: string[]): string[] =>
  ns.name === '' ? argv : ['ip', 'netns', 'exec', ns.name, ...argv];

class Emitter {
  readonly lines: string[] = [];
  /** The same commands, run as they are emitted: what a real host has at this point of the script. */
  readonly scratch = new Session({ seed: 0 });
  /** Lines the scratch session refused (an exporter bug; the tests assert there are none). */
  readonly refused: string[] = [];

  emit(argv: string[]): void {
    const text = argv.map(q).join(' ');
    this.lines.push(text);
    const r = this.scratch.exec(text);
    if (r.status !== 0) this.refused.push(`${text}\n  ${r.output.trim()}`);
  }

  comment(text: string): void {
    this.lines.push(text);
  }

  /** Runs `argv` in the scratch session and emits it only if it succeeds there. */
  tryEmit(argv: string[]): boolean {
    const text = argv.map(q).join(' ');
    if (this.scratch.exec(text).status !== 0) return false;
    this.lines.push(text);
    return true;
  }

  ns(ns: Netns): Netns {
    return this.scratch.world.netns(ns.name)!;
  }

  dev(d: Device): Device | undefined {
    return this.ns(d.netns)?.dev(d.name);
  }
}

export function exportScript(world: World, opts: { header?: boolean } = {}): string {
  return exportWorld(world, opts).script;
}

/** The script, and the lines the engine itself refused when the script was checked (none, normally). */
export function exportWorld(
  world: World,
  opts: { header?: boolean } = {},
): { script: string; refused: string[] } {
  const e = new Emitter();
  const all = world.namespaces();
  for (const ns of all) if (ns.name !== '') e.emit(['ip', 'netns', 'add', ns.name]);
  for (const ns of all) {
    // A new namespace's lo is down and never was up; the host's is up. Up once, down now: up, down.
    const lo = [...ipIn(ns), 'link', 'set', 'lo'];
    if (ns.name !== '' && (ns.lo.up || ns.lo.everUp)) e.emit([...lo, 'up']);
    if (!ns.lo.up && (ns.name === '' || ns.lo.everUp)) e.emit([...lo, 'down']);
  }
  // Namespace-wide sysctls, set before any device is made (a new device copies conf.default).
  for (const ns of all) for (const argv of sysctls(ns, world.host)) e.emit(argv);

  /** Bridges createDevices already took up and down (so that their macvlans keep a carrier). */
  const cycled = new Set<Device>();
  createDevices(e, all, cycled);
  for (const ns of all) {
    for (const d of ns.devices()) {
      if (!d.master) continue;
      e.emit([...ipIn(ns), 'link', 'set', ...devArg(d.name), 'master', d.master.name]);
      const port = d.master.port(d)!;
      const set = (flag: string, v: string) =>
        e.emit(inNs(ns, ['bridge', 'link', 'set', 'dev', d.name, flag, v]));
      if (port.hairpin) set('hairpin', 'on');
      if (!port.learning) set('learning', 'off');
      if (!port.flood) set('flood', 'off');
      if (port.isolated) set('isolated', 'on');
    }
  }
  // A bridge given a port's MAC after the port joined: its local FDB entry stays the port's (the
  // first to have the address keeps it), so the address is set after the ports, as it was.
  for (const ns of all)
    for (const d of ns.devices())
      if (d instanceof Bridge && d.macSet && macFromPort(d))
        e.emit([...ipIn(ns), 'link', 'set', ...devArg(d.name), 'address', d.mac]);
  // MTUs that creation did not give: a bridge's MTU set by the user (then it stops following its
  // ports), a macvlan's (it starts as its parent's), lo's.
  // Macvlans last: one may not exceed its parent's MTU, which may be set here too.
  const devices = all.flatMap((ns) => ns.devices());
  for (const d of [
    ...devices.filter((x) => !(x instanceof Macvlan)),
    ...devices.filter((x) => x instanceof Macvlan),
  ]) {
    const s = e.dev(d);
    if (!s) continue;
    const byUser = d instanceof Bridge && d.mtuSetByUser;
    const set = (mtu: number) =>
      e.emit([...ipIn(d.netns), 'link', 'set', ...devArg(d.name), 'mtu', String(mtu)]);
    if (byUser && s.mtu === d.mtu) {
      e.comment(
        `# ${d.name}: an MTU set to the one it has is no change, and a bridge counts only a change as set by hand`,
      );
      set(d.mtu === 68 ? 69 : d.mtu - 1);
    }
    if (byUser || (!(d instanceof Bridge) && s.mtu !== d.mtu)) set(d.mtu);
    if (s.txQueueLen !== d.txQueueLen)
      e.emit([...ipIn(d.netns), 'link', 'set', ...devArg(d.name), 'txqueuelen', String(d.txQueueLen)]);
    if (d.promiscFlag && !s.promiscFlag)
      e.emit([...ipIn(d.netns), 'link', 'set', ...devArg(d.name), 'promisc', 'on']);
  }
  for (const ns of all) {
    for (const d of ns.devices()) {
      for (const argv of devSysctls(e, ns, d)) e.emit(argv);
      for (const a of d.addrs) {
        if (d.kind === 'loopback' && a.local === 0x7f000001 && a.prefixLen === 8) continue;
        const argv = [...ipIn(ns), 'addr', 'add', `${ip4ToString(a.local)}/${a.prefixLen}`];
        if (a.broadcast !== undefined) argv.push('brd', ip4ToString(a.broadcast));
        const implied = a.local >>> 24 === 127 ? 'host' : 'global';
        if (a.scope !== implied) argv.push('scope', a.scope);
        if (a.label !== d.name) argv.push('label', a.label);
        e.emit([...argv, 'dev', d.name]);
      }
    }
  }
  for (const ns of all) {
    for (const d of ns.devices()) {
      if (d.kind === 'loopback') continue;
      const link = [...ipIn(ns), 'link', 'set', ...devArg(d.name)];
      if (d.up) e.emit([...link, 'up']);
      else if (d.everUp && !cycled.has(d)) {
        // Up once, down now: it keeps the qdisc it got when it first came up.
        e.emit([...link, 'up']);
        e.emit([...link, 'down']);
      }
    }
  }
  // Routes before rules: a gateway is checked through the rules (fib_lookup), and a rule the world
  // got later may make it unreachable.
  for (const ns of all) routes(e, ns);
  for (const ns of all) rules(e, ns);
  for (const ns of all) {
    for (const n of ns.stack.neigh.all()) {
      if (n.state !== 'PERMANENT' && n.state !== 'NOARP') continue;
      const argv = [...ipIn(ns), 'neigh', 'add', ip4ToString(n.ip)];
      if (n.lladdr) argv.push('lladdr', n.lladdr);
      if (n.state === 'NOARP') argv.push('nud', 'noarp');
      e.emit([...argv, 'dev', n.dev.name]);
    }
    for (const d of ns.devices()) {
      for (const argv of vxlanFdbEntries(ns, d)) e.emit(argv);
      // `bridge fdb add MAC dev X self`: the device's own unicast address list.
      for (const mac of d.ucAddrs)
        e.emit(inNs(ns, ['bridge', 'fdb', 'add', mac, 'dev', d.name, 'self', 'permanent']));
      if (!(d instanceof Bridge)) continue;
      for (const f of d.fdb.all()) {
        if (!f.addedByUser) continue;
        // An entry of the bridge itself is added to the bridge (`self`); a port's, through its master.
        const argv = ['bridge', 'fdb', 'add', f.mac, 'dev', (f.port ?? d).name, f.port ? 'master' : 'self'];
        if (!f.local) argv.push(f.isStatic ? 'static' : 'dynamic');
        e.emit(inNs(ns, argv));
      }
    }
  }
  for (const ns of all) ipsets(e, ns);
  for (const ns of all) iptablesRules(e, ns);
  // Conntrack's sysctls exist once nf_conntrack is loaded, which a rule needing it does: after them.
  for (const ns of all)
    for (const [k, def] of Object.entries(CT_SYSCTL_DEFAULTS)) {
      const v = ns.nf.ct.sysctl[k as keyof typeof CT_SYSCTL_DEFAULTS];
      if (v !== def) e.emit(inNs(ns, ['sysctl', '-qw', `net.netfilter.${k}=${v}`]));
    }

  const header =
    opts.header === false
      ? []
      : [
          '#!/bin/bash',
          '# Generated by netns-lab: rebuilds the topology on a Linux host.',
          '# Run as root on a machine (or VM) you can experiment on: sudo bash topo.sh',
          'set -e',
        ];
  return { script: `${[...header, ...e.lines].join('\n')}\n`, refused: e.refused };
}

/**
 * Creates every bridge, veth pair and macvlan, in the order that gives each namespace's devices the
 * ifindexes they have (a namespace numbers its devices in creation order; a veth pair registers its
 * peer first). A macvlan is created in its parent's namespace and, with `netns`, lands in its own
 * under its own name (so it never meets a same-named device in the parent's).
 *
 * A macvlan keeps the carrier bit it last copied from its parent (netif_stacked_transfer_operstate:
 * at creation and on the parent's NETDEV_UP, NETDEV_DOWN and, while the parent is up, NETDEV_CHANGE).
 * A bridge that is down loses its carrier unseen when the port state selection runs (a port joins
 * or leaves, its address is set); only a bridge the selection never ran on has it while down. So
 * over a bridge that ends down, a macvlan that is LOWER_UP was made (or last saw the bridge go down)
 * before the selection ran, and one without carrier after it: the bridge is made bare, the first
 * kind on it, then it goes up and down if it ever was up, then the selection runs (its address, or
 * a port that comes and goes), then the second kind is made. Kernel scenarios 147 and 291.
 */
function createDevices(e: Emitter, all: Netns[], cycled: Set<Device>): void {
  type Unit = { devs: Device[]; deps: Device[]; after?: Unit; emit: () => void };
  const units: Unit[] = [];
  const seen = new Set<Device>();
  /** Bridges whose selection must come between their macvlans: the unit that runs it. */
  const selection = new Map<Device, Unit>();
  const before = new Set<Device>();
  for (const ns of all) {
    for (const d of ns.devices()) {
      if (!(d instanceof Bridge) || d.up) continue;
      const stacked = ns.world.macvlansOf(d);
      const lowerUp = stacked.filter((m) => m.carrierBit());
      const hold = lowerUp.length > 0 && !d.carrierOk();
      const force = stacked.length > lowerUp.length;
      if (!hold && !force) continue;
      const first = hold ? lowerUp : [];
      for (const m of first) before.add(m);
      selection.set(d, {
        devs: [],
        deps: [d, ...first],
        emit: () => {
          if (hold && d.everUp) {
            const link = [...ipIn(d.netns), 'link', 'set', ...devArg(d.name)];
            e.emit([...link, 'up']);
            e.emit([...link, 'down']);
            cycled.add(d);
          }
          selectBridge(e, d, force, !hold);
        },
      });
    }
  }
  for (const ns of all) {
    for (const d of ns.devices()) {
      if (seen.has(d)) continue;
      if (d instanceof Bridge) {
        const sel = selection.get(d);
        // Without a selection of its own, or with nothing to make before it, a bridge is made with
        // its address (which runs the selection).
        const early = !sel || sel.deps.length === 1;
        units.push({
          devs: [d],
          deps: [],
          emit: () => {
            createBridge(e, d, early);
            if (!sel) selectBridge(e, d, false, true);
          },
        });
        if (sel) units.push(sel);
      } else if (d instanceof Veth) {
        const p = d.peer;
        seen.add(p);
        // veth_newlink registers the peer before the device itself: the peer takes the lower index.
        const [main, peer] = d.netns === p.netns && d.ifindex < p.ifindex ? [p, d] : [d, p];
        units.push({ devs: [main, peer], deps: [], emit: () => createVeth(e, main, peer) });
      } else if (d instanceof Macvlan) {
        const after = before.has(d) ? undefined : selection.get(d.parent);
        units.push({ devs: [d], deps: [d.parent], after, emit: () => createMacvlan(e, d) });
      } else if (d instanceof Vxlan) {
        const lower = d.cfg.lower ? [d.cfg.lower] : [];
        units.push({
          devs: [d],
          deps: lower,
          emit: () => {
            for (const argv of vxlanCreate(d)) e.emit(argv);
          },
        });
      }
      seen.add(d);
    }
  }
  const pending = new Map<Netns, Device[]>();
  for (const u of units)
    for (const d of u.devs)
      pending.set(
        d.netns,
        [...(pending.get(d.netns) ?? []), d].sort((a, b) => a.ifindex - b.ifindex),
      );
  const made = new Set<Device>();
  const done = new Set<Unit>();
  const next = (ns: Netns, k: number) => pending.get(ns)!.filter((d) => !made.has(d))[k];
  const ready = (u: Unit) => u.deps.every((d) => made.has(d)) && (!u.after || done.has(u.after));
  const inOrder = (u: Unit) => {
    const byNs = new Map<Netns, number>();
    return u.devs.every((d) => {
      const k = byNs.get(d.netns) ?? 0;
      byNs.set(d.netns, k + 1);
      return next(d.netns, k) === d;
    });
  };
  const left = [...units];
  while (left.length) {
    // A unit that keeps every namespace's order; failing that (a move or a deletion left gaps that
    // cannot be reproduced), the first one whose parent exists.
    let i = left.findIndex((u) => ready(u) && inOrder(u));
    if (i < 0) i = left.findIndex(ready);
    if (i < 0) i = 0;
    const [u] = left.splice(i, 1);
    u.emit();
    for (const d of u.devs) made.add(d);
    done.add(u);
  }
}

/** The bridge's MAC was set to a port's while that port's local FDB entry held it. */
function macFromPort(d: Bridge): boolean {
  return d.fdb.get(d.mac)?.port !== undefined;
}

/** `ip link add … type bridge`; with `address`, made with its address if it has one of its own. */
function createBridge(e: Emitter, d: Bridge, address: boolean): void {
  const argv = [...ipIn(d.netns), 'link', 'add', ...nameArg(d.name)];
  if (address && d.macSet && !macFromPort(d)) argv.push('address', d.mac);
  // A bridge with ports follows their smallest MTU; one set by the user is set after it is made.
  if (d.mtu !== 1500 && !d.mtuSetByUser && d.ports.length === 0) argv.push('mtu', String(d.mtu));
  argv.push('type', 'bridge');
  if (d.ageingTime !== 30000) argv.push('ageing_time', String(d.ageingTime));
  if (!d.mcastSnooping) argv.push('mcast_snooping', '0');
  e.emit(argv);
}

/**
 * What ran the port state selection on a bridge that ends without carrier, when its ports will not
 * run it in time: its own address (set after creation unless `made` with it), or a port that comes
 * and goes — for a bridge that had ports once, or (`force`) one whose macvlans must see it run.
 */
function selectBridge(e: Emitter, d: Bridge, force: boolean, made: boolean): void {
  const ns = d.netns;
  if (d.macSet && !macFromPort(d)) {
    if (!made) e.emit([...ipIn(ns), 'link', 'set', ...devArg(d.name), 'address', d.mac]);
    return;
  }
  const hadPorts = !d.macSet && d.selected && d.ports.length === 0;
  if (!hadPorts && !force) return;
  // A bridge that had ports once has no carrier (and an all-zero MAC) until it gets another.
  const taken = (n: string) => !!(ns.dev(n) || e.ns(ns).dev(n) || ns.dev(`${n}p`) || e.ns(ns).dev(`${n}p`));
  let tmp = 'nl-port';
  for (let i = 0; taken(tmp); i++) tmp = `nl-port${i}`;
  e.comment(
    hadPorts
      ? `# ${d.name} had ports once (no carrier until it has one again): a port that comes and goes`
      : `# ${d.name} lost its carrier before a macvlan on it was made: a port that comes and goes`,
  );
  e.emit([...ipIn(ns), 'link', 'add', tmp, 'type', 'veth', 'peer', 'name', `${tmp}p`]);
  e.emit([...ipIn(ns), 'link', 'set', tmp, 'master', d.name]);
  e.emit([...ipIn(ns), 'link', 'del', tmp]);
}

function createVeth(e: Emitter, d: Veth, p: Veth): void {
  const end = (x: Veth) => [
    'address',
    x.mac,
    ...(x.mtu !== 1500 ? ['mtu', String(x.mtu)] : []),
    ...(x.netns.name !== '' ? ['netns', x.netns.name] : []),
  ];
  e.emit([
    'ip',
    'link',
    'add',
    ...nameArg(d.name),
    ...end(d),
    'type',
    'veth',
    'peer',
    'name',
    p.name,
    ...end(p),
  ]);
}

function createMacvlan(e: Emitter, d: Macvlan): void {
  const parentNs = d.parent.netns;
  const argv = [
    ...ipIn(parentNs),
    'link',
    'add',
    ...nameArg(d.name),
    'link',
    d.parent.name,
    'address',
    d.mac,
  ];
  if (parentNs !== d.netns) argv.push('netns', d.netns.name === '' ? '1' : d.netns.name);
  e.emit([...argv, 'type', 'macvlan', 'mode', d.mode]);
}

/** What identifies a route for the export: everything `ip route` shows of it. */
function routeKey(r: Route): string {
  return [
    r.table,
    r.type,
    r.dst,
    r.len,
    r.metric,
    r.dev?.name,
    r.gw,
    r.scope,
    r.proto,
    r.prefsrc,
    r.onlink,
    r.mtu,
    !!r.mtuLock,
  ].join('|');
}

/** `ip route add|del` for a route, with only what differs from iproute2's and the kernel's defaults. */
function routeArgv(ns: Netns, r: Route, op: 'add' | 'append' | 'del'): string[] {
  const argv = [...ipIn(ns), 'route', op];
  if (r.type !== 'unicast') argv.push(r.type);
  argv.push(r.len === 0 ? 'default' : `${ip4ToString(r.dst)}/${r.len}`);
  if (r.gw !== undefined) argv.push('via', ip4ToString(r.gw));
  if (r.dev) argv.push('dev', r.dev.name);
  if (r.metric) argv.push('metric', String(r.metric));
  if (r.prefsrc !== undefined) argv.push('src', ip4ToString(r.prefsrc));
  const impliedScope =
    r.type === 'local' ? 'host' : r.gw === undefined && r.type === 'unicast' ? 'link' : 'global';
  if (r.scope !== impliedScope) argv.push('scope', r.scope);
  if (r.proto !== 'boot') argv.push('proto', r.proto);
  if (r.mtu !== undefined) argv.push('mtu', ...(r.mtuLock ? ['lock'] : []), String(r.mtu));
  if (r.onlink) argv.push('onlink');
  const implied = r.type === 'local' || r.type === 'broadcast' ? RT_TABLE_LOCAL : RT_TABLE_MAIN;
  if (r.table !== implied)
    argv.push(
      'table',
      r.table === RT_TABLE_LOCAL ? 'local' : r.table === RT_TABLE_MAIN ? 'main' : String(r.table),
    );
  return argv;
}

/**
 * Makes the namespace's routing tables what the world has. Routes are compared in groups of one key
 * (table, prefix, metric): the kernel's own routes the addresses brought that the world no longer
 * has are deleted, missing routes are added — after the others of their group with `append`, and a
 * group in another order is rebuilt (a route the user added before the address whose prefix route
 * shares its key comes first). A route through a gateway is added only once the gateway is
 * reachable (fib_check_nh: a link-scope route to it); a gateway nothing reaches any more (its
 * address was deleted after the route was added) is reached through a temporary host route, added
 * just for that and deleted again — as the world came to be.
 */
function routes(e: Emitter, ns: Netns): void {
  const sns = e.ns(ns);
  const groups = (n: Netns) => {
    const m = new Map<string, Route[]>();
    for (const id of n.fib.tableIds())
      for (const r of n.fib.table(id)) {
        const k = [r.table, r.dst, r.len, r.metric].join('|');
        m.set(k, [...(m.get(k) ?? []), r]);
      }
    return m;
  };
  const want = groups(ns);
  const have = groups(sns);
  for (const [k, rs] of have) {
    const keys = (want.get(k) ?? []).map(routeKey);
    for (const r of rs) if (!keys.includes(routeKey(r))) e.emit(routeArgv(ns, r, 'del'));
  }
  // Per group, what is left to add in order. What the group has in the right order stays; from the
  // first route out of place on, each goes to the end in turn (one it has is deleted just before it
  // is appended, so an address is never left without its local route).
  type Seq = { routes: Route[]; append: boolean; existed: Set<string> };
  const seqs: Seq[] = [];
  for (const [k, rs] of want) {
    const wantKeys = rs.map(routeKey);
    const kept = (have.get(k) ?? []).filter((r) => wantKeys.includes(routeKey(r))).map(routeKey);
    let p = 0;
    while (p < kept.length && kept[p] === wantKeys[p]) p++;
    if (p < rs.length)
      seqs.push({ routes: rs.slice(p), append: kept.length > 0, existed: new Set(kept.slice(p)) });
  }
  const argv = (q: Seq, r: Route) => routeArgv(ns, r, q.append ? 'append' : 'add');
  const done = (q: Seq) => {
    q.routes.shift();
    q.append = true;
  };
  /** Adds the group's next route if it can be added now (no gateway, or one that is reachable). */
  const step = (q: Seq): boolean => {
    const r = q.routes[0];
    if (q.existed.has(routeKey(r))) {
      e.emit(routeArgv(ns, r, 'del'));
      e.emit(argv(q, r));
    } else if (r.gw === undefined || r.onlink || r.type !== 'unicast') e.emit(argv(q, r));
    else if (!e.tryEmit(argv(q, r))) return false;
    done(q);
    return true;
  };
  for (let left = seqs; left.length; left = left.filter((q) => q.routes.length)) {
    let progress = false;
    for (const q of left) while (q.routes.length && step(q)) progress = true;
    if (progress) continue;
    // Every group left waits on a gateway nothing reaches: a temporary link-scope route to the first
    // one, with a metric no route to it already uses.
    const q = left[0];
    const r = q.routes[0];
    let metric = 0xffffffff;
    while (sns.fib.find(RT_TABLE_MAIN, r.gw!, 32, metric)) metric--;
    const temp: Route = {
      ...r,
      table: RT_TABLE_MAIN,
      dst: r.gw!,
      len: 32,
      gw: undefined,
      metric,
      scope: 'link',
    };
    temp.proto = 'boot';
    temp.prefsrc = undefined;
    e.emit(routeArgv(ns, temp, 'add'));
    e.emit(argv(q, r));
    done(q);
    e.emit(routeArgv(ns, temp, 'del'));
  }
}

/**
 * The policy rules (`ip rule`): those the namespace has that the world does not are deleted, the
 * world's missing ones added, each with its preference (a rule goes after those of its preference).
 */
function rules(e: Emitter, ns: Netns): void {
  const key = (r: FibRule) => JSON.stringify(ruleSpec(r));
  const want = ns.fib.rules.map(key);
  const have = e.ns(ns).fib.rules.map(key);
  for (const r of e.ns(ns).fib.rules)
    if (!want.includes(key(r))) e.emit([...ipIn(ns), 'rule', 'del', ...ruleSpec(r)]);
  for (const r of ns.fib.rules)
    if (!have.includes(key(r))) e.emit([...ipIn(ns), 'rule', 'add', ...ruleSpec(r)]);
}

/** A rule as `ip rule add` takes it: selectors, preference, action. */
function ruleSpec(r: FibRule): string[] {
  const hex = (n: number) => `0x${(n >>> 0).toString(16)}`;
  const prefix = (p: { addr: number; len: number }) => `${ip4ToString(p.addr)}/${p.len}`;
  const argv: string[] = [];
  if (r.invert) argv.push('not');
  if (r.src) argv.push('from', prefix(r.src));
  if (r.dst) argv.push('to', prefix(r.dst));
  if (r.tos) argv.push('tos', hex(r.tos));
  if (r.fwmark !== undefined)
    argv.push(
      'fwmark',
      `${hex(r.fwmark)}${r.fwmask !== undefined && r.fwmask !== 0xffffffff ? `/${hex(r.fwmask)}` : ''}`,
    );
  if (r.iif !== undefined) argv.push('iif', r.iif);
  if (r.oif !== undefined) argv.push('oif', r.oif);
  argv.push('pref', String(r.pref));
  const names: Record<number, string> = {
    [RT_TABLE_LOCAL]: 'local',
    [RT_TABLE_MAIN]: 'main',
    253: 'default',
  };
  if (r.action === 'lookup') argv.push('lookup', names[r.table] ?? String(r.table));
  else argv.push(r.action);
  return argv;
}

/** IP sets and their elements (before the rules that match on them). */
function ipsets(e: Emitter, ns: Netns): void {
  for (const s of ns.nf.ipsets.all()) {
    const argv = ['ipset', 'create', s.name, s.type];
    if (s.hashsize !== 1024) argv.push('hashsize', `${s.hashsize}`);
    if (s.maxelem !== 65536) argv.push('maxelem', `${s.maxelem}`);
    if (s.timeout !== undefined) argv.push('timeout', `${s.timeout}`);
    e.emit(inNs(ns, argv));
    for (const x of s.entries) {
      const elem =
        s.type === 'hash:net' && x.len !== 32 ? `${ip4ToString(x.addr)}/${x.len}` : ip4ToString(x.addr);
      e.emit(
        inNs(ns, [
          'ipset',
          'add',
          s.name,
          elem,
          ...(s.timeout !== undefined ? ['timeout', '0'] : []),
          ...(x.nomatch ? ['nomatch'] : []),
        ]),
      );
    }
  }
}

/** User chains, non-default policies and rules of every table in use, as their own argv. */
function iptablesRules(e: Emitter, ns: Netns): void {
  for (const t of ns.nf.tablesInUse()) {
    const cmd = (args: string[]) =>
      e.emit(inNs(ns, ['iptables', ...(t.name === 'filter' ? [] : ['-t', t.name]), ...args]));
    const chains = t.ordered();
    for (const c of chains) if (!c.builtin) cmd(['-N', c.name]);
    for (const c of chains) if (c.builtin && c.policy && c.policy !== 'ACCEPT') cmd(['-P', c.name, c.policy]);
    for (const c of chains) for (const r of c.rules) cmd(['-A', c.name, ...ruleArgv(r)]);
  }
}

function sysctls(ns: Netns, host: Netns): string[][] {
  const out: string[][] = [];
  const set = (key: string, v: number) => out.push(inNs(ns, ['sysctl', '-qw', `${key}=${v}`]));
  const differs = (v: number, def: number, hostV: number) => v !== def || (ns !== host && v !== hostV);
  // ip_forward is conf.all.forwarding, and writing it sets conf.default.forwarding too.
  const fwd = ns.confAll.v.forwarding;
  const setFwd = differs(fwd, 0, host.confAll.v.forwarding);
  if (setFwd) set('net.ipv4.ip_forward', fwd);
  const dfwd = ns.confDefault.v.forwarding;
  if (dfwd !== fwd || (!setFwd && differs(dfwd, 0, host.confDefault.v.forwarding)))
    set('net.ipv4.conf.default.forwarding', dfwd);
  for (const k of DEVCONF_KEYS) {
    if (k === 'forwarding') continue;
    for (const [where, conf, hostConf] of [
      ['all', ns.confAll, host.confAll],
      ['default', ns.confDefault, host.confDefault],
    ] as const) {
      const v = conf.v[k];
      // Writing ip_forward has just set all.accept_redirects to its negation.
      const known = setFwd && where === 'all' && k === 'accept_redirects';
      if (known ? v !== (fwd ? 0 : 1) : differs(v, KERNEL_DEFAULTS.v[k], hostConf.v[k]))
        set(`net.ipv4.conf.${where}.${k}`, v);
    }
  }
  for (const k of NEIGH_KEYS) {
    if (differs(ns.confDefault.neigh[k], KERNEL_DEFAULTS.neigh[k], host.confDefault.neigh[k])) {
      set(`net.ipv4.neigh.default.${k}`, ns.confDefault.neigh[k]);
    }
  }
  return out;
}

/**
 * The device's sysctls that differ from what it has in the script at this point. A '.' in a device
 * name is written '/' (procps swaps them back when it makes the path). sysctl(8) cuts KEY=VALUE at
 * the first '=', so a device whose name has one cannot be named to it: it is renamed for the moment
 * (a rename needs it down, as it is here unless it is lo). Kernel scenarios 64b and 95c.
 */
function devSysctls(e: Emitter, ns: Netns, d: Device): string[][] {
  const s = e.dev(d);
  if (!s) return [];
  const keys: [string, number][] = [];
  for (const k of DEVCONF_KEYS) if (d.conf.v[k] !== s.conf.v[k]) keys.push([`conf.*.${k}`, d.conf.v[k]]);
  for (const k of NEIGH_KEYS)
    if (d.conf.neigh[k] !== s.conf.neigh[k]) keys.push([`neigh.*.${k}`, d.conf.neigh[k]]);
  if (keys.length === 0) return [];
  const name = d.name.includes('=') ? freeName(e.ns(ns)) : d.name;
  const out = keys.map(([key, v]) =>
    inNs(ns, ['sysctl', '-qw', `net.ipv4.${key.replace('*', name.replace(/\./g, '/'))}=${v}`]),
  );
  if (name === d.name) return out;
  const link = [...ipIn(ns), 'link', 'set', 'dev'];
  const down = s.up ? [[...link, d.name, 'down']] : [];
  const up = s.up ? [[...link, d.name, 'up']] : [];
  return [...down, [...link, d.name, 'name', name], ...out, [...link, name, 'name', d.name], ...up];
}

/** A device name nothing in `ns` has, for a moment's rename. */
function freeName(ns: Netns): string {
  for (let i = 0; ; i++) if (!ns.dev(`nlsysctl${i}`)) return `nlsysctl${i}`;
}
