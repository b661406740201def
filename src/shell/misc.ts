import { SEC } from '../engine/sim/clock.ts';
import type { Ctx } from './context.ts';
import { EXIT } from './exit.ts';
import { parseInterval } from './interval.ts';
import { reportUnsupported } from './unsupported.ts';

/** The virtual clock counts microseconds in a double: exact up to 2^53 µs, about 285 years. */
export const CLOCK_END = Number.MAX_SAFE_INTEGER;

/**
 * sleep NUMBER[SUFFIX]…: advances the virtual clock by their sum, running every timer and frame due
 * meanwhile. The operands are read as coreutils reads them (interval.ts); options as its getopt does.
 * A sleep past the clock's end (`sleep infinity` never returns on a real host) is stopped, saying so.
 */
export function sleep(ctx: Ctx, argv: string[]): number {
  const TRY = "Try 'sleep --help' for more information.\n";
  const operands: string[] = [];
  let options = true;
  for (const a of argv) {
    if (options && a === '--') options = false;
    else if (options && a.startsWith('--')) {
      if (a === '--help' || a === '--version') {
        reportUnsupported(ctx, `sleep ${a}`);
        return EXIT.UNSUPPORTED;
      }
      ctx.write(`sleep: unrecognized option '${a}'\n${TRY}`);
      return 1;
    } else if (options && a.startsWith('-') && a !== '-') {
      ctx.write(`sleep: invalid option -- '${a[1]}'\n${TRY}`);
      return 1;
    } else operands.push(a);
  }
  if (operands.length === 0) {
    ctx.write(`sleep: missing operand\n${TRY}`);
    return 1;
  }
  let total = 0;
  let ok = true;
  for (const a of operands) {
    const secs = parseInterval(a);
    if (secs === undefined) {
      ctx.write(`sleep: invalid time interval '${a}'\n`);
      ok = false;
    } else total += secs;
  }
  if (!ok) {
    ctx.write(TRY);
    return 1;
  }
  const micros = Math.round(total * SEC);
  if (!(ctx.world.clock.now + micros <= CLOCK_END)) {
    const why =
      'sleep would run the virtual clock past its end (2^53 µs, about 285 years); nothing was waited';
    ctx.write(`netns-lab: stopped: ${why}\n`);
    ctx.noteStopped?.(why);
    return EXIT.ERROR;
  }
  ctx.world.advance(micros);
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
