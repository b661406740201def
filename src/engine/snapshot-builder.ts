// Builds the plain-data TopologySnapshot the UI and worker boundary use.

import { Bridge } from './link/bridge.ts';
import type { Device } from './link/device.ts';
import { Macvlan } from './link/macvlan.ts';
import { Veth } from './link/veth.ts';
import { Vxlan } from './link/vxlan.ts';
import { ruleArgs, ruleArgv } from './netfilter/format.ts';
import type { Netns } from './netns/netns.ts';
import type { LinkSnapshot, NetnsSnapshot, TopologySnapshot } from './snapshot.ts';
import { ip4ToString } from './wire/addr.ts';
import type { World } from './world.ts';

function linkSnapshot(d: Device): LinkSnapshot {
  const s: LinkSnapshot = {
    ifindex: d.ifindex,
    name: d.name,
    kind: d.kind,
    mac: d.mac,
    mtu: d.mtu,
    up: d.up,
    carrier: d.carrier,
    operstate: d.operstate(),
    addrs: d.addrs.map((a) => `${ip4ToString(a.local)}/${a.prefixLen}`),
  };
  if (d.master) s.master = d.master.name;
  if (d instanceof Veth) s.peer = { netns: d.peer.netns.name, ifname: d.peer.name };
  if (d instanceof Macvlan) s.parent = { netns: d.parent.netns.name, ifname: d.parent.name };
  if (d.conf.v.proxy_arp) s.proxyArp = true;
  if (d instanceof Vxlan) {
    const c = d.cfg;
    const vteps = new Set(d.fdb.all().flatMap((e) => e.remotes.map((r) => ip4ToString(r.ip))));
    s.vxlan = {
      vni: c.vni,
      port: c.dstPort,
      underlay: d.underlay.name,
      ...(c.remote ? { remote: ip4ToString(c.remote) } : {}),
      ...(c.local ? { local: ip4ToString(c.local) } : {}),
      ...(c.lower ? { dev: c.lower.name } : {}),
      learning: c.learning,
      vteps: [...vteps],
    };
  }
  if (d instanceof Bridge) {
    s.ageingTime = d.ageingTime;
    const user = d.fdb.all().filter((e) => e.addedByUser && !e.local && e.port);
    if (user.length) s.fdb = user.map((e) => ({ mac: e.mac, port: e.port!.name }));
  }
  return s;
}

function iptables(ns: Netns): Pick<NetnsSnapshot, 'iptables'> {
  const rules = ns.nf
    .tablesInUse()
    .flatMap((t) =>
      t
        .ordered()
        .flatMap((c) =>
          c.rules.map((r) => ({ table: t.name, chain: c.name, spec: ruleArgs(r), argv: ruleArgv(r) })),
        ),
    );
  return rules.length ? { iptables: rules } : {};
}

export function snapshotWorld(world: World): TopologySnapshot {
  return {
    timeMs: world.clock.now / 1000,
    namespaces: world.namespaces().map((ns) => ({
      name: ns.name,
      links: ns.devices().map(linkSnapshot),
      routes: ns.fib.table(254).map((r) => {
        const dst =
          r.len === 0 ? 'default' : r.len === 32 ? ip4ToString(r.dst) : `${ip4ToString(r.dst)}/${r.len}`;
        return `${dst}${r.gw !== undefined ? ` via ${ip4ToString(r.gw)}` : ''}${r.dev ? ` dev ${r.dev.name}` : ''}`;
      }),
      neigh: ns.stack.neigh
        .all()
        .filter((n) => n.state !== 'NONE')
        .map(
          (n) =>
            `${ip4ToString(n.ip)} dev ${n.dev.name}${n.lladdr && n.state !== 'FAILED' && n.state !== 'INCOMPLETE' ? ` lladdr ${n.lladdr}` : ''} ${n.state}`,
        ),
      ipForward: ns.confAll.v.forwarding === 1,
      ...iptables(ns),
    })),
  };
}
