// conntrack (conntrack-tools 1.4.7): -L [-p PROTO] and -F. The summary line goes to stderr, which
// the transcript shows first because stdout is flushed at exit.

import { SEC } from '../engine/sim/clock.ts';
import { ip4ToString } from '../engine/wire/addr.ts';
import type { Ctx } from './context.ts';

export function conntrack(ctx: Ctx, argv: string[]): number {
  const nf = ctx.ns.nf;
  const now = ctx.world.clock.now;
  const cmd = argv[0] ?? '-L';
  if (cmd === '-F' || cmd === '--flush') {
    nf.ct.flush();
    ctx.write('conntrack v1.4.7 (conntrack-tools): connection tracking table has been emptied.\n');
    return 0;
  }
  if (cmd === '-L' || cmd === '--dump') {
    let proto: string | undefined;
    for (let i = 1; i < argv.length; i++) {
      if (argv[i] === '-p' || argv[i] === '--proto') proto = argv[++i];
      else {
        ctx.write(`netns-lab: unsupported: conntrack option ${argv[i]}\n`);
        return 2;
      }
    }
    const entries = nf.ct.entries(now).filter(() => proto === undefined || proto === 'icmp');
    const lines = entries.map((e) => {
      const r = nf.replyOf(e);
      const secs = Math.floor((e.expires - now) / SEC);
      return `icmp     1 ${secs} src=${ip4ToString(e.orig.src)} dst=${ip4ToString(e.orig.dst)} type=8 code=0 id=${e.orig.id} ${e.replied ? '' : '[UNREPLIED] '}src=${ip4ToString(r.src)} dst=${ip4ToString(r.dst)} type=0 code=0 id=${r.id} mark=0 use=1\n`;
    });
    ctx.write(`conntrack v1.4.7 (conntrack-tools): ${entries.length} flow entries have been shown.\n`);
    ctx.write(lines.join(''));
    return 0;
  }
  ctx.write(`netns-lab: unsupported: conntrack ${cmd}\n`);
  return 2;
}
