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

/**
 * The steps of a search in one axis from `lo` to `hi`: every STEP, and every place where a box `len`
 * long (starting `off` after the step) sits flush against the near or far side of an obstacle that
 * meets `zone` (a card kept CLEARANCE away, a label 2 px), so that a gap narrower than the grid's
 * next step still holds it. `axis` reads an obstacle's start and length in that axis.
 */
export function axisSteps(
  lo: number,
  hi: number,
  len: number,
  off: number,
  obs: Obstacles,
  zone: Rect,
  axis: (r: Rect) => [number, number],
): number[] {
  const steps: number[] = [];
  for (let v = lo; v <= hi; v += STEP) steps.push(v);
  const flush = (r: Rect, keep: number) => {
    if (!meets(inflate(r, keep), zone)) return;
    const [start, size] = axis(r);
    for (const v of [start - keep - len - off, start + size + keep - off])
      if (v >= lo && v <= hi) steps.push(v);
  };
  for (const r of obs.hard) flush(r, CLEARANCE);
  // Beside a label, a pixel or two apart: touching it on the page (its box rounded) reads as covering it.
  for (const r of obs.soft) flush(r, 2);
  return steps;
}
const X = (r: Rect): [number, number] => [r.x, r.w];
const Y = (r: Rect): [number, number] => [r.y, r.h];

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

/** From `p` to the nearest point of `r` (0 inside it). */
export function distToRect(p: Point, r: Rect): number {
  const dx = Math.max(r.x - p.x, 0, p.x - (r.x + r.w));
  const dy = Math.max(r.y - p.y, 0, p.y - (r.y + r.h));
  return Math.hypot(dx, dy);
}

/**
 * Indices of `nears` from the smallest (ties in index order): a native numeric sort of keys that carry
 * the index below the distance rounded to 1/1024 px (a comparator sort took most of a flood's
 * placements: a hundred envelopes, ~3,800 candidates each).
 */
function nearestFirst(nears: ArrayLike<number>): Uint32Array {
  const n = nears.length;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = Math.round(nears[i] * 1024) * n + i;
  keys.sort();
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = keys[i] % n;
  return order;
}

/**
 * The candidate of least cost: each card or frame text covered costs CARD_COST, leaving the view (cut
 * off at the canvas' edge) VIEW_COST, each label covered LABEL_COST, and `near` (distance from where
 * the step happens, at most about 1.5 × REACH) the rest: any free place in reach beats a covered one.
 * A candidate's box is `b0` moved by it. Of equal costs, the one nearer (then earlier in `cands`)
 * wins. Candidates are tried nearest first, and the search stops at the first whose distance alone
 * costs more than the best found; obstacles far from every candidate are dropped first. With `lower`
 * (never more than `near`, and cheaper to work out), candidates are tried in its order and `near` is
 * worked out only for those that could still win: the same choice, without the cost of every
 * candidate's `near`.
 */
export function cheapest(
  cands: readonly Point[],
  b0: Rect,
  near: (c: Point) => number,
  obs: Obstacles,
  lower?: (c: Point) => number,
): Placed<Point> {
  const n = cands.length;
  const bounds = new Float64Array(n);
  const first = lower ?? near;
  let x0 = Number.POSITIVE_INFINITY;
  let y0 = Number.POSITIVE_INFINITY;
  let x1 = Number.NEGATIVE_INFINITY;
  let y1 = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const c = cands[i];
    bounds[i] = first(c);
    x0 = Math.min(x0, c.x);
    y0 = Math.min(y0, c.y);
    x1 = Math.max(x1, c.x);
    y1 = Math.max(y1, c.y);
  }
  const order = nearestFirst(bounds);
  const reach = { x: x0 + b0.x, y: y0 + b0.y, w: x1 - x0 + b0.w, h: y1 - y0 + b0.h };
  const covered = coverage(
    b0,
    obs.hard.map((r) => inflate(r, CLEARANCE)).filter((r) => meets(r, reach)),
    obs.soft.filter((r) => meets(r, reach)),
  );
  const view = obs.view;
  let best = order[0];
  let bestCost = Number.POSITIVE_INFINITY;
  let bestNear = 0;
  let bestKey = Number.POSITIVE_INFINITY;
  for (const i of order) {
    // Without `lower`, the order is `near`'s own: one that only ties comes later and loses.
    const bound = bounds[i];
    if (lower ? bound > bestCost : bound >= bestCost) break;
    const c = cands[i];
    // What it covers first, then `near` (the costlier part) only if it could still win: beside a
    // short wire between two cards most places near its end are covered.
    const bx = c.x + b0.x;
    const by = c.y + b0.y;
    let penalty =
      view && !(bx >= view.x && by >= view.y && bx + b0.w <= view.x + view.w && by + b0.h <= view.y + view.h)
        ? VIEW_COST
        : 0;
    if (bound + penalty > bestCost) continue;
    penalty += covered(c);
    if (bound + penalty > bestCost) continue;
    const d = lower ? near(c) : bound;
    const cost = d + penalty;
    if (cost > bestCost) continue;
    const key = Math.round(d * 1024) * n + i;
    if (cost < bestCost || (cost === bestCost && key < bestKey)) {
      bestCost = cost;
      best = i;
      bestNear = d;
      bestKey = key;
    }
  }
  return { at: cands[best], penalty: bestCost - bestNear, cost: bestCost };
}

/**
 * What `b0` moved by a point covers: CARD_COST for each of `hard` it meets, LABEL_COST for each of
 * `soft`. Whether a box meets a rectangle is whether it does in x and in y: the candidates of a search
 * lie on a grid, so each column and each row has a bit set of the rectangles it meets in its axis
 * (worked out once), and a place covers those in both (a few words ANDed, not a test per rectangle:
 * a crowded canvas, where no place near is free, costs every candidate of the grid).
 */
function coverage(b0: Rect, hard: readonly Rect[], soft: readonly Rect[]): (c: Point) => number {
  const all = [...hard, ...soft];
  if (!all.length) return () => 0;
  const words = Math.ceil(all.length / 32);
  const hardWords = Math.ceil(hard.length / 32);
  const lastHard = hard.length % 32 ? ~(-1 << (hard.length % 32)) : -1;
  const bits = (v: number, len: number, axis: (r: Rect) => [number, number]) => {
    const set = new Int32Array(words);
    for (let k = 0; k < all.length; k++) {
      const [start, size] = axis(all[k]);
      if (v < start + size && start < v + len) set[k >> 5] |= 1 << (k & 31);
    }
    return set;
  };
  const columns = new Map<number, Int32Array>();
  const rows = new Map<number, Int32Array>();
  return (c) => {
    let xs = columns.get(c.x);
    if (!xs) {
      xs = bits(c.x + b0.x, b0.w, X);
      columns.set(c.x, xs);
    }
    let ys = rows.get(c.y);
    if (!ys) {
      ys = bits(c.y + b0.y, b0.h, Y);
      rows.set(c.y, ys);
    }
    let cards = 0;
    let labels = 0;
    for (let w = 0; w < words; w++) {
      const both = xs[w] & ys[w];
      if (!both) continue;
      // The word the hard rectangles end in holds the first soft ones above them.
      const h = w < hardWords - 1 ? both : w === hardWords - 1 ? both & lastHard : 0;
      cards += ones(h);
      labels += ones(both & ~h);
    }
    return cards * CARD_COST + labels * LABEL_COST;
  };
}

/** How many bits of `v` are set. */
function ones(v: number): number {
  let x = v - ((v >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) as number;
}

/** From rectangle `a` to rectangle `b` at their nearest (0 when they meet). */
export function rectGap(a: Rect, b: Rect): number {
  const dx = Math.max(b.x - (a.x + a.w), 0, a.x - (b.x + b.w));
  const dy = Math.max(b.y - (a.y + a.h), 0, a.y - (b.y + b.h));
  return Math.hypot(dx, dy);
}

/**
 * The envelope beside a device: the top-left corner of a box of `size` that covers no card (the
 * device's own included), as near as it can to the device (first choice its top-right corner; a
 * place touching another side beats one away from the device).
 */
export function besideCard(card: Rect, size: { w: number; h: number }, obs: Obstacles): Placed<Point> {
  return remembered(inputsKey('card', [card, { x: 0, y: 0, ...size }, obs.view], obs), () =>
    searchBesideCard(card, size, obs),
  );
}

function searchBesideCard(card: Rect, size: { w: number; h: number }, obs: Obstacles): Placed<Point> {
  // Flush against what is near the card's corner (around a big frame, not against every card in it).
  const zone = {
    x: card.x + card.w - REACH,
    y: card.y - size.h - REACH,
    w: 2 * REACH + size.w,
    h: 2 * REACH + size.h,
  };
  const xs = axisSteps(card.x - size.w - REACH, card.x + card.w + REACH, size.w, 0, obs, zone, X);
  const ys = axisSteps(card.y - size.h - REACH, card.y + card.h + REACH, size.h, 0, obs, zone, Y);
  const grid = (keepX: (x: number) => boolean, keepY: (y: number) => boolean) => {
    const cands: Point[] = [];
    for (const x of xs) if (keepX(x)) for (const y of ys) if (keepY(y)) cands.push({ x, y });
    return cands;
  };
  // Just right of the card, its top level with the card's: where the step is read first.
  const corner = { x: card.x + card.w + CLEARANCE + 1, y: card.y };
  const b0 = { x: 0, y: 0, ...size };
  // rectGap(card, box) + distToRect(corner, box) / 4 + how far its top is from the card's / 20, with
  // the box at c (worked out for every place of the grid: no box made).
  const near = (c: Point) => {
    const gx = Math.max(c.x - (card.x + card.w), 0, card.x - (c.x + size.w));
    const gy = Math.max(c.y - (card.y + card.h), 0, card.y - (c.y + size.h));
    const dx = Math.max(c.x - corner.x, 0, corner.x - (c.x + size.w));
    const dy = Math.max(c.y - corner.y, 0, corner.y - (c.y + size.h));
    return Math.hypot(gx, gy) + Math.hypot(dx, dy) / 4 + Math.abs(c.y - card.y) / 20;
  };
  // A place whose box is REACH or more from the corner costs at least REACH / 4: when a nearer one
  // costs less, only the nearer ones are looked at (the same choice; around a big card, the host's
  // frame on a 1,000-namespace lab, the whole grid held hundreds of thousands of places).
  const nearby = cheapest(
    grid(
      (x) => x > corner.x - size.w - REACH && x < corner.x + REACH,
      (y) => y > corner.y - size.h - REACH && y < corner.y + REACH,
    ),
    b0,
    near,
    obs,
  );
  if (nearby.cost < REACH / 4) return nearby;
  return cheapest(
    grid(
      () => true,
      () => true,
    ),
    b0,
    near,
    obs,
  );
}

/**
 * Where an envelope that travelled a wire rests: the point its icon sits on, on the wire as near its
 * end as it can, else beside it, so that the envelope (whose box around that point `box` gives) covers
 * no card. `path` is the wire sampled from where the frame starts to where it arrives. Off the wire,
 * the nearer the envelope's box is to the wire the better (its icon on it better still). `box(p)` is
 * `box({ x: 0, y: 0 })` moved by `p` (a search is remembered by that box, `remembered`).
 */
export function restOnWire(path: readonly Point[], box: (p: Point) => Rect, obs: Obstacles): Placed<Point> {
  const end = path[path.length - 1];
  const fromEnd = (p: Point) => Math.hypot(p.x - end.x, p.y - end.y) / 2;
  const offWire = (p: Point) => {
    let d = Number.POSITIVE_INFINITY;
    for (const q of path) {
      const dx = p.x - q.x;
      const dy = p.y - q.y;
      const dd = dx * dx + dy * dy;
      if (dd < d) d = dd;
    }
    return Math.sqrt(d);
  };
  const cost = (p: Point) => fromEnd(p) + wireGap(path, box(p)) + offWire(p) / 4;
  const b0 = box({ x: 0, y: 0 });
  // A place is at least as far from the wire as from the box around it (its icon, and its box), so
  // its cost is at least `lower`, which takes a few operations, not two walks along the wire: a
  // crowded canvas, where the nearest free place is far, costs most of the grid (a hair is taken off,
  // so that rounding never puts it above the cost).
  let sx0 = Number.POSITIVE_INFINITY;
  let sy0 = Number.POSITIVE_INFINITY;
  let sx1 = Number.NEGATIVE_INFINITY;
  let sy1 = Number.NEGATIVE_INFINITY;
  for (const q of path) {
    sx0 = Math.min(sx0, q.x);
    sy0 = Math.min(sy0, q.y);
    sx1 = Math.max(sx1, q.x);
    sy1 = Math.max(sy1, q.y);
  }
  const lower = (p: Point) => {
    const x = p.x + b0.x;
    const y = p.y + b0.y;
    const gap = Math.hypot(Math.max(sx0 - (x + b0.w), 0, x - sx1), Math.max(sy0 - (y + b0.h), 0, y - sy1));
    const off = Math.hypot(Math.max(sx0 - p.x, 0, p.x - sx1), Math.max(sy0 - p.y, 0, p.y - sy1));
    return Math.max(0, fromEnd(p) + gap + off / 4 - 1e-9);
  };
  // Every place costs at least its distance from the end (fromEnd; the other terms and the penalties
  // are never negative): one whose fromEnd is at least what the best place on the wire costs cannot
  // win, so only those nearer are candidates (the choice is the same as among all of them; in a flood
  // most envelopes rest on their wire, and this leaves out nearly all of the grid).
  const first = cheapest(path, b0, cost, obs, lower);
  const onWire = first.cost;
  // Free at the wire's end: nothing can cost less (in a flood, most envelopes).
  if (onWire === 0) return first;
  return remembered(inputsKey('wire', [b0, obs.view], obs, path), () => {
    const zone = {
      x: end.x - REACH + b0.x,
      y: end.y - REACH + b0.y,
      w: 2 * REACH + b0.w,
      h: 2 * REACH + b0.h,
    };
    const xs = axisSteps(end.x - REACH, end.x + REACH, b0.w, b0.x, obs, zone, X);
    const ys = axisSteps(end.y - REACH, end.y + REACH, b0.h, b0.y, obs, zone, Y);
    // The places whose fromEnd is under `limit`, after the wire's own (in the order the whole grid
    // gives them): fromEnd is half the distance from the end, so their steps are within 2 × limit of
    // it in each axis.
    const under = (limit: number) => {
      const cands: Point[] = [...path];
      const near = (v: number, c: number) => Math.abs(v - c) < 2 * limit;
      const nx = xs.filter((x) => near(x, end.x));
      const ny = ys.filter((y) => near(y, end.y));
      for (const x of nx)
        for (const y of ny) if (Math.hypot(x - end.x, y - end.y) / 2 < limit) cands.push({ x, y });
      return cands;
    };
    // Nearer places first: the best of those under a limit is the best of all when it costs less than
    // the limit (every place left out costs at least that), and the same place ties would pick (they
    // keep their order). Beside a short wire between two cards, where every place on the wire is
    // covered, a free place is usually found near the end without looking at the whole grid; a limit
    // that reaches as far as the grid does is the whole search.
    for (let limit = NEAR_FIRST; limit < onWire && 2 * limit < REACH; limit *= 2) {
      const best = cheapest(under(limit), b0, cost, obs, lower);
      if (best.cost < limit) return best;
    }
    return cheapest(under(onWire), b0, cost, obs, lower);
  });
}

/**
 * The places found, by what they were searched with (`inputsKey`): a step shown again, or each round
 * of a ping, searches the same canvas for the same envelope, and beside a short wire between two
 * cards, or around a big frame, a search looks at thousands of places. What it returns is shared.
 */
const found = new Map<string, Placed<Point>>();
const FOUND_MAX = 512;

function remembered(key: string, search: () => Placed<Point>): Placed<Point> {
  const hit = found.get(key);
  if (hit) return hit;
  const result = search();
  if (found.size >= FOUND_MAX) found.delete(found.keys().next().value as string);
  found.set(key, result);
  return result;
}

/**
 * A key for a search's inputs: every number of its boxes, its obstacles and its points, exactly (their
 * bits), put through two 32-bit multiplicative hashes (FNV-1a and a variant), with their counts:
 * hundreds of obstacles on a big lab make a key of a few dozen characters, not kilobytes.
 */
function inputsKey(
  kind: string,
  boxes: readonly (Rect | undefined)[],
  obs: Obstacles,
  points: readonly Point[] = [],
): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  const add = (v: number) => {
    F64[0] = v;
    for (const word of BITS) {
      a = Math.imul(a ^ word, 0x01000193);
      b = Math.imul(b ^ word, 0x5bd1e995) ^ (b >>> 15);
    }
  };
  const rect = (r: Rect | undefined) => {
    if (!r) return add(Number.NaN);
    add(r.x);
    add(r.y);
    add(r.w);
    add(r.h);
  };
  for (const r of boxes) rect(r);
  add(-1);
  for (const r of obs.hard) rect(r);
  add(-2);
  for (const r of obs.soft) rect(r);
  add(-3);
  for (const p of points) {
    add(p.x);
    add(p.y);
  }
  return `${kind}:${obs.hard.length}:${obs.soft.length}:${points.length}:${(a >>> 0).toString(36)}:${(b >>> 0).toString(36)}`;
}
const F64 = new Float64Array(1);
const BITS = new Uint32Array(F64.buffer);

/** The first limit on fromEnd restOnWire looks under (doubled until a place costs less), in flow px. */
const NEAR_FIRST = 32;

/** From the wire (sampled as `path`, densely enough that no box slips between two points) to `box`. */
export function wireGap(path: readonly Point[], box: Rect): number {
  let d = Number.POSITIVE_INFINITY;
  for (const q of path) d = Math.min(d, distToRect(q, box));
  return d;
}

/** Farther than this (flow px) from its wire or its device, an envelope is tied back by a dashed leader. */
export const LEADER_GAP = 10;

/** A point a leader may start from, and what starting there costs (far from where the frame arrived). */
export interface Anchor extends Point {
  bias: number;
}

const LEADER_CARD_COST = 400;
const LEADER_LABEL_COST = 120;
/** What each bend adds to a leader's cost, in flow px: of two equal routes, the straighter. */
const BEND_COST = 6;
/** How far inside the envelope's corner a bent leader meets its side, and how far it passes a card. */
const BEND_IN = 6;
const PASS_BY = 8;
/** A leader leaves from at most this many points of its wire or outline. */
const MAX_ANCHORS = 33;

/**
 * The leader that ties an envelope resting at `box` to what it belongs to: from one of `anchors`
 * (points on its wire, or around its device) to the edge of the box, straight or with one or two
 * bends (around a card in the way), the shortest that crosses fewest cards, frame texts and labels.
 * There is always one: a leader across a card (drawn under it) is better than an envelope nobody
 * can place.
 */
export function leaderRoute(anchors: readonly Anchor[], box: Rect, obs: Obstacles): Point[] {
  const cx = box.x + box.w / 2;
  const cy = box.y + box.h / 2;
  const every = Math.max(1, Math.ceil(anchors.length / MAX_ANCHORS));
  const from = anchors.filter((_, i) => i % every === 0 || i === anchors.length - 1);
  let x0 = box.x;
  let y0 = box.y;
  let x1 = box.x + box.w;
  let y1 = box.y + box.h;
  for (const a of from) {
    x0 = Math.min(x0, a.x);
    y0 = Math.min(y0, a.y);
    x1 = Math.max(x1, a.x);
    y1 = Math.max(y1, a.y);
  }
  const span = inflate({ x: x0, y: y0, w: x1 - x0, h: y1 - y0 }, 4 * PASS_BY);
  const hard = obs.hard.filter((r) => meets(r, span));
  const soft = obs.soft.filter((r) => meets(r, span));
  // Where a leader may run up or down (xs) or across (ys): past the box, and past each card near it.
  const xs = [box.x - PASS_BY, box.x + box.w + PASS_BY, box.x + BEND_IN, cx, box.x + box.w - BEND_IN];
  const ys = [box.y - PASS_BY, box.y + box.h + PASS_BY, box.y + BEND_IN, cy, box.y + box.h - BEND_IN];
  for (const r of hard) {
    xs.push(r.x - PASS_BY, r.x + r.w + PASS_BY);
    ys.push(r.y - PASS_BY, r.y + r.h + PASS_BY);
  }
  const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);
  const inX = (x: number) => x >= box.x && x <= box.x + box.w;
  const inY = (y: number) => y >= box.y && y <= box.y + box.h;
  let best: Point[] = [];
  let bestCost = Number.POSITIVE_INFINITY;
  const consider = (route: Point[], bias: number) => {
    let cost = bias + (route.length - 2) * BEND_COST;
    for (let i = 1; i < route.length; i++)
      cost += Math.abs(route[i].x - route[i - 1].x) + Math.abs(route[i].y - route[i - 1].y);
    if (cost >= bestCost) return;
    cost += crossings(route, hard) * LEADER_CARD_COST;
    if (cost >= bestCost) return;
    cost += crossings(route, soft) * LEADER_LABEL_COST;
    if (cost < bestCost) {
      bestCost = cost;
      best = route;
    }
  };
  for (const a of from) {
    const straight = [a, { x: clamp(a.x, box.x, box.x + box.w), y: clamp(a.y, box.y, box.y + box.h) }];
    // A diagonal is as long as it looks, not as its two legs.
    const d = Math.hypot(straight[1].x - a.x, straight[1].y - a.y);
    consider(straight, a.bias - (Math.abs(straight[1].x - a.x) + Math.abs(straight[1].y - a.y) - d));
    const sideX = a.x < box.x ? box.x : box.x + box.w;
    const sideY = a.y < box.y ? box.y : box.y + box.h;
    // Across to x, then up or down: into the box's top or bottom where x is over it, else to the
    // level of its side and across into it.
    for (const x of xs) {
      if (inX(x)) {
        if (!inY(a.y)) consider([a, { x, y: a.y }, { x, y: sideY }], a.bias);
      } else {
        const end = x < box.x ? box.x : box.x + box.w;
        for (const y of [box.y + BEND_IN, cy, box.y + box.h - BEND_IN])
          consider([a, { x, y: a.y }, { x, y }, { x: end, y }], a.bias);
      }
    }
    for (const y of ys) {
      if (inY(y)) {
        if (!inX(a.x)) consider([a, { x: a.x, y }, { x: sideX, y }], a.bias);
      } else {
        const end = y < box.y ? box.y : box.y + box.h;
        for (const x of [box.x + BEND_IN, cx, box.x + box.w - BEND_IN])
          consider([a, { x: a.x, y }, { x, y }, { x, y: end }], a.bias);
      }
    }
  }
  // Drop bends that are no bends (a leg of length 0).
  return best.filter((p, i) => i === 0 || p.x !== best[i - 1].x || p.y !== best[i - 1].y);
}

/** Whether the segment from `a` to `b` passes through `r` (Liang–Barsky clipping). */
function segmentMeets(a: Point, b: Point, r: Rect): boolean {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of [
    [-dx, a.x - r.x],
    [dx, r.x + r.w - a.x],
    [-dy, a.y - r.y],
    [dy, r.y + r.h - a.y],
  ]) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

/** How many of `rects` the polyline passes through, not counting its first 6 px (it starts on a card's edge). */
function crossings(route: readonly Point[], rects: readonly Rect[]): number {
  if (!rects.length) return 0;
  const [a, b] = route;
  const len = Math.hypot(b.x - a.x, b.y - a.y);
  const skip = Math.min(6, len);
  const start = len ? { x: a.x + ((b.x - a.x) * skip) / len, y: a.y + ((b.y - a.y) * skip) / len } : a;
  const legs = [[start, b], ...route.slice(2).map((p, i) => [route[i + 1], p])];
  let n = 0;
  for (const r of rects) if (legs.some(([p, q]) => segmentMeets(p, q, r))) n++;
  return n;
}

/** Points around `r`, `every` flow px apart: where a leader may leave a device's outline. */
export function around(r: Rect, every = 12): Anchor[] {
  const out: Anchor[] = [];
  const nx = Math.max(1, Math.round(r.w / every));
  const ny = Math.max(1, Math.round(r.h / every));
  for (let i = 0; i <= nx; i++) {
    out.push({ x: r.x + (r.w * i) / nx, y: r.y, bias: 0 });
    out.push({ x: r.x + (r.w * i) / nx, y: r.y + r.h, bias: 0 });
  }
  for (let j = 1; j < ny; j++) {
    out.push({ x: r.x, y: r.y + (r.h * j) / ny, bias: 0 });
    out.push({ x: r.x + r.w, y: r.y + (r.h * j) / ny, bias: 0 });
  }
  return out;
}

/**
 * The indices of `pts` (a motion through them at equal steps of time) that a linear motion needs to
 * stay within `tol` px of every one: the first, the last, and each point the motion would otherwise
 * miss, moving evenly from the last kept point to the next.
 */
export function keyPoints(pts: readonly Point[], tol: number): number[] {
  const keep = [0];
  let i = 0;
  while (i < pts.length - 1) {
    let j = i + 1;
    // Reach as far as every point between i and the next one is where the motion would put it.
    while (j + 1 < pts.length && passes(pts, i, j + 1, tol)) j++;
    keep.push(j);
    i = j;
  }
  return pts.length ? keep : [];
}

const passes = (pts: readonly Point[], i: number, j: number, tol: number) => {
  for (let k = i + 1; k < j; k++) {
    const t = (k - i) / (j - i);
    const x = pts[i].x + (pts[j].x - pts[i].x) * t;
    const y = pts[i].y + (pts[j].y - pts[i].y) * t;
    if (Math.hypot(x - pts[k].x, y - pts[k].y) > tol) return false;
  }
  return true;
};
