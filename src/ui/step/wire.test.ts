import { getBezierPath, Position } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { wirePoints } from './wire.ts';

const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

/** The cubic of `d` at `n + 1` equal steps of its length, measured with 200,000 steps: the reference. */
function finePoints(d: string, n: number): { x: number; y: number }[] {
  const [x0, y0, x1, y1, x2, y2, x3, y3] = (d.match(/-?\d+\.?\d*/g) ?? []).map(Number);
  const at = (t: number) => {
    const u = 1 - t;
    return {
      x: u * u * u * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x3,
      y: u * u * u * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y3,
    };
  };
  const steps = 200_000;
  const pts = [at(0)];
  const len = [0];
  for (let i = 1; i <= steps; i++) {
    pts.push(at(i / steps));
    len.push(len[i - 1] + dist(pts[i], pts[i - 1]));
  }
  const out = [];
  let k = 0;
  for (let i = 0; i <= n; i++) {
    const want = (len[steps] * i) / n;
    while (k < steps && len[k + 1] < want) k++;
    out.push(pts[Math.min(k + 1, steps)]);
  }
  return out;
}

describe('wirePoints', () => {
  it('cuts a bus wire (H, V) into equal steps, corners included', () => {
    const pts = wirePoints('M 0,0 V -20 H 100 V 60', 10)!;
    // 20 + 100 + 80 = 200 long: a point every 20.
    expect(pts).toHaveLength(11);
    expect(pts[0]).toEqual({ x: 0, y: 0 });
    expect(pts[1]).toEqual({ x: 0, y: -20 });
    expect(pts[3]).toEqual({ x: 40, y: -20 });
    expect(pts[6]).toEqual({ x: 100, y: -20 });
    expect(pts[7]).toEqual({ x: 100, y: 0 });
    expect(pts[10]).toEqual({ x: 100, y: 60 });
  });

  it('jumps between subpaths without adding length (a drop split under a header)', () => {
    const pts = wirePoints('M 10,0 V 40 M 10,100 V 140', 8)!;
    expect(pts[0]).toEqual({ x: 10, y: 0 });
    expect(pts[3]).toEqual({ x: 10, y: 30 });
    expect(pts[5]).toEqual({ x: 10, y: 110 });
    expect(pts[8]).toEqual({ x: 10, y: 140 });
  });

  it("follows React Flow's bezier at equal steps of its length, within a pixel", () => {
    for (const [sx, sy, tx, ty] of [
      [0, 0, 300, 200],
      [50, 400, -120, 30],
      [0, 0, 0, 500],
    ]) {
      const [d] = getBezierPath({
        sourceX: sx,
        sourceY: sy,
        targetX: tx,
        targetY: ty,
        sourcePosition: Position.Bottom,
        targetPosition: Position.Top,
      });
      const pts = wirePoints(d, 96)!;
      expect(pts[0].x).toBeCloseTo(sx, 6);
      expect(pts[0].y).toBeCloseTo(sy, 6);
      expect(pts[96].x).toBeCloseTo(tx, 6);
      expect(pts[96].y).toBeCloseTo(ty, 6);
      const fine = finePoints(d, 96);
      for (const [i, p] of pts.entries()) expect(dist(p, fine[i]), `point ${i} of ${d}`).toBeLessThan(0.5);
    }
  });

  it('leaves to the browser a path with a command it does not read', () => {
    expect(wirePoints('M 0,0 Q 10,10 20,0', 4)).toBeUndefined();
    expect(wirePoints('m 0,0 l 10,10', 4)).toBeUndefined();
    expect(wirePoints('L 10,10', 4)).toBeUndefined();
    expect(wirePoints('M 0,0 C 1,2', 4)).toBeUndefined();
  });
});
