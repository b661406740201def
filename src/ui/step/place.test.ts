import { describe, expect, it } from 'vitest';
import {
  around,
  axisSteps,
  besideCard,
  CLEARANCE,
  cheapest,
  distToRect,
  keyPoints,
  leaderRoute,
  meets,
  type Point,
  type Rect,
  rectGap,
  restOnWire,
  wireGap,
} from './place.ts';

const chip = { w: 160, h: 40 };
const boxAt = (p: { x: number; y: number }): Rect => ({ x: p.x - 15, y: p.y - chip.h / 2, ...chip });
const grow = (r: Rect): Rect => ({
  x: r.x - CLEARANCE,
  y: r.y - CLEARANCE,
  w: r.w + 2 * CLEARANCE,
  h: r.h + 2 * CLEARANCE,
});

describe('restOnWire', () => {
  it('rests at the end of a long wire when nothing is there', () => {
    const path = Array.from({ length: 49 }, (_, i) => ({ x: i * 10, y: 300 }));
    expect(restOnWire(path, boxAt, { hard: [], soft: [] }).at).toEqual({ x: 480, y: 300 });
  });

  it('backs off along the wire from the card the wire ends on', () => {
    const path = Array.from({ length: 49 }, (_, i) => ({ x: i * 10, y: 300 }));
    const card = { x: 480, y: 260, w: 200, h: 80 };
    const p = restOnWire(path, boxAt, { hard: [card], soft: [] }).at;
    expect(p.y).toBe(300);
    expect(meets(boxAt(p), grow(card))).toBe(false);
    expect(p.x).toBeGreaterThan(300);
  });

  it('steps off a wire too short to hold it, beside both cards, never on one', () => {
    // Two cards 30 px apart, joined by a vertical wire: the envelope cannot fit between them.
    const top = { x: 100, y: 100, w: 200, h: 60 };
    const bottom = { x: 100, y: 190, w: 200, h: 60 };
    const path = Array.from({ length: 13 }, (_, i) => ({ x: 200, y: 160 + (i * 30) / 12 }));
    const p = restOnWire(path, boxAt, { hard: [top, bottom], soft: [] }).at;
    expect(meets(boxAt(p), grow(top))).toBe(false);
    expect(meets(boxAt(p), grow(bottom))).toBe(false);
    // As near as it can: flush under the bottom card (not at the grid's next step), in line with the wire.
    expect(boxAt(p)).toEqual({ ...boxAt({ x: 200, y: 0 }), y: 250 + CLEARANCE });
  });

  it('covers a label only when no other place is free, and stays in view', () => {
    const path = [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
    ];
    const label = { x: 60, y: -20, w: 80, h: 40 };
    const p = restOnWire(path, boxAt, {
      hard: [],
      soft: [label],
      view: { x: -500, y: -500, w: 1000, h: 1000 },
    });
    expect(meets(boxAt(p.at), label)).toBe(false);
    expect(p.penalty).toBe(0);
    const view = { x: 0, y: -200, w: 300, h: 400 };
    const q = restOnWire(path, boxAt, { hard: [], soft: [], view });
    const b = boxAt(q.at);
    expect(b.x >= view.x && b.x + b.w <= view.x + view.w).toBe(true);
    // Nowhere free: the penalty says what the best place still covers.
    const wall = { x: -1000, y: -1000, w: 2000, h: 2000 };
    expect(restOnWire(path, boxAt, { hard: [], soft: [wall] }).penalty).toBe(500);
  });
});

describe('besideCard', () => {
  it('fits a gap narrower than the grid allows for, flush against the cards', () => {
    // Beside the card, room for the envelope and 1 px: the grid's places (every 8 px from the card)
    // miss it, the place flush against the card does not.
    const card = { x: 0, y: 0, w: 101, h: 40 };
    const wall = { x: 101 + CLEARANCE + 160 + 1 + CLEARANCE, y: -1000, w: 50, h: 2000 };
    const placed = besideCard(card, { w: 160, h: 40 }, { hard: [card, wall], soft: [] });
    expect(placed.at).toEqual({ x: 101 + CLEARANCE, y: 0 });
    expect(placed.penalty).toBe(0);
  });

  it('sits just right of the card, level with its top, and covers no card', () => {
    const card = { x: 0, y: 0, w: 200, h: 80 };
    const p = besideCard(card, chip, { hard: [card], soft: [] }).at;
    expect(meets({ ...p, ...chip }, grow(card))).toBe(false);
    expect(p.x).toBeGreaterThanOrEqual(200 + CLEARANCE);
    expect(p.x).toBeLessThanOrEqual(200 + CLEARANCE + 8);
    expect(Math.abs(p.y - card.y)).toBeLessThanOrEqual(8);
  });

  it('rests against another side of the card before it goes away from it', () => {
    const card = { x: 0, y: 0, w: 200, h: 80 };
    // Neighbours take the right, above and below; the left is free.
    const right = { x: 210, y: -400, w: 400, h: 900 };
    const above = { x: -30, y: -400, w: 240, h: 390 };
    const below = { x: -30, y: 90, w: 240, h: 400 };
    const p = besideCard(card, chip, { hard: [card, right, above, below], soft: [] }).at;
    const box = { ...p, ...chip };
    expect([card, right, above, below].some((r) => meets(box, grow(r)))).toBe(false);
    expect(rectGap(card, box)).toBeLessThanOrEqual(CLEARANCE + 8);
  });

  it('goes to another side when a neighbour takes the right', () => {
    const card = { x: 0, y: 0, w: 200, h: 80 };
    const right = { x: 210, y: -200, w: 300, h: 500 };
    const p = besideCard(card, chip, { hard: [card, right], soft: [] }).at;
    const box = { ...p, ...chip };
    expect(meets(box, grow(card)) || meets(box, grow(right))).toBe(false);
  });
});

describe('leaderRoute', () => {
  const wire = Array.from({ length: 11 }, (_, i) => ({ x: i * 10, y: 0, bias: (100 - i * 10) / 4 }));
  /** The points a route passes through, every 2 px, past its first 6 px. */
  const walk = (route: Point[]) => {
    const out: Point[] = [];
    let done = 0;
    for (let i = 1; i < route.length; i++) {
      const [a, b] = [route[i - 1], route[i]];
      const len = Math.hypot(b.x - a.x, b.y - a.y);
      for (let d = 0; d <= len; d += 2)
        if (done + d >= 6) out.push({ x: a.x + ((b.x - a.x) * d) / len, y: a.y + ((b.y - a.y) * d) / len });
      done += len;
    }
    return out;
  };

  it('goes straight from the wire to the nearest side of the envelope when nothing is in the way', () => {
    const box = { x: 40, y: 60, w: 80, h: 20 };
    const route = leaderRoute(wire, box, { hard: [], soft: [] });
    expect(route).toHaveLength(2);
    expect(route[0].y).toBe(0);
    expect(distToRect(route[1], box)).toBe(0);
    expect(Math.hypot(route[1].x - route[0].x, route[1].y - route[0].y)).toBe(60);
    // Of equal lengths, it leaves the wire nearest where the frame arrived (its end, x = 100).
    expect(route[0].x).toBe(100);
  });

  it('bends around a card between the wire and the envelope', () => {
    const box = { x: 200, y: 100, w: 80, h: 20 };
    const card = { x: 0, y: 30, w: 180, h: 50 };
    const route = leaderRoute(wire, box, { hard: [card], soft: [] });
    expect(walk(route).filter((p) => distToRect(p, card) === 0)).toEqual([]);
    expect(distToRect(route.at(-1)!, box)).toBe(0);
    expect(wire.some((a) => a.x === route[0].x && a.y === route[0].y)).toBe(true);
  });

  it('still ties the envelope when every way crosses something', () => {
    const box = { x: 20, y: 100, w: 80, h: 20 };
    const wall = { x: -500, y: 40, w: 1000, h: 20 };
    const route = leaderRoute(wire, box, { hard: [wall], soft: [] });
    expect(route.length).toBeGreaterThanOrEqual(2);
    expect(distToRect(route.at(-1)!, box)).toBe(0);
  });

  it('leaves a device from its outline', () => {
    const card = { x: 0, y: 0, w: 100, h: 40 };
    const pts = around(card);
    expect(
      pts.every((p) => distToRect(p, card) === 0 && (p.x === 0 || p.x === 100 || p.y === 0 || p.y === 40)),
    ).toBe(true);
    const box = { x: 200, y: 10, w: 60, h: 20 };
    const route = leaderRoute(pts, box, { hard: [card], soft: [] });
    expect(route[0].x).toBe(100);
    expect(route.at(-1)!.x).toBe(200);
  });
});

describe('wireGap', () => {
  it('is 0 where the wire meets the box and the distance to its nearest sample otherwise', () => {
    const path = [
      { x: 0, y: 0 },
      { x: 0, y: 10 },
    ];
    expect(wireGap(path, { x: -5, y: 5, w: 10, h: 10 })).toBe(0);
    expect(wireGap(path, { x: 30, y: 0, w: 10, h: 10 })).toBe(30);
  });
});

describe('besideCard against every candidate', () => {
  // From scratch: every place of the grid around the card, costed in full; a big card (the host's
  // frame on a big lab) included, where besideCard looks only near the card's corner.
  const REACH = 240;
  const size = { w: 160, h: 40 };
  function cheapestCost(card: Rect, obs: { hard: Rect[]; soft: Rect[]; view: Rect }) {
    const corner = { x: card.x + card.w + CLEARANCE + 1, y: card.y };
    let best = Number.POSITIVE_INFINITY;
    // The grid, and the places flush against an obstacle (axisSteps), in each axis.
    // (flush against the obstacles near the card's top right corner)
    const zone = {
      x: card.x + card.w - REACH,
      y: card.y - size.h - REACH,
      w: 2 * REACH + size.w,
      h: 2 * REACH + size.h,
    };
    const xs = axisSteps(card.x - size.w - REACH, card.x + card.w + REACH, size.w, 0, obs, zone, (r) => [
      r.x,
      r.w,
    ]);
    const ys = axisSteps(card.y - size.h - REACH, card.y + card.h + REACH, size.h, 0, obs, zone, (r) => [
      r.y,
      r.h,
    ]);
    for (const x of xs)
      for (const y of ys) {
        const b = { x, y, ...size };
        const dx = Math.max(b.x - corner.x, 0, corner.x - (b.x + b.w));
        const dy = Math.max(b.y - corner.y, 0, corner.y - (b.y + b.h));
        const gx = Math.max(b.x - (card.x + card.w), 0, card.x - (b.x + b.w));
        const gy = Math.max(b.y - (card.y + card.h), 0, card.y - (b.y + b.h));
        let cost = Math.hypot(gx, gy) + Math.hypot(dx, dy) / 4 + Math.abs(y - card.y) / 20;
        const v = obs.view;
        if (!(b.x >= v.x && b.y >= v.y && b.x + b.w <= v.x + v.w && b.y + b.h <= v.y + v.h)) cost += 1500;
        for (const r of obs.soft) if (meets(b, r)) cost += 500;
        for (const r of obs.hard) if (meets(b, grow(r))) cost += 5000;
        best = Math.min(best, cost);
      }
    return best;
  }

  it('finds the least cost on random canvases, around small cards and big frames', () => {
    let seed = 11;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let k = 0; k < 30; k++) {
      const big = k % 3 === 0;
      const card = {
        x: rnd() * 400,
        y: rnd() * 400,
        w: big ? 1500 : 60 + rnd() * 200,
        h: big ? 900 : 30 + rnd() * 80,
      };
      const box = () => ({
        x: rnd() * 900 - 100,
        y: rnd() * 900 - 100,
        w: 40 + rnd() * 200,
        h: 30 + rnd() * 80,
      });
      // Crowded canvases too, where nothing near the corner is free.
      const obs = {
        hard: [card, ...Array.from({ length: Math.floor(rnd() * (k % 5 === 1 ? 120 : 25)) }, box)],
        soft: Array.from({ length: Math.floor(rnd() * 10) }, () => ({ ...box(), w: 60, h: 16 })),
        view: { x: 0, y: 0, w: 500 + rnd() * 800, h: 400 + rnd() * 600 },
      };
      expect(besideCard(card, size, obs).cost, `canvas ${k}`).toBeCloseTo(cheapestCost(card, obs), 6);
    }
  });
});

describe('restOnWire against every candidate', () => {
  // From scratch: every point of the wire and of the grid around its end, each costed in full (its
  // distance from the end, its box's from the wire and its own from the wire, CARD_COST per card, LABEL_COST per label, VIEW_COST out of view): the least cost is what
  // restOnWire must find, though it looks at only part of the grid and stops early.
  const REACH = 240;
  function cheapestCost(path: { x: number; y: number }[], obs: { hard: Rect[]; soft: Rect[]; view: Rect }) {
    const end = path[path.length - 1];
    const cands = [...path];
    const b0 = boxAt({ x: 0, y: 0 });
    const zone = {
      x: end.x - REACH + b0.x,
      y: end.y - REACH + b0.y,
      w: 2 * REACH + b0.w,
      h: 2 * REACH + b0.h,
    };
    for (const x of axisSteps(end.x - REACH, end.x + REACH, b0.w, b0.x, obs, zone, (r) => [r.x, r.w]))
      for (const y of axisSteps(end.y - REACH, end.y + REACH, b0.h, b0.y, obs, zone, (r) => [r.y, r.h]))
        cands.push({ x, y });
    let best = Number.POSITIVE_INFINITY;
    let at = cands[0];
    let bestKey = Number.POSITIVE_INFINITY;
    for (const [i, p] of cands.entries()) {
      const off = Math.min(...path.map((q) => Math.hypot(p.x - q.x, p.y - q.y)));
      const b = boxAt(p);
      const gap = Math.min(...path.map((q) => distToRect(q, b)));
      const near = Math.hypot(p.x - end.x, p.y - end.y) / 2 + gap + off / 4;
      let cost = near;
      const inView =
        b.x >= obs.view.x &&
        b.y >= obs.view.y &&
        b.x + b.w <= obs.view.x + obs.view.w &&
        b.y + b.h <= obs.view.y + obs.view.h;
      if (!inView) cost += 1500;
      for (const r of obs.soft) if (meets(b, r)) cost += 500;
      for (const r of obs.hard) if (meets(b, grow(r))) cost += 5000;
      // Of equal costs, the nearer, then the earlier.
      const key = Math.round(near * 1024) * cands.length + i;
      if (cost < best || (cost === best && key < bestKey)) {
        best = cost;
        at = p;
        bestKey = key;
      }
    }
    return { cost: best, at };
  }

  it('finds the least cost on random canvases', () => {
    let seed = 7;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let k = 0; k < 40; k++) {
      const a = { x: rnd() * 600, y: rnd() * 600 };
      const b = { x: rnd() * 600, y: rnd() * 600 };
      const path = Array.from({ length: 49 }, (_, i) => ({
        x: a.x + ((b.x - a.x) * i) / 48,
        y: a.y + ((b.y - a.y) * i) / 48,
      }));
      const card = () => ({
        x: rnd() * 700 - 50,
        y: rnd() * 700 - 50,
        w: 40 + rnd() * 200,
        h: 30 + rnd() * 80,
      });
      const obs = {
        hard: Array.from({ length: Math.floor(rnd() * 25) }, card),
        soft: Array.from({ length: Math.floor(rnd() * 10) }, () => ({ ...card(), w: 60, h: 16 })),
        view: { x: 0, y: 0, w: 400 + rnd() * 400, h: 300 + rnd() * 400 },
      };
      const want = cheapestCost(path, obs);
      const got = restOnWire(path, boxAt, obs);
      expect(got.cost, `canvas ${k}`).toBeCloseTo(want.cost, 6);
      expect(got.at, `canvas ${k}`).toEqual(want.at);
      // Asked again, the same answer, and where it took a search, without one.
      const again = restOnWire(path, boxAt, obs);
      expect(again, `canvas ${k}`).toEqual(got);
      if (got.cost > 0) expect(again, `canvas ${k}`).toBe(got);
    }
  });

  it('finds the free place near a short wire between two cards without the whole grid, and the same one', () => {
    // A 26 px wire from a bridge down to its port, both cards wider than the envelope: every place
    // on it is covered; free ones start just past the cards' sides.
    const path = Array.from({ length: 49 }, (_, i) => ({ x: 300, y: 200 + (26 * i) / 48 }));
    for (const w of [140, 180, 260, 420]) {
      const obs = {
        hard: [
          { x: 300 - w / 2, y: 100, w, h: 96 },
          { x: 300 - w / 2, y: 230, w, h: 96 },
        ],
        soft: [],
        view: { x: 0, y: 0, w: 1200, h: 800 },
      };
      const want = cheapestCost(path, obs);
      const got = restOnWire(path, boxAt, obs);
      expect(got.penalty, `width ${w}`).toBe(0);
      expect(got.cost, `width ${w}`).toBeCloseTo(want.cost, 6);
      expect(got.at, `width ${w}`).toEqual(want.at);
    }
  });

  it('tells canvases apart that differ in one number', () => {
    const path = Array.from({ length: 49 }, (_, i) => ({ x: 300, y: 200 + (26 * i) / 48 }));
    const obs = {
      hard: [
        { x: 200, y: 100, w: 200, h: 96 },
        { x: 200, y: 230, w: 200, h: 96 },
      ],
      soft: [],
      view: { x: 0, y: 0, w: 1200, h: 800 },
    };
    const first = restOnWire(path, boxAt, obs);
    // The lower card 40 px narrower: the place found on its right side moves.
    const moved = { ...obs, hard: [obs.hard[0], { ...obs.hard[1], w: 160 }] };
    const second = restOnWire(path, boxAt, moved);
    expect(second).not.toBe(first);
    expect(second).toEqual({ ...restOnWire(path, boxAt, { ...moved, hard: [...moved.hard] }) });
    expect(second.cost).toBeCloseTo(cheapestCost(path, moved).cost, 6);
  });
});

describe('cheapest with a lower bound', () => {
  it('makes the same choice as without one, ties included, and works out fewer distances', () => {
    let seed = 11;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    let lazy = 0;
    let fullCount = 0;
    for (let k = 0; k < 60; k++) {
      // Points on a coarse grid (so that costs tie), their cost a distance plus a detour.
      const cands = Array.from({ length: 200 }, () => ({
        x: Math.round(rnd() * 20) * 20,
        y: Math.round(rnd() * 20) * 20,
      }));
      const to = { x: rnd() * 400, y: rnd() * 400 };
      const lower = (p: Point) => Math.round(Math.hypot(p.x - to.x, p.y - to.y) / 20);
      const detour = (p: Point) => (p.x % 40 === 0 ? 0 : 3);
      const counted = (n: { v: number }) => (p: Point) => {
        n.v++;
        return lower(p) + detour(p);
      };
      const obs = {
        hard: Array.from({ length: Math.floor(rnd() * 12) }, () => ({
          x: rnd() * 400,
          y: rnd() * 400,
          w: 60,
          h: 40,
        })),
        soft: Array.from({ length: Math.floor(rnd() * 4) }, () => ({
          x: rnd() * 400,
          y: rnd() * 400,
          w: 50,
          h: 14,
        })),
        view: { x: 0, y: 0, w: 400, h: rnd() < 0.5 ? 400 : 300 },
      };
      const a = { v: 0 };
      const b = { v: 0 };
      const b0 = boxAt({ x: 0, y: 0 });
      const withBound = cheapest(cands, b0, counted(a), obs, lower);
      const without = cheapest(cands, b0, counted(b), obs);
      expect(withBound, `canvas ${k}`).toEqual(without);
      // Both the choice of the whole search: every candidate's full cost, ties to the nearer, then
      // the earlier.
      const full = cands.map((p, i) => {
        const r = boxAt(p);
        const near = lower(p) + detour(p);
        const covers = (o: Rect, keep: number) =>
          r.x < o.x + o.w + keep &&
          o.x - keep < r.x + r.w &&
          r.y < o.y + o.h + keep &&
          o.y - keep < r.y + r.h;
        const inView =
          r.x >= obs.view.x &&
          r.y >= obs.view.y &&
          r.x + r.w <= obs.view.x + obs.view.w &&
          r.y + r.h <= obs.view.y + obs.view.h;
        const cost =
          near +
          (inView ? 0 : 1500) +
          500 * obs.soft.filter((o) => covers(o, 0)).length +
          5000 * obs.hard.filter((o) => covers(o, 4)).length;
        return { p, cost, key: Math.round(near * 1024) * cands.length + i };
      });
      const best = full.reduce((x, y) => (y.cost < x.cost || (y.cost === x.cost && y.key < x.key) ? y : x));
      expect(without.at, `canvas ${k}`).toBe(best.p);
      expect(without.cost, `canvas ${k}`).toBe(best.cost);
      lazy += a.v;
      fullCount += b.v;
    }
    expect(fullCount).toBe(60 * 200);
    expect(lazy).toBeLessThan(fullCount / 4);
  });
});

describe('keyPoints', () => {
  it('keeps the ends of a straight, even motion and every point a curve needs', () => {
    const line = Array.from({ length: 17 }, (_, i) => ({ x: 10 + 3 * i, y: 200 - 12 * i }));
    expect(keyPoints(line, 0.5)).toEqual([0, 16]);
    // Straight but uneven (it stops half way): the motion keeps its pace only with the turn kept.
    const halt = line.map((p, i) => (i > 8 ? line[8] : p));
    expect(keyPoints(halt, 0.5)).toEqual([0, 8, 16]);
    // A quarter circle of radius 200: every kept stretch passes its points within the tolerance.
    const arc = Array.from({ length: 17 }, (_, i) => ({
      x: 200 * Math.cos((i / 16) * (Math.PI / 2)),
      y: 200 * Math.sin((i / 16) * (Math.PI / 2)),
    }));
    const kept = keyPoints(arc, 0.5);
    expect(kept[0]).toBe(0);
    expect(kept.at(-1)).toBe(16);
    expect(kept.length).toBeGreaterThan(8);
    for (let s = 0; s + 1 < kept.length; s++) {
      const [i, j] = [kept[s], kept[s + 1]];
      for (let k = i + 1; k < j; k++) {
        const t = (k - i) / (j - i);
        const x = arc[i].x + (arc[j].x - arc[i].x) * t;
        const y = arc[i].y + (arc[j].y - arc[i].y) * t;
        expect(Math.hypot(x - arc[k].x, y - arc[k].y)).toBeLessThanOrEqual(0.5);
      }
    }
    expect(keyPoints([], 0.5)).toEqual([]);
    expect(keyPoints([{ x: 1, y: 1 }], 0.5)).toEqual([0]);
  });
});

describe('cheapest on a canvas with no free place', () => {
  // Every place covers cards and labels (in rows denser than the envelope), so the one chosen is the
  // one covering least, and its cost says how much: each counted, however many there are (a word of
  // 32 of them, and past it, with cards and labels sharing a word).
  it('costs each card and label a place covers, and picks the one covering least', () => {
    const b0 = { x: 0, y: 0, w: 34, h: 12 };
    for (const cards of [1, 31, 32, 33, 40, 64, 65])
      for (const labels of [0, 1, 7, 31, 40]) {
        const hard = Array.from({ length: cards }, (_, i) => ({ x: i * 6, y: (i % 3) * 9, w: 5, h: 5 }));
        // The first label lies under every place (in the word the last cards end in, unless they fill it).
        const soft = Array.from({ length: labels }, (_, j) =>
          j ? { x: j * 8, y: -40, w: 7, h: 90 } : { x: -1000, y: -40, w: 5000, h: 90 },
        );
        const cands: Point[] = [];
        for (let x = -20; x < Math.max(cards * 6, labels * 8); x += 7)
          for (const y of [-8, 3, 14]) cands.push({ x, y });
        const near = (c: Point) => Math.abs(c.x) / 100 + Math.abs(c.y) / 1000;
        const full = cands.map((c) => {
          const box = { x: c.x + b0.x, y: c.y + b0.y, w: b0.w, h: b0.h };
          const covered = hard.filter((r) => meets(box, grow(r))).length;
          const under = soft.filter((r) => meets(box, r)).length;
          return near(c) + covered * 5000 + under * 500;
        });
        const least = Math.min(...full);
        const got = cheapest(cands, b0, near, { hard, soft });
        expect(got.cost, `${cards} cards, ${labels} labels`).toBeCloseTo(least, 9);
        expect(got.at).toEqual(cands[full.indexOf(least)]);
      }
  });
});
