// `ip addr add|del|flush|show` and `ip -br addr` (ip/ipaddress.c).

import type { Scope } from '../../engine/ipv4/devinet.ts';
import type { Ctx } from '../context.ts';
import { addrLines, briefAddr, linkHeader, linkLine } from '../print/link.ts';
import type { IpOpts } from './index.ts';
import {
  duparg,
  duparg2,
  fail,
  getAddr,
  getPrefix,
  incomplete,
  invarg,
  matches,
  needDev,
  type Prefix,
  SCOPES,
  selectDevices,
} from './util.ts';

export function ipAddr(ctx: Ctx, argv: string[], opts: IpOpts): number {
  const cmd = argv[0] ?? 'show';
  const rest = argv.slice(1);
  if (matches(cmd, 'add') || matches(cmd, 'replace') || matches(cmd, 'change'))
    return addrModify(ctx, rest, cmd.startsWith('a') ? 'add' : 'replace');
  if (matches(cmd, 'delete')) return addrModify(ctx, rest, 'del');
  if (matches(cmd, 'flush')) return addrFlush(ctx, rest);
  if (matches(cmd, 'show') || matches(cmd, 'list') || cmd === 'lst') return addrShow(ctx, rest, opts);
  fail(ctx, `Command "${cmd}" is unknown, try "ip address help".`, 255);
}

function addrModify(ctx: Ctx, argv: string[], mode: 'add' | 'replace' | 'del'): number {
  let local: Prefix | undefined;
  let dev: string | undefined;
  let brd: number | 'auto' | undefined;
  let scope: Scope | undefined;
  let label: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = (): string => argv[++i] ?? incomplete(ctx);
    if (a === 'dev') {
      const v = next();
      if (dev !== undefined) duparg(ctx, 'dev', v);
      dev = v;
    } else if (matches(a, 'broadcast') || a === 'brd') {
      const v = next();
      if (brd !== undefined) duparg(ctx, 'broadcast', v);
      brd = v === '+' ? 'auto' : v === '-' ? undefined : getAddr(ctx, v);
    } else if (a === 'scope') {
      const v = next();
      const s = SCOPES[v];
      if (!s) invarg(ctx, 'invalid scope value.', v);
      scope = s;
    } else if (a === 'label') {
      label = next();
    } else if (a === 'local') {
      const v = next();
      if (local) duparg(ctx, 'local', v);
      local = getPrefix(ctx, v);
    } else if (
      a === 'peer' ||
      a === 'anycast' ||
      a === 'valid_lft' ||
      a === 'preferred_lft' ||
      a === 'noprefixroute' ||
      a === 'metric'
    ) {
      fail(ctx, `netns-lab: unsupported: ip address option "${a}"`, 2);
    } else {
      if (local) duparg2(ctx, 'local', a);
      local = getPrefix(ctx, a);
    }
  }
  if (dev === undefined) fail(ctx, 'Not enough information: "dev" argument is required.', 255);
  if (!local) {
    if (mode === 'del') fail(ctx, 'RTNETLINK answers: Operation not supported', 2);
    fail(ctx, 'RTNETLINK answers: Invalid argument', 2);
  }
  const d = needDev(ctx, ctx.ns, dev);
  if (mode === 'del') {
    if (!local.lenGiven) {
      const exact = d.addrs.find((x) => x.local === local!.addr);
      if (exact && exact.prefixLen !== 32) {
        ctx.write(
          `Warning: Executing wildcard deletion to stay compatible with old scripts.\n         Explicitly specify the prefix length (${[
            local.addr >>> 24,
            (local.addr >>> 16) & 255,
            (local.addr >>> 8) & 255,
            local.addr & 255,
          ].join(
            '.',
          )}/32) to avoid this warning.\n         This special behaviour is likely to disappear in further releases,\n         fix your scripts!\n`,
        );
      }
      ctx.world.rtnl.delAddr(d, local.addr, undefined);
    } else ctx.world.rtnl.delAddr(d, local.addr, local.len);
    return 0;
  }
  if (mode === 'replace' && d.addrs.some((x) => x.local === local!.addr && x.prefixLen === local!.len))
    return 0;
  ctx.world.rtnl.addAddr(d, local.addr, local.len, { broadcast: brd, scope, label });
  return 0;
}

function addrFlush(ctx: Ctx, argv: string[]): number {
  let dev: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === 'dev') dev = argv[++i];
    else if (dev === undefined) dev = argv[i];
  }
  if (dev === undefined) fail(ctx, 'Flush requires arguments.', 1);
  const d = ctx.ns.dev(dev);
  if (!d) fail(ctx, `Device "${dev}" does not exist.`, 1);
  ctx.world.rtnl.flushAddrs(d);
  return 0;
}

function addrShow(ctx: Ctx, argv: string[], opts: IpOpts): number {
  let devs = selectDevices(ctx, argv);
  // With -4 only devices that have an IPv4 address are listed.
  if (opts.family === 'inet') devs = devs.filter((d) => d.addrs.length > 0);
  for (const d of devs) {
    if (opts.brief) {
      ctx.write(briefAddr(d));
      continue;
    }
    ctx.write(linkHeader(d, { mode: false }));
    if (opts.family !== 'inet') ctx.write(linkLine(d, ctx.ns));
    for (const a of d.addrs) ctx.write(addrLines(a));
  }
  return 0;
}
