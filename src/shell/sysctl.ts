// sysctl (procps) and `echo N > /proc/sys/...` for the IPv4 keys netns-lab models: ip_forward,
// conf/{all,default,DEV}/* and neigh/{default,DEV}/*.

import { NetError } from '../engine/errors.ts';
import { type Ctx, writeErr } from './context.ts';
import { reportUnsupported } from './unsupported.ts';

/**
 * procps' slashdot: a key whose first separator is '.' has its dots and slashes swapped to make the
 * path below /proc/sys; one whose first separator is '/' is a path already. So
 * `net.ipv4.conf.eth0/100.rp_filter` and `net/ipv4/conf/eth0.100/rp_filter` are the same file.
 */
function swapFirstSep(key: string, first: '.' | '/'): string {
  const m = /[./]/.exec(key);
  if (!m || m[0] !== first) return key;
  return key.replace(/[./]/g, (c) => (c === '.' ? '/' : '.'));
}
/** The path below /proc/sys a key names. */
const pathOf = (key: string) => swapFirstSep(key, '.');
/** The key as sysctl prints it (dots first). */
const shownAs = (key: string) => swapFirstSep(key, '/');

/** The file at a path below /proc/sys, as the engine's sysctl tree sees it: a value, 'unsupported', or none. */
function lookup(ctx: Ctx, key: string): { get(): number; set(v: number): void } | 'unsupported' | undefined {
  const rtnl = ctx.world.rtnl;
  const v = rtnl.sysctl(ctx.ns, key);
  if (typeof v !== 'number') return v;
  return { get: () => rtnl.sysctl(ctx.ns, key) as number, set: (n) => rtnl.setSysctl(ctx.ns, key, n) };
}

function parseValue(s: string): number | undefined {
  const t = s.trim();
  return /^-?\d+$/.test(t) ? Number(t) : undefined;
}

export function sysctl(ctx: Ctx, argv: string[]): number {
  let write = false;
  let quiet = false;
  let valueOnly = false;
  const keys: string[] = [];
  for (const a of argv) {
    if (a.startsWith('-') && keys.length === 0 && a !== '-') {
      for (const c of a.slice(1)) {
        if (c === 'w') write = true;
        else if (c === 'q') quiet = true;
        else if (c === 'n') valueOnly = true;
        else if (c === 'e' || c === 'N') {
          /* ignored */
        } else {
          reportUnsupported(ctx, `sysctl option -${c}`);
          return 2;
        }
      }
    } else keys.push(a);
  }
  let status = 0;
  for (const arg of keys) {
    const eq = arg.indexOf('=');
    if (eq >= 0 || write) {
      if (eq < 0) {
        writeErr(ctx, 'sysctl: command line(0): invalid syntax, continuing...\n');
        status = 1;
        continue;
      }
      const key = arg.slice(0, eq).trim();
      const value = arg.slice(eq + 1).trim();
      const h = lookup(ctx, pathOf(key));
      if (h === 'unsupported') {
        reportUnsupported(ctx, `sysctl ${key}`);
        status = 2;
        continue;
      }
      if (!h) {
        writeErr(ctx, `sysctl: cannot stat /proc/sys/${pathOf(key)}: No such file or directory\n`);
        status = 1;
        continue;
      }
      const v = parseValue(value);
      if (v === undefined || !trySet(h, v)) {
        writeErr(ctx, `sysctl: setting key "${key}": Invalid argument\n`);
        status = 1;
        continue;
      }
      // sysctl -w echoes the value it wrote, not what the kernel made of it.
      if (!quiet) ctx.write(valueOnly ? `${value}\n` : `${shownAs(key)} = ${value}\n`);
    } else {
      const h = lookup(ctx, pathOf(arg));
      if (h === 'unsupported') {
        reportUnsupported(ctx, `sysctl ${arg}`);
        status = 2;
        continue;
      }
      if (!h) {
        writeErr(ctx, `sysctl: cannot stat /proc/sys/${pathOf(arg)}: No such file or directory\n`);
        status = 1;
        continue;
      }
      ctx.write(valueOnly ? `${h.get()}\n` : `${shownAs(arg)} = ${h.get()}\n`);
    }
  }
  return status;
}

/**
 * `cat /proc/sys/net/...`: the value and a newline; undefined for a path cat should treat as any other
 * file. A key netns-lab does not model says so.
 */
export function procRead(ctx: Ctx, path: string): number | undefined {
  const m = /^\/proc\/sys\/(.+)$/.exec(path);
  if (!m) return undefined;
  const h = lookup(ctx, m[1]);
  if (h === 'unsupported') {
    reportUnsupported(ctx, `cat ${path}`);
    return 2;
  }
  if (!h) {
    writeErr(ctx, `cat: ${path}: No such file or directory\n`);
    return 1;
  }
  ctx.write(`${h.get()}\n`);
  return 0;
}

/** `echo VALUE > /proc/sys/net/...`. */
export function procWrite(ctx: Ctx, value: string, path: string): number {
  const m = /^\/proc\/sys\/(.+)$/.exec(path);
  if (!m) {
    reportUnsupported(ctx, `writing to ${path}`);
    return 2;
  }
  const h = lookup(ctx, m[1]);
  if (h === 'unsupported') {
    reportUnsupported(ctx, `${path}`);
    return 2;
  }
  if (!h) {
    writeErr(ctx, `bash: line 1: ${path}: No such file or directory\n`);
    return 1;
  }
  const v = parseValue(value);
  if (v === undefined || !trySet(h, v)) {
    writeErr(ctx, `bash: line 1: echo: write error: Invalid argument\n`);
    return 1;
  }
  return 0;
}

/** Writes a value; false when the kernel refuses it (EINVAL: out of the key's range). */
function trySet(h: { set(v: number): void }, v: number): boolean {
  try {
    h.set(v);
    return true;
  } catch (e) {
    if (e instanceof NetError && e.errno === 'EINVAL') return false;
    throw e;
  }
}
