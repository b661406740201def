// The incremental structures behind iptables -C/-D and rule validation, against from-scratch
// oracles: a chain's rule index (rule-key.ts) must answer as a scan of its rules compared word by
// word would, and validateAdded (validate.ts, with its cache of the hooks reaching each chain) must
// accept and refuse exactly what validating the whole table with the rule in it would.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NetError } from '../errors.ts';
import { World } from '../world.ts';
import { writable } from '../writable.ts';
import { ruleArgv } from './format.ts';
import { chainHolds, findRule } from './rule-key.ts';
import { type Chain, type Rule, Table, type Target } from './table.ts';
import { checkRule, validateTable } from './validate.ts';

const USER = ['X', 'Y'];
const TARGETS: Target[] = [
  { kind: 'ACCEPT' },
  { kind: 'DNAT', to: 0x0a000002 },
  { kind: 'MASQUERADE' },
  ...USER.flatMap((chain) => [
    { kind: 'jump' as const, chain, goto: false },
    { kind: 'jump' as const, chain, goto: true },
  ]),
];
const rule = (t: number, dport: number): Rule => ({
  protoInvert: false,
  proto: 6,
  dport: { lo: dport, hi: dport, invert: false },
  l4Match: true,
  target: TARGETS[t],
  pkts: 0,
  bytes: 0,
});
const words = (r: Rule) => JSON.stringify(ruleArgv(r));
const PROBES = TARGETS.flatMap((_, k) => [1, 2].map((d) => rule(k, d))).map((r) => ({ r, w: words(r) }));

/** The table with `r` put at `at` of `chain`, on copies (validateTable's input for the oracle). */
function withRule(t: Table, chain: string, r: Rule, at: number): Table {
  const copy = new Table(t.name);
  for (const c of t.chains.values()) {
    if (!c.builtin) copy.addChain(c.name);
    const rules = [...c.rules];
    if (c.name === chain) rules.splice(at, 0, r);
    writable(copy.chains.get(c.name) as Chain).rules = rules;
  }
  return copy;
}

const op = fc.record({
  kind: fc.constantFrom('add', 'add', 'add', 'del', 'del', 'flush', 'rename'),
  chain: fc.constantFrom('PREROUTING', 'POSTROUTING', 'OUTPUT', ...USER),
  target: fc.integer({ min: 0, max: TARGETS.length - 1 }),
  dport: fc.integer({ min: 1, max: 2 }),
  at: fc.nat(),
});

describe('rule index and incremental validation', () => {
  it('answer as a scan of the chain and a validation of the whole table would', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        const w = new World();
        const ns = w.host;
        for (const c of USER) w.rtnl.xtChainAdd(ns, 'nat', c);
        const t = ns.nf.table('nat');
        for (const o of ops) {
          const c = t.chains.get(o.chain);
          if (!c) continue;
          const r = rule(o.target, o.dport);
          if (o.kind === 'add') {
            const at = o.at % (c.rules.length + 1);
            const want = checkRule('nat', c, r) ?? validateTable(withRule(t, c.name, r, at));
            let got: string | undefined;
            try {
              w.rtnl.xtRuleAdd(ns, 'nat', c.name, r, at);
            } catch (e) {
              if (!(e instanceof NetError)) throw e;
              got = e.errno;
            }
            expect(got).toBe(want);
          } else if (o.kind === 'del' && c.rules.length) {
            w.rtnl.xtRuleDel(ns, 'nat', c.name, o.at % c.rules.length);
          } else if (o.kind === 'flush') {
            w.rtnl.xtFlush(ns, 'nat', c.name);
          } else if (o.kind === 'rename' && !c.builtin) {
            // Away and back: the rules that jump to it are replaced twice.
            w.rtnl.xtChainRename(ns, 'nat', c.name, 'TMP');
            w.rtnl.xtChainRename(ns, 'nat', 'TMP', c.name);
          }
          expect(validateTable(t)).toBeUndefined();
          for (const ch of t.chains.values()) {
            const have = ch.rules.map(words);
            for (const p of PROBES) {
              const scan = have.indexOf(p.w);
              expect(findRule(ch, p.r)).toBe(scan);
              expect(chainHolds(ch, p.r)).toBe(scan >= 0);
            }
          }
        }
      }),
      { seed: 7, numRuns: 100 },
    );
  });

  it('forget a hook that no longer reaches a chain once its jump is deleted or flushed', () => {
    const w = new World();
    const ns = w.host;
    w.rtnl.xtChainAdd(ns, 'nat', 'X');
    const dnat = () => w.rtnl.xtRuleAdd(ns, 'nat', 'X', rule(1, 1), 0);
    const jump = () => w.rtnl.xtRuleAdd(ns, 'nat', 'POSTROUTING', rule(3, 1), 0);
    const refused = (f: () => void) => {
      try {
        f();
      } catch (e) {
        if (e instanceof NetError) return e.errno;
        throw e;
      }
    };
    for (const undo of [
      () => w.rtnl.xtRuleDel(ns, 'nat', 'POSTROUTING', 0),
      () => w.rtnl.xtFlush(ns, 'nat', 'POSTROUTING'),
      () => w.rtnl.xtFlush(ns, 'nat'),
    ]) {
      jump();
      // DNAT serves PREROUTING and OUTPUT: a chain POSTROUTING jumps to may not hold it.
      expect(refused(dnat)).toBe('EINVAL');
      undo();
      expect(refused(dnat)).toBeUndefined();
      w.rtnl.xtFlush(ns, 'nat', 'X');
    }
  });
});
