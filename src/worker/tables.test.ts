// A replay prints a namespace's tables again only after an event in it that may have changed them
// (TableMemo). That rests on how the engine orders its steps, so it is checked where the engine's
// behaviour is known best: at every event of every conformance scenario, the memo's tables of every
// namespace must equal a fresh capture.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCENARIO_DIR, scenarioNames } from '../../conformance/harness.ts';
import { scriptLines } from '../shell/lexer.ts';
import { Session } from '../shell/session.ts';
import { captureTables, TableMemo } from './tables.ts';

/** The events at which the memo's capture differed from a fresh one, and how many were checked. */
function sweep(script: string): { checked: number; stale: string[] } {
  const s = new Session({ seed: 1, traceLimit: 1 });
  const world = s.world;
  const memo = new TableMemo(world);
  const names = () => ['', ...world.named.keys()];
  const stale: string[] = [];
  let checked = 0;
  let line = '';
  world.log.onEmit = (e) => {
    memo.emitted(e);
    const kept = memo.capture(names());
    const fresh = captureTables(world, names());
    checked++;
    if (JSON.stringify(kept) !== JSON.stringify(fresh)) stale.push(`event ${e.seq} (${e.kind}) of: ${line}`);
  };
  for (const l of scriptLines(script)) {
    line = l.text;
    memo.reset();
    memo.capture(names());
    s.exec(l.text);
  }
  return { checked, stale };
}

describe('TableMemo', () => {
  it('reprints a namespace after an event that changed it, and counts the FDB ageing down', () => {
    const script = [
      'ip link add br0 type bridge',
      'ip link set br0 up',
      ...[1, 2, 3].flatMap((i) => [
        `ip netns add c${i}`,
        `ip link add h${i} type veth peer name eth0 netns c${i}`,
        `ip link set h${i} master br0 up`,
        `ip -n c${i} addr add 10.0.0.${i}/24 dev eth0`,
        `ip -n c${i} link set eth0 up`,
      ]),
      'ip netns exec c1 ping -c 2 10.0.0.2',
    ].join('\n');
    const r = sweep(script);
    expect(r.stale).toEqual([]);
    expect(r.checked).toBeGreaterThan(20);
  });

  it('would show the difference if it kept a table an event changed', () => {
    // The check can fail: a memo told of no event keeps the host's FDB from before the ping learned.
    const s = new Session({ seed: 1, traceLimit: 1 });
    s.run(
      [
        'ip link add br0 type bridge',
        'ip link set br0 up',
        'ip netns add a',
        'ip netns add b',
        'ip link add ha type veth peer name eth0 netns a',
        'ip link add hb type veth peer name eth0 netns b',
        'ip link set ha master br0 up',
        'ip link set hb master br0 up',
        'ip -n a addr add 10.0.0.1/24 dev eth0',
        'ip -n b addr add 10.0.0.2/24 dev eth0',
        'ip -n a link set eth0 up',
        'ip -n b link set eth0 up',
      ].join('\n'),
    );
    const memo = new TableMemo(s.world);
    const before = memo.capture(['']);
    s.exec('ip netns exec a ping -c 1 10.0.0.2');
    const fresh = captureTables(s.world, ['']);
    expect(fresh[0].tables.fdb.length).toBeGreaterThan(before[0].tables.fdb.length);
    expect(memo.capture([''])[0].tables.fdb).toEqual(before[0].tables.fdb);
    memo.emitted({ kind: 'frame-tx', ns: '' });
    expect(memo.capture([''])[0].tables.fdb).toEqual(before[0].tables.fdb);
    memo.emitted({ kind: 'fdb-learn', ns: '' });
    expect(memo.capture([''])).toEqual(fresh);
  });

  describe('equals a fresh capture at every event of every conformance scenario', () => {
    for (const name of scenarioNames())
      it(name, () => {
        const r = sweep(readFileSync(join(SCENARIO_DIR, `${name}.sh`), 'utf8'));
        expect(r.stale).toEqual([]);
      });
  });
});
