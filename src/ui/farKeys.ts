// The far view's keyboard map (FarKeys.tsx): every namespace box of a big lab in reading order,
// grouped by the bridge its wire goes to (or the node frame it is drawn in), and where each key
// moves from a box. Arrows move between namespaces (← → in reading order, ↑ ↓ to the nearest box
// above or below, first in its own group), Home/End to a group's ends, Tab and Page keys between
// groups. Pure: computed once per drawing, tested in farKeys.test.ts.

import { absoluteBoxes } from './farLayer.ts';
import { farView } from './farView.ts';
import type { TopologyDrawing } from './layout.ts';

export interface KeyBox {
  id: string;
  name: string;
  /** Index in KeyMap.groups. */
  group: number;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface KeyGroup {
  /** What gathers the group: a bridge, a node frame, or nothing (boxes on no bridge). */
  kind: 'bridge' | 'node' | 'none';
  /** The bridge's ('br0', 'cni0 (node1)') or the node's name; '' for kind 'none'. */
  label: string;
  /** Its boxes are KeyMap.boxes[start, end). */
  start: number;
  end: number;
}

export interface KeyMap {
  boxes: KeyBox[];
  groups: KeyGroup[];
  index: Map<string, number>;
}

const cache = new WeakMap<TopologyDrawing, KeyMap>();

/** The name a bridge id (`link:NS:IF`) is shown by: its ifname, and its namespace unless the host's. */
function bridgeLabel(id: string): string {
  const m = /^link:([^:]*):(.*)$/s.exec(id);
  if (!m) return id;
  return m[1] === '' ? m[2] : `${m[2]} (${m[1]})`;
}

/** The keyboard map of a drawing (the full one: every namespace, held by React Flow or pictured). */
export function keyMap(full: TopologyDrawing): KeyMap {
  const known = cache.get(full);
  if (known) return known;
  const abs = absoluteBoxes(full);
  const byId = new Map(full.nodes.map((n) => [n.id, n]));
  // A namespace's group: the node frame it is drawn in, else the first bridge its wire goes to.
  const groupOf = new Map<string, string>();
  for (const e of farView(full).edges)
    if (byId.get(e.target)?.type === 'bridge' && !groupOf.has(e.source))
      groupOf.set(e.source, bridgeLabel(e.target));
  const kinds = new Map<string, KeyGroup['kind']>([['', 'none']]);
  const boxes: (Omit<KeyBox, 'group'> & { label: string })[] = [];
  for (const n of full.nodes) {
    if ((n.type !== 'netns' && n.type !== 'node') || n.data.host) continue;
    const parent = n.parentId ? byId.get(n.parentId) : undefined;
    const inNode = parent?.type === 'node' && !parent.data.host;
    const label = inNode ? `\n${parent.data.name}` : (groupOf.get(n.id) ?? '');
    if (!kinds.has(label)) kinds.set(label, inNode ? 'node' : 'bridge');
    const b = abs.get(n.id)!;
    boxes.push({ id: n.id, name: n.data.name, label, x: b.x, y: b.y, w: b.w, h: b.h });
  }
  // Groups in the order their first box is read (top to bottom, left to right), boxes likewise.
  const read = (a: { x: number; y: number }, b: { x: number; y: number }) => a.y - b.y || a.x - b.x;
  const first = new Map<string, { x: number; y: number }>();
  for (const b of [...boxes].sort(read)) if (!first.has(b.label)) first.set(b.label, b);
  const labels = [...first.keys()].sort((a, b) => read(first.get(a)!, first.get(b)!));
  const rank = new Map(labels.map((l, i) => [l, i]));
  boxes.sort((a, b) => rank.get(a.label)! - rank.get(b.label)! || read(a, b));
  // (A node's key starts with a newline, which no bridge name has.)
  const groups: KeyGroup[] = labels.map((l) => ({ kind: kinds.get(l)!, label: l.trim(), start: 0, end: 0 }));
  const out: KeyBox[] = boxes.map((b, i) => {
    const g = rank.get(b.label)!;
    if (!groups[g].end) groups[g].start = i;
    groups[g].end = i + 1;
    return { id: b.id, name: b.name, group: g, x: b.x, y: b.y, w: b.w, h: b.h };
  });
  const map = { boxes: out, groups, index: new Map(out.map((b, i) => [b.id, i])) };
  cache.set(full, map);
  return map;
}

/** The nearest box above (dir -1) or below (1) box i: in its group if there is one, else anywhere. */
function vertical(map: KeyMap, i: number, dir: -1 | 1): number | undefined {
  const cur = map.boxes[i];
  const cy = cur.y + cur.h / 2;
  const cx = cur.x + cur.w / 2;
  const pick = (from: number, to: number) => {
    let best: number | undefined;
    let score = Number.POSITIVE_INFINITY;
    for (let j = from; j < to; j++) {
      const b = map.boxes[j];
      const dy = (b.y + b.h / 2 - cy) * dir;
      if (dy <= cur.h / 4) continue;
      // The nearest row first, then the nearest box along it.
      const s = dy * 1e4 + Math.abs(b.x + b.w / 2 - cx);
      if (s < score) {
        score = s;
        best = j;
      }
    }
    return best;
  };
  const g = map.groups[cur.group];
  return pick(g.start, g.end) ?? pick(0, map.boxes.length);
}

/**
 * Where a key moves from box i (undefined: the key is not the map's, or it has nowhere to go, e.g.
 * Tab on the last group, which then leaves the map as Tab does).
 */
export function moveFrom(map: KeyMap, i: number, key: string, shift = false): number | undefined {
  const n = map.boxes.length;
  if (!n) return undefined;
  const g = map.groups[map.boxes[i].group];
  const group = (d: number) => map.groups[map.boxes[i].group + d]?.start;
  switch (key) {
    case 'ArrowRight':
      return Math.min(i + 1, n - 1);
    case 'ArrowLeft':
      return Math.max(i - 1, 0);
    case 'ArrowDown':
      return vertical(map, i, 1) ?? i;
    case 'ArrowUp':
      return vertical(map, i, -1) ?? i;
    case 'Home':
      return g.start;
    case 'End':
      return g.end - 1;
    case 'PageDown':
      return group(1) ?? i;
    case 'PageUp':
      return group(-1) ?? i;
    case 'Tab':
      return group(shift ? -1 : 1);
    default:
      return undefined;
  }
}
