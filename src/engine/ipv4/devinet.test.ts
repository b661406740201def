import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { broadcastOf, inPrefix } from '../wire/addr.ts';
import { type InAddr, InDevice } from './devinet.ts';

describe('InDevice', () => {
  it('its indices agree with a walk of the address list', () => {
    const op = fc.oneof(
      fc.record({
        kind: fc.constant('add' as const),
        local: fc.integer({ min: 0, max: 15 }),
        len: fc.constantFrom(8, 28, 30, 32),
        brd: fc.option(fc.integer({ min: 0, max: 15 }), { nil: undefined }),
      }),
      fc.record({ kind: fc.constant('del' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('promote' as const), pick: fc.nat() }),
    );
    const base = 0x0a000000;
    fc.assert(
      fc.property(fc.array(op, { maxLength: 50 }), (ops) => {
        const inet = new InDevice();
        const primaryWalk = (ip: number, len: number) =>
          inet.addrs.find((p) => !p.secondary && p.prefixLen === len && inPrefix(ip, p.local, len));
        for (const o of ops) {
          const list = inet.addrs;
          if (o.kind === 'add') {
            const local = base + o.local;
            if (list.some((a) => a.local === local && a.prefixLen === o.len)) {
              expect(inet.find(local, o.len)).toBeDefined();
              continue;
            }
            expect(inet.find(local, o.len)).toBeUndefined();
            const a: InAddr = {
              local,
              prefixLen: o.len,
              broadcast: o.brd === undefined ? undefined : base + o.brd,
              scope: 'global',
              secondary: primaryWalk(local, o.len) !== undefined,
              label: 'd',
            };
            expect(inet.primaryOf(local, o.len)).toBe(primaryWalk(local, o.len));
            inet.insert(a);
            // inet_insert_ifa: primaries before the first secondary, secondaries last.
            const firstSec = inet.addrs.findIndex((x) => x.secondary);
            const at = inet.addrs.indexOf(a);
            expect(a.secondary ? at === inet.addrs.length - 1 : firstSec < 0 || at < firstSec).toBe(true);
          } else if (list.length) {
            const a = list[o.pick % list.length];
            if (o.kind === 'del') inet.remove(a);
            else if (!a.secondary) {
              // __inet_del_ifa with promote_secondaries: the first secondary takes the primary's role.
              const sec = inet.secondariesOf(a.local, a.prefixLen)[0];
              const at = inet.remove(a);
              if (sec) inet.promote(sec, at, a.scope);
              const firstSec = inet.addrs.findIndex((x) => x.secondary);
              expect(firstSec < 0 || inet.addrs.slice(firstSec).every((x) => x.secondary)).toBe(true);
            }
          }
        }
        for (let i = 0; i < 16; i++) {
          const ip = base + i;
          expect(inet.hasLocal(ip)).toBe(inet.addrs.some((a) => a.local === ip));
          expect(inet.hasBroadcast(ip)).toBe(
            inet.addrs.some((a) => broadcastOf(a.local, a.prefixLen) === ip || a.broadcast === ip),
          );
          for (const len of [8, 28, 30, 32]) {
            expect(inet.primaryOf(ip, len)).toBe(primaryWalk(ip, len));
            expect(inet.secondariesOf(ip, len)).toEqual(
              inet.addrs.filter((a) => a.secondary && a.prefixLen === len && inPrefix(ip, a.local, len)),
            );
          }
        }
      }),
    );
  });
});
