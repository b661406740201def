// `ip neigh show|add|replace|change|del|flush` (ip/ipneigh.c).

import type { Device } from '../../engine/link/device.ts';
import type { Neighbour, NudState } from '../../engine/neigh/neigh.ts';
import { type Ip4, inPrefix, ip4ToString } from '../../engine/wire/addr.ts';
import type { Ctx } from '../context.ts';
import { unsupported } from '../unsupported.ts';
import type { IpOpts } from './index.ts';
import { IP_NEIGH_USAGE } from './usage.ts';
import {
  duparg,
  fail,
  getMac,
  getPrefix,
  incomplete,
  invarg,
  matches,
  needDev,
  type Prefix,
} from './util.ts';

const NUD_NAMES: Record<string, NudState> = {
  permanent: 'PERMANENT',
  reachable: 'REACHABLE',
  stale: 'STALE',
  noarp: 'NOARP',
  delay: 'DELAY',
  probe: 'PROBE',
  failed: 'FAILED',
  incomplete: 'INCOMPLETE',
  none: 'NONE',
};

export function ipNeigh(ctx: Ctx, argv: string[], opts: IpOpts): number {
  const cmd = argv[0] ?? 'show';
  const rest = argv.slice(1);
  if (matches(cmd, 'add')) return neighModify(ctx, rest, 'add');
  if (matches(cmd, 'replace')) return neighModify(ctx, rest, 'replace');
  if (matches(cmd, 'change') || cmd === 'chg') return neighModify(ctx, rest, 'change');
  if (matches(cmd, 'delete')) return neighModify(ctx, rest, 'del');
  if (matches(cmd, 'show') || matches(cmd, 'list') || matches(cmd, 'lst'))
    return neighShow(ctx, rest, opts, false);
  if (matches(cmd, 'flush')) return neighShow(ctx, rest, opts, true);
  if (matches(cmd, 'help')) fail(ctx, IP_NEIGH_USAGE, 255);
  fail(ctx, `Command "${cmd}" is unknown, try "ip neigh help".`, 255);
}

function neighModify(ctx: Ctx, argv: string[], mode: 'add' | 'replace' | 'change' | 'del'): number {
  let dst: Ip4 | undefined;
  let lladdr: string | undefined;
  let dev: string | undefined;
  let state: NudState = 'PERMANENT';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = (): string => argv[++i] ?? incomplete(ctx);
    if (a === 'lladdr') {
      const v = next();
      if (lladdr !== undefined) duparg(ctx, 'lladdr', v);
      lladdr = getMac(ctx, v, 'Error: Invalid link address');
    } else if (a === 'nud') {
      const v = next();
      const s = NUD_NAMES[v];
      if (!s) invarg(ctx, 'nud state is bad', v);
      state = s;
    } else if (a === 'dev') {
      dev = next();
    } else if (
      a === 'proxy' ||
      a === 'router' ||
      a === 'extern_learn' ||
      a === 'use' ||
      a === 'managed' ||
      a === 'protocol'
    ) {
      unsupported(ctx, `ip neigh option "${a}"`);
    } else {
      if (a === 'to') i++;
      const v = a === 'to' ? argv[i] : a;
      if (dst !== undefined) duparg(ctx, 'to', v);
      dst = getPrefix(ctx, v).addr;
    }
  }
  if (dev === undefined || dst === undefined)
    fail(ctx, 'Device and destination are required arguments.', 255);
  const d = needDev(ctx, ctx.ns, dev);
  if (mode === 'del') {
    ctx.world.rtnl.neighDel(d, dst);
    return 0;
  }
  if (
    lladdr === undefined &&
    state !== 'NOARP' &&
    state !== 'INCOMPLETE' &&
    state !== 'FAILED' &&
    state !== 'NONE'
  ) {
    // The kernel accepts a PERMANENT entry without an address and then shows it as such.
  }
  ctx.world.rtnl.neighAdd(d, dst, lladdr, state as never, mode);
  return 0;
}

export function formatNeigh(n: Neighbour, hideDev: boolean): string {
  let s = `${ip4ToString(n.ip)} `;
  if (!hideDev) s += `dev ${n.dev.name} `;
  const showAddr =
    n.lladdr !== undefined && n.state !== 'FAILED' && n.state !== 'INCOMPLETE' && n.state !== 'NONE';
  if (showAddr) s += `lladdr ${n.lladdr} `;
  if (n.isRouter) s += 'router ';
  s += `${n.state} `;
  return `${s}\n`;
}

function neighShow(ctx: Ctx, argv: string[], _opts: IpOpts, flush: boolean): number {
  let dev: Device | undefined;
  let prefix: Prefix | undefined;
  let states: Set<NudState> | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === 'dev') {
      const v = argv[++i] ?? incomplete(ctx);
      const d = ctx.ns.dev(v);
      if (!d) fail(ctx, `Cannot find device "${v}"`, 1);
      dev = d;
    } else if (a === 'nud') {
      const v = argv[++i] ?? incomplete(ctx);
      states ??= new Set();
      if (v === 'all') for (const s of Object.values(NUD_NAMES)) states.add(s);
      else {
        const s = NUD_NAMES[v];
        if (!s) invarg(ctx, 'nud state is bad', v);
        states.add(s);
      }
    } else if (a === 'proxy' || a === 'unused' || a === 'vrf') {
      unsupported(ctx, `ip neigh show filter "${a}"`);
    } else if (a === 'all') {
      /* everything */
    } else {
      if (a === 'to' && argv[i + 1] === undefined) incomplete(ctx);
      prefix = getPrefix(ctx, a === 'to' ? argv[++i] : a);
    }
  }
  // ipneigh: any argument at all (`all` too) will do.
  if (flush && argv.length === 0) fail(ctx, 'Flush requires arguments.', 1);
  const table = ctx.ns.stack.neigh;
  let entries = table
    .all()
    .filter((n) => !dev || n.dev === dev)
    .filter((n) => !prefix || inPrefix(n.ip, prefix.addr, prefix.len));
  if (states) entries = entries.filter((n) => states!.has(n.state));
  else if (flush) entries = entries.filter((n) => n.state !== 'PERMANENT' && n.state !== 'NOARP');
  // iproute2's default filter hides NOARP entries and entries without a state.
  else entries = entries.filter((n) => n.state !== 'NONE' && n.state !== 'NOARP');
  for (const n of entries) {
    if (flush) table.remove(n);
    else ctx.write(formatNeigh(n, !!dev));
  }
  return 0;
}
