// The far layer of a big lab: past BIG_LAB namespaces React Flow does not hold one node per box.
// Zoomed out (below FAR_ZOOM) the namespaces are drawn as one SVG picture (FarLayer.tsx) and React
// Flow keeps the host frame, the bridges, node frames and the few namespaces that matter now: the
// selected one and those the current step acts on or sends a frame between (so the selection, the
// step's outline and the moving envelope are real nodes and edges as on a small lab). Zoomed in, React
// Flow holds what lies in a window around the viewport; the rest stays in the picture. React Flow's
// cost grows with every node it holds, shown or not: 3,000 on a 1,000-namespace lab.

import { getBezierPath, Position } from '@xyflow/react';
import { parseNodeId } from './doc/intents.ts';
import { FAR_ZOOM, farView } from './farView.ts';
import {
  bridgePortHandle,
  type LabEdge,
  type LabNode,
  type MachineNode,
  type NetnsNode,
  netnsId,
  type TopologyDrawing,
} from './layout.ts';

/** More boxes (namespaces and nodes) than this and the far layer is used. */
export const BIG_LAB = 120;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A namespace drawn in the picture rather than as a React Flow node. */
export interface FarBox extends Box {
  id: string;
  name: string;
  role: string;
}

/** A far wire in the picture: a veth pair from a pictured namespace. */
export interface FarWire {
  id: string;
  d: string;
}

export interface SparseDrawing {
  /** What React Flow holds. */
  drawing: TopologyDrawing;
  /** What the picture draws (empty on a small lab). */
  boxes: FarBox[];
  wires: FarWire[];
  /** The drawing it was cut from (the far view's when zoomed out), for withHeld. */
  base?: TopologyDrawing;
}

const isBox = (n: LabNode): n is NetnsNode | MachineNode =>
  (n.type === 'netns' || n.type === 'node') && !n.data.host;

export const boxCount = (d: TopologyDrawing): number => {
  let n = 0;
  for (const x of d.nodes) if (isBox(x)) n++;
  return n;
};

const absolute = new WeakMap<TopologyDrawing, Map<string, Box>>();

/** Every node's box in flow coordinates (positions are relative to the parent). */
export function absoluteBoxes(d: TopologyDrawing): Map<string, Box> {
  const known = absolute.get(d);
  if (known) return known;
  const out = new Map<string, Box>();
  // Parents come before their children in layout.ts' order.
  for (const n of d.nodes) {
    const p = n.parentId ? out.get(n.parentId) : undefined;
    out.set(n.id, {
      x: (p?.x ?? 0) + n.position.x,
      y: (p?.y ?? 0) + n.position.y,
      w: n.width ?? 0,
      h: n.height ?? 0,
    });
  }
  absolute.set(d, out);
  return out;
}

/**
 * Which part of a big lab React Flow holds, from the viewport ([x, y, zoom] and the canvas' size):
 * 'all' on a small lab, 'far' zoomed out, else a window around the viewport in flow coordinates,
 * snapped to a grid of half its size so that panning changes it only now and then.
 */
export function viewKey(
  big: boolean,
  [tx, ty, zoom]: readonly [number, number, number],
  width: number,
  height: number,
): string {
  if (!big) return 'all';
  if (zoom < FAR_ZOOM) return 'far';
  const w = Math.max(width, 1) / zoom;
  const h = Math.max(height, 1) / zoom;
  const step = 2 ** Math.ceil(Math.log2(Math.max(w, h))) / 2;
  const x0 = -tx / zoom;
  const y0 = -ty / zoom;
  const snap = (v: number, up: boolean) => (up ? Math.ceil(v / step) + 1 : Math.floor(v / step) - 1) * step;
  return [snap(x0, false), snap(y0, false), snap(x0 + w, true), snap(y0 + h, true)].join(',');
}

const meets = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/**
 * The namespaces that must be real nodes: the selection's and those named by the step's marks (its
 * acting device, the wires its frame travels: `far:SOURCE->TARGET` or a device id).
 */
export function keptBoxes(selected: string | undefined, marks: Iterable<string>): Set<string> {
  const out = new Set<string>();
  const add = (id: string) => {
    const t = parseNodeId(id);
    if (t && t.netns !== '') out.add(netnsId(t.netns));
  };
  if (selected) add(selected);
  for (const m of marks) {
    const far = /^far:(.*)->(.*)$/s.exec(m);
    if (far) {
      add(far[1]);
      add(far[2]);
    } else add(m);
  }
  return out;
}

/** How many boxes a step view keeps held after the steps that needed them (stickyHeld). */
export const STICKY_BOXES = 250;

/**
 * The boxes held as real nodes for a step that needs `now`, after steps that held `before` (oldest
 * first): `now` and, of the others, the newest up to `max` boxes in all. Stepping back and forth over
 * a flood then keeps its hundred boxes instead of building them again each time (React Flow mounts a
 * node, measures it, then draws its wires: the most of such a step). `now` is undefined when no step
 * is shown: nothing is held then.
 */
export function stickyHeld(
  before: readonly string[],
  now: readonly string[] | undefined,
  max = STICKY_BOXES,
): string[] {
  if (!now) return [];
  const wanted = new Set(now);
  const older = before.filter((b) => !wanted.has(b));
  return [...older.slice(Math.max(0, older.length - Math.max(0, max - now.length))), ...now];
}

/**
 * What React Flow holds and what the picture draws, for a view key (viewKey) and the boxes that must
 * stay real (keptBoxes). A small lab ('all') is the drawing itself; zoomed out, the far view's
 * nodes (farView.ts) less the unkept namespaces; zoomed in, what meets the window.
 */
export function sparse(
  full: TopologyDrawing,
  key: string,
  keep: Set<string>,
  selected?: string,
): SparseDrawing {
  if (key === 'all') return { drawing: full, boxes: [], wires: [] };
  const abs = absoluteBoxes(full);
  const far = key === 'far';
  const base = far ? farView(full, selected) : full;
  const win = far ? undefined : key.split(',').map(Number);
  const region: Box | undefined = win && { x: win[0], y: win[1], w: win[2] - win[0], h: win[3] - win[1] };
  const held = new Set<string>();
  const nodes: LabNode[] = [];
  const boxes: FarBox[] = [];
  for (const n of base.nodes) {
    const b = abs.get(n.id)!;
    const parentHeld = !n.parentId || held.has(n.parentId);
    let hold: boolean;
    if (isBox(n)) hold = parentHeld && (keep.has(n.id) || (region !== undefined && meets(b, region)));
    else hold = parentHeld && (far || !n.parentId || n.type === 'bridge' || meets(b, region!));
    if (hold) {
      held.add(n.id);
      nodes.push(n);
    } else if (isBox(n)) {
      boxes.push({ id: n.id, name: n.data.name, role: n.data.role?.role ?? 'netns', ...b });
    }
  }
  const edges: LabEdge[] = [];
  const wires: FarWire[] = [];
  const source = far ? base.edges : farView(full).edges;
  /** Per bridge, the port handles a held edge ends on (a bridge of 100 ports draws 100 handles). */
  const used = new Map<string, Set<string>>();
  for (const e of base.edges)
    if (held.has(e.source) && held.has(e.target)) {
      edges.push(e);
      for (const [node, handle] of [
        [e.source, e.sourceHandle],
        [e.target, e.targetHandle],
      ])
        if (handle) used.set(node!, (used.get(node!) ?? new Set()).add(handle));
    }
  for (const [i, n] of nodes.entries())
    if (n.type === 'bridge') {
      const ports = n.data.ports.filter((p) => used.get(n.id)?.has(bridgePortHandle(p.name)));
      if (ports.length !== n.data.ports.length)
        nodes[i] = { ...n, data: { ...n.data, ports, count: n.data.ports.length } };
    }
  // The picture's wires: the far view's, from a pictured namespace (a held one has its own edges).
  const bridges = new Map(full.nodes.filter((n) => n.type === 'bridge').map((n) => [n.id, n]));
  for (const e of source) {
    if (held.has(e.source) && held.has(e.target)) continue;
    const s = abs.get(e.source);
    const t = abs.get(e.target);
    if (!s || !t) continue;
    const sx = s.x + s.w;
    const sy = s.y + s.h / 2;
    const bridge = bridges.get(e.target);
    const port =
      bridge?.type === 'bridge'
        ? bridge.data.ports.find((p) => e.targetHandle === `port:${p.name}`)
        : undefined;
    let d: string;
    if (bridge && port) {
      const tx = t.x + port.x;
      const ty = t.y + t.h;
      d =
        e.data?.bus !== undefined
          ? `M ${sx},${sy} H ${e.data.bus} V ${ty}`
          : getBezierPath({
              sourceX: sx,
              sourceY: sy,
              targetX: tx,
              targetY: ty,
              sourcePosition: Position.Right,
              targetPosition: Position.Bottom,
            })[0];
    } else {
      d = getBezierPath({
        sourceX: sx,
        sourceY: sy,
        targetX: t.x + t.w,
        targetY: t.y + t.h / 2,
        sourcePosition: Position.Right,
        targetPosition: Position.Right,
      })[0];
    }
    wires.push({ id: e.id, d });
  }
  return { drawing: { ...full, nodes, edges }, boxes, wires, base };
}

/**
 * The sparse drawing with the boxes `ids` held as well (the step's namespaces, which change at every
 * step): added as nodes with the edges between them and what is held, over their pictured boxes,
 * which stay (the picture does not change as the step moves; the node covers its box exactly).
 */
export function withHeld(s: SparseDrawing, ids: Iterable<string>): TopologyDrawing {
  const base = s.base;
  if (!base) return s.drawing;
  const held = new Set(s.drawing.nodes.map((n) => n.id));
  const added = new Set<string>();
  const nodes = [...s.drawing.nodes];
  const want = new Set(ids);
  for (const n of base.nodes)
    if (want.has(n.id) && !held.has(n.id) && (!n.parentId || held.has(n.parentId))) {
      nodes.push(n);
      added.add(n.id);
    }
  if (!added.size) return s.drawing;
  for (const id of added) held.add(id);
  const edges = [...s.drawing.edges];
  const handles = new Map<string, string>();
  for (const e of base.edges)
    if ((added.has(e.source) || added.has(e.target)) && held.has(e.source) && held.has(e.target)) {
      edges.push(e);
      if (e.targetHandle) handles.set(`${e.target}\n${e.targetHandle}`, e.target);
    }
  // A bridge draws the handles of the wires now held too.
  const full = new Map(base.nodes.filter((n) => n.type === 'bridge').map((n) => [n.id, n]));
  for (const [i, n] of nodes.entries()) {
    if (n.type !== 'bridge' || n.data.count === undefined) continue;
    const all = full.get(n.id);
    if (all?.type !== 'bridge') continue;
    const has = new Set(n.data.ports.map((p) => bridgePortHandle(p.name)));
    const ports = all.data.ports.filter(
      (p) => has.has(bridgePortHandle(p.name)) || handles.has(`${n.id}\n${bridgePortHandle(p.name)}`),
    );
    if (ports.length !== n.data.ports.length) nodes[i] = { ...n, data: { ...n.data, ports } };
  }
  return { ...s.drawing, nodes, edges };
}
