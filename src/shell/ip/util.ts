// Argument parsing shared by the ip subcommands, with iproute2's own error messages (lib/utils.c).

import type { Scope } from '../../engine/ipv4/devinet.ts';
import type { Device } from '../../engine/link/device.ts';
import type { Netns } from '../../engine/netns/netns.ts';
import type { Ip4 } from '../../engine/wire/addr.ts';
import { type Ctx, Exit, writeErr } from '../context.ts';
import { EXIT } from '../exit.ts';
import { unsupported } from '../unsupported.ts';

/** iproute2 matches(): `prefix` is a non-empty prefix of `word`. */
export function matches(prefix: string, word: string): boolean {
  return prefix.length > 0 && word.startsWith(prefix);
}

/** Prints iproute2's message on stderr and exits with `status`. */
export function fail(ctx: Ctx, msg: string, status: number = EXIT.USAGE): never {
  writeErr(ctx, `${msg}\n`);
  throw new Exit(status);
}

export function invarg(ctx: Ctx, msg: string, arg: string): never {
  fail(ctx, `Error: argument "${arg}" is wrong: ${msg}`);
}

export function duparg2(ctx: Ctx, key: string, arg: string): never {
  fail(ctx, `Error: either "${key}" is duplicate, or "${arg}" is a garbage.`);
}

export function duparg(ctx: Ctx, key: string, arg: string): never {
  fail(ctx, `Error: duplicate "${key}": "${arg}" is the second value.`);
}

export function incomplete(ctx: Ctx): never {
  fail(ctx, 'Command line is not complete. Try option "help"');
}

/** strtoul(cp, &end, 0): decimal, 0x hex or 0 octal; returns [value, rest]. */
function strtoul(s: string): [number, string] | undefined {
  const m = /^(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)/.exec(s);
  if (!m) return undefined;
  const t = m[1];
  const v = /^0[xX]/.test(t)
    ? Number.parseInt(t.slice(2), 16)
    : t.length > 1 && t[0] === '0'
      ? Number.parseInt(t, 8)
      : Number(t);
  return [v, s.slice(t.length)];
}

/** get_addr_ipv4: "10.8" means 10.8.0.0, not 10.0.0.8. */
export function parseInetAddr(s: string): Ip4 | undefined {
  const b = [0, 0, 0, 0];
  let cp = s;
  for (let i = 0; i < 4; i++) {
    const r = strtoul(cp);
    if (!r || r[0] > 255) return undefined;
    b[i] = r[0];
    if (r[1] === '') break;
    if (i === 3 || r[1][0] !== '.') return undefined;
    cp = r[1].slice(1);
  }
  return ((b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3]) >>> 0;
}

export interface Prefix {
  addr: Ip4;
  len: number;
  /** The length was written ("/24") or implied by "default". */
  lenGiven: boolean;
}

function unsupportedFamily(ctx: Ctx, s: string): void {
  if (s.includes(':')) unsupported(ctx, `IPv6 address "${s}" (netns-lab models IPv4)`);
}

/** get_prefix: "A.B.C.D[/len]", "default", "any", "all". */
export function getPrefix(ctx: Ctx, s: string, family = 'any valid'): Prefix {
  unsupportedFamily(ctx, s);
  if (s === 'default' || s === 'any' || s === 'all') return { addr: 0, len: 0, lenGiven: true };
  const [a, l] = s.split('/', 2);
  const addr = parseInetAddr(a);
  let len = 32;
  let ok = addr !== undefined;
  if (ok && l !== undefined) {
    if (/^\d+$/.test(l) && Number(l) <= 32) len = Number(l);
    else {
      const mask = parseInetAddr(l);
      const ones = mask === undefined ? -1 : maskLen(mask);
      if (ones < 0) ok = false;
      else len = ones;
    }
  }
  if (!ok) fail(ctx, `Error: ${family} prefix is expected rather than "${s}".`, 1);
  return { addr: addr!, len, lenGiven: l !== undefined };
}

function maskLen(m: number): number {
  let n = 0;
  while (n < 32 && (m & (0x80000000 >>> n)) !== 0) n++;
  return ((m << n) | 0) === 0 || n === 32 ? n : -1;
}

/** get_addr. */
export function getAddr(ctx: Ctx, s: string, family = 'any valid'): Ip4 {
  unsupportedFamily(ctx, s);
  const a = parseInetAddr(s);
  if (a === undefined) fail(ctx, `Error: ${family} address is expected rather than "${s}".`, 1);
  return a;
}

/**
 * ll_addr_a2n: colon-separated hex bytes, each read with sscanf("%x"). Returns the bytes; the
 * caller decides what a wrong length means (the kernel rejects a short address).
 */
export function llAddr(ctx: Ctx, s: string): number[] {
  const out: number[] = [];
  for (const part of s.split(':')) {
    const m = /^\s*(?:0[xX])?([0-9a-fA-F]+)/.exec(part);
    const v = m ? Number.parseInt(m[1], 16) : Number.NaN;
    if (!m || v > 255) fail(ctx, `"${part}" is invalid lladdr.`, 1);
    out.push(v);
    if (out.length === 32) break;
  }
  return out;
}

/** An Ethernet address for `ip link ... address` / `ip neigh ... lladdr`; short ones fail as the kernel does. */
export function getMac(ctx: Ctx, s: string, tooShort: string): string {
  const b = llAddr(ctx, s);
  if (b.length < 6) fail(ctx, tooShort, 2);
  return b
    .slice(0, 6)
    .map((x) => x.toString(16).padStart(2, '0'))
    .join(':');
}

/** get_unsigned without the error: the value of a whole word read by strtoul, else undefined. */
export function parseUnsigned(s: string): number | undefined {
  const r = strtoul(s);
  return r?.[1] === '' ? r[0] : undefined;
}

/** get_unsigned: a whole unsigned number that fits 32 bits. */
export function getUnsigned(ctx: Ctx, s: string, what: string): number {
  const r = strtoul(s);
  if (r?.[1] !== '' || r[0] > 0xffffffff) invarg(ctx, what, s);
  return r[0];
}

/** ll_name_to_index + nodev: a device by name in the command's namespace (ip exits 1, bridge 255). */
export function needDev(ctx: Ctx, ns: Netns, name: string, status = 1): Device {
  const d = ns.dev(name);
  if (!d) fail(ctx, `Cannot find device "${name}"`, status);
  return d;
}

/** iproute2 check_altifname: any length, but no '/' or whitespace. */
export function validAltIfname(name: string): boolean {
  return name.length > 0 && !/[/\s]/.test(name);
}

/** iproute2's check_ifname: shorter than IFNAMSIZ, no '/' or white space (the kernel checks more). */
export function checkIfname(name: string): boolean {
  return name.length > 0 && name.length < 16 && !/[/\s]/.test(name);
}

/** The kernel's dev_valid_name. */
export function validIfname(name: string): boolean {
  if (name.length === 0 || name.length >= 16) return false;
  if (name === '.' || name === '..') return false;
  return !/[/:\s]/.test(name);
}

/** Scope names as iproute2's rt_scopes table spells them. */
export const SCOPES: Record<string, Scope> = {
  global: 'global',
  universe: 'global',
  link: 'link',
  host: 'host',
  nowhere: 'nowhere',
};

/**
 * The device selection `ip link show` and `ip addr show` share (ipaddr_list_flush_or_save): an
 * optional name (with or without "dev"), `up`, `master BR` and `type KIND`.
 */
export function selectDevices(ctx: Ctx, argv: string[]): Device[] {
  let name: string | undefined;
  let up = false;
  let master: string | undefined;
  let type: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === 'dev') name = argv[++i] ?? incomplete(ctx);
    else if (a === 'up') up = true;
    else if (a === 'master') master = argv[++i] ?? incomplete(ctx);
    else if (a === 'type') type = argv[++i] ?? incomplete(ctx);
    else if (name === undefined) name = a;
    else fail(ctx, `Error: either "dev" is duplicate, or "${a}" is a garbage.`, 255);
  }
  let devs = ctx.ns.devices();
  if (name !== undefined) {
    const d = ctx.ns.dev(name);
    if (!d) fail(ctx, `Device "${name}" does not exist.`, 1);
    devs = [d];
  }
  if (up) devs = devs.filter((d) => d.up);
  if (master !== undefined) {
    const m = ctx.ns.dev(master);
    if (!m) fail(ctx, `Device "${master}" does not exist.`, 1);
    devs = devs.filter((d) => d.master === m);
  }
  if (type !== undefined) devs = devs.filter((d) => d.kind === type);
  return devs;
}
