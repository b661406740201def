// Rule identity as iptables-nft compares rules for -C and -D: it decodes each rule of the chain back
// into matches and a target and compares them with the given rule (nft_rule_cmp: addresses,
// interfaces, protocol, then each match's and the target's data, in order). Those decoded rules are
// what `-S` lists, so two rules are the same when they list as the same words (ruleArgv: option
// order and an implied `-m tcp` do not matter, match order and an explicit empty `-m tcp` do;
// measured on the kernel). A rule's key is those words, computed once
// per rule object (rules are not changed in place: a renamed chain replaces the rules that jump to
// it). Each chain keeps a count of its rules by key, made the first time it is asked and then kept
// by world.rtnl's writers, so asking whether a chain holds a rule costs the same however long the
// chain is (Docker asks before each of the rules it writes for every published port).

import { ruleArgv } from './format.ts';
import type { Chain, Rule } from './table.ts';

const keys = new WeakMap<Rule, string>();

/** The words iptables compares the rule by, as one string. */
export function ruleKey(r: Rule): string {
  let k = keys.get(r);
  if (k === undefined) {
    k = JSON.stringify(ruleArgv(r));
    keys.set(r, k);
  }
  return k;
}

const counts = new WeakMap<Chain, Map<string, number>>();

function index(c: Chain): Map<string, number> {
  let m = counts.get(c);
  if (!m) {
    m = new Map();
    for (const r of c.rules) bump(m, ruleKey(r), 1);
    counts.set(c, m);
  }
  return m;
}

function bump(m: Map<string, number>, k: string, by: number): void {
  const n = (m.get(k) ?? 0) + by;
  if (n > 0) m.set(k, n);
  else m.delete(k);
}

/** Whether the chain holds a rule that is the same as `r` (iptables -C). */
export function chainHolds(c: Chain, r: Rule): boolean {
  return index(c).has(ruleKey(r));
}

/** The position of the first rule in the chain that is the same as `r` (iptables -D), or -1. */
export function findRule(c: Chain, r: Rule): number {
  if (!chainHolds(c, r)) return -1;
  const k = ruleKey(r);
  return c.rules.findIndex((x) => ruleKey(x) === k);
}

/** For world.rtnl: `r` joined or left the chain (a chain not indexed yet is left so). */
export function ruleJoined(c: Chain, r: Rule, by: 1 | -1): void {
  const m = counts.get(c);
  if (m) bump(m, ruleKey(r), by);
}

/** For world.rtnl: the chain's rules changed wholesale; its index is made again when next asked. */
export function chainReset(c: Chain): void {
  counts.delete(c);
}
