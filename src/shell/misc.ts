import { SEC } from '../engine/sim/clock.ts';
import type { Ctx } from './context.ts';
import { reportUnsupported } from './unsupported.ts';

/** sleep N[s|m|h]: advances the virtual clock, running every timer and frame due meanwhile. */
export function sleep(ctx: Ctx, argv: string[]): number {
  let total = 0;
  for (const a of argv) {
    const m = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(a);
    if (!m) {
      ctx.write(`sleep: invalid time interval '${a}'\nTry 'sleep --help' for more information.\n`);
      return 1;
    }
    const mult = { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[m[2]]!;
    total += Number(m[1]) * mult;
  }
  if (argv.length === 0) {
    ctx.write("sleep: missing operand\nTry 'sleep --help' for more information.\n");
    return 1;
  }
  ctx.world.advance(Math.round(total * SEC));
  return 0;
}

/** The `set` builtin: options like -e only matter to a real shell; each line here runs on its own. */
export function setBuiltin(ctx: Ctx, argv: string[]): number {
  for (const a of argv) {
    if (!/^[-+][euxo]+$/.test(a) && a !== 'pipefail') {
      reportUnsupported(ctx, `set ${argv.join(' ')}`);
      return 2;
    }
  }
  return 0;
}
