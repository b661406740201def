import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Clock } from './clock.ts';

describe('Clock', () => {
  it('runs events in (time, scheduling order), skipping cancelled ones, like a sorted list', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ delay: fc.integer({ min: 0, max: 50 }), cancel: fc.boolean() }), {
          maxLength: 200,
        }),
        (plan) => {
          const c = new Clock();
          const ran: number[] = [];
          const timers = plan.map((p, k) => c.schedule(p.delay, () => ran.push(k)));
          plan.forEach((p, k) => {
            if (p.cancel) timers[k].cancel();
          });
          c.runUntil(100);
          const oracle = plan
            .map((p, k) => ({ ...p, k }))
            .filter((p) => !p.cancel)
            .sort((a, b) => a.delay - b.delay || a.k - b.k)
            .map((p) => p.k);
          expect(ran).toEqual(oracle);
          expect(timers.every((t, k) => t.at === plan[k].delay)).toBe(true);
        },
      ),
    );
  });

  it('lets an event schedule more events and stops at the given time', () => {
    const c = new Clock();
    const seen: string[] = [];
    c.schedule(10, () => {
      seen.push(`a@${c.now}`);
      c.schedule(0, () => seen.push(`b@${c.now}`));
      c.schedule(5, () => seen.push(`c@${c.now}`));
    });
    c.schedule(10, () => seen.push(`d@${c.now}`));
    c.runUntil(12);
    expect(seen).toEqual(['a@10', 'd@10', 'b@10']);
    expect(c.now).toBe(12);
    expect(c.peek()).toBe(15);
  });

  it('halts from inside an event: nothing pending or scheduled later runs, and waiting returns', () => {
    const c = new Clock();
    const seen: string[] = [];
    c.schedule(10, () => {
      seen.push('a');
      c.halt();
      c.schedule(0, () => seen.push('after halt'));
    });
    c.schedule(20, () => seen.push('pending'));
    c.runUntil(100);
    expect(seen).toEqual(['a']);
    expect(c.peek()).toBeUndefined();
    expect(c.now).toBe(100);
  });
});
