import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inPrefix, networkOf } from '../wire/addr.ts';
import { Fib, type Route, RT_TABLE_MAIN } from './fib.ts';

const route = fc.record({
  dst: fc.integer({ min: 0, max: 0xffffffff }),
  len: fc.integer({ min: 0, max: 32 }),
  metric: fc.integer({ min: 0, max: 3 }),
});

function make(r: { dst: number; len: number; metric: number }, i: number): Route {
  return {
    table: RT_TABLE_MAIN,
    type: 'unicast',
    dst: networkOf(r.dst, r.len),
    len: r.len,
    metric: r.metric,
    onlink: false,
    scope: 'link',
    proto: `p${i}`,
  };
}

describe('FIB', () => {
  it('longest prefix, then lowest metric, agrees with a brute-force oracle', () => {
    fc.assert(
      fc.property(
        fc.array(route, { maxLength: 40 }),
        fc.array(fc.integer({ min: 0, max: 0xffffffff }), { maxLength: 20 }),
        (routes, probes) => {
          const fib = new Fib();
          const kept: Route[] = [];
          routes.forEach((r, i) => {
            const x = make(r, i);
            if (fib.find(RT_TABLE_MAIN, x.dst, x.len, x.metric)) return; // `ip route add` would say File exists
            fib.insert(x);
            kept.push(x);
          });
          for (const ip of probes) {
            const covering = kept.filter((r) => inPrefix(ip, r.dst, r.len));
            const best = covering.sort((a, b) => b.len - a.len || a.metric - b.metric)[0];
            expect(fib.lookup(ip)).toBe(best);
          }
          // Dump order: by address, longer prefix first, then metric.
          const t = fib.table(RT_TABLE_MAIN);
          for (let i = 1; i < t.length; i++) {
            const a = t[i - 1];
            const b = t[i];
            expect(
              a.dst < b.dst ||
                (a.dst === b.dst && (a.len > b.len || (a.len === b.len && a.metric < b.metric))),
            ).toBe(true);
          }
        },
      ),
    );
  });
});
