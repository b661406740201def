import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRouteBrief } from '../ipv4/describe.ts';
import { type Route, RT_TABLE_MAIN } from '../route/fib.ts';
import { World } from '../world.ts';
import { bytesToMac, ip4ToString, isMulticastMac } from './addr.ts';

/** The dotted quad computed from scratch, the oracle for the cached one. */
const quad = (a: number) => [a >>> 24, (a >>> 16) & 255, (a >>> 8) & 255, a & 255].join('.');

describe('ip4ToString', () => {
  it('gives the dotted quad of any address, whatever its cache slot held before', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 0xffffffff }), { minLength: 1, maxLength: 300 }),
        (as) => {
          // Twice over, so the second pass reads slots the first pass (and its collisions) filled.
          for (const a of [...as, ...as]) expect(ip4ToString(a)).toBe(quad(a));
        },
      ),
    );
    for (const a of [0, 0xffffffff, 0x7f000001, 0x80000000]) expect(ip4ToString(a)).toBe(quad(a));
  });
});

describe('isMulticastMac', () => {
  it('is the low bit of the first octet, for every first octet', () => {
    for (let b = 0; b < 256; b++)
      expect(isMulticastMac(bytesToMac([b, 0, 0x5e, 0, 0, 1]))).toBe((b & 1) === 1);
  });
});

describe('formatRouteBrief', () => {
  it('quotes the route as it is now, after its device is renamed or the route changes', () => {
    const dev = new World().host.lo;
    const r: Route = {
      table: RT_TABLE_MAIN,
      type: 'unicast',
      dst: 0x0a000000,
      len: 24,
      metric: 0,
      dev,
      onlink: false,
      scope: 'link',
      proto: 'kernel',
    };
    expect(formatRouteBrief(r)).toBe('"10.0.0.0/24 dev lo"');
    expect(formatRouteBrief(r)).toBe('"10.0.0.0/24 dev lo"');
    dev.name = 'lo2';
    expect(formatRouteBrief(r)).toBe('"10.0.0.0/24 dev lo2"');
    r.gw = 0x0a000001;
    expect(formatRouteBrief(r)).toBe('"10.0.0.0/24 via 10.0.0.1 dev lo2"');
    r.len = 0;
    expect(formatRouteBrief(r)).toBe('"default via 10.0.0.1 dev lo2"');
  });
});
