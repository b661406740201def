// Horizontal placement of the host's rows (layout.ts): bridges on top, the units hanging off them
// below, and so on down. When nothing hangs off two nodes (a forest: every preset but the routers
// between two bridges) the placement is a tidy tree computed here, and a node with many children
// that have none of their own wraps them into lines under it, so a bridge with 100 containers is a
// block about as wide as the canvas is, not one row 23,000 pixels long. Anything else (a router on
// two bridges) needs crossing minimisation: dagre (`dagre-layout.ts`), loaded the first time such a
// lab is drawn, so the page does not download it to draw docker0.

import type { RowEdge, RowNode } from './dagre-layout.ts';

export type { RowEdge, RowNode };

/** Where a node goes: its left edge (leftmost node at 0) and, when wrapped, the line of its row. */
export interface RowPlace {
  x: number;
  /** 0 for the row's first line; a wrapped child on the second line has 1, and so on. */
  line: number;
  /** Of a wrapped child below the first line: the x of the gap its wire climbs to its parent. */
  channel?: number;
}

/** Thrown by placeRows while dagre is loading; `ready` resolves once it can be called again. */
export class LayoutPending extends Error {
  constructor(readonly ready: Promise<void>) {
    super('layout: dagre is loading');
  }
}

type DagrePlace = (nodes: RowNode[], edges: RowEdge[], gap: number) => Map<string, number>;
let dagrePlace: DagrePlace | undefined;
let loading: Promise<void> | undefined;

/** Loads dagre (a chunk of its own in the browser). */
export function loadDagre(): Promise<void> {
  loading ??= import('./dagre-layout.ts').then((m) => {
    dagrePlace = m.placeRows;
  });
  return loading;
}

export interface WrapOptions {
  /** Width over height the drawing should approach (the canvas's shape). */
  aspect: number;
  /** Fewer children than this never wrap (a few containers stay in one row). */
  minColumns: number;
}

export const DEFAULT_WRAP: WrapOptions = { aspect: 1.8, minColumns: 6 };

export function placeRows(
  nodes: RowNode[],
  edges: RowEdge[],
  gap: number,
  wrap: WrapOptions = DEFAULT_WRAP,
): Map<string, RowPlace> {
  const row = new Map(nodes.map((n) => [n.id, n.row]));
  const parent = new Map<string, string>();
  let forest = true;
  for (const e of edges) {
    const a = row.get(e.from);
    const b = row.get(e.to);
    if (a === undefined || b === undefined || a >= b) continue;
    if (parent.has(e.to) && parent.get(e.to) !== e.from) forest = false;
    parent.set(e.to, e.from);
  }
  if (forest) return tidy(nodes, parent, gap, wrap);
  if (!dagrePlace) throw new LayoutPending(loadDagre());
  const left = dagrePlace(nodes, edges, gap);
  return new Map([...left].map(([id, x]) => [id, { x, line: 0 }]));
}

/**
 * A tidy forest: each node over the span of its children (children left to right in the order
 * given), trees side by side in the order given, `gap` apart. Children that are all leaves wrap into
 * lines of equal columns when there are more than `minColumns` of them; each line below the first is
 * reached by its wires through the gaps between the columns above (`channel`).
 */
function tidy(
  nodes: RowNode[],
  parent: Map<string, string>,
  gap: number,
  wrap: WrapOptions,
): Map<string, RowPlace> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const children = new Map<string, RowNode[]>();
  const roots: RowNode[] = [];
  for (const n of nodes) {
    const p = parent.get(n.id);
    if (p === undefined || !byId.has(p)) roots.push(n);
    else children.set(p, [...(children.get(p) ?? []), n]);
  }
  // How many columns each wrapping parent gets: together the blocks should approach the aspect.
  const wrapping = [...children.entries()].filter(
    ([, kids]) => kids.length > wrap.minColumns && kids.every((k) => !children.has(k.id)),
  );
  const columns = new Map<string, number>();
  for (const [p, kids] of wrapping) {
    const w = Math.max(...kids.map((k) => k.w)) + gap;
    const h = Math.max(...kids.map((k) => k.h)) + gap;
    const ideal = Math.sqrt((kids.length * wrap.aspect * h) / (w * wrapping.length));
    const c = Math.max(wrap.minColumns, Math.round(ideal));
    if (c < kids.length) columns.set(p, c);
  }

  // Widths of subtrees, bottom up (memoised; a forest, so each node is reached once).
  const width = new Map<string, number>();
  const span = (id: string): number => {
    const known = width.get(id);
    if (known !== undefined) return known;
    const n = byId.get(id)!;
    const kids = children.get(id) ?? [];
    const c = columns.get(id);
    let inner = 0;
    if (c) inner = c * (Math.max(...kids.map((k) => k.w)) + gap) - gap;
    else if (kids.length) inner = kids.reduce((s, k) => s + span(k.id), 0) + gap * (kids.length - 1);
    const w = Math.max(n.fit ?? n.w, inner);
    width.set(id, w);
    return w;
  };

  const out = new Map<string, RowPlace>();
  const place = (id: string, left: number) => {
    const n = byId.get(id)!;
    const w = span(id);
    out.set(id, { x: Math.round(left + (w - (n.fit ?? n.w)) / 2), line: 0 });
    const kids = children.get(id) ?? [];
    const c = columns.get(id);
    if (c) {
      const cell = Math.max(...kids.map((k) => k.w)) + gap;
      const inner = c * cell - gap;
      const x0 = left + (w - inner) / 2;
      kids.forEach((k, i) => {
        const col = i % c;
        const line = Math.floor(i / c);
        const x = Math.round(x0 + col * cell + (cell - gap - k.w) / 2);
        // Below the first line, a wire climbs through the gap right of its column (left of the last).
        const channel =
          line === 0
            ? undefined
            : Math.round(col < c - 1 ? x0 + (col + 1) * cell - gap / 2 : x0 + col * cell - gap / 2);
        out.set(k.id, channel === undefined ? { x, line } : { x, line, channel });
      });
      return;
    }
    let x = left + (w - (kids.reduce((s, k) => s + span(k.id), 0) + gap * Math.max(0, kids.length - 1))) / 2;
    for (const k of kids) {
      place(k.id, x);
      x += span(k.id) + gap;
    }
  };
  let x = 0;
  for (const r of roots) {
    place(r.id, x);
    x += span(r.id) + gap;
  }
  const min = out.size ? Math.min(...[...out.values()].map((p) => p.x)) : 0;
  if (min !== 0)
    for (const p of out.values()) {
      p.x -= min;
      if (p.channel !== undefined) p.channel -= min;
    }
  return out;
}
