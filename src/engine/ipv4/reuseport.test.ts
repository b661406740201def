import { describe, expect, it } from 'vitest';
import { reuseportSelect } from './reuseport.ts';

describe('SO_REUSEPORT selection', () => {
  it('sends a flow always to the same member and spreads flows over the whole group', () => {
    const group = ['a', 'b', 'c'];
    const pick = (sport: number, secret = 7) =>
      reuseportSelect(group, secret, 0x7f000001, sport, 0x0a000001, 6000);
    expect(pick(40000)).toBe(pick(40000));
    const seen = new Set<string>();
    for (let p = 40000; p < 40100; p++) seen.add(pick(p));
    expect([...seen].sort()).toEqual(['a', 'b', 'c']);
    // Another boot's secret deals the same flows out differently.
    const moved = Array.from({ length: 100 }, (_, i) => pick(40000 + i) !== pick(40000 + i, 8)).filter(
      Boolean,
    );
    expect(moved.length).toBeGreaterThan(20);
  });
  it('a group of one is that member', () => {
    expect(reuseportSelect(['only'], 1, 1, 2, 3, 4)).toBe('only');
  });
});
