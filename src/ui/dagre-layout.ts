// Horizontal placement by dagre (Sugiyama: crossing minimisation, then Brandes–Köpf coordinates) on
// rows the caller has already chosen. The caller knows what a row means (bridges, then the
// namespaces hanging off them, then the ones behind those) and sets each node's row; dagre only
// orders each row so the wires cross as little as it can and places boxes under what they hang
// off. Vertical positions stay the caller's, so rows keep their own gaps.
//
// Deterministic: dagre has no randomness, and nodes and edges go in in the order given. Where the
// crossings do not decide, siblings keep that order (c1 left of c2), which dagre alone does not.

import dagre from '@dagrejs/dagre';

export interface RowNode {
  id: string;
  /** 0 is the top row. */
  row: number;
  w: number;
  h: number;
  /** The width it needs when what hangs off it is placed under it (rows.ts' tidy forest); else w. */
  fit?: number;
}

/** From a node in an upper row to one in a lower row; edges within a row are left to the caller. */
export interface RowEdge {
  from: string;
  to: string;
  /** How strongly the two ends are pulled into line (e.g. the number of wires the edge stands for). */
  weight: number;
}

/** The left edge of every node, with the leftmost at 0, in whole pixels. */
export function placeRows(nodes: RowNode[], edges: RowEdge[], gap: number): Map<string, number> {
  const g = new dagre.graphlib.Graph();
  // Ranks are given (ranker "none"); dagre spaces them as if each edge had minlen 2, so a row is an
  // even rank and every edge gets at least one bend point, as in dagre's own ranking.
  g.setGraph({ ranker: 'none', rankdir: 'TB', nodesep: gap, edgesep: gap / 2, ranksep: 1 });
  g.setDefaultEdgeLabel(() => ({}));
  const row = new Map<string, number>();
  for (const n of nodes) {
    g.setNode(n.id, { width: n.w, height: n.h, rank: 2 * n.row });
    row.set(n.id, n.row);
  }
  const parents = new Map<string, number>();
  for (const e of edges) {
    const a = row.get(e.from);
    const b = row.get(e.to);
    if (a === undefined || b === undefined || a >= b) continue;
    g.setEdge(e.from, e.to, { weight: e.weight });
    parents.set(e.to, (parents.get(e.to) ?? 0) + 1);
  }
  // A forest (nothing hangs off two nodes) needs no crossing minimisation: dagre's first order, a
  // depth-first walk in the order given, already has no crossings and keeps siblings in order. It
  // is also most of dagre's time on a big lab (300 containers on 10 bridges).
  const forest = [...parents.values()].every((n) => n === 1);
  dagre.layout(
    g,
    forest ? { disableOptimalOrderHeuristic: true } : { constraints: siblingOrder(nodes, edges) },
  );
  const left = new Map<string, number>();
  for (const n of nodes) {
    const { x } = g.node(n.id);
    left.set(n.id, (x ?? 0) - n.w / 2);
  }
  const min = left.size ? Math.min(...left.values()) : 0;
  for (const [id, x] of left) left.set(id, Math.round(x - min));
  return left;
}

/**
 * Order constraints: nodes of a row that hang off the same node (their first edge comes from it),
 * or off nothing, stay in the order given.
 */
function siblingOrder(nodes: RowNode[], edges: RowEdge[]): { left: string; right: string }[] {
  const parent = new Map<string, string>();
  for (const e of edges) if (!parent.has(e.to)) parent.set(e.to, e.from);
  const last = new Map<string, string>();
  const out: { left: string; right: string }[] = [];
  for (const n of nodes) {
    const key = `${n.row}\n${parent.get(n.id) ?? ''}`;
    const prev = last.get(key);
    if (prev !== undefined) out.push({ left: prev, right: n.id });
    last.set(key, n.id);
  }
  return out;
}
