// The IPv4 FIB (net/ipv4/fib_trie.c, fib_frontend.c, fib_rules.c, fib4_rules.c). Policy rules are
// consulted by preference (the defaults: 0 local, 32766 main, 32767 default); a rule that matches
// the flow either looks up its table or ends the lookup with its action's error. Within a table the
// longest prefix wins, then the lowest metric; a blackhole, unreachable or prohibit route ends the
// lookup with its error (fib_props), a throw route returns to the rules. Routes are kept in the order
// the kernel dumps them: by network address, longer prefixes first for the same address, then by
// metric.

import type { Scope } from '../ipv4/devinet.ts';
import type { Device } from '../link/device.ts';
import { type Ip4, prefixMask } from '../wire/addr.ts';
import { FnheTable } from './fnhe.ts';

export const RT_TABLE_LOCAL = 255;
export const RT_TABLE_MAIN = 254;
export const RT_TABLE_DEFAULT = 253;

export type RouteType =
  | 'unicast'
  | 'local'
  | 'broadcast'
  | 'unreachable'
  | 'blackhole'
  | 'prohibit'
  | 'throw';

/** What a lookup that finds no usable route returns (fib_props[type].error; -ESRCH becomes ENETUNREACH). */
export type FibError = 'ENETUNREACH' | 'EHOSTUNREACH' | 'EACCES' | 'EINVAL';

const TYPE_ERROR: Partial<Record<RouteType, FibError>> = {
  unreachable: 'EHOSTUNREACH',
  prohibit: 'EACCES',
  blackhole: 'EINVAL',
};

export interface Route {
  table: number;
  type: RouteType;
  dst: Ip4;
  len: number;
  metric: number;
  dev?: Device;
  gw?: Ip4;
  onlink: boolean;
  scope: Scope;
  proto: string;
  prefsrc?: Ip4;
  /** RTAX_MTU (`mtu [lock] N`): the path MTU for destinations through this route. */
  mtu?: number;
  mtuLock?: boolean;
}

/** FR_ACT_TO_TBL and the terminal actions, with the error each returns (fib4_rule_action). */
export type RuleAction = 'lookup' | 'unreachable' | 'prohibit' | 'blackhole';
const ACTION_ERROR: Record<Exclude<RuleAction, 'lookup'>, FibError> = {
  unreachable: 'ENETUNREACH',
  prohibit: 'EACCES',
  blackhole: 'EINVAL',
};

/** struct fib4_rule: the selectors (all optional) and what to do when they match. */
export interface FibRule {
  pref: number;
  action: RuleAction;
  /** The table of a `lookup` rule (0 for the terminal actions). */
  table: number;
  src?: { addr: Ip4; len: number };
  dst?: { addr: Ip4; len: number };
  /** Device names, matched by name as the kernel resolves them when the device exists. */
  iif?: string;
  oif?: string;
  fwmark?: number;
  fwmask?: number;
  tos?: number;
  /** FIB_RULE_INVERT (`not`): the rule applies when its selectors do not all match. */
  invert?: boolean;
}

export const DEFAULT_RULES: FibRule[] = [
  { pref: 0, action: 'lookup', table: RT_TABLE_LOCAL },
  { pref: 32766, action: 'lookup', table: RT_TABLE_MAIN },
  { pref: 32767, action: 'lookup', table: RT_TABLE_DEFAULT },
];

/** struct flowi4: what a route lookup is about. `iif` is unset for locally generated packets (iif lo). */
export interface Flow {
  dst: Ip4;
  src?: Ip4;
  iif?: Device;
  oif?: Device;
  mark?: number;
  tos?: number;
}

export type FibResult = { route: Route; error?: undefined } | { route?: undefined; error: FibError };

/** fib_rule_match + fib4_rule_match. */
export function ruleMatches(rule: FibRule, flow: Flow): boolean {
  let ok = true;
  const iifName = flow.iif ? flow.iif.name : 'lo';
  if (
    rule.iif !== undefined &&
    (rule.iif !== iifName || (flow.iif && flow.iif.netns.dev(rule.iif) !== flow.iif))
  )
    ok = false;
  else if (rule.oif !== undefined && flow.oif?.name !== rule.oif) ok = false;
  else if (
    rule.fwmark !== undefined &&
    ((rule.fwmark ^ (flow.mark ?? 0)) & (rule.fwmask ?? 0xffffffff)) >>> 0
  )
    ok = false;
  else if (rule.src && !inNet(flow.src ?? 0, rule.src.addr, rule.src.len)) ok = false;
  else if (rule.dst && !inNet(flow.dst, rule.dst.addr, rule.dst.len)) ok = false;
  else if (rule.tos !== undefined && rule.tos !== (flow.tos ?? 0)) ok = false;
  return rule.invert ? !ok : ok;
}

function inNet(ip: Ip4, net: Ip4, len: number): boolean {
  return len === 0 || (ip & MASKS[len]) >>> 0 === net;
}

function order(a: Route, b: Route): number {
  if (a.dst !== b.dst) return a.dst < b.dst ? -1 : 1;
  if (a.len !== b.len) return b.len - a.len;
  return a.metric - b.metric;
}

/** The first index of `t` (kept in `order`) whose route is not ordered before dst/len: a binary search. */
function firstOf(t: Route[], dst: Ip4, len: number): number {
  let lo = 0;
  let hi = t.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const r = t[mid];
    if (r.dst < dst || (r.dst === dst && r.len > len)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** What a table lookup needs besides the sorted routes: the prefix lengths in use and the /0 routes. */
interface TableShape {
  /** Prefix lengths of the table's routes, longest first, without 0. */
  lens: number[];
  /** The routes of length 0, in table order (any destination matches them). */
  zero: Route[];
}

export class Fib {
  /** Next-hop exceptions: learned path MTUs and redirects (route.c). */
  readonly exceptions = new FnheTable();
  /** fib_new_table: a table exists once something was put in it; main exists from the start. */
  private tables = new Map<number, Route[]>([[RT_TABLE_MAIN, []]]);
  /** Routes by preferred source (fib_info_laddrhash), for fib_sync_down_addr. */
  private bySrc = new Map<Ip4, Set<Route>>();
  rules: FibRule[] = DEFAULT_RULES.map((r) => ({ ...r }));

  has(id: number): boolean {
    return this.tables.has(id);
  }

  /** The routes of table `id`, creating it (as inserting a route would). */
  table(id: number): Route[] {
    let t = this.tables.get(id);
    if (!t) {
      t = [];
      this.tables.set(id, t);
    }
    return t;
  }

  tableIds(): number[] {
    return [...this.tables.keys()];
  }

  /**
   * The routes of table `id` for exactly dst/len, in metric order. Tables are kept sorted (`order`),
   * so this is a binary search, and adding the routes of thousands of addresses stays linear.
   */
  withPrefix(id: number, dst: Ip4, len: number): Route[] {
    const t = this.tables.get(id);
    const out: Route[] = [];
    if (!t) return out;
    for (let i = firstOf(t, dst, len); i < t.length && t[i].dst === dst && t[i].len === len; i++)
      out.push(t[i]);
    return out;
  }

  /** The route with the same key (table, dst/len, metric), which `ip route add` would collide with. */
  find(table: number, dst: Ip4, len: number, metric: number, type?: RouteType): Route | undefined {
    return this.withPrefix(table, dst, len).find(
      (r) => r.metric === metric && (type === undefined || r.type === type),
    );
  }

  /** Bumped on every change; caches derived from the tables compare against it. */
  version = 0;
  private localCache?: { version: number; hosts: Set<Ip4>; prefixes: Route[] };
  private shapes?: { version: number; of: Map<Route[], TableShape> };

  private shapeOf(t: Route[]): TableShape {
    if (this.shapes?.version !== this.version) this.shapes = { version: this.version, of: new Map() };
    let s = this.shapes.of.get(t);
    if (!s) {
      const lens = new Set<number>();
      const zero: Route[] = [];
      for (const r of t) {
        if (r.len === 0) zero.push(r);
        else lens.add(r.len);
      }
      s = { lens: [...lens].sort((a, b) => b - a), zero };
      this.shapes.of.set(t, s);
    }
    return s;
  }

  /**
   * Could `ip` be a local address? False means certainly not (no local-type route covers it); true
   * means a full lookup must decide. Used on hot paths (every ARP request a bridge floods).
   */
  maybeLocal(ip: Ip4): boolean {
    if (this.localCache?.version !== this.version) {
      const hosts = new Set<Ip4>();
      const prefixes: Route[] = [];
      for (const t of this.tables.values()) {
        for (const r of t) {
          if (r.type !== 'local') continue;
          if (r.len === 32) hosts.add(r.dst);
          else prefixes.push(r);
        }
      }
      this.localCache = { version: this.version, hosts, prefixes };
    }
    const c = this.localCache;
    if (c.hosts.has(ip)) return true;
    for (const r of c.prefixes) if (r.len === 0 || (ip & MASKS[r.len]) >>> 0 === r.dst) return true;
    return false;
  }

  /** Inserts after every route not ordered after it, or with `first` before those ordered equal. */
  insert(r: Route, first = false): void {
    this.version++;
    const t = this.table(r.table);
    // From the first of its prefix (binary search).
    let i = firstOf(t, r.dst, r.len);
    while (i < t.length && (first ? order(t[i], r) < 0 : order(t[i], r) <= 0)) i++;
    t.splice(i, 0, r);
    if (r.prefsrc !== undefined) {
      const set = this.bySrc.get(r.prefsrc);
      if (set) set.add(r);
      else this.bySrc.set(r.prefsrc, new Set([r]));
    }
  }

  remove(r: Route): boolean {
    this.version++;
    const t = this.table(r.table);
    let i = firstOf(t, r.dst, r.len);
    while (i < t.length && t[i] !== r && t[i].dst === r.dst && t[i].len === r.len) i++;
    if (t[i] !== r) return false;
    t.splice(i, 1);
    this.exceptions.forgetRoute(r);
    this.unindexSrc(r);
    return true;
  }

  removeWhere(pred: (r: Route) => boolean): Route[] {
    this.version++;
    const out: Route[] = [];
    for (const [id, t] of this.tables) {
      const keep: Route[] = [];
      for (const r of t) (pred(r) ? out : keep).push(r);
      this.tables.set(id, keep);
    }
    for (const r of out) this.exceptions.forgetRoute(r);
    for (const r of out) this.unindexSrc(r);
    return out;
  }

  private unindexSrc(r: Route): void {
    if (r.prefsrc === undefined) return;
    const set = this.bySrc.get(r.prefsrc);
    set?.delete(r);
    if (set?.size === 0) this.bySrc.delete(r.prefsrc);
  }

  /** Routes whose preferred source is `src`, in no particular order. */
  withPrefsrc(src: Ip4): Route[] {
    return [...(this.bySrc.get(src) ?? [])];
  }

  /** A usable route for `dst` (unicast, local or broadcast), or undefined: see resolve. */
  lookup(dst: Ip4, opts: { oif?: Device; minScope?: Scope } = {}): Route | undefined {
    return this.resolve({ dst, oif: opts.oif }, opts.minScope).route;
  }

  /** fib_lookup: the rules in order; each matching rule looks up its table or ends with its error. */
  resolve(flow: Flow, minScope?: Scope): FibResult {
    for (const rule of this.rules) {
      if (!ruleMatches(rule, flow)) continue;
      if (rule.action !== 'lookup') return { error: ACTION_ERROR[rule.action] };
      const t = this.tables.get(rule.table);
      if (!t) continue;
      const r = this.tableLookup(t, flow, minScope);
      if (!r || r.type === 'throw') continue; // -EAGAIN: on to the next rule
      const error = TYPE_ERROR[r.type];
      return error ? { error } : { route: r };
    }
    return { error: 'ENETUNREACH' };
  }

  /**
   * fib_table_lookup: longest prefix, then lowest metric (the first of equals in table order). `oif`
   * restricts to that device. For each prefix length in use, longest first, only the routes of that
   * length covering `dst` are looked at (a binary search in the sorted table), as the kernel's trie
   * does, so a lookup does not grow with the number of routes. A route whose destination has host
   * bits set never matches (as in a scan comparing dst & mask with it).
   */
  private tableLookup(t: Route[], flow: Flow, minScope?: Scope): Route | undefined {
    const { dst, oif } = flow;
    const { lens, zero } = this.shapeOf(t);
    for (const len of lens) {
      const net = (dst & MASKS[len]) >>> 0;
      for (let i = firstOf(t, net, len); i < t.length && t[i].dst === net && t[i].len === len; i++)
        if (usable(t[i], dst, oif, minScope)) return t[i];
    }
    let best: Route | undefined;
    for (const r of zero) if (usable(r, dst, oif, minScope) && (!best || r.metric < best.metric)) best = r;
    return best;
  }
}

function usable(r: Route, dst: Ip4, oif: Device | undefined, minScope: Scope | undefined): boolean {
  if (r.type === 'broadcast' && r.dst !== dst) return false;
  if (oif && r.dev && r.dev !== oif && r.type !== 'local' && r.type !== 'broadcast') return false;
  if (minScope && scopeNum(r.scope) < scopeNum(minScope)) return false;
  return true;
}

/** MASKS[len] is the netmask for a prefix length (signed 32-bit, as `&` yields). */
const MASKS = Array.from({ length: 33 }, (_, len) => prefixMask(len) | 0);

function scopeNum(s: Scope): number {
  return s === 'global' ? 0 : s === 'link' ? 253 : s === 'host' ? 254 : 255;
}
