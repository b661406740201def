// `ip rule show` (ip/iprule.c): the three default rules.

import type { Ctx } from '../context.ts';
import type { IpOpts } from './index.ts';
import { fail, matches } from './util.ts';

const TABLE_NAMES: Record<number, string> = { 255: 'local', 254: 'main', 253: 'default' };

export function ipRule(ctx: Ctx, argv: string[], _opts: IpOpts): number {
  const cmd = argv[0] ?? 'show';
  if (matches(cmd, 'show') || matches(cmd, 'list') || cmd === 'lst') {
    for (const r of ctx.ns.fib.rules)
      ctx.write(`${r.pref}:\tfrom all lookup ${TABLE_NAMES[r.table] ?? r.table}\n`);
    return 0;
  }
  fail(ctx, `netns-lab: unsupported: ip rule ${cmd}`, 2);
}
