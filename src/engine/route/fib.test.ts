import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scope } from '../ipv4/devinet.ts';
import type { Device } from '../link/device.ts';
import { inPrefix, networkOf } from '../wire/addr.ts';
import { Fib, type Route, type RouteType, RT_TABLE_LOCAL, RT_TABLE_MAIN } from './fib.ts';

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

  it('the prefix index agrees with a linear scan through inserts, removals and duplicates', () => {
    // A small address space so prefixes overlap, equal keys repeat (kernel appends) and removals hit.
    const op = fc.oneof(
      fc.record({
        kind: fc.constant('add' as const),
        dst: fc.integer({ min: 0, max: 15 }),
        len: fc.constantFrom(0, 28, 29, 30, 31, 32),
        metric: fc.integer({ min: 0, max: 2 }),
        src: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
      }),
      fc.record({ kind: fc.constant('del' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('delWhere' as const), metric: fc.integer({ min: 0, max: 2 }) }),
      fc.record({ kind: fc.constant('delSrc' as const), src: fc.integer({ min: 0, max: 3 }) }),
    );
    const base = 0x0a000000;
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const fib = new Fib();
        let oracle: Route[] = [];
        ops.forEach((o, i) => {
          if (o.kind === 'add') {
            const x = make({ dst: base + o.dst, len: o.len, metric: o.metric }, i);
            x.prefsrc = o.src;
            fib.insert(x);
            oracle.push(x);
          } else if (o.kind === 'del' && oracle.length) {
            const x = oracle[o.pick % oracle.length];
            expect(fib.remove(x)).toBe(true);
            oracle = oracle.filter((r) => r !== x);
          } else if (o.kind === 'delWhere') {
            fib.removeWhere((r) => r.metric === o.metric);
            oracle = oracle.filter((r) => r.metric !== o.metric);
          } else if (o.kind === 'delSrc') {
            for (const r of fib.withPrefsrc(o.src)) fib.remove(r);
            oracle = oracle.filter((r) => r.prefsrc !== o.src);
          }
        });
        // Dump order: a stable sort of insertion order by (dst, longer prefix, metric).
        const dump = [...oracle].sort((a, b) => a.dst - b.dst || b.len - a.len || a.metric - b.metric);
        expect(fib.table(RT_TABLE_MAIN)).toEqual(dump);
        for (let ip = base - 1; ip <= base + 17; ip++) {
          let best: Route | undefined;
          for (const r of dump)
            if (
              inPrefix(ip, r.dst, r.len) &&
              (!best || r.len > best.len || (r.len === best.len && r.metric < best.metric))
            )
              best = r;
          expect(fib.lookup(ip)).toBe(best);
        }
        for (const r of dump)
          expect(fib.find(RT_TABLE_MAIN, r.dst, r.len, r.metric)).toBe(
            dump.find((x) => x.dst === r.dst && x.len === r.len && x.metric === r.metric),
          );
      }),
      { numRuns: 300 },
    );
  });
});

describe('FIB lookup by prefix length', () => {
  // The lookup visits only the routes of each prefix length that cover the destination; this is the
  // scan it replaced (every route of the table, longest prefix, then lowest metric, first of equals),
  // with the oif, scope and broadcast filters, over the local and main tables.
  const devs = [{ name: 'a' }, { name: 'b' }] as unknown as Device[];
  const SCOPES: Scope[] = ['global', 'link', 'host'];
  const scopeNum = (s: Scope) => (s === 'global' ? 0 : s === 'link' ? 253 : s === 'host' ? 254 : 255);
  function scan(t: Route[], dst: number, oif?: Device, minScope?: Scope): Route | undefined {
    let best: Route | undefined;
    for (const r of t) {
      if (!inPrefix(dst, r.dst, r.len) || (r.len > 0 && networkOf(r.dst, r.len) !== r.dst)) continue;
      if (r.type === 'broadcast' && r.dst !== dst) continue;
      if (oif && r.dev && r.dev !== oif && r.type !== 'local' && r.type !== 'broadcast') continue;
      if (minScope && scopeNum(r.scope) < scopeNum(minScope)) continue;
      if (!best || r.len > best.len || (r.len === best.len && r.metric < best.metric)) best = r;
    }
    return best;
  }
  // Addresses near each other, so that prefixes overlap and probes hit them.
  const ip = fc.integer({ min: 0, max: 63 }).map((x) => (0x0a000000 | (x << 2)) >>> 0);
  const entry = fc.record({
    dst: ip,
    len: fc.constantFrom(0, 0, 24, 28, 30, 32),
    hostBits: fc.boolean(),
    metric: fc.integer({ min: 0, max: 2 }),
    type: fc.constantFrom<RouteType>('unicast', 'local', 'broadcast'),
    local: fc.boolean(),
    dev: fc.integer({ min: 0, max: 2 }),
    scope: fc.constantFrom(...SCOPES),
  });

  it('agrees with a scan of every route, filters included', () => {
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 60 }),
        fc.array(
          fc.record({ dst: ip, oif: fc.integer({ min: 0, max: 2 }), scope: fc.integer({ min: 0, max: 3 }) }),
        ),
        (routes, probes) => {
          const fib = new Fib();
          routes.forEach((e, i) => {
            const dst = e.hostBits ? e.dst | 1 : networkOf(e.dst, e.len);
            fib.insert({
              table: e.local ? RT_TABLE_LOCAL : RT_TABLE_MAIN,
              type: e.type,
              dst,
              len: e.len,
              metric: e.metric,
              dev: devs[e.dev],
              onlink: false,
              scope: e.scope,
              proto: `p${i}`,
            });
          });
          for (const p of probes) {
            const oif = devs[p.oif];
            const minScope = SCOPES[p.scope];
            const want =
              scan(fib.table(RT_TABLE_LOCAL), p.dst, oif, minScope) ??
              scan(fib.table(RT_TABLE_MAIN), p.dst, oif, minScope);
            expect(fib.lookup(p.dst, { oif, minScope })).toBe(want);
          }
        },
      ),
    );
  });
});
