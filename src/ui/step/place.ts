// Where the envelope rests on the canvas: the candidate place nearest to where the step happens that
// covers no device card and no frame's text (a namespace's name, its routes), and if it can no wire's
// label, inside the view. Pure geometry in flow coordinates, tested in Node (place.test.ts).

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface Obstacles {
  /** Device cards and frame text: never covered while any place is free of them. */
  hard: Rect[];
  /** Wires' labels: covered only when nothing else is possible. */
  soft: Rect[];
  /** The visible part of the canvas, if known. */
  view?: Rect;
}

/** The space kept between an envelope and a card it rests beside, in flow px. */
export const CLEARANCE = 4;
const CARD_COST = 5000;
const VIEW_COST = 1500;
const LABEL_COST = 500;

/** The grid the search walks, and how far from the step it looks, in flow px. */
const STEP = 8;
const REACH = 240;

/** A place and what it covers: 0 when it covers no card, frame text or label and is in view. */
export interface Placed<C> {
  at: C;
  penalty: number;
  /** The penalty plus the distance from where the step happens. */
  cost: number;
}

/** How much nearer (flow px) the envelope's first line alone must sit to be worth dropping its addresses. */
const NEARER = 60;

/** Whether a place found for the full envelope is worth trying to better with its first line alone. */
export const worthShrinking = (full: Placed<unknown>) => full.penalty > 0 || full.cost > NEARER;

/**
 * Whether the envelope's first line alone is the better choice: it covers less, or it sits much
 * nearer (its addresses are in the step's explanation; they are not worth a trip across the canvas).
 */
export const smallerWins = (full: Placed<unknown>, small: Placed<unknown>) =>
  small.penalty < full.penalty || (small.penalty === full.penalty && small.cost + NEARER < full.cost);

export const meets = (a: Rect, b: Rect) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

const inflate = (r: Rect, d: number): Rect => ({ x: r.x - d, y: r.y - d, w: r.w + 2 * d, h: r.h + 2 * d });

const inside = (a: Rect, b: Rect) =>
  a.x >= b.x && a.y >= b.y && a.x + a.w <= b.x + b.w && a.y + a.h <= b.y + b.h;

/** From `p` to the nearest point of `r` (0 inside it). */
export function distToRect(p: Point, r: Rect): number {
  const dx = Math.max(r.x - p.x, 0, p.x - (r.x + r.w));
  const dy = Math.max(r.y - p.y, 0, p.y - (r.y + r.h));
  return Math.hypot(dx, dy);
}

/**
 * The candidate of least cost: each card or frame text covered costs CARD_COST, leaving the view (cut
 * off at the canvas' edge) VIEW_COST, each label covered LABEL_COST, and `near` (distance from where
 * the step happens, at most about 1.5 × REACH) the rest: any free place in reach beats a covered one. Candidates are tried nearest first, and the search stops at the first whose distance
 * alone costs more than the best found; obstacles far from every candidate are dropped first.
 */
export function cheapest<C>(
  cands: readonly C[],
  box: (c: C) => Rect,
  near: (c: C) => number,
  obs: Obstacles,
): Placed<C> {
  const nears = cands.map(near);
  const order = cands.map((_, i) => i).sort((a, b) => nears[a] - nears[b]);
  let x0 = Number.POSITIVE_INFINITY;
  let y0 = Number.POSITIVE_INFINITY;
  let x1 = Number.NEGATIVE_INFINITY;
  let y1 = Number.NEGATIVE_INFINITY;
  for (const c of cands) {
    const b = box(c);
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.w);
    y1 = Math.max(y1, b.y + b.h);
  }
  const reach = { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
  const hard = obs.hard.map((r) => inflate(r, CLEARANCE)).filter((r) => meets(r, reach));
  const soft = obs.soft.filter((r) => meets(r, reach));
  let best = order[0];
  let bestCost = Number.POSITIVE_INFINITY;
  for (const i of order) {
    let cost = nears[i];
    if (cost >= bestCost) break;
    const b = box(cands[i]);
    if (obs.view && !inside(b, obs.view)) cost += VIEW_COST;
    for (const r of soft) if (meets(b, r)) cost += LABEL_COST;
    for (const r of hard) {
      if (cost >= bestCost) break;
      if (meets(b, r)) cost += CARD_COST;
    }
    if (cost < bestCost) {
      bestCost = cost;
      best = i;
    }
  }
  return { at: cands[best], penalty: bestCost - nears[best], cost: bestCost };
}

/**
 * The envelope beside a device: the top-left corner of a box of `size` that covers no card (the
 * device's own included), as near as it can to the device's top-right corner (its first choice).
 */
export function besideCard(card: Rect, size: { w: number; h: number }, obs: Obstacles): Placed<Point> {
  const cands: Point[] = [];
  for (let x = card.x - size.w - REACH; x <= card.x + card.w + REACH; x += STEP)
    for (let y = card.y - size.h - REACH; y <= card.y + card.h + REACH; y += STEP) cands.push({ x, y });
  // Just right of the card, its top level with the card's: where the step is read first.
  const corner = { x: card.x + card.w + CLEARANCE + 1, y: card.y };
  return cheapest(
    cands,
    (c) => ({ ...c, ...size }),
    (c) => distToRect(corner, { ...c, ...size }) + Math.abs(c.y - card.y) / 20,
    obs,
  );
}

/**
 * Where an envelope that travelled a wire rests: the point its icon sits on, on the wire as near its
 * end as it can, else beside it, so that the envelope (whose box around that point `box` gives) covers
 * no card. `path` is the wire sampled from where the frame starts to where it arrives.
 */
export function restOnWire(path: readonly Point[], box: (p: Point) => Rect, obs: Obstacles): Placed<Point> {
  const end = path[path.length - 1];
  const cands: Point[] = [...path];
  for (let x = end.x - REACH; x <= end.x + REACH; x += STEP)
    for (let y = end.y - REACH; y <= end.y + REACH; y += STEP) cands.push({ x, y });
  const offWire = (p: Point) => {
    let d = Number.POSITIVE_INFINITY;
    for (const q of path) d = Math.min(d, (p.x - q.x) ** 2 + (p.y - q.y) ** 2);
    return Math.sqrt(d);
  };
  return cheapest(cands, box, (p) => Math.hypot(p.x - end.x, p.y - end.y) / 2 + offWire(p), obs);
}

/** Whether the segment from `a` (a wire's end, on a card's edge) to `b` crosses none of `hard`. */
export function clearLine(a: Point, b: Point, hard: readonly Rect[]): boolean {
  const len = Math.hypot(b.x - a.x, b.y - a.y);
  for (let d = 6; d < len; d += 3) {
    const p = { x: a.x + ((b.x - a.x) * d) / len, y: a.y + ((b.y - a.y) * d) / len };
    if (hard.some((r) => distToRect(p, r) === 0)) return false;
  }
  return true;
}
