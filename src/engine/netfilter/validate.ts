// What the kernel checks when iptables-nft commits a rule. Two stages, as in nf_tables_api.c:
//  - the rule on its own (nft_compat's xt_check_target / xt_check_match): a target bound to one
//    table (REJECT to filter, the NAT targets to nat) is refused anywhere else, and a rule in a
//    built-in chain is checked against that chain's hook;
//  - the whole table (nft_table_validate → nft_chain_validate): from every built-in chain, each jump
//    or goto is followed one level deeper. A chain reached at level 16 (NFT_JUMP_STACK_SIZE) is
//    refused with EMLINK — which is how a loop reachable from a built-in chain is refused — and a
//    hook-bound target reached from another hook with EINVAL. Chains no built-in chain reaches are
//    not checked: a loop among them is accepted until something jumps into it (measured on 6.18).

import { BUILTIN_CHAINS, type Chain, type Hook, type Rule, type Table, type TableName } from './table.ts';

export type RuleErrno = 'EINVAL' | 'EMLINK';

/** NFT_JUMP_STACK_SIZE: a chain may be entered at levels 0 (built-in) to 15. */
const JUMP_STACK_SIZE = 16;

/** The table and hooks each bound xt target was registered with (ipt_REJECT, xt_nat, xt_MASQUERADE, xt_REDIRECT). */
const TARGET_BINDING: Partial<Record<string, { table: TableName; hooks: Hook[] }>> = {
  REJECT: { table: 'filter', hooks: ['INPUT', 'FORWARD', 'OUTPUT'] },
  MASQUERADE: { table: 'nat', hooks: ['POSTROUTING'] },
  SNAT: { table: 'nat', hooks: ['INPUT', 'POSTROUTING'] },
  DNAT: { table: 'nat', hooks: ['PREROUTING', 'OUTPUT'] },
  REDIRECT: { table: 'nat', hooks: ['PREROUTING', 'OUTPUT'] },
  // xt_CT (and NOTRACK, the same target in iptables-nft): the raw table only.
  CT: { table: 'raw', hooks: ['PREROUTING', 'OUTPUT'] },
};

function hookAllowed(r: Rule, hook: Hook): boolean {
  const b = r.target ? TARGET_BINDING[r.target.kind] : undefined;
  return !b || b.hooks.includes(hook);
}

/** The checks made when the rule is created in `chain` of `table` (before the table is validated). */
export function checkRule(table: TableName, chain: Chain, r: Rule): RuleErrno | undefined {
  const t = r.target;
  const b = t ? TARGET_BINDING[t.kind] : undefined;
  if (b && b.table !== table) return 'EINVAL';
  // reject_tg_check: a TCP reset needs a rule that matches TCP only.
  if (t?.kind === 'REJECT' && t.with === 'tcp-reset' && (r.proto !== 6 || r.protoInvert)) return 'EINVAL';
  if (!chain.builtin) return undefined;
  const hook = chain.name as Hook;
  if (!hookAllowed(r, hook)) return 'EINVAL';
  // physdev_mt_check: --physdev-out/--physdev-is-out cannot be known in OUTPUT unless the packet is bridged.
  for (const x of r.ext ?? []) {
    if (x.kind !== 'physdev' || hook !== 'OUTPUT' || !(x.out || x.isOut)) continue;
    if (!x.isBridged || x.isBridged.invert) return 'EINVAL';
  }
  return undefined;
}

/**
 * nft_table_validate: walks the jumps from every built-in chain, depth first in rule order, and
 * returns the first error. A chain already found valid at a level is valid at any lower level from
 * the same hook, so it is not walked again (the walk stays linear however many rules share a chain).
 */
export function validateTable(t: Table): RuleErrno | undefined {
  for (const hook of BUILTIN_CHAINS[t.name]) {
    const validAt = new Map<string, number>();
    const walk = (c: Chain, level: number): RuleErrno | undefined => {
      if (level === JUMP_STACK_SIZE) return 'EMLINK';
      const seen = validAt.get(c.name);
      if (seen !== undefined && seen >= level) return undefined;
      for (const r of c.rules) {
        const tg = r.target;
        if (tg?.kind === 'jump') {
          const next = t.chains.get(tg.chain);
          const err = next && walk(next, level + 1);
          if (err) return err;
        } else if (!hookAllowed(r, hook)) return 'EINVAL';
      }
      validAt.set(c.name, level);
      return undefined;
    };
    const err = walk(t.chains.get(hook)!, 0);
    if (err) return err;
  }
  return undefined;
}

/** The hooks that reach each chain through jumps and gotos, by table; made again after a jump changes. */
const reach = new WeakMap<Table, Map<string, Set<Hook>>>();

/** For world.rtnl: a jump was added or removed, or chains renamed or deleted. */
export function jumpsChanged(t: Table): void {
  reach.delete(t);
}

function reaching(t: Table): Map<string, Set<Hook>> {
  let m = reach.get(t);
  if (m) return m;
  const found = new Map<string, Set<Hook>>();
  for (const hook of BUILTIN_CHAINS[t.name]) {
    const todo = [hook as string];
    while (todo.length) {
      const c = t.chains.get(todo.pop()!);
      if (!c) continue;
      for (const r of c.rules) {
        const tg = r.target;
        if (tg?.kind !== 'jump') continue;
        const seen = found.get(tg.chain) ?? new Set<Hook>();
        if (seen.has(hook)) continue;
        seen.add(hook);
        found.set(tg.chain, seen);
        todo.push(tg.chain);
      }
    }
  }
  m = found;
  reach.set(t, m);
  return m;
}

/**
 * validateTable for a table that was valid until `r` joined `chain`: only a jump can make a loop or
 * go too deep, and only a hook-bound target can be reached from a hook it does not serve — which
 * the chain's reaching hooks tell without walking its rules (Docker's DNAT rules, one per published
 * port, each cost the same however many there are already).
 */
export function validateAdded(t: Table, chain: Chain, r: Rule): RuleErrno | undefined {
  if (r.target?.kind === 'jump') return validateTable(t);
  if (!r.target || !TARGET_BINDING[r.target.kind] || chain.builtin) return undefined;
  for (const hook of reaching(t).get(chain.name) ?? []) if (!hookAllowed(r, hook)) return 'EINVAL';
  return undefined;
}
