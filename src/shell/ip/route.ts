// `ip route add|del|replace|append|show|get|flush` (ip/iproute.c print_route, iproute_modify).

import { NetError } from '../../engine/errors.ts';
import type { Scope } from '../../engine/ipv4/devinet.ts';
import type { Device } from '../../engine/link/device.ts';
import {
  type Route,
  type RouteType,
  RT_TABLE_DEFAULT,
  RT_TABLE_LOCAL,
  RT_TABLE_MAIN,
} from '../../engine/route/fib.ts';
import type { Fnhe } from '../../engine/route/fnhe.ts';
import { type Ip4, inPrefix, ip4ToString } from '../../engine/wire/addr.ts';
import type { Ctx } from '../context.ts';
import { unsupported } from '../unsupported.ts';
import type { IpOpts } from './index.ts';
import { IP_ROUTE_USAGE } from './usage.ts';
import {
  duparg,
  duparg2,
  fail,
  getAddr,
  getPrefix,
  getUnsigned,
  incomplete,
  invarg,
  matches,
  needDev,
  type Prefix,
  SCOPES,
} from './util.ts';

const TABLES: Record<string, number> = {
  local: RT_TABLE_LOCAL,
  main: RT_TABLE_MAIN,
  default: RT_TABLE_DEFAULT,
};
const TABLE_NAMES: Record<number, string> = { 255: 'local', 254: 'main', 253: 'default' };
const TYPES: RouteType[] = ['unicast', 'local', 'broadcast', 'blackhole', 'unreachable', 'prohibit', 'throw'];
/** Route types iproute2 knows that netns-lab does not model. */
const OTHER_TYPES = ['anycast', 'multicast', 'nat', 'xresolve'];
const PROTOS = ['kernel', 'boot', 'static', 'redirect', 'dhcp', 'bird', 'zebra', 'babel', 'bgp', 'ospf'];

export function ipRoute(ctx: Ctx, argv: string[], opts: IpOpts): number {
  const cmd = argv[0] ?? 'show';
  const rest = argv.slice(1);
  if (matches(cmd, 'add')) return routeModify(ctx, rest, 'add');
  if (matches(cmd, 'change')) return routeModify(ctx, rest, 'change');
  if (matches(cmd, 'replace')) return routeModify(ctx, rest, 'replace');
  if (matches(cmd, 'append')) return routeModify(ctx, rest, 'append');
  if (matches(cmd, 'delete')) return routeModify(ctx, rest, 'del');
  if (matches(cmd, 'show') || matches(cmd, 'list') || matches(cmd, 'lst'))
    return routeShow(ctx, rest, opts, false);
  if (matches(cmd, 'flush')) return routeShow(ctx, rest, opts, true);
  if (matches(cmd, 'get')) return routeGet(ctx, rest);
  if (matches(cmd, 'help')) fail(ctx, IP_ROUTE_USAGE, 255);
  fail(ctx, `Command "${cmd}" is unknown, try "ip route help".`, 255);
}

function parseTable(ctx: Ctx, v: string): number | 'all' {
  if (v === 'all') return 'all';
  if (v in TABLES) return TABLES[v];
  if (/^\d+$/.test(v)) return Number(v);
  invarg(ctx, 'invalid table ID\n', v);
}

interface RouteReq {
  type?: RouteType;
  dst?: Prefix;
  gw?: Ip4;
  dev?: Device;
  metric?: number;
  table?: number;
  scope?: Scope;
  proto?: string;
  src?: Ip4;
  onlink: boolean;
  mtu?: number;
  mtuLock?: boolean;
}

function parseRouteArgs(ctx: Ctx, argv: string[]): RouteReq {
  const req: RouteReq = { onlink: false };
  // Once an address has been read, iproute2 knows the family and its errors say "inet".
  const fam = () =>
    req.dst !== undefined || req.gw !== undefined || req.src !== undefined ? 'inet' : 'any valid';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = (): string => argv[++i] ?? incomplete(ctx);
    if (a === 'via') {
      const v = next();
      if (req.gw !== undefined) duparg(ctx, 'via', v);
      if (v === 'inet') req.gw = getAddr(ctx, next(), 'inet');
      else req.gw = getAddr(ctx, v, fam());
    } else if (a === 'dev' || a === 'oif') {
      const v = next();
      req.dev = needDev(ctx, ctx.ns, v);
    } else if (a === 'metric' || a === 'priority' || a === 'preference') {
      const v = next();
      if (req.metric !== undefined) duparg(ctx, 'metric', v);
      req.metric = getUnsigned(ctx, v, '"metric" value is invalid\n');
    } else if (a === 'table') {
      const t = parseTable(ctx, next());
      if (t === 'all') invarg(ctx, 'invalid table ID\n', 'all');
      req.table = t;
    } else if (a === 'scope') {
      const v = next();
      const s = SCOPES[v];
      if (!s) invarg(ctx, 'invalid "scope" value\n', v);
      req.scope = s;
    } else if (matches(a, 'protocol')) {
      const v = next();
      if (!PROTOS.includes(v) && !/^\d+$/.test(v)) invarg(ctx, '"protocol" value is invalid\n', v);
      req.proto = v;
    } else if (a === 'src') {
      req.src = getAddr(ctx, next(), fam());
    } else if (a === 'onlink') {
      req.onlink = true;
    } else if (a === 'mtu') {
      let v = next();
      if (v === 'lock') {
        req.mtuLock = true;
        v = next();
      }
      req.mtu = getUnsigned(ctx, v, '"mtu" value is invalid\n');
    } else if (a === 'to') {
      req.dst = getPrefix(ctx, next(), fam());
    } else if (TYPES.includes(a as RouteType) && req.dst === undefined && req.type === undefined) {
      req.type = a as RouteType;
    } else if (
      ['advmss', 'nexthop', 'tos', 'dsfield', 'realm', 'mark', 'encap', 'expires', 'nhid', 'weight'].includes(
        a,
      ) ||
      (OTHER_TYPES.includes(a) && req.dst === undefined && req.type === undefined)
    ) {
      unsupported(ctx, `ip route option "${a}"`);
    } else {
      if (req.dst) duparg2(ctx, 'to', a);
      req.dst = getPrefix(ctx, a, fam());
    }
  }
  return req;
}

function routeModify(
  ctx: Ctx,
  argv: string[],
  mode: 'add' | 'change' | 'replace' | 'append' | 'del',
): number {
  const req = parseRouteArgs(ctx, argv);
  if (!req.dst) {
    if (mode === 'del') fail(ctx, 'RTNETLINK answers: No such process', 2);
    fail(ctx, 'Error: "to" argument is required', 255);
  }
  if (mode === 'del') {
    ctx.world.rtnl.delRoute(ctx.ns, {
      dst: req.dst.addr,
      len: req.dst.len,
      gw: req.gw,
      dev: req.dev,
      metric: req.metric,
      // iproute2 sends a local or broadcast route to the local table when none is named, for a
      // delete too.
      table: req.table ?? (req.type === 'local' || req.type === 'broadcast' ? RT_TABLE_LOCAL : undefined),
      type: req.type,
      scope: req.scope,
      proto: req.proto,
      src: req.src,
    });
    return 0;
  }
  if (
    req.type === 'blackhole' ||
    req.type === 'unreachable' ||
    req.type === 'prohibit' ||
    req.type === 'throw'
  ) {
    // fib_create_info: these types have no nexthop.
    if (req.dev || req.gw !== undefined)
      throw new NetError('EINVAL', 'Gateway, device and multipath can not be specified for this route type.');
  } else if (!req.dev && req.gw === undefined) {
    fail(ctx, 'Error: Device for nexthop is not up.', 2);
  }
  const table =
    req.table ?? (req.type === 'local' || req.type === 'broadcast' ? RT_TABLE_LOCAL : RT_TABLE_MAIN);
  // `change` is NLM_F_REPLACE without NLM_F_CREATE: the route (table, prefix, metric) must exist.
  if (mode === 'change' && !ctx.ns.fib.find(table, req.dst.addr, req.dst.len, req.metric ?? 0))
    throw new NetError('ENOENT');
  ctx.world.rtnl.addRoute(
    ctx.ns,
    {
      dst: req.dst.addr,
      len: req.dst.len,
      gw: req.gw,
      dev: req.dev,
      metric: req.metric,
      table,
      type: req.type,
      scope: req.scope,
      proto: req.proto,
      src: req.src,
      onlink: req.onlink,
      mtu: req.mtu,
      mtuLock: req.mtuLock,
    },
    mode === 'change' ? 'replace' : mode,
  );
  return 0;
}

/** What print_route leaves out: the fields a filter fixed (ip route show dev/proto/scope/via …). */
export interface RouteHide {
  dev?: boolean;
  proto?: boolean;
  scope?: boolean;
  via?: boolean;
}

export function formatRoute(
  r: Route,
  opts: { showTable: boolean; hideDev?: boolean; hide?: RouteHide },
): string {
  const hide = { ...opts.hide, dev: opts.hideDev || opts.hide?.dev };
  let s = '';
  if (r.type !== 'unicast') s += `${r.type} `;
  s += r.len === 0 ? 'default ' : r.len === 32 ? `${ip4ToString(r.dst)} ` : `${ip4ToString(r.dst)}/${r.len} `;
  if (r.gw !== undefined && !hide.via) s += `via ${ip4ToString(r.gw)} `;
  if (r.dev && !hide.dev) s += `dev ${r.dev.name} `;
  if (opts.showTable && r.table !== RT_TABLE_MAIN) s += `table ${TABLE_NAMES[r.table] ?? r.table} `;
  if (r.proto !== 'boot' && !hide.proto) s += `proto ${r.proto} `;
  if (r.scope !== 'global' && !hide.scope) s += `scope ${r.scope} `;
  if (r.prefsrc !== undefined) s += `src ${ip4ToString(r.prefsrc)} `;
  if (r.metric) s += `metric ${r.metric} `;
  if (r.onlink) s += 'onlink ';
  // RTNH_F_LINKDOWN: every nexthop through a device without carrier, except local routes (scope host).
  if (r.dev && r.type !== 'local' && r.dev.up && !r.dev.carrier) s += 'linkdown ';
  if (r.mtu !== undefined) s += `mtu ${r.mtuLock ? 'lock ' : ''}${r.mtu} `;
  return `${s}\n`;
}

function routeShow(ctx: Ctx, argv: string[], _opts: IpOpts, flush: boolean): number {
  let table: number | 'all' = RT_TABLE_MAIN;
  let tableGiven = false;
  let dev: Device | undefined;
  let exact: Prefix | undefined;
  let match: Prefix | undefined;
  let root: Prefix | undefined;
  let type: RouteType | undefined;
  let proto: string | undefined;
  let scope: Scope | undefined;
  let via: Ip4 | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => argv[++i] ?? incomplete(ctx);
    if (a === 'table') {
      table = parseTable(ctx, next());
      tableGiven = true;
    } else if (a === 'dev' || a === 'oif') {
      const v = next();
      const d = ctx.ns.dev(v);
      if (!d) fail(ctx, `Cannot find device "${v}"`, 1);
      dev = d;
    } else if (a === 'cache') {
      // The cached exceptions (PMTU, redirects); `flush cache` ends them all.
      return flush ? flushCache(ctx) : showCache(ctx);
    } else if (a === 'type') {
      const v = next();
      if (!TYPES.includes(v as RouteType)) {
        if (OTHER_TYPES.includes(v)) unsupported(ctx, `route type ${v}`);
        invarg(ctx, 'node type value is invalid\n', v);
      }
      type = v as RouteType;
    } else if (TYPES.includes(a as RouteType)) type = a as RouteType;
    else if (a === 'root') root = getPrefix(ctx, next());
    else if (a === 'match') match = getPrefix(ctx, next());
    else if (a === 'exact') exact = getPrefix(ctx, next());
    else if (matches(a, 'protocol')) {
      const v = next();
      if (!PROTOS.includes(v) && !/^\d+$/.test(v)) invarg(ctx, '"protocol" value is invalid\n', v);
      proto = v;
    } else if (a === 'scope') {
      const v = next();
      const sc = SCOPES[v];
      if (!sc) invarg(ctx, 'invalid "scope" value\n', v);
      scope = sc;
    } else if (a === 'via') via = getAddr(ctx, next());
    else if (a === 'to') exact = getPrefix(ctx, next());
    else exact = getPrefix(ctx, a);
  }
  if (flush && !dev && !tableGiven && !exact && !root && !match && !type && !proto && !scope && !via)
    fail(ctx, '"ip route flush" requires arguments.', 255);
  const fib = ctx.ns.fib;
  // A dump of every table walks fib_table_hash: buckets by id & 255, the newest table first in each.
  const ids =
    table === 'all'
      ? fib
          .tableIds()
          .map((id, made) => ({ id, made }))
          .sort((x, y) => (x.id & 255) - (y.id & 255) || y.made - x.made)
          .map((x) => x.id)
      : [table];
  if (table !== 'all' && !fib.has(table)) {
    // A strict dump of a table that was never created (ip route show table local in a fresh namespace).
    fail(ctx, 'Error: ipv4: FIB table does not exist.\nDump terminated', 2);
  }
  // iproute2 filter_nlmsg: exact prefix, routes within `root`, routes covering `match`.
  const within = (r: Route, p: Prefix) => r.len >= p.len && inPrefix(r.dst, p.addr, p.len);
  const covers = (r: Route, p: Prefix) => r.len <= p.len && inPrefix(p.addr, r.dst, r.len);
  const seen = new Set<number>();
  for (const id of ids) {
    if (seen.has(id) || !fib.has(id)) continue;
    seen.add(id);
    const routes = [...fib.table(id)].filter(
      (r) =>
        (!dev || r.dev === dev) &&
        (!type || r.type === type) &&
        (!exact || (r.dst === exact.addr && r.len === exact.len)) &&
        (!root || within(r, root)) &&
        (!match || covers(r, match)) &&
        (proto === undefined || r.proto === proto) &&
        (scope === undefined || r.scope === scope) &&
        (via === undefined || r.gw === via),
    );
    for (const r of routes) {
      if (flush) ctx.world.rtnl.removeRoute(ctx.ns, r);
      else
        ctx.write(
          formatRoute(r, {
            showTable: table === 'all',
            hide: {
              dev: !!dev,
              proto: proto !== undefined,
              scope: scope !== undefined,
              via: via !== undefined,
            },
          }),
        );
    }
  }
  return 0;
}

/** `ip route show cache`: the next-hop exceptions, as rt_fill_info prints a cached route. */
function showCache(ctx: Ctx): number {
  const now = ctx.world.clock.now;
  for (const e of ctx.ns.fib.exceptions.list(now)) {
    const r = e.route;
    const gw = e.gw ?? r.gw;
    ctx.write(
      `${ip4ToString(e.dst)} ${gw !== undefined ? `via ${ip4ToString(gw)} ` : ''}dev ${r.dev?.name ?? 'lo'} \n    cache ${cacheInfo(e, r, now)}\n`,
    );
  }
  return 0;
}

function flushCache(ctx: Ctx): number {
  ctx.world.rtnl.flushRouteCache(ctx.ns);
  return 0;
}

/**
 * The words after "cache": flags, then `expires Ns` (floored; at least one jiffy has always passed
 * on a real machine since the exception was made, hence the epsilon), then the MTU metric.
 */
function cacheInfo(e: Fnhe | undefined, r: Route, now: number, flags: string[] = []): string {
  const f = [...flags];
  if (e?.gw !== undefined) f.unshift('redirected');
  let s = f.length ? `<${f.join(',')}> ` : '';
  if (e?.expires !== undefined)
    s += `expires ${Math.max(0, Math.ceil((e.expires - now) / 1_000_000) - 1)}sec `;
  if (e?.pmtu !== undefined) s += `mtu ${e.lock ? 'lock ' : ''}${e.pmtu} `;
  else if (r.mtu !== undefined) s += `mtu ${r.mtuLock ? 'lock ' : ''}${r.mtu} `;
  return s;
}

function routeGet(ctx: Ctx, argv: string[]): number {
  let dst: Ip4 | undefined;
  let from: Ip4 | undefined;
  let oif: Device | undefined;
  let iif: Device | undefined;
  let mark: number | undefined;
  let tos: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => argv[++i] ?? incomplete(ctx);
    if (a === 'from') from = getPrefix(ctx, next(), 'inet').addr;
    else if (a === 'oif' || a === 'dev') oif = needDev(ctx, ctx.ns, next());
    else if (a === 'iif') iif = needDev(ctx, ctx.ns, next());
    else if (a === 'mark') {
      const v = next();
      const n = /^(0x[0-9a-f]+|\d+)$/i.test(v) ? Number(v) : Number.NaN;
      if (!Number.isInteger(n) || n > 0xffffffff) invarg(ctx, 'invalid mark value\n', v);
      mark = n;
    } else if (a === 'tos' || a === 'dsfield') {
      const v = next();
      const n = /^(0x)?[0-9a-f]{1,2}$/i.test(v) ? Number.parseInt(v.replace(/^0x/i, ''), 16) : Number.NaN;
      if (Number.isNaN(n)) invarg(ctx, 'TOS value is invalid\n', v);
      tos = n;
    } else if (a === 'to') dst = getPrefix(ctx, next(), from !== undefined ? 'inet' : 'any valid').addr;
    else if (a === 'fibmatch' || a === 'connected' || a === 'uid' || a === 'vrf' || a === 'ipproto') {
      unsupported(ctx, `ip route get option "${a}"`);
    } else {
      // iproute_get reads any other word as the destination, in the family known so far.
      dst = getPrefix(ctx, a, from !== undefined || dst !== undefined ? 'inet' : 'any valid').addr;
    }
  }
  if (dst === undefined) fail(ctx, 'need at least a destination address', 1);
  if (iif) return routeGetInput(ctx, dst, from ?? 0, iif, mark, tos);
  const ro = ctx.ns.stack.routeOutputKey(dst, { src: from, oif, mark, tos });
  if (ro.error) throw new NetError(ro.error);
  const r = ro.route;
  let s = '';
  let flags: string[] = [];
  if (dst === 0xffffffff) {
    // __mkroute_output: the limited broadcast leaves by the route's device as a broadcast, no gateway.
    s = `broadcast ${ip4ToString(dst)} dev ${r.dev!.name} `;
    flags = ['local', 'brd'];
  } else if (r.type === 'local') {
    s = `local ${ip4ToString(dst)} dev lo `;
    flags = ['local'];
  } else if (r.type === 'broadcast') {
    s = `broadcast ${ip4ToString(dst)} dev ${r.dev!.name} `;
    flags = ['local', 'brd'];
  } else {
    const gw = ro.gw;
    s = `${ip4ToString(dst)} ${from !== undefined ? `from ${ip4ToString(from)} ` : ''}${gw !== undefined ? `via ${ip4ToString(gw)} ` : ''}dev ${r.dev!.name} `;
  }
  if (r.table !== RT_TABLE_MAIN && r.table !== RT_TABLE_LOCAL)
    s += `table ${TABLE_NAMES[r.table] ?? r.table} `;
  // RTA_PREFSRC only when the kernel chose the source (rt_fill_info).
  if (from === undefined || ro.src !== from) s += `src ${ip4ToString(ro.src)} `;
  if (mark) s += `mark ${mark} `;
  s += `uid 0 \n    cache ${cacheInfo(ro.fnhe, r, ctx.world.clock.now, flags)}\n`;
  ctx.write(s);
  return 0;
}

/** `ip route get … iif DEV`: the input route a packet from `src` arriving on DEV would get. */
function routeGetInput(ctx: Ctx, dst: Ip4, src: Ip4, iif: Device, mark?: number, tos?: number): number {
  const ri = ctx.ns.stack.routeInput({ dst, src, iif, mark, tos });
  if (ri.error) throw new NetError(ri.error);
  const r = ri.route;
  const flags: string[] = [];
  let s = '';
  if (r.type === 'local') {
    s = `local ${ip4ToString(dst)} from ${ip4ToString(src)} dev lo `;
    flags.push('local');
  } else if (r.type === 'broadcast') {
    s = `broadcast ${ip4ToString(dst)} from ${ip4ToString(src)} dev ${iif.name} `;
    flags.push('local', 'brd');
  } else {
    const gw = ri.gw;
    s = `${ip4ToString(dst)} from ${ip4ToString(src)} ${gw !== undefined ? `via ${ip4ToString(gw)} ` : ''}dev ${r.dev!.name} `;
    if (ri.redirect) flags.push('redirect');
  }
  if (r.table !== RT_TABLE_MAIN && r.table !== RT_TABLE_LOCAL)
    s += `table ${TABLE_NAMES[r.table] ?? r.table} `;
  if (mark) s += `mark ${mark} `;
  s += `\n    cache ${cacheInfo(undefined, r, ctx.world.clock.now, flags)}iif ${iif.name} \n`;
  ctx.write(s);
  return 0;
}
