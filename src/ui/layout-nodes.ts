// Several machines on one canvas. A lab's node is a network namespace the document gives the role
// "node", which is how a cluster is emulated on one Linux host: node1, node2 … are namespaces joined
// by an underlay (a veth pair between them, or a bridge in the host playing the physical switch),
// and each node's containers are namespaces of their own whose veth peers live in the node's
// namespace (usually enslaved to a bridge there, cni0 or docker0). So nothing but the topology says
// which node a container is on: a namespace belongs to a node when every veth pair and macvlan it has
// leads into that node, or into a namespace that already belongs to it (a Pod behind a container).
// The layout draws a node as a frame around its own devices and its containers (layout.ts lays it
// out as it lays out the host), and VXLAN devices that carry traffic for each other get a tunnel.

import type { NetnsSnapshot, TopologySnapshot } from '../engine/snapshot.ts';
import type { RoleInfo } from './doc/document.ts';

/**
 * The namespaces each node contains, in creation order. The namespaces that are not nodes fall into
 * groups joined by veth pairs (and macvlans) among themselves; a group whose pairs lead into exactly
 * one node, and nowhere else (not the host), is on that node.
 */
export function nodeMembers(
  named: NetnsSnapshot[],
  roles: Record<string, RoleInfo> | undefined,
): Map<string, NetnsSnapshot[]> {
  const isNode = (n: string) => roles?.[n]?.role === 'node';
  const byName = new Map(named.map((ns) => [ns.name, ns]));
  const near = new Map<string, Set<string>>(named.map((ns) => [ns.name, new Set()]));
  const join = (a: string, b: string) => {
    near.get(a)?.add(b);
    near.get(b)?.add(a);
  };
  for (const ns of named)
    for (const l of ns.links) {
      const other = l.peer?.netns ?? l.parent?.netns;
      if (other !== undefined && other !== ns.name) join(ns.name, other);
    }
  const out = new Map<string, NetnsSnapshot[]>();
  for (const ns of named) if (isNode(ns.name)) out.set(ns.name, []);
  const seen = new Set<string>();
  for (const start of named) {
    if (isNode(start.name) || seen.has(start.name)) continue;
    const group: string[] = [];
    const nodes = new Set<string>();
    let elsewhere = false;
    const queue = [start.name];
    seen.add(start.name);
    while (queue.length) {
      const n = queue.shift()!;
      group.push(n);
      for (const m of near.get(n) ?? []) {
        if (!byName.has(m)) elsewhere = true;
        else if (isNode(m)) nodes.add(m);
        else if (!seen.has(m)) {
          seen.add(m);
          queue.push(m);
        }
      }
    }
    const [only] = nodes;
    if (nodes.size === 1 && !elsewhere) out.get(only)!.push(...group.map((n) => byName.get(n)!));
  }
  const order = new Map(named.map((ns, i) => [ns.name, i]));
  for (const list of out.values()) list.sort((a, b) => order.get(a.name)! - order.get(b.name)!);
  return out;
}

export interface Tunnel {
  a: { netns: string; ifname: string };
  b: { netns: string; ifname: string };
  vni: number;
}

/**
 * VXLAN devices that talk to each other: the same VNI and port, and one's FDB (its default remote
 * or an entry) names an address of the other's underlay namespace. One tunnel per pair.
 */
export function vxlanTunnels(snap: TopologySnapshot): Tunnel[] {
  const addrsOf = new Map(
    snap.namespaces.map((ns) => [
      ns.name,
      new Set(ns.links.flatMap((l) => l.addrs.map((a) => a.split('/')[0]))),
    ]),
  );
  const devs = snap.namespaces.flatMap((ns) =>
    ns.links.filter((l) => l.vxlan).map((l) => ({ netns: ns.name, ifname: l.name, v: l.vxlan! })),
  );
  const out: Tunnel[] = [];
  for (let i = 0; i < devs.length; i++)
    for (let j = i + 1; j < devs.length; j++) {
      const a = devs[i];
      const b = devs[j];
      if (a.v.vni !== b.v.vni || a.v.port !== b.v.port || a.v.underlay === b.v.underlay) continue;
      const aToB = a.v.vteps.some((ip) => addrsOf.get(b.v.underlay)?.has(ip));
      const bToA = b.v.vteps.some((ip) => addrsOf.get(a.v.underlay)?.has(ip));
      if (aToB || bToA)
        out.push({
          a: { netns: a.netns, ifname: a.ifname },
          b: { netns: b.netns, ifname: b.ifname },
          vni: a.v.vni,
        });
    }
  return out;
}
