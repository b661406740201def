// `ip netns add|del|list|exec` (ip/ipnetns.c).

import type { Netns } from '../../engine/netns/netns.ts';
import type { Ctx } from '../context.ts';
import { runArgv } from '../session.ts';
import { unsupported } from '../unsupported.ts';
import type { IpOpts } from './index.ts';
import { IP_NETNS_USAGE } from './usage.ts';
import { fail, matches } from './util.ts';

function validNetnsName(name: string): boolean {
  return name.length > 0 && name.length < 256 && !name.includes('/') && name !== '.' && name !== '..';
}

/** netns_exec's checks for `… exec NAME CMD…` with NAME at argv[at]: the namespace CMD runs in. */
export function netnsExecTarget(ctx: Ctx, argv: string[], at: number): Netns {
  const name = argv[at];
  if (name === undefined) fail(ctx, 'No netns name specified', 255);
  const ns = ctx.world.netns(name);
  if (!ns || name === '')
    fail(ctx, `Cannot open network namespace "${name}": No such file or directory`, 255);
  if (argv.length < at + 2) fail(ctx, 'No command specified', 255);
  return ns;
}

export function ipNetns(ctx: Ctx, argv: string[], opts: IpOpts): number {
  const cmd = argv[0] ?? 'list';
  const world = ctx.world;
  if (opts.all && (matches(cmd, 'exec') || matches(cmd, 'delete'))) {
    // netns_foreach: every name in /run/netns, in readdir order (newest first).
    const names = world
      .namespaces()
      .reverse()
      .filter((n) => n.name !== '')
      .map((n) => n.name);
    if (matches(cmd, 'exec')) {
      if (argv.length < 2) fail(ctx, 'No command specified', 255);
      for (const name of names) {
        ctx.write(`\nnetns: ${name}\n`);
        const ns = world.netns(name);
        if (ns) runArgv({ ...ctx, ns }, argv.slice(1));
      }
      return 0;
    }
    for (const name of names) world.rtnl.delNetns(name);
    return 0;
  }
  if (matches(cmd, 'list') || matches(cmd, 'show') || matches(cmd, 'lst')) {
    // readdir(/run/netns), a tmpfs: newest file first. Each with " (id: N)" when the current
    // namespace has an nsid for it.
    for (const ns of world.namespaces().reverse()) {
      if (ns.name === '') continue;
      const id = ctx.ns.hasNsid(ns);
      ctx.write(`${ns.name}${id !== undefined ? ` (id: ${id})` : ''}\n`);
    }
    return 0;
  }
  if (matches(cmd, 'add')) {
    const name = argv[1];
    if (name === undefined) fail(ctx, 'No netns name specified', 255);
    if (!validNetnsName(name)) fail(ctx, `Invalid netns name "${name}"`, 255);
    if (world.netns(name) && name !== '')
      fail(ctx, `Cannot create namespace file "/run/netns/${name}": File exists`, 1);
    world.rtnl.addNetns(name);
    return 0;
  }
  if (matches(cmd, 'delete')) {
    const name = argv[1];
    if (name === undefined) fail(ctx, 'No netns name specified', 255);
    if (!world.netns(name) || name === '')
      fail(ctx, `Cannot remove namespace file "/run/netns/${name}": No such file or directory`, 1);
    world.rtnl.delNetns(name);
    return 0;
  }
  if (matches(cmd, 'exec')) return runArgv({ ...ctx, ns: netnsExecTarget(ctx, argv, 1) }, argv.slice(2));
  if (matches(cmd, 'identify') && argv.length === 1) {
    // The name in /run/netns of this process's namespace (the first in readdir order), or "".
    const named = world
      .namespaces()
      .reverse()
      .find((n) => n === ctx.ns && n.name !== '');
    ctx.write(`${named?.name ?? ''}\n`);
    return 0;
  }
  if (
    matches(cmd, 'identify') ||
    matches(cmd, 'pids') ||
    matches(cmd, 'monitor') ||
    matches(cmd, 'set') ||
    matches(cmd, 'attach')
  ) {
    unsupported(ctx, `ip netns ${cmd}`);
  }
  if (matches(cmd, 'help')) fail(ctx, IP_NETNS_USAGE, 255);
  fail(ctx, `Command "${cmd}" is unknown, try "ip netns help".`, 255);
}
