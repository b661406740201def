// "Silent is worse than unsupported": a valid line netns-lab does not model says so, in one form,
// `netns-lab: unsupported: WHAT`, written only here. A command stops with `unsupported()` or says it
// and goes on with `reportUnsupported()`; a line refused before any command runs (the lexer, the
// session) throws `Unsupported`. Either way the session marks the line unsupported (the CLI lists it
// as not modelled) without reading its output.

import { type Ctx, Exit } from './context.ts';
import { EXIT } from './exit.ts';

import { UNSUPPORTED_MARK } from './mark.ts';

export { UNSUPPORTED_MARK };

/** The words, without a newline: for lines and for markers inside a tool's output (tcpdump). */
export function unsupportedText(what: string): string {
  return `${UNSUPPORTED_MARK}: ${what}`;
}

/** Says `what` is not modelled, marks the line, and goes on. */
export function reportUnsupported(ctx: Ctx, what: string): void {
  (ctx.note ?? ctx.write)(`${unsupportedText(what)}\n`);
  ctx.noteUnsupported?.();
}

/** Says `what` is not modelled, marks the line, and stops the command with `status`. */
export function unsupported(ctx: Ctx, what: string, status: number = EXIT.UNSUPPORTED): never {
  reportUnsupported(ctx, what);
  throw new Exit(status);
}
