// iptables changes a namespace's tables only through world.rtnl's xt* operations, which check a rule
// once as nf_tables checks a batch and leave a table as it was when they refuse.

import { describe, expect, it } from 'vitest';
import { NetError } from '../errors.ts';
import { XtChainError } from '../rtnl.ts';
import { World } from '../world.ts';
import type { Rule } from './table.ts';

const rule = (target: Rule['target']): Rule => ({ protoInvert: false, target, pkts: 0, bytes: 0 });
const errno = (f: () => void) => {
  try {
    f();
  } catch (e) {
    if (e instanceof NetError) return e.errno;
    throw e;
  }
  return undefined;
};

describe('world.rtnl xtables operations', () => {
  it('refuse a jump loop reachable from a built-in chain and leave every chain as it was', () => {
    const w = new World();
    const ns = w.host;
    for (const c of ['A', 'B']) w.rtnl.xtChainAdd(ns, 'filter', c);
    w.rtnl.xtRuleAdd(ns, 'filter', 'A', rule({ kind: 'jump', chain: 'B', goto: false }), 0);
    w.rtnl.xtRuleAdd(ns, 'filter', 'B', rule({ kind: 'jump', chain: 'A', goto: false }), 0);
    const before = ns.nf.table('filter').chains.get('INPUT')!.rules;
    expect(
      errno(() =>
        w.rtnl.xtRuleAdd(ns, 'filter', 'INPUT', rule({ kind: 'jump', chain: 'A', goto: false }), 0),
      ),
    ).toBe('EMLINK');
    expect(ns.nf.table('filter').chains.get('INPUT')!.rules).toBe(before);
    expect(before).toEqual([]);
  });

  it('check positions, targets bound to a table, names, and what -X may delete', () => {
    const w = new World();
    const ns = w.host;
    expect(errno(() => w.rtnl.xtRuleAdd(ns, 'filter', 'NOPE', rule({ kind: 'ACCEPT' }), 0))).toBe('ENOENT');
    expect(errno(() => w.rtnl.xtRuleAdd(ns, 'filter', 'INPUT', rule({ kind: 'ACCEPT' }), 1))).toBe('E2BIG');
    expect(errno(() => w.rtnl.xtRuleAdd(ns, 'filter', 'INPUT', rule({ kind: 'ACCEPT' }), 0, true))).toBe(
      'E2BIG',
    );
    expect(errno(() => w.rtnl.xtRuleAdd(ns, 'filter', 'INPUT', rule({ kind: 'MASQUERADE' }), 0))).toBe(
      'EINVAL',
    );
    expect(errno(() => w.rtnl.xtRuleDel(ns, 'filter', 'INPUT', 0))).toBe('E2BIG');
    w.rtnl.xtChainAdd(ns, 'filter', 'C');
    expect(errno(() => w.rtnl.xtChainAdd(ns, 'filter', 'C'))).toBe('EEXIST');
    expect(errno(() => w.rtnl.xtChainAdd(ns, 'filter', 'x'.repeat(29)))).toBe('EINVAL');
    w.rtnl.xtRuleAdd(ns, 'filter', 'FORWARD', rule({ kind: 'jump', chain: 'C', goto: false }), 0);
    const busy = (() => {
      try {
        w.rtnl.xtChainDel(ns, 'filter', ['C']);
      } catch (e) {
        return e;
      }
    })();
    expect(busy).toBeInstanceOf(XtChainError);
    expect(busy).toMatchObject({ errno: 'EBUSY', chain: 'C' });
    expect(errno(() => w.rtnl.xtChainDel(ns, 'filter', ['INPUT']))).toBe('ENOENT');
    w.rtnl.xtPolicy(ns, 'filter', 'INPUT', 'DROP');
    expect(errno(() => w.rtnl.xtChainDel(ns, 'filter', ['INPUT']))).toBe('EPERM');
    expect(errno(() => w.rtnl.xtPolicy(ns, 'filter', 'C', 'DROP'))).toBe('EPERM');
    expect(errno(() => w.rtnl.xtPolicy(ns, 'nat', 'PREROUTING', 'DROP'))).toBe('EINVAL');
    w.rtnl.xtFlush(ns, 'filter', 'FORWARD');
    w.rtnl.xtChainDel(ns, 'filter', ['C']);
    expect(ns.nf.table('filter').chains.has('C')).toBe(false);
  });
});
