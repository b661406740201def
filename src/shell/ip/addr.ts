// `ip addr add|del|flush|show` and `ip -br addr` (ip/ipaddress.c).

import type { InAddr, Scope } from '../../engine/ipv4/devinet.ts';
import type { Device } from '../../engine/link/device.ts';
import { inPrefix, ip4ToString } from '../../engine/wire/addr.ts';
import { type Ctx, writeErr } from '../context.ts';
import { addrLines, briefAddr, linkHeader, linkLine, linkNetns } from '../print/link.ts';
import { linkDetails } from '../print/link-details.ts';
import { statsLines } from '../print/link-stats.ts';
import { unsupported } from '../unsupported.ts';
import type { IpOpts } from './index.ts';
import { IP_ADDR_USAGE } from './usage.ts';
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
} from './util.ts';

export function ipAddr(ctx: Ctx, argv: string[], opts: IpOpts): number {
  const cmd = argv[0] ?? 'show';
  const rest = argv.slice(1);
  if (matches(cmd, 'add') || matches(cmd, 'replace') || matches(cmd, 'change'))
    return addrModify(ctx, rest, cmd.startsWith('a') ? 'add' : 'replace');
  if (matches(cmd, 'delete')) return addrModify(ctx, rest, 'del');
  if (matches(cmd, 'flush')) return addrFlush(ctx, rest);
  if (matches(cmd, 'show') || matches(cmd, 'list') || matches(cmd, 'lst')) return addrShow(ctx, rest, opts);
  if (matches(cmd, 'help')) fail(ctx, IP_ADDR_USAGE, 255);
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
      unsupported(ctx, `ip address option "${a}"`);
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
        writeErr(
          ctx,
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

/** The filter of ipaddr_list_flush_or_save: device, label glob, `to` prefix, scope, flags. */
interface AddrFilter {
  dev?: Device;
  label?: string;
  pfx?: Prefix;
  scope?: Scope;
  /** IFA_F_SECONDARY wanted (true), unwanted (false) or either (undefined). */
  secondary?: boolean;
  family?: 'inet';
  up: boolean;
  /** A flag no address of netns-lab has (dynamic): nothing matches. */
  none?: boolean;
}

function parseAddrFilter(ctx: Ctx, argv: string[], flush: boolean): AddrFilter {
  const f: AddrFilter = { up: false };
  let devName: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => argv[++i] ?? incomplete(ctx);
    if (a === 'to') {
      const v = next();
      f.pfx = getPrefix(ctx, v, f.family ?? 'any valid');
      f.family = 'inet';
    } else if (a === 'scope') {
      const v = next();
      if (v === 'all') continue;
      const sc = SCOPES[v];
      if (!sc) invarg(ctx, 'invalid "scope"\n', v);
      f.scope = sc;
    } else if (a === 'up') f.up = true;
    else if (a === 'secondary' || a === 'temporary' || a === '-primary') f.secondary = true;
    else if (a === 'primary' || a === '-secondary' || a === '-temporary') f.secondary = false;
    else if (a === 'permanent' || a === '-dynamic') {
      // Every address netns-lab has is permanent (no DHCP, no lifetimes): the filter keeps them all.
    } else if (a === 'dynamic' || a === '-permanent') f.none = true;
    else if (
      [
        'tentative',
        'deprecated',
        'dadfailed',
        'home',
        'nodad',
        'mngtmpaddr',
        'noprefixroute',
        'autojoin',
      ].includes(a.replace(/^-/, ''))
    ) {
      unsupported(ctx, `ip addr filter "${a}"`);
    } else if (a === 'label') f.label = next();
    else if (a === 'group' || a === 'master' || a === 'vrf' || a === 'nomaster' || a === 'type') {
      unsupported(ctx, `ip addr ${flush ? 'flush' : 'show'} filter "${a}"`);
    } else {
      const v = a === 'dev' ? next() : a;
      if (devName !== undefined) duparg2(ctx, 'dev', v);
      devName = v;
    }
  }
  if (flush && argv.length === 0) fail(ctx, 'Flush requires arguments.', 1);
  if (devName !== undefined) {
    const d = ctx.ns.dev(devName);
    if (!d) fail(ctx, `Device "${devName}" does not exist.`, 1);
    f.dev = d;
  }
  return f;
}

/** print_addrinfo's test: does this address pass the filter? */
function addrMatches(f: AddrFilter, d: Device, a: InAddr): boolean {
  if (f.none) return false;
  if (f.scope !== undefined && a.scope !== f.scope) return false;
  if (f.secondary !== undefined && a.secondary !== f.secondary) return false;
  if (f.label !== undefined && !fnmatch(f.label, a.label || d.name)) return false;
  if (f.pfx && !inPrefix(a.local, f.pfx.addr, f.pfx.len)) return false;
  return true;
}

/** fnmatch(3) without flags: `*`, `?` and bracket expressions. */
function fnmatch(pattern: string, s: string): boolean {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end < 0) re += '\\[';
      else {
        re += `[${pattern
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\\\]]/g, '\\$&');
  }
  return new RegExp(`^${re}$`).test(s);
}

/**
 * ipaddr_flush: delete every address the filter matches, in rounds until none is left (deleting a
 * primary takes its secondaries unless promote_secondaries); `primary` flushes one round only.
 */
function addrFlush(ctx: Ctx, argv: string[]): number {
  const f = parseAddrFilter(ctx, argv, true);
  for (let round = 0; round < 10; round++) {
    const victims: [Device, InAddr][] = [];
    for (const d of f.dev ? [f.dev] : ctx.ns.devices()) {
      for (const a of d.addrs) if (addrMatches(f, d, a)) victims.push([d, a]);
    }
    if (victims.length === 0) break;
    for (const [d, a] of victims) if (d.addrs.includes(a)) ctx.world.rtnl.delAddr(d, a.local, a.prefixLen);
    if (f.secondary === false) break;
  }
  return 0;
}

function addrShow(ctx: Ctx, argv: string[], opts: IpOpts): number {
  const f = parseAddrFilter(ctx, argv, false);
  const family = opts.family ?? f.family;
  let devs = f.dev ? [f.dev] : ctx.ns.devices();
  if (f.up) devs = devs.filter((d) => d.up);
  // ipaddr_filter: a device stays if one of its addresses matches, or (any family) it has none.
  devs = devs.filter(
    (d) => d.addrs.some((a) => addrMatches(f, d, a)) || (d.addrs.length === 0 && family !== 'inet'),
  );
  for (const d of devs) {
    const addrs = d.addrs.filter((a) => addrMatches(f, d, a));
    if (opts.brief) {
      // With a label filter print_linkinfo prints nothing, so only the addresses (or an empty line).
      if (f.label !== undefined)
        ctx.write(`${addrs.map((a) => `${ip4ToString(a.local)}/${a.prefixLen} `).join('')}\n`);
      else ctx.write(briefAddr(d, addrs));
      continue;
    }
    if (opts.oneline) {
      // print_addrinfo with oneline: no link record, each address after "INDEX: NAME".
      for (const a of addrs) ctx.write(`${d.ifindex}: ${d.name}${addrLines(a).replace(/\n(?=.)/, '\\')}`);
      continue;
    }
    if (f.label === undefined) {
      if (opts.details) {
        ctx.write(linkHeader(d, { mode: false }));
        ctx.write(linkDetails(d, ctx.ns, { addrgenmode: false }));
      } else if (family !== 'inet') {
        ctx.write(linkHeader(d, { mode: false }));
        ctx.write(linkLine(d, ctx.ns));
      } else {
        // -4: print_linkinfo leaves out the link/ether line but not the peer's namespace, which
        // then ends the first line.
        ctx.write(`${linkHeader(d, { mode: false }).slice(0, -1)}${linkNetns(d, ctx.ns)}\n`);
      }
    }
    for (const a of addrs) ctx.write(addrLines(a));
    if (opts.stats && f.label === undefined) ctx.write(statsLines(d, opts.stats));
  }
  return 0;
}
