import { describe, expect, it } from 'vitest';
import { Session } from '../../shell/session.ts';
import { type TraceEvent, TraceLog } from './events.ts';

const ev = (t: number): Omit<TraceEvent, 'seq'> => ({ t, kind: 'route', ns: '', text: `event ${t}` });

describe('TraceLog ring', () => {
  it('keeps the last `limit` events in order, with their sequence numbers, as it wraps', () => {
    const log = new TraceLog(5);
    for (let i = 0; i < 13; i++) log.emit(ev(i));
    expect(log.count).toBe(13);
    expect(log.first).toBe(8);
    expect(log.events.map((e) => [e.seq, e.t])).toEqual([
      [8, 8],
      [9, 9],
      [10, 10],
      [11, 11],
      [12, 12],
    ]);
    expect(log.since(11).map((e) => e.seq)).toEqual([11, 12]);
    expect(log.since(0).map((e) => e.seq)).toEqual([8, 9, 10, 11, 12]);
    expect(log.since(13)).toEqual([]);
    expect(log.at(7)).toBeUndefined();
    expect(log.at(9)?.text).toBe('event 9');
    expect(log.at(12)?.seq).toBe(12);
    expect(log.at(13)).toBeUndefined();
  });

  it('matches an array that drops its oldest entry, at every length around the limit', () => {
    for (const limit of [1, 2, 3, 7]) {
      const log = new TraceLog(limit);
      const oracle: number[] = [];
      for (let i = 0; i < 3 * limit + 2; i++) {
        log.emit(ev(i));
        oracle.push(i);
        if (oracle.length > limit) oracle.shift();
        expect(log.events.map((e) => e.seq)).toEqual(oracle);
        expect(log.first).toBe(oracle[0]);
        for (const s of oracle) expect(log.at(s)?.t).toBe(s);
      }
    }
  });

  it('counts without keeping anything at limit 0, and calls onEmit with each kept event', () => {
    const off = new TraceLog(0);
    off.emit(ev(1));
    off.skip();
    expect(off.count).toBe(2);
    expect(off.events).toEqual([]);
    const log = new TraceLog(2);
    const seen: number[] = [];
    log.onEmit = (e) => seen.push(e.seq);
    for (let i = 0; i < 4; i++) log.emit(ev(i));
    expect(seen).toEqual([0, 1, 2, 3]);
  });

  it('a session whose trace overflowed still numbers events from the start and keeps the newest', () => {
    const s = new Session({ traceLimit: 50 });
    s.run(`ip netns add a
ip netns add b
ip link add va type veth peer name vb
ip link set va netns a
ip link set vb netns b
ip -n a addr add 10.0.0.1/24 dev va
ip -n b addr add 10.0.0.2/24 dev vb
ip -n a link set va up
ip -n b link set vb up`);
    expect(s.exec('ip netns exec a ping -c 20 -i 0.2 10.0.0.2').output).toContain('20 received');
    const { events } = s.world.log;
    expect(s.world.log.count).toBeGreaterThan(150);
    expect(events).toHaveLength(50);
    expect(events[0].seq).toBe(s.world.log.count - 50);
    expect(events.at(-1)?.text).toMatch(/echo reply seq 20 delivered to the ping/);
  });
});
