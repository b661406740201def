import { describe, expect, it } from 'vitest';
import { besideCard, CLEARANCE, clearLine, meets, type Rect, restOnWire } from './place.ts';

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
    // As near as it can: just clear of the cards' right edge, level with the wire.
    expect(boxAt(p).x).toBeLessThanOrEqual(300 + CLEARANCE + 8);
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
  it('sits just right of the card, level with its top, and covers no card', () => {
    const card = { x: 0, y: 0, w: 200, h: 80 };
    const p = besideCard(card, chip, { hard: [card], soft: [] }).at;
    expect(meets({ ...p, ...chip }, grow(card))).toBe(false);
    expect(p.x).toBeGreaterThanOrEqual(200 + CLEARANCE);
    expect(p.x).toBeLessThanOrEqual(200 + CLEARANCE + 8);
    expect(Math.abs(p.y - card.y)).toBeLessThanOrEqual(8);
  });

  it('goes to another side when a neighbour takes the right', () => {
    const card = { x: 0, y: 0, w: 200, h: 80 };
    const right = { x: 210, y: -200, w: 300, h: 500 };
    const p = besideCard(card, chip, { hard: [card, right], soft: [] }).at;
    const box = { ...p, ...chip };
    expect(meets(box, grow(card)) || meets(box, grow(right))).toBe(false);
  });
});

describe('clearLine', () => {
  it('is clear unless a card lies across it', () => {
    expect(clearLine({ x: 0, y: 0 }, { x: 100, y: 0 }, [])).toBe(true);
    expect(clearLine({ x: 0, y: 0 }, { x: 100, y: 0 }, [{ x: 40, y: -5, w: 10, h: 10 }])).toBe(false);
    // The card the wire ends on, touched at the line's start, does not count.
    expect(clearLine({ x: 0, y: 0 }, { x: 100, y: 0 }, [{ x: -50, y: -5, w: 50, h: 10 }])).toBe(true);
  });
});
