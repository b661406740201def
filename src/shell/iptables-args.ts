// What iptables' own options and its matches' options share: the program's error messages and
// the argument parsers both read (32-bit values, interface names, fixed-size strings).

import { type Ctx, Exit, writeErr } from './context.ts';

export const V = 'iptables v1.8.9 (nf_tables)';
export const HELP = "Try `iptables -h' or 'iptables --help' for more information.";

export function die(ctx: Ctx, msg: string, status = 2): never {
  writeErr(ctx, `${V}: ${msg}\n${HELP}\n`);
  throw new Exit(status);
}

/** Option-checking errors whose format string already ends in a newline: a blank line follows. */
export function dieNl(ctx: Ctx, msg: string): never {
  writeErr(ctx, `${V}: ${msg}\n\n${HELP}\n`);
  throw new Exit(2);
}

/** A 32-bit value as iptables reads it (decimal, 0x hex or 0 octal). */
export function num32(ctx: Ctx, s: string): number {
  const v = /^0[xX][0-9a-fA-F]+$/.test(s)
    ? Number.parseInt(s, 16)
    : /^0[0-7]+$/.test(s)
      ? Number.parseInt(s, 8)
      : /^\d+$/.test(s)
        ? Number(s)
        : Number.NaN;
  if (!(v >= 0 && v <= 0xffffffff)) die(ctx, `Bad MARK value "${s}"`);
  return v;
}

/** xtables_parse_interface: a name (a trailing "+" is a prefix) shorter than IFNAMSIZ. */
export function ifaceArg(ctx: Ctx, v: string, invert: boolean) {
  if (v.length > 15) die(ctx, `interface name \`${v}' must be shorter than IFNAMSIZ (15)`);
  if (v === '') die(ctx, 'Empty interface is likely to be undesired');
  if (/[/ ]/.test(v))
    writeErr(
      ctx,
      `Warning: weird character in interface \`${v}' ('/' and ' ' are not allowed by the kernel).\n`,
    );
  return { name: v.endsWith('+') ? v.slice(0, -1) : v, wildcard: v.endsWith('+'), invert };
}

/** The first `max` bytes of `s` as UTF-8: what a fixed-size string field of the kernel keeps. */
export function truncBytes(s: string, max: number): string {
  const bytes = new TextEncoder().encode(s);
  return bytes.length <= max ? s : new TextDecoder().decode(bytes.slice(0, max));
}
