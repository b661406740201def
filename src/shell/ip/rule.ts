// `ip rule add|del|flush|show` (ip/iprule.c; net/core/fib_rules.c): the IPv4 policy rules with their
// selectors (from, to, iif, oif, fwmark[/mask], tos, not) and actions (lookup TABLE, unreachable,
// prohibit, blackhole).

import { NetError } from '../../engine/errors.ts';
import type { FibRule, RuleAction } from '../../engine/route/fib.ts';
import { RT_TABLE_DEFAULT, RT_TABLE_LOCAL, RT_TABLE_MAIN } from '../../engine/route/fib.ts';
import { ip4ToString } from '../../engine/wire/addr.ts';
import type { Ctx } from '../context.ts';
import { unsupported } from '../unsupported.ts';
import type { IpOpts } from './index.ts';
import { IP_RULE_USAGE } from './usage.ts';
import { fail, getPrefix, incomplete, invarg, matches } from './util.ts';

const TABLE_NAMES: Record<number, string> = { 255: 'local', 254: 'main', 253: 'default', 0: 'unspec' };
const TABLES: Record<string, number> = {
  local: RT_TABLE_LOCAL,
  main: RT_TABLE_MAIN,
  default: RT_TABLE_DEFAULT,
  unspec: 0,
};
const ACTIONS: Record<string, RuleAction> = {
  unreachable: 'unreachable',
  prohibit: 'prohibit',
  blackhole: 'blackhole',
};

export function ipRule(ctx: Ctx, argv: string[], _opts: IpOpts): number {
  const cmd = argv[0] ?? 'show';
  const rest = argv.slice(1);
  if (matches(cmd, 'show') || matches(cmd, 'list') || matches(cmd, 'lst')) return ruleShow(ctx, rest);
  if (matches(cmd, 'add')) return ruleModify(ctx, rest, 'add');
  if (matches(cmd, 'delete')) return ruleModify(ctx, rest, 'del');
  if (matches(cmd, 'flush')) {
    ctx.world.rtnl.flushRules(ctx.ns);
    return 0;
  }
  if (matches(cmd, 'save') || matches(cmd, 'restore')) unsupported(ctx, `ip rule ${cmd}`);
  if (matches(cmd, 'help')) fail(ctx, IP_RULE_USAGE, 255);
  fail(ctx, `Command "${cmd}" is unknown, try "ip rule help".`, 255);
}

/** A rule as parsed: every field is optional, for `del` and the show filter. */
interface RuleReq extends Partial<FibRule> {
  tableGiven?: boolean;
}

function parseTable(ctx: Ctx, v: string): number {
  if (v in TABLES) return TABLES[v];
  if (/^\d+$/.test(v) && Number(v) <= 0xffffffff) return Number(v);
  invarg(ctx, 'invalid table ID\n', v);
}

function parseU32(v: string): number | undefined {
  if (!/^(0x[0-9a-f]+|0[0-7]*|[1-9]\d*)$/i.test(v)) return undefined;
  const n = /^0x/i.test(v)
    ? Number.parseInt(v.slice(2), 16)
    : /^0\d/.test(v)
      ? Number.parseInt(v, 8)
      : Number(v);
  return n <= 0xffffffff ? n : undefined;
}

function parseRule(ctx: Ctx, argv: string[], forShow: boolean): RuleReq {
  const req: RuleReq = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => argv[++i] ?? incomplete(ctx);
    if (a === 'not') req.invert = true;
    else if (a === 'from' || a === 'to') {
      const v = next();
      if (v === 'all') continue;
      const p = getPrefix(ctx, v, 'any valid');
      if (a === 'from') req.src = { addr: p.addr, len: p.len };
      else req.dst = { addr: p.addr, len: p.len };
    } else if (
      matches(a, 'preference') ||
      matches(a, 'priority') ||
      a === 'order' ||
      a === 'pref' ||
      a === 'prio'
    ) {
      const v = next();
      const n = parseU32(v);
      if (n === undefined) invarg(ctx, 'preference value is invalid\n', v);
      req.pref = n;
    } else if (a === 'tos' || matches(a, 'dsfield')) {
      const v = next();
      const n = /^(0x)?[0-9a-f]{1,2}$/i.test(v) ? Number.parseInt(v.replace(/^0x/i, ''), 16) : Number.NaN;
      if (Number.isNaN(n)) invarg(ctx, 'TOS value is invalid\n', v);
      req.tos = n;
    } else if (a === 'fwmark') {
      const v = next();
      const [m, mask] = v.split('/');
      const mark = parseU32(m);
      if (mark === undefined) invarg(ctx, 'fwmark value is invalid\n', v);
      req.fwmark = mark;
      if (mask !== undefined) {
        const mk = parseU32(mask);
        if (mk === undefined) invarg(ctx, 'fwmark mask value is invalid\n', mask);
        req.fwmask = mk;
      }
    } else if (a === 'table' || matches(a, 'lookup')) {
      req.table = parseTable(ctx, next());
      req.tableGiven = true;
    } else if (a === 'dev' || a === 'iif') req.iif = next();
    else if (a === 'oif') req.oif = next();
    else if (a === 'type') {
      const v = next();
      if (!(v in ACTIONS) && v !== 'unicast') invarg(ctx, 'Failed to parse rule type\n', v);
      req.action = v === 'unicast' ? 'lookup' : ACTIONS[v];
    } else if (a in ACTIONS) req.action = ACTIONS[a];
    else if (matches(a, 'goto')) {
      const v = next();
      const target = parseU32(v);
      if (target === undefined) invarg(ctx, 'invalid target\n', v);
      // A rule may only jump forward; netns-lab does not model the forward jump itself.
      if (!forShow && target <= (req.pref ?? defaultPref(ctx)))
        throw new NetError('EINVAL', 'Backward goto not supported.');
      unsupported(ctx, 'ip rule goto');
    } else if (
      [
        'realms',
        'suppress_prefixlength',
        'suppress_ifgroup',
        'uidrange',
        'ipproto',
        'sport',
        'dport',
        'l3mdev',
        'nat',
        'map-to',
        'protocol',
        'proto',
        'nop',
      ].includes(a) ||
      matches(a, 'realms')
    ) {
      unsupported(ctx, `ip rule option "${a}"`);
    } else invarg(ctx, 'Failed to parse rule type\n', a);
  }
  return req;
}

/** fib_default_rule_pref: one below the preference of the second rule in the list. */
function defaultPref(ctx: Ctx): number {
  const rules = ctx.ns.fib.rules;
  const second = rules[0]?.pref === 0 ? rules[1] : rules[0];
  return second && second.pref > 0 ? second.pref - 1 : 0;
}

function ruleModify(ctx: Ctx, argv: string[], mode: 'add' | 'del'): number {
  const req = parseRule(ctx, argv, false);
  if (mode === 'add') {
    const action = req.action ?? 'lookup';
    const rule: FibRule = {
      pref: req.pref ?? defaultPref(ctx),
      action,
      table: action === 'lookup' ? (req.table ?? RT_TABLE_MAIN) : 0,
    };
    for (const k of ['src', 'dst', 'iif', 'oif', 'fwmark', 'fwmask', 'tos', 'invert'] as const) {
      if (req[k] !== undefined) (rule as unknown as Record<string, unknown>)[k] = req[k];
    }
    ctx.world.rtnl.addRule(ctx.ns, rule);
    return 0;
  }
  ctx.world.rtnl.delRule(ctx.ns, (r) => ruleMatchesReq(r, req));
  return 0;
}

/** rule_find / the show filter: every field the request gives must be the rule's. */
function ruleMatchesReq(r: FibRule, q: RuleReq): boolean {
  const same = (a?: { addr: number; len: number }, b?: { addr: number; len: number }) =>
    a?.addr === b?.addr && a?.len === b?.len;
  if (q.pref !== undefined && r.pref !== q.pref) return false;
  if (q.action !== undefined && r.action !== q.action) return false;
  if (q.tableGiven && r.table !== q.table) return false;
  if (q.src && !same(q.src, r.src)) return false;
  if (q.dst && !same(q.dst, r.dst)) return false;
  if (q.iif !== undefined && r.iif !== q.iif) return false;
  if (q.oif !== undefined && r.oif !== q.oif) return false;
  if (q.fwmark !== undefined && r.fwmark !== q.fwmark) return false;
  if (q.fwmask !== undefined && r.fwmask !== q.fwmask) return false;
  if (q.tos !== undefined && r.tos !== q.tos) return false;
  if (q.invert && !r.invert) return false;
  return true;
}

function ruleShow(ctx: Ctx, argv: string[]): number {
  const filter = parseRule(ctx, argv, true);
  for (const r of ctx.ns.fib.rules) if (ruleMatchesReq(r, filter)) ctx.write(formatRule(ctx, r));
  return 0;
}

function prefix(p: { addr: number; len: number }): string {
  return p.len === 32 ? ip4ToString(p.addr) : `${ip4ToString(p.addr)}/${p.len}`;
}

/** print_rule: `PREF:\t[not ]from SRC [to DST] [tos T] [fwmark M[/MASK]] [iif X] [oif Y] ACTION`. */
export function formatRule(ctx: Ctx, r: FibRule): string {
  let s = `${r.pref}:\t${r.invert ? 'not ' : ''}from ${r.src ? prefix(r.src) : 'all'} `;
  if (r.dst) s += `to ${prefix(r.dst)} `;
  if (r.tos) s += `tos 0x${r.tos.toString(16).padStart(2, '0')} `;
  if (r.fwmark !== undefined) {
    s += `fwmark 0x${r.fwmark.toString(16)}`;
    s += r.fwmask !== undefined && r.fwmask !== 0xffffffff ? `/0x${r.fwmask.toString(16)} ` : ' ';
  }
  const detached = (name: string) => (ctx.ns.dev(name) ? '' : ' [detached]');
  if (r.iif !== undefined) s += `iif ${r.iif}${detached(r.iif)} `;
  if (r.oif !== undefined) s += `oif ${r.oif}${detached(r.oif)} `;
  s += r.action === 'lookup' ? `lookup ${TABLE_NAMES[r.table] ?? r.table}` : r.action;
  return `${s}\n`;
}
