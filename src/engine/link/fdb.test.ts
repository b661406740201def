import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEC } from '../sim/clock.ts';
import { ETH_P_IP } from '../wire/packet.ts';
import { World } from '../world.ts';
import { Bridge } from './bridge.ts';
import type { Veth } from './veth.ts';

// A bridge with three ports; frames are injected from the far ends of the veth pairs with chosen
// source MACs, and the learned part of the FDB is compared with a from-scratch oracle after each step.
function setup(ageingSecs: number) {
  const w = new World({ seed: 3, traceLimit: 0 });
  const br = w.rtnl.addBridge(w.host, 'br0', { mac: '02:00:00:00:00:ff', ageingTime: ageingSecs * 100 });
  w.rtnl.setUp(br, true);
  const far: Veth[] = [];
  for (let i = 0; i < 3; i++) {
    const [p, peer] = w.rtnl.addVeth(w.host, `p${i}`, {
      mac: `02:00:00:00:01:0${i}`,
      peerName: `x${i}`,
      peerMac: `02:00:00:00:02:0${i}`,
    });
    w.rtnl.setMaster(p, br);
    w.rtnl.setUp(p, true);
    w.rtnl.setUp(peer, true);
    far.push(peer);
  }
  return { w, br, far };
}

const step = fc.record({
  port: fc.integer({ min: 0, max: 2 }),
  src: fc.integer({ min: 0, max: 5 }),
  dst: fc.integer({ min: 0, max: 6 }),
  wait: fc.integer({ min: 0, max: 8 }),
});

describe('bridge FDB', () => {
  it('learns, moves and ages entries exactly like the oracle', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 30 }), (steps) => {
        const ageing = 5;
        const { w, br, far } = setup(ageing);
        const oracle = new Map<string, { port: string; seen: number }>();
        for (const s of steps) {
          const src = `0a:00:00:00:00:0${s.src}`;
          const dst = s.dst === 6 ? 'ff:ff:ff:ff:ff:ff' : `0a:00:00:00:00:0${s.dst}`;
          const skb = w.skb({
            dst,
            src,
            type: ETH_P_IP,
            payload: {
              kind: 'ipv4',
              src: 1,
              dst: 2,
              ttl: 64,
              protocol: 1,
              id: 0,
              tos: 0,
              payload: { kind: 'icmp', type: 8, code: 0, id: 1, seq: 1, dataLen: 0 },
            },
          });
          far[s.port].xmit(skb);
          w.advance(1000);
          oracle.set(src, { port: `p${s.port}`, seen: w.clock.now - 990 });
          w.advance(s.wait * SEC);
          for (const [mac, e] of oracle) if (e.seen + ageing * SEC <= w.clock.now) oracle.delete(mac);
          const learned = new Map(
            br.fdb
              .all()
              .filter((e) => !e.local)
              .map((e) => [e.mac, e.port!.name]),
          );
          expect(learned).toEqual(new Map([...oracle].map(([m, e]) => [m, e.port])));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('keeps the port MACs as local entries and follows the lowest one for its own MAC', () => {
    const w = new World({ seed: 1 });
    const br = w.rtnl.addBridge(w.host, 'br1');
    const [a] = w.rtnl.addVeth(w.host, 'va', {
      mac: '02:00:00:00:00:09',
      peerName: 'vb',
      peerMac: '02:00:00:00:00:08',
    });
    const [c] = w.rtnl.addVeth(w.host, 'vc', {
      mac: '02:00:00:00:00:05',
      peerName: 'vd',
      peerMac: '02:00:00:00:00:04',
    });
    w.rtnl.setMaster(a, br);
    expect(br.mac).toBe('02:00:00:00:00:09');
    w.rtnl.setMaster(c, br);
    expect(br.mac).toBe('02:00:00:00:00:05');
    expect(br.fdb.get('02:00:00:00:00:09')?.local).toBe(true);
    w.rtnl.setMaster(c, undefined);
    w.rtnl.setMaster(a, undefined);
    expect(br.mac).toBe('00:00:00:00:00:00');
    expect(br).toBeInstanceOf(Bridge);
  });
});
