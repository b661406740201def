// A wire's path `d` (the canvas' edges draw absolute M, L, H, V and C commands: React Flow's
// getBezierPath, the bus and the split drop of LinkEdge.tsx) as points at equal steps of its length,
// worked out here rather than by the browser: SVGPathElement.getPointAtLength took most of a flood's
// first step (a hundred wires, ~100 points each).

import type { Point } from './place.ts';

type Segment =
  | { kind: 'line'; a: Point; b: Point }
  | { kind: 'cubic'; a: Point; c1: Point; c2: Point; b: Point };

/** Steps a cubic is cut into to measure it: well under a pixel off on any wire the canvas draws. */
const CUBIC_STEPS = 64;

/** The segments of `d`, or undefined if it uses a command other than absolute M, L, H, V, C. */
function segments(d: string): Segment[][] | undefined {
  const tokens = d.match(/[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g);
  if (!tokens) return undefined;
  const subpaths: Segment[][] = [];
  let at: Point | undefined;
  let i = 0;
  const num = () => {
    const t = tokens[i++];
    const n = t === undefined ? Number.NaN : Number(t);
    if (!Number.isFinite(n)) throw new SyntaxError(d);
    return n;
  };
  const isNum = () => i < tokens.length && !/[A-Za-z]/.test(tokens[i]);
  try {
    while (i < tokens.length) {
      const cmd = tokens[i++];
      do {
        if (cmd === 'M') {
          at = { x: num(), y: num() };
          subpaths.push([]);
        } else {
          if (!at) return undefined;
          const a: Point = at;
          let b: Point;
          if (cmd === 'L') b = { x: num(), y: num() };
          else if (cmd === 'H') b = { x: num(), y: a.y };
          else if (cmd === 'V') b = { x: a.x, y: num() };
          else if (cmd === 'C') {
            const c1 = { x: num(), y: num() };
            const c2 = { x: num(), y: num() };
            b = { x: num(), y: num() };
            subpaths.at(-1)!.push({ kind: 'cubic', a, c1, c2, b });
            at = b;
            continue;
          } else return undefined;
          subpaths.at(-1)!.push({ kind: 'line', a, b });
          at = b;
        }
      } while (isNum());
    }
  } catch {
    return undefined;
  }
  return subpaths;
}

const cubicAt = (s: Extract<Segment, { kind: 'cubic' }>, t: number): Point => {
  const u = 1 - t;
  const k0 = u * u * u;
  const k1 = 3 * u * u * t;
  const k2 = 3 * u * t * t;
  const k3 = t * t * t;
  return {
    x: k0 * s.a.x + k1 * s.c1.x + k2 * s.c2.x + k3 * s.b.x,
    y: k0 * s.a.y + k1 * s.c1.y + k2 * s.c2.y + k3 * s.b.y,
  };
};

/**
 * `n + 1` points of the wire at equal steps of its drawn length, from its start to its end, as
 * getPointAtLength gives them (a move between subpaths adds no length: the point jumps); undefined
 * when `d` uses a command this does not read.
 */
export function wirePoints(d: string, n: number): Point[] | undefined {
  const subpaths = segments(d);
  if (!subpaths) return undefined;
  // The wire as a polyline fine enough to measure, with the length drawn up to each of its points.
  const pts: Point[] = [];
  const len: number[] = [];
  let total = 0;
  for (const sub of subpaths) {
    for (const [k, s] of sub.entries()) {
      if (k === 0) {
        pts.push(s.a);
        len.push(total);
      }
      const steps = s.kind === 'line' ? 1 : CUBIC_STEPS;
      for (let j = 1; j <= steps; j++) {
        const p = s.kind === 'line' ? s.b : cubicAt(s, j / steps);
        const q = pts[pts.length - 1];
        total += Math.hypot(p.x - q.x, p.y - q.y);
        pts.push(p);
        len.push(total);
      }
    }
  }
  if (!pts.length) return undefined;
  const out: Point[] = [];
  let k = 0;
  for (let i = 0; i <= n; i++) {
    const want = (total * i) / n;
    // The first point at or past `want`; a jump between subpaths has two points at the same length.
    while (k < pts.length - 1 && len[k + 1] < want) k++;
    const next = Math.min(k + 1, pts.length - 1);
    const span = len[next] - len[k];
    const t = span > 0 ? Math.min(1, Math.max(0, (want - len[k]) / span)) : 0;
    out.push({ x: pts[k].x + (pts[next].x - pts[k].x) * t, y: pts[k].y + (pts[next].y - pts[k].y) * t });
  }
  return out;
}
