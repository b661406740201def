// A deterministic drawing of a TopologySnapshot: the same snapshot always gives the same nodes and
// edges. The host is one large frame; inside it, its bridges on top, its ports below them, and the
// named namespaces in a row underneath, each under the host port its veth pair comes from. Dagre
// (`dagre-layout.ts`) orders each row so wires cross as little as possible: a router namespace
// with a leg on two bridges lands between their containers; namespaces joined directly by veth
// pairs (left ⇄ router ⇄ right) sit side by side in one row; namespaces behind a namespace's own
// bridge go in a row below it; outside networks go last in their row. Positions the user saved
// (`DrawingOptions.positions`) replace the computed ones.
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
import type { RoleInfo } from './doc/document.ts';
import { type Lang, type MessageKey, type Params, translate } from './i18n/index.ts';
import { clusterOf, serviceCardWidth, withClusterRoles } from './k8s/cluster.ts';
import { nodeMembers, vxlanTunnels } from './layout-nodes.ts';
import { placeRows, type RowPlace } from './rows.ts';

/** A namespace header of two lines (`.netns-head.two` in styles.css). */
const HEAD_TWO = 52;

export const SIZE = {
  portW: 192,
  bridgeMinW: 240,
  pad: 12,
  header: 32,
  /** One text line inside a port or bridge card. */
  line: 17,
  /** A card's title row plus its vertical padding and borders. */
  cardBase: 34,
  listGap: 8,
  rowGapH: 20,
  colGap: 40,
  bridgeGap: 32,
  nsGap: 40,
  /**
   * Between a node's port and the box hanging right under it (layoutTopology leaves that short
   * wire unlabelled: both of its ends are named on their cards right there).
   */
  hangGap: 12,
  /** Between namespaces joined side by side, room for the pair's label on the wire. */
  flatGap: 96,
  routeLine: 16,
  /** The routes' title row with the space around the list. */
  routesHead: 30,
  /** Monospace advance at the routes' 12px font, for sizing boxes to their longest route. */
  routeChar: 7.23,
  /** Below the host's top row (its bridges and routes) when it has no bridge. */
  topGap: 12,
} as const;

/**
 * The smallest font on the canvas, in CSS px at zoom 1 (styles.css keeps every node's text at or
 * above it): at zoom z it reads as z × CANVAS_MIN_FONT px, so the view is legible from zoom 11/12.
 */
export const CANVAS_MIN_FONT = 12;

export type NetnsNodeData = {
  name: string;
  host: boolean;
  routes: string[];
  ipForward: boolean;
  linkCount: number;
  /** What the namespace stands for in the document (container, Pod, router, outside network). */
  role?: RoleInfo;
  /** Where the routes list starts, when not at the bottom of the box. */
  routesAt?: { x: number; y: number };
  /** 2 when the header's tags are on a second line. */
  headerLines?: 2;
  /** The host's Service cards on lines of their own under its title, this many (servicesHeader). */
  svcLines?: number;
};
export type PortNodeData = { netns: string; link: LinkSnapshot };
/** `ports`: the bridge's ports and where each one's edge meets the bridge (x from its left edge). */
export type BridgeNodeData = {
  netns: string;
  link: LinkSnapshot;
  ports: { name: string; x: number }[];
  /** How many ports the bridge has when `ports` lists only those a drawn wire needs (farLayer.ts). */
  count?: number;
};

export type NetnsNode = Node<NetnsNodeData, 'netns'>;
/** A node (machine): a namespace drawn as a frame around its devices and its containers. */
export type MachineNode = Node<NetnsNodeData, 'node'>;
export type PortNode = Node<PortNodeData, 'port'>;
export type BridgeNode = Node<BridgeNodeData, 'bridge'>;
export type LabNode = NetnsNode | MachineNode | PortNode | BridgeNode;

export type LinkEdgeKind = 'veth' | 'master' | 'macvlan' | 'vxlan';
/** `bus`: the wire climbs from its port to this x (absolute), then straight up into the bridge. */
/**
 * `under`: the band (absolute y, top and bottom) of a namespace's header the wire drops through on its
 * way to a card inside the box; the wire is drawn as passing under it, so it never strikes through the
 * header's name and tags (edges/LinkEdge.tsx).
 */
export type LinkEdgeData = { kind: LinkEdgeKind; label?: string; bus?: number; under?: [number, number] };
export type LabEdge = Edge<LinkEdgeData, 'link'>;

/** Handle ids on port and bridge cards: one per side. */
export type Side = 't' | 'b' | 'l' | 'r';
/** A bridge also has one handle per port, right above that port, so port wires drop straight. */
export const bridgePortHandle = (ifname: string): string => `port:${ifname}`;

export const netnsId = (ns: string): string => (ns === '' ? 'host' : `netns:${ns}`);
export const linkId = (ns: string, ifname: string): string => `link:${ns}:${ifname}`;

export function cardHeight(l: LinkSnapshot): number {
  // One line per address, plus the MAC for everything but loopback, and a VXLAN device's VNI line
  // with its remote VTEPs on one more.
  const vxlan = l.vxlan ? (l.vxlan.vteps.length ? 2 : 1) : 0;
  return SIZE.cardBase + (l.addrs.length + (l.kind === 'loopback' ? 0 : 1) + vxlan) * SIZE.line;
}

/**
 * A bridge card is at least as wide as its title row (nodes/BridgeNode.tsx): its name in the 13px
 * monospace, "bridge", its port count (the longer, Chinese, spelling) and its state badge, so a long
 * name or a NO-CARRIER badge does not wrap the row.
 */
export function bridgeMinW(b: LinkSnapshot): number {
  const state = !b.up ? 'DOWN' : !b.carrier ? 'NO-CARRIER' : b.operstate;
  const head = 22 + 7.9 * b.name.length + 44 + 60 + 3 * 7 + 26 + 7.5 * state.length;
  return Math.max(SIZE.bridgeMinW, Math.ceil(head));
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
  /** A bridge port on a wrapped line: the x (in the same frame) of the gap its wire climbs. */
  channel?: number;
}

/** A laid-out namespace, coordinates relative to its own top-left corner. */
interface NsLayout {
  ns: NetnsSnapshot;
  w: number;
  h: number;
  cards: Placed[];
  /** `under`: the port (of this namespace) the child hangs right under, its pair's wire short. */
  children: { layout: NsLayout; x: number; y: number; under?: string }[];
  /** Where the routes list starts when it is not at the bottom (the host's, in its top row). */
  routesAt?: { x: number; y: number };
  /** 2 when the header's tags are on a line of their own. */
  headerLines?: 2;
  /** The host's Service cards on lines of their own under its title, this many. */
  svcLines?: number;
}

function routesHeight(ns: NetnsSnapshot): number {
  return ns.routes.length ? SIZE.routesHead + ns.routes.length * SIZE.routeLine : 0;
}

function routesWidth(ns: NetnsSnapshot): number {
  const longest = Math.max(0, ...ns.routes.map((r) => r.length));
  // A few pixels over the text's width, so rounding never turns the longest route into an ellipsis.
  return Math.min(420, Math.ceil(longest * SIZE.routeChar) + 4 + 2 * SIZE.pad);
}

/** Text widths for the header at its fonts (14px bold monospace name, 12px tags), a little generous. */
const NAME_CHAR = 8.45;
const TAG_CHAR = 7.1;
/** A tag's padding and border, and the gap after it. */
const TAG_EXTRA = 18 + 8;
/** The ➤ button, the connect handle and the gaps around them. */
const HEAD_CONTROLS = 8 + 24 + 8 + 14;
/** A header whose tags go on a second line. */
export const HEADER_TWO_LINES = SIZE.header + 20;

const ROLE_TAG: Record<string, string> = {
  netns: 'netns',
  node: 'node',
  container: 'container',
  pod: 'Pod',
  router: 'router',
  outside: 'outside network',
};

/**
 * A named namespace's header: its name, ➤ and handle on one line with the tags (role, forwarding,
 * a Pod's containers) when they fit in the box, else the tags on a second line. The width is sized
 * from the English strings (the longest), so the layout does not depend on the UI's language.
 */
function widen(l: NsLayout, w: number): NsLayout {
  const dx = (w - l.w) / 2;
  return {
    ...l,
    w,
    cards: l.cards.map((c) => ({ ...c, x: c.x + dx })),
    children: l.children.map((c) => ({ ...c, x: c.x + dx })),
  };
}

function withHeader(l: NsLayout, role: RoleInfo | undefined): NsLayout {
  const line1 = 2 * SIZE.pad + l.ns.name.length * NAME_CHAR + HEAD_CONTROLS;
  const tags = [
    ROLE_TAG[role?.role ?? 'netns'],
    l.ns.ipForward ? 'forwarding' : '',
    role?.containers?.join(' · ') ?? '',
  ]
    .filter(Boolean)
    .reduce((w, tag) => w + tag.length * TAG_CHAR + TAG_EXTRA, 0);
  // One line, widening the box a little if that is all it takes (height is what small screens lack).
  if (line1 + tags <= l.w + 60) return line1 + tags <= l.w ? l : widen(l, Math.ceil(line1 + tags));
  const w = Math.ceil(Math.max(l.w, line1, 2 * SIZE.pad + tags));
  const dy = HEADER_TWO_LINES - SIZE.header;
  return {
    ...l,
    w,
    h: l.h + dy,
    headerLines: 2,
    cards: l.cards.map((c) => ({ ...c, x: c.x + (w - l.w) / 2, y: c.y + dy })),
    children: l.children.map((c) => ({ ...c, x: c.x + (w - l.w) / 2, y: c.y + dy })),
  };
}

/** One line of Service cards under the host's title: a card (18 px text, 3 px of border) and the gap. */
export const SVC_LINE = 25;

/**
 * The host's header with the cluster's Service cards (k8s/CanvasK8s.tsx): beside the title when
 * they fit there, else on lines of their own under it, as many as the frame's width needs, the
 * frame growing that much taller (a card is cut at its end, never laid over the bridges).
 */
function servicesHeader(l: NsLayout, widths: number[]): NsLayout {
  if (!widths.length) return l;
  const title =
    2 * SIZE.pad +
    4 * NAME_CHAR +
    HEAD_CONTROLS +
    ['root network namespace', l.ns.ipForward ? 'forwarding' : '']
      .filter(Boolean)
      .reduce((w, tag) => w + tag.length * TAG_CHAR + TAG_EXTRA, 0);
  const gap = 8;
  if (title + gap + widths.reduce((a, w) => a + w + gap, 0) <= l.w) return l;
  // Lines as flex-wrap fills them: a card starts a new line when it does not fit on this one.
  const room = l.w - 2 * SIZE.pad;
  let lines = 1;
  let used = 0;
  for (const w of widths.map((x) => Math.min(x, room))) {
    if (used > 0 && used + gap + w > room) {
      lines++;
      used = w;
    } else used += (used > 0 ? gap : 0) + w;
  }
  const dy = lines * SVC_LINE + 4;
  return {
    ...l,
    h: l.h + dy,
    svcLines: lines,
    cards: l.cards.map((c) => ({ ...c, y: c.y + dy })),
    children: l.children.map((c) => ({ ...c, y: c.y + dy })),
    ...(l.routesAt ? { routesAt: { ...l.routesAt, y: l.routesAt.y + dy } } : {}),
  };
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

/** Bridge ports first, grouped by bridge, then the rest (connected first, loopback last). */
function portsRow(ns: NetnsSnapshot): { bridges: LinkSnapshot[]; ordered: LinkSnapshot[] } {
  const bridges = ns.links.filter((l) => l.kind === 'bridge');
  const others = ns.links.filter((l) => l.kind !== 'bridge');
  const ordered: LinkSnapshot[] = [];
  for (const b of bridges) ordered.push(...others.filter((l) => l.master === b.name));
  ordered.push(...portOrder(others.filter((l) => !ordered.includes(l))));
  return { bridges, ordered };
}

/**
 * Adds the bridge cards above their ports: each spans the ports enslaved to it (centred on them),
 * left to right in the order of their ports, and never overlaps the bridge before it. Returns the
 * right edge of the last one.
 */
function placeBridges(bridges: LinkSnapshot[], cards: Placed[], y: number): number {
  const spans = bridges.map((b) => {
    const members = cards.filter((c) => c.link.master === b.name);
    const left = members.length ? Math.min(...members.map((m) => m.x)) : undefined;
    const right = members.length ? Math.max(...members.map((m) => m.x + m.w)) : undefined;
    return { b, left, right };
  });
  // Bridges without ports keep their order, after those with ports.
  const sorted = spans
    .map((s, i) => ({ ...s, i }))
    .sort((a, b) => (a.left ?? Number.POSITIVE_INFINITY) - (b.left ?? Number.POSITIVE_INFINITY) || a.i - b.i);
  let right = SIZE.pad - SIZE.colGap;
  for (const s of sorted) {
    let bx = right + SIZE.colGap;
    let bw = bridgeMinW(s.b);
    if (s.left !== undefined && s.right !== undefined) {
      const span = s.right - s.left;
      bw = Math.max(span, bridgeMinW(s.b));
      bx = Math.max(bx, s.left - (bw - span) / 2);
    }
    cards.push({ link: s.b, type: 'bridge', x: bx, y, w: bw, h: cardHeight(s.b) });
    right = bx + bw;
  }
  return right;
}

/** The routes list drawn as a block of its own (title row and one line per route), without margins. */
function routesBlock(ns: NetnsSnapshot): { w: number; h: number } {
  if (!ns.routes.length) return { w: 0, h: 0 };
  return { w: routesWidth(ns) - 2 * SIZE.pad, h: 18 + ns.routes.length * SIZE.routeLine };
}

/**
 * Width and height around cards and children, with the routes at the bottom, or at `routesAt`
 * (a block in the top row, as the host draws them to keep the drawing low).
 */
function frame(
  ns: NetnsSnapshot,
  cards: Placed[],
  children: NsLayout['children'],
  right: number,
  routesAt?: { x: number; y: number },
): NsLayout {
  const block = routesBlock(ns);
  const contentRight = Math.max(
    right,
    ...cards.map((c) => c.x + c.w),
    ...children.map((c) => c.x + c.layout.w),
    routesAt ? routesAt.x + block.w : 0,
  );
  const contentBottom = Math.max(
    SIZE.header,
    ...cards.map((c) => c.y + c.h),
    ...children.map((c) => c.y + c.layout.h),
    routesAt ? routesAt.y + block.h : 0,
  );
  if (routesAt && ns.routes.length) {
    return { ns, w: contentRight + SIZE.pad, h: contentBottom + SIZE.pad, cards, children, routesAt };
  }
  const w = Math.max(contentRight + SIZE.pad, routesWidth(ns));
  const h = contentBottom + (ns.routes.length ? 6 : SIZE.pad) + routesHeight(ns);
  return { ns, w, h, cards, children };
}

/** A named namespace with bridges: bridges row, then its ports in a row under them. */
function rowsLayout(ns: NetnsSnapshot): NsLayout {
  const { bridges, ordered } = portsRow(ns);
  const portsY = SIZE.header + (bridges.length ? Math.max(...bridges.map(cardHeight)) + SIZE.bridgeGap : 0);
  const cards: Placed[] = ordered.map((link, i) => ({
    link,
    type: 'port',
    x: SIZE.pad + i * (SIZE.portW + SIZE.colGap),
    y: portsY,
    w: SIZE.portW,
    h: cardHeight(link),
  }));
  const right = placeBridges(bridges, cards, SIZE.header);
  return frame(ns, cards, [], right);
}

function layoutNs(ns: NetnsSnapshot, role: RoleInfo | undefined): NsLayout {
  return withHeader(ns.links.some((l) => l.kind === 'bridge') ? rowsLayout(ns) : listLayout(ns), role);
}

/** Host ports over the namespace their veth (or macvlan) pairs lead into; either may be missing. */
interface Column {
  ports: LinkSnapshot[];
  ns?: NsLayout;
}

/**
 * What dagre places in a row: one column, or namespaces joined side by side by veth pairs neither
 * of whose ends is a bridge port (a router between two namespaces), in the order of the chain.
 */
interface Unit {
  id: string;
  columns: Column[];
  row: number;
  outside: boolean;
}

const columnW = (c: Column): number =>
  Math.max(c.ports.length * SIZE.portW + Math.max(0, c.ports.length - 1) * SIZE.rowGapH, c.ns?.w ?? 0);

/**
 * How named namespaces hang off each other: "down" from the namespace whose end of a veth pair is
 * a bridge port (a switch) or whose device is a macvlan's parent; "flat" between two plain ends.
 */
function nsRelations(named: NetnsSnapshot[]) {
  const byName = new Map(named.map((ns) => [ns.name, ns]));
  const down: [string, string][] = [];
  const flat: [string, string][] = [];
  const seen = new Set<string>();
  const add = (list: [string, string][], a: string, b: string) => {
    const key = `${list === flat ? [a, b].sort().join('\n') : `${a}\n${b}`}\n${list === flat}`;
    if (seen.has(key)) return;
    seen.add(key);
    list.push([a, b]);
  };
  for (const ns of named) {
    for (const l of ns.links) {
      if (l.parent && l.parent.netns !== ns.name && byName.has(l.parent.netns))
        add(down, l.parent.netns, ns.name);
      const other = l.peer && l.peer.netns !== ns.name ? byName.get(l.peer.netns) : undefined;
      const peer = other?.links.find((p) => p.name === l.peer?.ifname);
      if (!other || !peer) continue;
      if (!!l.master === !!peer.master) add(flat, ns.name, other.name);
      else if (l.master) add(down, ns.name, other.name);
    }
  }
  return { down, flat };
}

/**
 * Flat pairs grouped into chains: a chain (no namespace with more than two such neighbours, no
 * cycle) becomes a row, from the end created first. Anything else hangs from its busiest member:
 * those pairs are appended to `down` by breadth-first depth (pairs at the same depth are left to
 * the wires).
 */
function chains(names: string[], flat: [string, string][], down: [string, string][]): string[][] {
  const order = new Map(names.map((n, i) => [n, i]));
  const adj = new Map<string, string[]>(names.map((n) => [n, []]));
  for (const [a, b] of flat) {
    adj.get(a)?.push(b);
    adj.get(b)?.push(a);
  }
  for (const list of adj.values()) list.sort((a, b) => order.get(a)! - order.get(b)!);
  const rows: string[][] = [];
  const done = new Set<string>();
  for (const start of names) {
    if (done.has(start) || !adj.get(start)!.length) continue;
    const comp: string[] = [];
    const queue = [start];
    done.add(start);
    while (queue.length) {
      const n = queue.shift()!;
      comp.push(n);
      for (const m of adj.get(n)!) {
        if (done.has(m)) continue;
        done.add(m);
        queue.push(m);
      }
    }
    comp.sort((a, b) => order.get(a)! - order.get(b)!);
    const degree = (n: string) => adj.get(n)!.length;
    const edges = comp.reduce((s, n) => s + degree(n), 0) / 2;
    if (edges === comp.length - 1 && comp.every((n) => degree(n) <= 2)) {
      const row = [comp.find((n) => degree(n) === 1)!];
      while (row.length < comp.length) row.push(adj.get(row.at(-1)!)!.find((m) => !row.includes(m))!);
      rows.push(row);
      continue;
    }
    const hub = comp.reduce((a, b) => (degree(b) > degree(a) ? b : a));
    const depth = new Map([[hub, 0]]);
    const bfs = [hub];
    while (bfs.length) {
      const n = bfs.shift()!;
      for (const m of adj.get(n)!) {
        if (!depth.has(m)) {
          depth.set(m, depth.get(n)! + 1);
          bfs.push(m);
        }
        if (depth.get(m)! > depth.get(n)!) down.push([n, m]);
      }
    }
  }
  return rows;
}

/**
 * The host frame, laid out with dagre (`placeRows`): its bridges in the top row; under them the
 * units, each with the host ports its pairs come from above its namespaces; namespaces that hang
 * off other namespaces in rows further down. Unconnected host devices (lo) end the ports row.
 */
function hostLayout(root: NetnsSnapshot, all: NetnsSnapshot[], roles: DrawingOptions['roles']): NsLayout {
  // A node (layout-nodes.ts) is laid out as the host is, with its containers inside its frame.
  const members = nodeMembers(all, roles);
  const row = portsRow(root);
  const bridges = row.bridges;
  // Beside machines the host's own lo is left out, as the nodes' and their containers' are
  // (nodeLayout): a row of its own would take the height the nodes need to be read at 1280×800.
  const ordered = members.size ? row.ordered.filter((l) => l.kind !== 'loopback') : row.ordered;
  const inNode = new Set([...members.values()].flat());
  const named = all.filter((ns) => !inNode.has(ns));
  const nodeIndex = new Map([...members.keys()].map((n, i) => [n, i]));
  const boxes = new Map(
    named.map((ns) => {
      const own = members.get(ns.name);
      const box = own
        ? withHeader(nodeLayout(ns, own, roles, nodeIndex.get(ns.name)! % 2 === 1), roles?.[ns.name])
        : layoutNs(ns, roles?.[ns.name]);
      return [ns.name, box];
    }),
  );
  // The namespace a macvlan on a host device lives in, for hanging it under that device.
  const macvlanChild = new Map<string, string>();
  for (const ns of named) {
    for (const l of ns.links)
      if (l.parent?.netns === '' && !macvlanChild.has(l.parent.ifname))
        macvlanChild.set(l.parent.ifname, ns.name);
  }

  const columns = new Map<string, Column>();
  const loose: LinkSnapshot[] = [];
  for (const l of ordered) {
    const other = l.peer?.netns ?? l.parent?.netns ?? macvlanChild.get(l.name);
    let key: string | undefined;
    if (other === '' && l.peer) key = `pair:${[l.name, l.peer.ifname].sort()[0]}`;
    else if (other) key = `ns:${other}`;
    else if (l.master) key = `port:${l.name}`;
    if (!key) {
      loose.push(l);
      continue;
    }
    const col = columns.get(key) ?? { ports: [], ns: other ? boxes.get(other) : undefined };
    col.ports.push(l);
    columns.set(key, col);
  }
  for (const ns of named)
    if (!columns.has(`ns:${ns.name}`)) columns.set(`ns:${ns.name}`, { ports: [], ns: boxes.get(ns.name) });

  // Units: chains of namespaces as one row each, every other column on its own.
  const { down, flat } = nsRelations(named);
  const rows = chains(
    named.map((ns) => ns.name),
    flat,
    down,
  );
  const unitOf = new Map<string, Unit>();
  const units: Unit[] = [];
  const isOutside = (name?: string) => name !== undefined && roles?.[name]?.role === 'outside';
  for (const row of rows) {
    const unit: Unit = {
      id: `row:${row[0]}`,
      columns: row.map((n) => columns.get(`ns:${n}`)!),
      row: 0,
      outside: row.some(isOutside),
    };
    for (const n of row) unitOf.set(`ns:${n}`, unit);
  }
  for (const [key, col] of columns) {
    let unit = unitOf.get(key);
    if (!unit) {
      unit = { id: key, columns: [col], row: 0, outside: isOutside(col.ns?.ns.name) };
      unitOf.set(key, unit);
    }
    if (!units.includes(unit)) units.push(unit);
  }
  // Outside networks go in last, which keeps them at the end of their row unless a wire pulls them in.
  units.sort((a, b) => Number(a.outside) - Number(b.outside));

  // Rows: units with host ports, or that nothing hangs them from, first; the rest breadth-first.
  const links = down
    .map(([a, b]) => [unitOf.get(`ns:${a}`)!, unitOf.get(`ns:${b}`)!] as const)
    .filter(([a, b]) => a !== b);
  const below = (u: Unit) => links.filter(([a]) => a === u).map(([, b]) => b);
  const placed = new Set<Unit>();
  const queue: Unit[] = [];
  const start = (u: Unit) => {
    u.row = 1;
    placed.add(u);
    queue.push(u);
  };
  for (const u of units)
    if (u.columns.some((c) => c.ports.length) || !links.some(([, b]) => b === u)) start(u);
  for (;;) {
    while (queue.length) {
      const u = queue.shift()!;
      for (const v of below(u)) {
        if (placed.has(v)) continue;
        v.row = u.row + 1;
        placed.add(v);
        queue.push(v);
      }
    }
    const rest = units.find((u) => !placed.has(u)); // a cycle nothing hangs from
    if (!rest) break;
    start(rest);
  }

  const portsH = Math.max(0, ...ordered.map(cardHeight));
  // The first row of namespaces stays under the ports row even when only lo is there, so a first
  // veth pair does not push everything down.
  const band = ordered.length ? portsH + SIZE.nsGap : 0;
  const colsW = (u: Unit) =>
    u.columns.reduce((s, c) => s + columnW(c), 0) + (u.columns.length - 1) * SIZE.flatGap;
  const unitH = (u: Unit) => (u.row === 1 ? band : 0) + Math.max(0, ...u.columns.map((c) => c.ns?.h ?? 0));
  const memberW = (b: LinkSnapshot) => {
    const n = ordered.filter((l) => l.master === b.name).length;
    return Math.max(bridgeMinW(b), n * SIZE.portW + Math.max(0, n - 1) * SIZE.colGap);
  };
  const left = placeRows(
    [
      ...bridges.map((b) => ({
        id: `br:${b.name}`,
        row: 0,
        w: memberW(b),
        fit: bridgeMinW(b),
        h: cardHeight(b),
      })),
      ...units.map((u) => ({ id: u.id, row: u.row, w: colsW(u), h: unitH(u) })),
    ],
    [
      ...bridges
        .flatMap((b) =>
          units.map((u) => ({
            from: `br:${b.name}`,
            to: u.id,
            weight: u.columns.reduce((s, c) => s + c.ports.filter((p) => p.master === b.name).length, 0),
          })),
        )
        .filter((e) => e.weight > 0),
      ...links.map(([a, b]) =>
        a.row < b.row ? { from: a.id, to: b.id, weight: 1 } : { from: b.id, to: a.id, weight: 1 },
      ),
    ],
    SIZE.colGap,
  );

  // Vertical: the top row (bridges, and the host's routes beside them), then each row below the
  // tallest unit of the row above; a row whose units wrap has one line per wrap, each as tall as
  // its tallest unit.
  const topH = Math.max(0, ...bridges.map(cardHeight), routesBlock(root).h);
  const at = (u: Unit): RowPlace => left.get(u.id) ?? { x: 0, line: 0 };
  const maxRow = Math.max(1, ...units.map((u) => u.row));
  const lineH: number[][] = Array.from({ length: maxRow + 1 }, () => []);
  for (const u of units) {
    const { line } = at(u);
    const hs = lineH[u.row];
    hs[line] = Math.max(hs[line] ?? 0, unitH(u));
  }
  lineH[1][0] = Math.max(lineH[1][0] ?? 0, ...loose.map(cardHeight));
  const rowY = [
    SIZE.header,
    SIZE.header + (topH ? topH + (bridges.length ? SIZE.bridgeGap : SIZE.topGap) : 0),
  ];
  /** The top of each line of each row. */
  const lineY: number[][] = [[SIZE.header]];
  for (let r = 1; r <= maxRow; r++) {
    const ys: number[] = [];
    let y = rowY[r];
    for (const h of lineH[r]) {
      ys.push(y);
      y += (h ?? 0) + SIZE.nsGap;
    }
    lineY.push(ys.length ? ys : [y]);
    rowY.push(y);
  }

  const cards: Placed[] = [];
  const children: NsLayout['children'] = [];
  for (const u of units) {
    const place = at(u);
    let x = SIZE.pad + place.x;
    const y = lineY[u.row][place.line];
    const channel = place.channel === undefined ? undefined : SIZE.pad + place.channel;
    for (const c of u.columns) {
      const w = columnW(c);
      const portsW = c.ports.length * SIZE.portW + Math.max(0, c.ports.length - 1) * SIZE.rowGapH;
      c.ports.forEach((link, i) => {
        const px = x + (w - portsW) / 2 + i * (SIZE.portW + SIZE.rowGapH);
        const card: Placed = { link, type: 'port', x: px, y, w: SIZE.portW, h: cardHeight(link) };
        cards.push(channel === undefined || !link.master ? card : { ...card, channel });
      });
      if (c.ns) children.push({ layout: c.ns, x: x + (w - c.ns.w) / 2, y: y + (u.row === 1 ? band : 0) });
      x += w + SIZE.flatGap;
    }
  }
  // Unconnected host devices (lo) end the ports row: after the last port, not after the boxes under it.
  const portsRight = cards.length ? Math.max(...cards.map((c) => c.x + c.w)) : SIZE.pad - SIZE.colGap;
  loose.forEach((link, i) => {
    const x = portsRight + SIZE.colGap + i * (SIZE.portW + SIZE.colGap);
    cards.push({ link, type: 'port', x, y: rowY[1], w: SIZE.portW, h: cardHeight(link) });
  });
  // Bridges in the order dagre gave them, each spanning its ports; the host's routes after them.
  const right = placeBridges(bridges, cards, SIZE.header);
  const routesAt = { x: bridges.length ? right + SIZE.colGap : SIZE.pad, y: SIZE.header };
  return frame(root, cards, children, right, routesAt);
}

/**
 * A node (a machine, layout-nodes.ts), kept narrow so two of them fit side by side: its bridges on
 * top, their ports under them, each container under the port its pair leads from; the node's other
 * devices (a routed VXLAN device, the underlay link) in a column of their own, or below a port that
 * has no container. `mirror` puts that column on the left, for a node right of another. The node's
 * lo is left out of the picture (the host frame shows what lo is).
 */
function nodeLayout(
  ns: NetnsSnapshot,
  members: NetnsSnapshot[],
  roles: DrawingOptions['roles'],
  mirror: boolean,
): NsLayout {
  const gap = SIZE.rowGapH;
  // Loopbacks are left out in a lab of machines (the node's, the host's, its containers'): their
  // cards would make each machine too tall to read two side by side; the step view's tables list them.
  const noLo = (m: NetnsSnapshot) => ({ ...m, links: m.links.filter((l) => l.kind !== 'loopback') });
  const boxes = new Map(members.map((m) => [m.name, { ...layoutNs(noLo(m), roles?.[m.name]), ns: m }]));
  const { bridges, ordered } = portsRow(ns);
  const devs = ordered.filter((l) => l.kind !== 'loopback');
  const used = new Set<string>();
  type Col = { top: LinkSnapshot; child?: NsLayout; below?: LinkSnapshot };
  const withChild: Col[] = [];
  const bare: Col[] = [];
  for (const l of devs) {
    const child = l.peer ? boxes.get(l.peer.netns) : undefined;
    if (!l.master && !child) continue;
    const c = child && !used.has(child.ns.name) ? child : undefined;
    if (c) used.add(c.ns.name);
    (c ? withChild : bare).push({ top: l, child: c });
  }
  const inCols = new Set([...withChild, ...bare].map((c) => c.top));
  // VXLAN devices before the underlay: a tunnel's end on the ports row, the link it rides below.
  const free = devs
    .filter((l) => !inCols.has(l))
    .sort((a, b) => Number(b.kind === 'vxlan') - Number(a.kind === 'vxlan'));
  const cols = [...withChild, ...bare];
  for (const c of bare) if (free.length) c.below = free.shift();
  while (free.length) cols.push({ top: free.shift()!, below: free.shift() });
  if (mirror) cols.reverse();
  // Members not under a device of the node (behind another member) go after the columns.
  const rest = members.filter((m) => !used.has(m.name)).map((m) => boxes.get(m.name)!);
  // Tighter rows than the host's (two machines must fit side by side and still be read).
  const portsY = SIZE.header + (bridges.length ? Math.max(...bridges.map(cardHeight)) + SIZE.rowGapH : 0);
  const portsH = Math.max(0, ...cols.map((c) => cardHeight(c.top)));
  const belowY = portsY + portsH + SIZE.rowGapH + 4;
  const cards: Placed[] = [];
  const children: NsLayout['children'] = [];
  const card = (link: LinkSnapshot, x: number, y: number): Placed => ({
    link,
    type: 'port',
    x,
    y,
    w: SIZE.portW,
    h: cardHeight(link),
  });
  let x = SIZE.pad;
  for (const c of cols) {
    const w = Math.max(SIZE.portW, c.child?.w ?? 0);
    const cx = x + (w - SIZE.portW) / 2;
    cards.push(card(c.top, cx, portsY));
    // What hangs under a card starts right under it, not under the tallest card of the row.
    const below = portsY + cardHeight(c.top) + SIZE.rowGapH + 4;
    if (c.child) {
      const y = portsY + cardHeight(c.top) + SIZE.hangGap;
      children.push({ layout: c.child, x: x + (w - c.child.w) / 2, y, under: c.top.name });
    }
    if (c.below) cards.push(card(c.below, cx, below));
    x += w + gap;
  }
  for (const r of rest) {
    children.push({ layout: r, x, y: belowY });
    x += r.w + gap;
  }
  const right = placeBridges(bridges, cards, SIZE.header);
  return routesBeside(frame(ns, cards, children, right), mirror);
}

/**
 * A node's routes moved from under everything to the space under its devices' column (the outer
 * one: right, or left for a mirrored node), when the node gets lower that way and they fit the
 * column's width.
 */
function routesBeside(l: NsLayout, mirror: boolean): NsLayout {
  const block = routesBlock(l.ns);
  if (!block.h) return l;
  const inner = [
    ...l.cards.map((c) => ({ x: c.x, w: c.w })),
    ...l.children.map((c) => ({ x: c.x, w: c.layout.w })),
  ];
  // The outer column: the cards at the outer edge with no container under them.
  const edge = mirror ? Math.min(...inner.map((b) => b.x)) : Math.max(...inner.map((b) => b.x + b.w));
  const column = l.cards.filter((c) => c.type === 'port' && (mirror ? c.x === edge : c.x + c.w === edge));
  if (!column.length || l.children.some((c) => (mirror ? c.x === edge : c.x + c.layout.w === edge))) return l;
  const top = Math.max(...column.map((c) => c.y + c.h)) + SIZE.rowGapH;
  const bottom = Math.max(...l.cards.map((c) => c.y + c.h), ...l.children.map((c) => c.y + c.layout.h));
  // Only when that makes the node lower than the routes under everything do.
  if (top + block.h >= bottom + 6 + routesHeight(l.ns)) return l;
  const left = mirror ? edge + SIZE.portW - block.w : column[0].x;
  // Not when the routes are wider than the room there: the node would get too wide to sit beside
  // another one.
  if (left < SIZE.pad || left + block.w > l.w - SIZE.pad) return l;
  const dx = 0;
  const cards = l.cards.map((c) => ({ ...c, x: c.x + dx }));
  const children = l.children.map((c) => ({ ...c, x: c.x + dx }));
  const right = Math.max(...cards.map((c) => c.x + c.w), ...children.map((c) => c.x + c.layout.w));
  const routesAt = { x: left + dx, y: top };
  return {
    ...frame(l.ns, cards, children, Math.max(right, routesAt.x + block.w), routesAt),
    headerLines: l.headerLines,
  };
}

/**
 * Which sides of two cards an edge between them should leave and enter by: top and bottom when one
 * is above the other, else left and right; when they are apart both ways, across the wider gap.
 */
export function sides(a: Box, b: Box): [Side, Side] {
  const dy = Math.max(b.y - (a.y + a.h), a.y - (b.y + b.h));
  const dx = Math.max(b.x - (a.x + a.w), a.x - (b.x + b.w));
  if (dy >= 0 && !(dx > dy)) return a.y < b.y ? ['b', 't'] : ['t', 'b'];
  return a.x <= b.x ? ['r', 'l'] : ['l', 'r'];
}

export interface TopologyDrawing {
  nodes: LabNode[];
  edges: LabEdge[];
  /** Size of the whole drawing (the host frame). */
  width: number;
  height: number;
}

/** What the document adds to the snapshot: boxes the user moved, and namespace roles. */
export interface DrawingOptions {
  positions?: Record<string, { x: number; y: number }>;
  roles?: Record<string, RoleInfo>;
  /** The language of the labels screen readers read (English by default). */
  lang?: Lang;
}

/**
 * The computed layout of the last snapshot drawn with the given roles: moving a box changes only
 * the positions, so dagre does not run again while the user drags things around.
 */
const computed = new WeakMap<
  TopologySnapshot,
  { roles: DrawingOptions['roles']; drawn: DrawingOptions['roles']; host: NsLayout }
>();

export function layoutTopology(snap: TopologySnapshot, opts: DrawingOptions = {}): TopologyDrawing {
  const positions = opts.positions ?? {};
  const say = (key: MessageKey, params?: Params) => translate(opts.lang ?? 'en', key, params);
  const [root, ...named] = snap.namespaces;
  if (!root) return { nodes: [], edges: [], width: 0, height: 0 };
  const cached = computed.get(snap);
  // Pods and nodes the cluster made without a role in the document are drawn as what they are.
  const roles = cached?.roles === opts.roles && cached ? cached.drawn : withClusterRoles(snap, opts.roles);
  const host =
    cached?.roles === opts.roles && cached
      ? cached.host
      : servicesHeader(
          hostLayout(root, named, roles),
          (clusterOf(snap)?.services ?? []).map(serviceCardWidth),
        );
  if (host !== cached?.host) computed.set(snap, { roles: opts.roles, drawn: roles, host });

  const nodes: LabNode[] = [];
  const abs = new Map<string, Box>();
  /** Ports with a box hanging right under them (nodeLayout), where it was not moved away. */
  const hung = new Set<string>();
  /** Ports on a wrapped line: the absolute x of the gap their wire climbs to the bridge. */
  const channels = new Map<string, number>();
  /** Each card's namespace, and each namespace's header band (absolute y). */
  const cardNs = new Map<string, string>();
  const heads = new Map<string, [number, number]>();

  const emit = (l: NsLayout, parentId: string | undefined, x: number, y: number, ax: number, ay: number) => {
    const id = netnsId(l.ns.name);
    heads.set(l.ns.name, [
      ay,
      ay + (l.headerLines === 2 ? HEAD_TWO : SIZE.header) + (l.svcLines ?? 0) * SVC_LINE,
    ]);
    nodes.push({
      id,
      type: roles?.[l.ns.name]?.role === 'node' ? 'node' : 'netns',
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
        ...(roles?.[l.ns.name] ? { role: roles[l.ns.name] } : {}),
        ...(l.routesAt ? { routesAt: l.routesAt } : {}),
        ...(l.headerLines ? { headerLines: l.headerLines } : {}),
        ...(l.svcLines ? { svcLines: l.svcLines } : {}),
      },
      ariaLabel: l.ns.name === '' ? say('aria.host') : say('aria.netns', { name: l.ns.name }),
      draggable: parentId !== undefined,
      zIndex: parentId ? undefined : -1,
    });
    for (const c of l.cards) {
      const cid = linkId(l.ns.name, c.link.name);
      abs.set(cid, { x: ax + c.x, y: ay + c.y, w: c.w, h: c.h });
      cardNs.set(cid, l.ns.name);
      if (c.channel !== undefined) channels.set(cid, ax + c.channel);
      const common = {
        id: cid,
        parentId: id,
        position: { x: c.x, y: c.y },
        width: c.w,
        height: c.h,
        ariaLabel: say(c.type === 'bridge' ? 'aria.bridge' : 'aria.interface', { name: c.link.name }),
      };
      if (c.type === 'bridge') {
        const ports = l.cards
          .filter((p) => p.link.master === c.link.name)
          .map((p) => ({ name: p.link.name, x: (p.channel ?? p.x + p.w / 2) - c.x }));
        nodes.push({ ...common, type: 'bridge', data: { netns: l.ns.name, link: c.link, ports } });
      } else {
        nodes.push({ ...common, type: 'port', data: { netns: l.ns.name, link: c.link } });
      }
    }
    for (const ch of l.children) {
      const moved = positions[netnsId(ch.layout.ns.name)];
      if (ch.under && !moved) hung.add(linkId(l.ns.name, ch.under));
      const p = moved ?? { x: ch.x, y: ch.y };
      emit(ch.layout, id, p.x, p.y, ax + p.x, ay + p.y);
    }
  };
  emit(host, undefined, 0, 0, 0, 0);
  // A moved namespace may leave the computed frame: the host grows to keep enclosing it.
  let width = host.w;
  let height = host.h;
  for (const n of nodes) {
    if ((n.type !== 'netns' && n.type !== 'node') || n.parentId !== 'host') continue;
    width = Math.max(width, n.position.x + (n.width ?? 0) + SIZE.pad);
    height = Math.max(height, n.position.y + (n.height ?? 0) + SIZE.pad);
  }
  nodes[0] = { ...nodes[0], width, height };

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
    const bus = port ? channels.get(from) : undefined;
    const portX = bus ?? a.x + a.w / 2;
    if (port && sourceHandle === 't' && portX >= b.x && portX <= b.x + b.w) {
      targetHandle = bridgePortHandle(port);
    }
    // A straight drop into a namespace box crosses its header: the wire passes under it.
    let under: [number, number] | undefined;
    if (bus === undefined && Math.abs(a.x + a.w / 2 - (b.x + b.w / 2)) < 1)
      for (const end of [from, to]) {
        const ns = cardNs.get(end);
        const band = ns ? heads.get(ns) : undefined;
        const other = cardNs.get(end === from ? to : from);
        if (!ns || !band || other === ns) continue;
        const top = Math.min(a.y + a.h, b.y + b.h);
        const bottom = Math.max(a.y, b.y);
        if (band[0] >= top && band[1] <= bottom) under = band;
      }
    edges.push({
      id: `${kind}:${from}->${to}`,
      type: 'link',
      source: from,
      target: to,
      sourceHandle,
      targetHandle,
      data: label
        ? { kind, label, ...(under ? { under } : {}) }
        : bus !== undefined && port && targetHandle === bridgePortHandle(port)
          ? { kind, bus }
          : { kind, ...(under ? { under } : {}) },
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
        connect({
          kind: 'master',
          from,
          to,
          aria: say('aria.port', { name: l.name, bridge: l.master }),
          port: l.name,
        });
      }
      if (l.parent) {
        const to = linkId(l.parent.netns, l.parent.ifname);
        connect({
          kind: 'macvlan',
          from,
          to,
          label: 'macvlan',
          aria: say('aria.macvlan', { name: l.name, parent: l.parent.ifname }),
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
          // A short wire into the box right under its port is named by the cards at its ends.
          const shown = hung.has(from) || hung.has(to) ? undefined : label;
          connect({ kind: 'veth', from, to, label: shown, aria: say('aria.veth', { label }) });
        }
      }
    }
  }

  // The overlay: a tunnel between VXLAN devices that send to each other's underlay.
  for (const t of vxlanTunnels(snap)) {
    connect({
      kind: 'vxlan',
      from: linkId(t.a.netns, t.a.ifname),
      to: linkId(t.b.netns, t.b.ifname),
      label: `VXLAN ${t.vni}`,
      aria: say('aria.vxlan', { vni: t.vni, a: t.a.ifname, b: t.b.ifname }),
    });
  }

  return { nodes, edges, width, height };
}
