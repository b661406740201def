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
import { type Ip4, ip4ToString } from '../../engine/wire/addr.ts';
import type { Ctx } from '../context.ts';
import type { IpOpts } from './index.ts';
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
const TYPES: RouteType[] = ['unicast', 'local', 'broadcast', 'blackhole', 'unreachable', 'prohibit'];
const PROTOS = ['kernel', 'boot', 'static', 'redirect', 'dhcp', 'bird', 'zebra', 'babel', 'bgp', 'ospf'];

export function ipRoute(ctx: Ctx, argv: string[], opts: IpOpts): number {
  const cmd = argv[0] ?? 'show';
  const rest = argv.slice(1);
  if (matches(cmd, 'add')) return routeModify(ctx, rest, 'add');
  if (matches(cmd, 'change') || matches(cmd, 'replace')) return routeModify(ctx, rest, 'replace');
  if (matches(cmd, 'append')) return routeModify(ctx, rest, 'append');
  if (matches(cmd, 'delete')) return routeModify(ctx, rest, 'del');
  if (matches(cmd, 'show') || matches(cmd, 'list') || cmd === 'lst') return routeShow(ctx, rest, opts, false);
  if (matches(cmd, 'flush')) return routeShow(ctx, rest, opts, true);
  if (matches(cmd, 'get')) return routeGet(ctx, rest);
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
    } else if (a === 'to') {
      req.dst = getPrefix(ctx, next(), fam());
    } else if (TYPES.includes(a as RouteType) && req.dst === undefined && req.type === undefined) {
      req.type = a as RouteType;
    } else if (
      [
        'mtu',
        'advmss',
        'nexthop',
        'tos',
        'dsfield',
        'realm',
        'mark',
        'encap',
        'expires',
        'nhid',
        'weight',
        'throw',
        'nat',
        'multicast',
        'anycast',
      ].includes(a)
    ) {
      fail(ctx, `netns-lab: unsupported: ip route option "${a}"`, 2);
    } else {
      if (req.dst) duparg2(ctx, 'to', a);
      req.dst = getPrefix(ctx, a, fam());
    }
  }
  return req;
}

function routeModify(ctx: Ctx, argv: string[], mode: 'add' | 'replace' | 'append' | 'del'): number {
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
      table: req.table,
      type: req.type,
    });
    return 0;
  }
  if (req.type === 'blackhole' || req.type === 'unreachable' || req.type === 'prohibit') {
    if (req.dev || req.gw !== undefined) throw new NetError('EINVAL');
  } else if (!req.dev && req.gw === undefined) {
    fail(ctx, 'Error: Device for nexthop is not up.', 2);
  }
  ctx.world.rtnl.addRoute(
    ctx.ns,
    {
      dst: req.dst.addr,
      len: req.dst.len,
      gw: req.gw,
      dev: req.dev,
      metric: req.metric,
      table: req.table ?? (req.type === 'local' || req.type === 'broadcast' ? RT_TABLE_LOCAL : RT_TABLE_MAIN),
      type: req.type,
      scope: req.scope,
      proto: req.proto,
      src: req.src,
      onlink: req.onlink,
    },
    mode,
  );
  return 0;
}

export function formatRoute(r: Route, opts: { showTable: boolean; hideDev: boolean }): string {
  let s = '';
  if (r.type !== 'unicast') s += `${r.type} `;
  s += r.len === 0 ? 'default ' : r.len === 32 ? `${ip4ToString(r.dst)} ` : `${ip4ToString(r.dst)}/${r.len} `;
  if (r.gw !== undefined) s += `via ${ip4ToString(r.gw)} `;
  if (r.dev && !opts.hideDev) s += `dev ${r.dev.name} `;
  if (opts.showTable && r.table !== RT_TABLE_MAIN) s += `table ${TABLE_NAMES[r.table] ?? r.table} `;
  if (r.proto !== 'boot') s += `proto ${r.proto} `;
  if (r.scope !== 'global') s += `scope ${r.scope} `;
  if (r.prefsrc !== undefined) s += `src ${ip4ToString(r.prefsrc)} `;
  if (r.metric) s += `metric ${r.metric} `;
  if (r.onlink) s += 'onlink ';
  // RTNH_F_LINKDOWN: every nexthop through a device without carrier, except local routes (scope host).
  if (r.dev && r.type !== 'local' && r.dev.up && !r.dev.carrier) s += 'linkdown ';
  return `${s}\n`;
}

function routeShow(ctx: Ctx, argv: string[], _opts: IpOpts, flush: boolean): number {
  let table: number | 'all' = RT_TABLE_MAIN;
  let tableGiven = false;
  let dev: Device | undefined;
  let prefix: Prefix | undefined;
  let type: RouteType | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === 'table') {
      table = parseTable(ctx, argv[++i] ?? incomplete(ctx));
      tableGiven = true;
    } else if (a === 'dev' || a === 'oif') {
      const v = argv[++i] ?? incomplete(ctx);
      const d = ctx.ns.dev(v);
      if (!d) fail(ctx, `Cannot find device "${v}"`, 1);
      dev = d;
    } else if (TYPES.includes(a as RouteType)) type = a as RouteType;
    else if (a === 'root' || a === 'match' || a === 'exact')
      prefix = getPrefix(ctx, argv[++i] ?? incomplete(ctx));
    else if (a === 'proto' || a === 'scope') {
      fail(ctx, `netns-lab: unsupported: ip route show filter "${a}"`, 2);
    } else prefix = getPrefix(ctx, a);
  }
  if (flush && !dev && !tableGiven && !prefix) fail(ctx, '"ip route flush" requires arguments.', 255);
  const fib = ctx.ns.fib;
  const ids =
    table === 'all'
      ? [RT_TABLE_DEFAULT, RT_TABLE_MAIN, RT_TABLE_LOCAL, ...fib.tableIds().filter((t) => t < 253 || t > 255)]
      : [table];
  if (table !== 'all' && !fib.has(table)) {
    // A strict dump of a table that was never created (ip route show table local in a fresh namespace).
    fail(ctx, 'Error: ipv4: FIB table does not exist.\nDump terminated', 2);
  }
  const seen = new Set<number>();
  for (const id of ids) {
    if (seen.has(id) || !fib.has(id)) continue;
    seen.add(id);
    const routes = [...fib.table(id)].filter(
      (r) =>
        (!dev || r.dev === dev) &&
        (!type || r.type === type) &&
        (!prefix || (r.dst === prefix.addr && r.len === prefix.len)),
    );
    for (const r of routes) {
      if (flush) fib.remove(r);
      else ctx.write(formatRoute(r, { showTable: table === 'all', hideDev: !!dev }));
    }
  }
  return 0;
}

function routeGet(ctx: Ctx, argv: string[]): number {
  let dst: Ip4 | undefined;
  let from: Ip4 | undefined;
  let oif: Device | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === 'from') from = getAddr(ctx, argv[++i] ?? incomplete(ctx));
    else if (a === 'oif' || a === 'dev') oif = needDev(ctx, ctx.ns, argv[++i] ?? incomplete(ctx));
    else if (a === 'to') dst = getPrefix(ctx, argv[++i] ?? incomplete(ctx)).addr;
    else if (
      a === 'iif' ||
      a === 'mark' ||
      a === 'fibmatch' ||
      a === 'connected' ||
      a === 'tos' ||
      a === 'uid'
    ) {
      fail(ctx, `netns-lab: unsupported: ip route get option "${a}"`, 2);
    } else {
      if (dst !== undefined) duparg2(ctx, 'to', a);
      dst = getPrefix(ctx, a).addr;
    }
  }
  if (dst === undefined) fail(ctx, 'need at least a destination address', 1);
  const ro = ctx.ns.stack.routeOutput(dst, { src: from, oif });
  if (!ro) throw new NetError('ENETUNREACH');
  const r = ro.route;
  let s = '';
  let cache = '';
  if (dst === 0xffffffff) {
    // __mkroute_output: the limited broadcast leaves by the route's device as a broadcast, no gateway.
    s = `broadcast ${ip4ToString(dst)} dev ${r.dev!.name} `;
    cache = '<local,brd> ';
  } else if (r.type === 'local') {
    s = `local ${ip4ToString(dst)} dev lo `;
    cache = '<local> ';
  } else if (r.type === 'broadcast') {
    s = `broadcast ${ip4ToString(dst)} dev ${r.dev!.name} `;
    cache = '<local,brd> ';
  } else {
    s = `${ip4ToString(dst)} ${from !== undefined ? `from ${ip4ToString(from)} ` : ''}${r.gw !== undefined ? `via ${ip4ToString(r.gw)} ` : ''}dev ${r.dev!.name} `;
  }
  // RTA_PREFSRC only when the kernel chose the source (rt_fill_info).
  if (from === undefined || ro.src !== from) s += `src ${ip4ToString(ro.src)} `;
  s += `uid 0 \n    cache ${cache}\n`;
  ctx.write(s);
  return 0;
}
