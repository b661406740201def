// A deterministic drawing of a TopologySnapshot: the same snapshot always gives the same nodes and
// edges. The host is one large frame; inside it, its bridges on top, its ports below them, and the
// named namespaces in a row underneath, each under the host port its veth pair comes from.
//
//   ┌ host ──────────────────────────────────┐
//   │   ┌────────── docker0 ──────────┐       │   bridges row
//   │   └─────────────────────────────┘       │
//   │     [veth1]          [veth2]     [lo]   │   ports row
//   │   ┌ c1 ─────┐      ┌ c2 ─────┐          │   namespaces row (one column per host port group)
//   │   │ [eth0]  │      │ [eth0]  │          │
//   │   └─────────┘      └─────────┘          │
//   └─────────────────────────────────────────┘
//
// Sizes are computed here, not measured, so the layout is pure and testable in Node; the node
// components render into exactly these boxes.

import type { Edge, Node } from '@xyflow/react';
import type { LinkSnapshot, NetnsSnapshot, TopologySnapshot } from '../engine/snapshot.ts';

export const SIZE = {
  portW: 212,
  bridgeMinW: 260,
  pad: 18,
  header: 44,
  /** One text line inside a port or bridge card. */
  line: 18,
  /** A card's title row plus its vertical padding. */
  cardBase: 46,
  listGap: 10,
  rowGapH: 24,
  colGap: 48,
  bridgeGap: 56,
  nsGap: 84,
  routeLine: 16,
  routesHead: 30,
  /** Monospace advance at the routes' 11px font, for sizing boxes to their longest route. */
  routeChar: 6.7,
} as const;

export type NetnsNodeData = {
  name: string;
  host: boolean;
  routes: string[];
  ipForward: boolean;
  linkCount: number;
};
export type PortNodeData = { netns: string; link: LinkSnapshot };
/** `ports`: the bridge's ports and where each one's edge meets the bridge (x from its left edge). */
export type BridgeNodeData = { netns: string; link: LinkSnapshot; ports: { name: string; x: number }[] };

export type NetnsNode = Node<NetnsNodeData, 'netns'>;
export type PortNode = Node<PortNodeData, 'port'>;
export type BridgeNode = Node<BridgeNodeData, 'bridge'>;
export type LabNode = NetnsNode | PortNode | BridgeNode;

export type LinkEdgeKind = 'veth' | 'master' | 'macvlan';
export type LinkEdgeData = { kind: LinkEdgeKind; label?: string };
export type LabEdge = Edge<LinkEdgeData, 'link'>;

/** Handle ids on port and bridge cards: one per side. */
export type Side = 't' | 'b' | 'l' | 'r';
/** A bridge also has one handle per port, right above that port, so port wires drop straight. */
export const bridgePortHandle = (ifname: string): string => `port:${ifname}`;

export const netnsId = (ns: string): string => (ns === '' ? 'host' : `netns:${ns}`);
export const linkId = (ns: string, ifname: string): string => `link:${ns}:${ifname}`;

export function cardHeight(l: LinkSnapshot): number {
  // One line per address, plus the MAC for everything but loopback.
  return SIZE.cardBase + (l.addrs.length + (l.kind === 'loopback' ? 0 : 1)) * SIZE.line;
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

interface Placed extends Box {
  link: LinkSnapshot;
  type: 'port' | 'bridge';
}

/** A laid-out namespace, coordinates relative to its own top-left corner. */
interface NsLayout {
  ns: NetnsSnapshot;
  w: number;
  h: number;
  cards: Placed[];
  children: { layout: NsLayout; x: number; y: number }[];
}

function routesHeight(ns: NetnsSnapshot): number {
  return ns.routes.length ? SIZE.routesHead + ns.routes.length * SIZE.routeLine : 0;
}

function routesWidth(ns: NetnsSnapshot): number {
  const longest = Math.max(0, ...ns.routes.map((r) => r.length));
  return Math.min(420, Math.ceil(longest * SIZE.routeChar) + 2 * SIZE.pad);
}

/** Connected ports first (they carry the edges), loopback last. */
function portOrder(ports: LinkSnapshot[]): LinkSnapshot[] {
  const rank = (l: LinkSnapshot) => (l.kind === 'loopback' ? 2 : l.peer || l.parent || l.master ? 0 : 1);
  return [...ports].sort((a, b) => rank(a) - rank(b) || a.ifindex - b.ifindex);
}

/** A namespace without bridges: its ports as a vertical list. */
function listLayout(ns: NetnsSnapshot): NsLayout {
  const w = Math.max(SIZE.portW + 2 * SIZE.pad, routesWidth(ns));
  const cards: Placed[] = [];
  let y = SIZE.header;
  for (const link of portOrder(ns.links)) {
    const h = cardHeight(link);
    cards.push({ link, type: 'port', x: (w - SIZE.portW) / 2, y, w: SIZE.portW, h });
    y += h + SIZE.listGap;
  }
  const h = y - SIZE.listGap + (ns.routes.length ? 0 : SIZE.pad) + routesHeight(ns);
  return { ns, w, h: Math.max(h, SIZE.header + SIZE.pad), cards, children: [] };
}

/**
 * A namespace with bridges, or the host: bridges row, ports row, then `children` (the named
 * namespaces) in columns, each column under the ports whose veth peers live in it.
 */
function rowsLayout(ns: NetnsSnapshot, children: NsLayout[]): NsLayout {
  const bridges = ns.links.filter((l) => l.kind === 'bridge');
  const others = ns.links.filter((l) => l.kind !== 'bridge');
  const ordered: LinkSnapshot[] = [];
  for (const b of bridges) ordered.push(...others.filter((l) => l.master === b.name));
  ordered.push(...portOrder(others.filter((l) => !ordered.includes(l))));

  const childOf = (l: LinkSnapshot): number => {
    const other = l.peer?.netns ?? l.parent?.netns;
    return other === undefined || other === ns.name ? -1 : children.findIndex((c) => c.ns.name === other);
  };
  type Column = { ports: LinkSnapshot[]; child: number };
  const columns: Column[] = [];
  for (const l of ordered) {
    const c = childOf(l);
    const col = c >= 0 ? columns.find((k) => k.child === c) : undefined;
    if (col) col.ports.push(l);
    else columns.push({ ports: [l], child: c });
  }
  children.forEach((_, i) => {
    if (!columns.some((k) => k.child === i)) columns.push({ ports: [], child: i });
  });

  const bridgesH = Math.max(0, ...bridges.map(cardHeight));
  const portsH = Math.max(0, ...ordered.map(cardHeight));
  const bridgesY = SIZE.header;
  const portsY = bridgesY + (bridges.length ? bridgesH + SIZE.bridgeGap : 0);
  const childY = portsY + (ordered.length ? portsH + SIZE.nsGap : 0);

  const cards: Placed[] = [];
  const placedChildren: NsLayout['children'] = [];
  let x = SIZE.pad;
  for (const col of columns) {
    const portsW = col.ports.length * SIZE.portW + Math.max(0, col.ports.length - 1) * SIZE.rowGapH;
    const child = col.child >= 0 ? children[col.child] : undefined;
    const w = Math.max(portsW, child?.w ?? 0);
    let px = x + (w - portsW) / 2;
    for (const link of col.ports) {
      cards.push({ link, type: 'port', x: px, y: portsY, w: SIZE.portW, h: cardHeight(link) });
      px += SIZE.portW + SIZE.rowGapH;
    }
    if (child) placedChildren.push({ layout: child, x: x + (w - child.w) / 2, y: childY });
    x += w + SIZE.colGap;
  }

  // Each bridge spans the ports enslaved to it, and never overlaps the bridge before it.
  let right = SIZE.pad - SIZE.colGap;
  for (const b of bridges) {
    const members = cards.filter((c) => c.link.master === b.name);
    let bx = right + SIZE.colGap;
    let bw: number = SIZE.bridgeMinW;
    if (members.length) {
      const left = Math.min(...members.map((m) => m.x));
      const span = Math.max(...members.map((m) => m.x + m.w)) - left;
      bw = Math.max(span, SIZE.bridgeMinW);
      bx = Math.max(bx, left - (bw - span) / 2);
    }
    cards.push({ link: b, type: 'bridge', x: bx, y: bridgesY, w: bw, h: cardHeight(b) });
    right = bx + bw;
  }

  const contentRight = Math.max(
    right,
    ...cards.map((c) => c.x + c.w),
    ...placedChildren.map((c) => c.x + c.layout.w),
  );
  const contentBottom = Math.max(
    SIZE.header,
    ...cards.map((c) => c.y + c.h),
    ...placedChildren.map((c) => c.y + c.layout.h),
  );
  const w = Math.max(contentRight + SIZE.pad, routesWidth(ns));
  const h = contentBottom + (ns.routes.length ? 6 : SIZE.pad) + routesHeight(ns);
  return { ns, w, h, cards, children: placedChildren };
}

function layoutNs(ns: NetnsSnapshot, children: NsLayout[] = []): NsLayout {
  const hasBridge = ns.links.some((l) => l.kind === 'bridge');
  return hasBridge || children.length ? rowsLayout(ns, children) : listLayout(ns);
}

/** Which sides of two cards an edge between them should leave and enter by. */
export function sides(a: Box, b: Box): [Side, Side] {
  if (a.y + a.h <= b.y) return ['b', 't'];
  if (b.y + b.h <= a.y) return ['t', 'b'];
  return a.x <= b.x ? ['r', 'l'] : ['l', 'r'];
}

export interface TopologyDrawing {
  nodes: LabNode[];
  edges: LabEdge[];
  /** Size of the whole drawing (the host frame). */
  width: number;
  height: number;
}

export function layoutTopology(snap: TopologySnapshot): TopologyDrawing {
  const [root, ...named] = snap.namespaces;
  if (!root) return { nodes: [], edges: [], width: 0, height: 0 };
  const host = layoutNs(
    root,
    named.map((ns) => layoutNs(ns)),
  );

  const nodes: LabNode[] = [];
  const abs = new Map<string, Box>();

  const emit = (l: NsLayout, parentId: string | undefined, x: number, y: number, ax: number, ay: number) => {
    const id = netnsId(l.ns.name);
    nodes.push({
      id,
      type: 'netns',
      position: { x, y },
      width: l.w,
      height: l.h,
      ...(parentId ? { parentId } : {}),
      data: {
        name: l.ns.name,
        host: l.ns.name === '',
        routes: l.ns.routes,
        ipForward: l.ns.ipForward,
        linkCount: l.ns.links.length,
      },
      ariaLabel: l.ns.name === '' ? 'host (root network namespace)' : `network namespace ${l.ns.name}`,
      selectable: false,
      draggable: parentId !== undefined,
      zIndex: parentId ? undefined : -1,
    });
    for (const c of l.cards) {
      const cid = linkId(l.ns.name, c.link.name);
      abs.set(cid, { x: ax + c.x, y: ay + c.y, w: c.w, h: c.h });
      const common = {
        id: cid,
        parentId: id,
        position: { x: c.x, y: c.y },
        width: c.w,
        height: c.h,
        ariaLabel: `${c.type === 'bridge' ? 'bridge' : 'interface'} ${c.link.name}`,
      };
      if (c.type === 'bridge') {
        const ports = l.cards
          .filter((p) => p.link.master === c.link.name)
          .map((p) => ({ name: p.link.name, x: p.x + p.w / 2 - c.x }));
        nodes.push({ ...common, type: 'bridge', data: { netns: l.ns.name, link: c.link, ports } });
      } else {
        nodes.push({ ...common, type: 'port', data: { netns: l.ns.name, link: c.link } });
      }
    }
    for (const ch of l.children) emit(ch.layout, id, ch.x, ch.y, ax + ch.x, ay + ch.y);
  };
  emit(host, undefined, 0, 0, 0, 0);

  const edges: LabEdge[] = [];
  interface Wire {
    kind: LinkEdgeKind;
    from: string;
    to: string;
    /** Read by screen readers; shown on the wire too when `label` is set. */
    aria: string;
    label?: string;
    /** For a bridge port: its name, to land on the bridge's handle above it. */
    port?: string;
  }
  const connect = ({ kind, from, to, aria, label, port }: Wire) => {
    const a = abs.get(from);
    const b = abs.get(to);
    if (!a || !b) return; // the other end is gone (e.g. its namespace was deleted)
    let [sourceHandle, targetHandle]: string[] = sides(a, b);
    const portX = a.x + a.w / 2;
    if (port && sourceHandle === 't' && portX >= b.x && portX <= b.x + b.w) {
      targetHandle = bridgePortHandle(port);
    }
    edges.push({
      id: `${kind}:${from}->${to}`,
      type: 'link',
      source: from,
      target: to,
      sourceHandle,
      targetHandle,
      data: label ? { kind, label } : { kind },
      ariaLabel: aria,
      selectable: false,
    });
  };

  const order = new Map(snap.namespaces.map((ns, i) => [ns.name, i]));
  for (const ns of snap.namespaces) {
    for (const l of ns.links) {
      const from = linkId(ns.name, l.name);
      if (l.master) {
        const to = linkId(ns.name, l.master);
        connect({ kind: 'master', from, to, aria: `${l.name} is a port of ${l.master}`, port: l.name });
      }
      if (l.parent) {
        const to = linkId(l.parent.netns, l.parent.ifname);
        connect({
          kind: 'macvlan',
          from,
          to,
          label: 'macvlan',
          aria: `${l.name} is a macvlan on ${l.parent.ifname}`,
        });
      }
      if (l.peer) {
        // One edge per pair, drawn from the end that comes first (host first, then creation order).
        const peerNs = order.get(l.peer.netns) ?? -1;
        const peer = snap.namespaces[peerNs]?.links.find((p) => p.name === l.peer?.ifname);
        const here = order.get(ns.name)!;
        if (peer && (here < peerNs || (here === peerNs && l.ifindex < peer.ifindex))) {
          const label = `${l.name} ⇄ ${peer.name}`;
          const to = linkId(l.peer.netns, l.peer.ifname);
          connect({ kind: 'veth', from, to, label, aria: `veth pair ${label}` });
        }
      }
    }
  }

  return { nodes, edges, width: host.w, height: host.h };
}
