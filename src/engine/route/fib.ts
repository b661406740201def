// The IPv4 FIB (net/ipv4/fib_trie.c, fib_frontend.c, fib_rules.c). Tables `local` (255), `main`
// (254) and `default` (253) are consulted in rule order 0, 32766, 32767; within a table the longest
// prefix wins, then the lowest metric. Routes are kept in the order the kernel dumps them: by network
// address, longer prefixes first for the same address, then by metric.

import type { Scope } from '../ipv4/devinet.ts';
import type { Device } from '../link/device.ts';
import { type Ip4, prefixMask } from '../wire/addr.ts';

export const RT_TABLE_LOCAL = 255;
export const RT_TABLE_MAIN = 254;
export const RT_TABLE_DEFAULT = 253;

export type RouteType = 'unicast' | 'local' | 'broadcast' | 'unreachable' | 'blackhole' | 'prohibit';

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
}

export interface FibRule {
  pref: number;
  table: number;
}

export const DEFAULT_RULES: FibRule[] = [
  { pref: 0, table: RT_TABLE_LOCAL },
  { pref: 32766, table: RT_TABLE_MAIN },
  { pref: 32767, table: RT_TABLE_DEFAULT },
];

function order(a: Route, b: Route): number {
  if (a.dst !== b.dst) return a.dst < b.dst ? -1 : 1;
  if (a.len !== b.len) return b.len - a.len;
  return a.metric - b.metric;
}

export class Fib {
  /** fib_new_table: a table exists once something was put in it; main exists from the start. */
  private tables = new Map<number, Route[]>([[RT_TABLE_MAIN, []]]);
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

  /** The route with the same key (table, dst/len, metric), which `ip route add` would collide with. */
  find(table: number, dst: Ip4, len: number, metric: number, type?: RouteType): Route | undefined {
    return (this.tables.get(table) ?? []).find(
      (r) => r.dst === dst && r.len === len && r.metric === metric && (type === undefined || r.type === type),
    );
  }

  /** Bumped on every change; caches derived from the tables compare against it. */
  version = 0;
  private localCache?: { version: number; hosts: Set<Ip4>; prefixes: Route[] };

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

  insert(r: Route): void {
    this.version++;
    const t = this.table(r.table);
    let i = t.length;
    while (i > 0 && order(t[i - 1], r) > 0) i--;
    t.splice(i, 0, r);
  }

  remove(r: Route): boolean {
    this.version++;
    const t = this.table(r.table);
    const i = t.indexOf(r);
    if (i < 0) return false;
    t.splice(i, 1);
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
    return out;
  }

  /** fib_lookup: rules in order, longest prefix, lowest metric. `oif` restricts to that device. */
  lookup(dst: Ip4, opts: { oif?: Device; minScope?: Scope } = {}): Route | undefined {
    for (const rule of this.rules) {
      const t = this.tables.get(rule.table);
      if (!t) continue;
      let best: Route | undefined;
      for (let i = 0; i < t.length; i++) {
        const r = t[i];
        if (r.len !== 0 && (dst & MASKS[r.len]) >>> 0 !== r.dst) continue;
        if (r.type === 'broadcast' && r.dst !== dst) continue;
        if (opts.oif && r.dev && r.dev !== opts.oif && r.type !== 'local' && r.type !== 'broadcast') continue;
        if (opts.minScope && scopeNum(r.scope) < scopeNum(opts.minScope)) continue;
        if (!best || r.len > best.len || (r.len === best.len && r.metric < best.metric)) best = r;
      }
      if (best) return best;
    }
    return undefined;
  }
}

/** MASKS[len] is the netmask for a prefix length (signed 32-bit, as `&` yields). */
const MASKS = Array.from({ length: 33 }, (_, len) => prefixMask(len) | 0);

function scopeNum(s: Scope): number {
  return s === 'global' ? 0 : s === 'link' ? 253 : s === 'host' ? 254 : 255;
}
