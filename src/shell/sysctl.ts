// sysctl (procps) and `echo N > /proc/sys/...` for the IPv4 keys netns-lab models: ip_forward,
// conf/{all,default,DEV}/* and neigh/{default,DEV}/*.

import { NetError } from '../engine/errors.ts';
import { type Ctx, writeErr } from './context.ts';
import { FileStore } from './files.ts';
import { getopt, type LongOpt } from './text/getopt.ts';
import { translate } from './text/regex.ts';
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

/**
 * What the kernel reads from a write to an int sysctl (proc_get_long): blanks, an optional "-", a
 * number in C's base 0 (0x hex, 0 octal), then the end or a blank, after which the rest is ignored.
 */
function parseValue(s: string): number | undefined {
  const m = /^[ \t\n]*(-?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)(?:[ \t\n][\s\S]*)?$/.exec(s);
  if (!m) return undefined;
  const t = m[2];
  const v = /^0[xX]/.test(t)
    ? Number.parseInt(t.slice(2), 16)
    : t.length > 1 && t[0] === '0'
      ? Number.parseInt(t, 8)
      : Number(t);
  return m[1] === '-' ? -v : v;
}

const USAGE = `
Usage:
 sysctl [options] [variable[=value] ...]

Options:
  -a, --all            display all variables
  -A                   alias of -a
  -X                   alias of -a
      --deprecated     include deprecated parameters to listing
      --dry-run        Print the key and values but do not write
  -b, --binary         print value without new line
  -e, --ignore         ignore unknown variables errors
  -N, --names          print variable names without values
  -n, --values         print only values of the given variable(s)
  -p, --load[=<file>]  read values from file
  -f                   alias of -p
      --system         read values from all system directories
  -r, --pattern <expression>
                       select setting that match expression
  -q, --quiet          do not echo variable set
  -w, --write          enable writing a value to variable
  -o                   does nothing
  -x                   does nothing
  -d                   alias of -h

 -h, --help     display this help and exit
 -V, --version  output version information and exit

For more details see sysctl(8).
`;

const LONGS: LongOpt[] = [
  ['all', 'a'],
  ['deprecated', 'deprecated'],
  ['dry-run', 'dry-run'],
  ['binary', 'b'],
  ['ignore', 'e'],
  ['names', 'N'],
  ['values', 'n'],
  ['load', 'p', 'optional'],
  ['system', 'system'],
  ['pattern', 'r', 'required'],
  ['quiet', 'q'],
  ['write', 'w'],
  ['help', 'h'],
  ['version', 'V'],
].map(([name, key, arg]) => ({ name, key, arg: (arg ?? 'none') as LongOpt['arg'] }));

interface SysctlOpts {
  write: boolean;
  quiet: boolean;
  /** -n: values only; -N: names only. */
  valueOnly: boolean;
  nameOnly: boolean;
  /** -e: no message for a key that does not exist. */
  ignore: boolean;
  /** --deprecated: -a lists the deprecated keys too. */
  deprecated: boolean;
  /** --dry-run: a write is echoed (even with -q) and not made. */
  dryRun: boolean;
}

/** Keys procps leaves out of -a unless --deprecated (its DEPRECATED list). */
const DEPRECATED = new Set(['base_reachable_time', 'retrans_time']);

/** sysctl (procps-ng 4.0.2): read, -w write, -p load files, -a list, for the keys netns-lab models. */
export function sysctl(ctx: Ctx, argv: string[]): number {
  // -p's file is an optional argument ("-pFILE", "--load=FILE"); the words after the options are files too.
  const g = getopt('sysctl', argv, 'aAXbeNnp::fqwoxdhVr:', LONGS, { ambiguity: 'message' });
  // Options act as getopt hands them over: -h/-d and -V end the command before a later bad option.
  for (const opt of g.ok ? g.opts : g.before) {
    if (opt.key === 'h' || opt.key === 'd') {
      ctx.write(USAGE);
      return 0;
    }
    if (opt.key === 'V') {
      ctx.write('sysctl from procps-ng 4.0.2\n');
      return 0;
    }
  }
  if (!g.ok) {
    if ('unsupported' in g) {
      reportUnsupported(ctx, g.unsupported);
      return 2;
    }
    // getopt's message on stderr, then procps' default case: the usage on stdout, and success.
    writeErr(ctx, g.message);
    ctx.write(USAGE);
    return 0;
  }
  const o: SysctlOpts = {
    write: false,
    quiet: false,
    valueOnly: false,
    nameOnly: false,
    ignore: false,
    deprecated: false,
    dryRun: false,
  };
  let all = false;
  let load: string[] | undefined;
  let pattern: RegExp | undefined;
  for (const opt of g.opts) {
    const k = opt.key;
    if (k === 'a' || k === 'A' || k === 'X') all = true;
    else if (k === 'w') o.write = true;
    else if (k === 'q') o.quiet = true;
    else if (k === 'n') o.valueOnly = true;
    else if (k === 'N') o.nameOnly = true;
    else if (k === 'e') o.ignore = true;
    else if (k === 'deprecated') o.deprecated = true;
    else if (k === 'dry-run') o.dryRun = true;
    else if (k === 'o' || k === 'x') {
      /* does nothing */
    } else if (k === 'p' || k === 'f') {
      load ??= [];
      if (opt.value !== undefined) load.push(opt.value);
    } else if (k === 'r') {
      const t = translate(opt.value!, true);
      let re: RegExp | undefined;
      try {
        re = t.ok ? new RegExp(t.source) : undefined;
      } catch {
        re = undefined;
      }
      if (!re) {
        reportUnsupported(ctx, `sysctl -r '${opt.value}'`);
        return 2;
      }
      pattern = re;
    } else {
      reportUnsupported(ctx, `sysctl ${opt.as}`);
      return 2;
    }
  }
  if (load) return preload(ctx, [...load, ...g.operands], o);
  if (all) return listAll(ctx, o, pattern);
  if (g.operands.length === 0) {
    // Nothing at all is the usage on stderr; options without a variable are this.
    writeErr(
      ctx,
      argv.length === 0
        ? USAGE
        : "sysctl: no variables specified\nTry `sysctl --help' for more information.\n",
    );
    return 1;
  }
  let status = 0;
  for (const arg of g.operands) {
    const eq = arg.indexOf('=');
    const r =
      eq >= 0 || o.write
        ? eq < 0
          ? invalidSyntax(ctx, 'command line(0)')
          : writeSetting(ctx, arg.slice(0, eq).trim(), arg.slice(eq + 1).trim(), o)
        : readSetting(ctx, arg, o, pattern);
    if (r !== 0) status = r;
  }
  return status;
}

function invalidSyntax(ctx: Ctx, where: string): number {
  writeErr(ctx, `sysctl: ${where}: invalid syntax, continuing...\n`);
  return 1;
}

/** Reads KEY; with -r, a key whose name the pattern does not match is passed over in silence. */
function readSetting(ctx: Ctx, arg: string, o: SysctlOpts, pattern?: RegExp): number {
  const h = lookup(ctx, pathOf(arg));
  if (h === 'unsupported') {
    reportUnsupported(ctx, `sysctl ${arg}`);
    return 2;
  }
  if (!h) {
    if (o.ignore) return 0;
    writeErr(ctx, `sysctl: cannot stat /proc/sys/${pathOf(arg)}: No such file or directory\n`);
    return 1;
  }
  if (pattern && !pattern.test(shownAs(arg))) return 0;
  ctx.write(
    o.nameOnly ? `${shownAs(arg)}\n` : o.valueOnly ? `${h.get()}\n` : `${shownAs(arg)} = ${h.get()}\n`,
  );
  return 0;
}

/** Writes KEY=VALUE; `fromFile`: a -p line, whose key procps expands as a glob (the command line's it does not). */
function writeSetting(ctx: Ctx, key: string, value: string, o: SysctlOpts, fromFile = false): number {
  if (key === '' || (fromFile && /[*?[]/.test(key))) {
    reportUnsupported(ctx, `sysctl key "${key}"${key === '' ? '' : ' (a glob in a -p file)'}`);
    return 2;
  }
  const h = lookup(ctx, pathOf(key));
  if (h === 'unsupported') {
    reportUnsupported(ctx, `sysctl ${key}`);
    return 2;
  }
  if (!h) {
    if (o.ignore) return 0;
    writeErr(ctx, `sysctl: cannot stat /proc/sys/${pathOf(key)}: No such file or directory\n`);
    return 1;
  }
  if (o.dryRun) {
    ctx.write(o.valueOnly ? `${value}\n` : `${shownAs(key)} = ${value}\n`);
    return 0;
  }
  if (ctx.world.rtnl.sysctlReadOnly(ctx.ns, pathOf(key))) {
    // procps 4.0.2 reports such a write as "Invalid argument" yet exits 0: not modelled.
    reportUnsupported(ctx, `writing the read-only ${shownAs(key)}`);
    return 2;
  }
  const v = parseValue(value);
  if (v === undefined || !trySet(h, v)) {
    writeErr(ctx, `sysctl: setting key "${key}": Invalid argument\n`);
    return 1;
  }
  // sysctl -w echoes the value it wrote, not what the kernel made of it.
  if (!o.quiet) ctx.write(o.valueOnly ? `${value}\n` : `${shownAs(key)} = ${value}\n`);
  return 0;
}

/**
 * -p FILE…: every file is read and parsed first (a line without "=" is reported as "FILE(LINE)" and
 * skipped, which fails nothing), then all their settings are written in order. "-" is standard
 * input; no file is /etc/sysctl.conf, which is the host's own and not modelled.
 */
function preload(ctx: Ctx, files: string[], o: SysctlOpts): number {
  if (files.length === 0) {
    reportUnsupported(ctx, "sysctl -p without a file (/etc/sysctl.conf is the host's own)");
    return 2;
  }
  let status = 0;
  const settings: [string, string][] = [];
  for (const file of files) {
    let text: string;
    if (file === '-') text = new TextDecoder().decode(ctx.stdin ?? new Uint8Array(0));
    else if (file === '/dev/null') text = '';
    else {
      const r = FileStore.resolve(file);
      if (!r.ok && r.unsupported) {
        reportUnsupported(ctx, `sysctl -p ${file} (${r.unsupported})`);
        return 2;
      }
      const data = r.ok ? ctx.files?.read(r.key) : undefined;
      if (!data) {
        writeErr(ctx, `sysctl: cannot open "${file}": No such file or directory\n`);
        status = 1;
        continue;
      }
      text = new TextDecoder().decode(data);
    }
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    for (let i = 0; i < lines.length; i++) {
      const t = lines[i].trim();
      if (t === '' || t.startsWith('#') || t.startsWith(';')) continue;
      if (t.startsWith('-')) {
        reportUnsupported(ctx, `sysctl -p with a "-" key (procps 4.0.2 treats it unevenly): ${t}`);
        return 2;
      }
      const eq = t.indexOf('=');
      if (eq < 0) writeErr(ctx, `sysctl: ${file}(${i + 1}): invalid syntax, continuing...\n`);
      else settings.push([t.slice(0, eq).trim(), t.slice(eq + 1).trim()]);
    }
  }
  for (const [key, value] of settings) {
    const r = writeSetting(ctx, key, value, o, true);
    if (r !== 0) status = r;
  }
  return status;
}

/**
 * -a: the keys netns-lab models, in the kernel's order (each /proc/sys directory sorted by name),
 * filtered by -r. The kernel lists hundreds more (kernel.*, vm.*, net.core.*, tcp_*, …), which
 * netns-lab does not model: a note says so, on the terminal, never in a pipe.
 */
function listAll(ctx: Ctx, o: SysctlOpts, pattern: RegExp | undefined): number {
  const paths = ctx.world.rtnl
    .sysctlPaths(ctx.ns)
    .map((p) => p.split('/'))
    .sort((a, b) => {
      for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
      return a.length - b.length;
    });
  let out = '';
  for (const parts of paths) {
    const path = parts.join('/');
    const name = shownAs(path);
    if (pattern && !pattern.test(name)) continue;
    if (!o.deprecated && DEPRECATED.has(parts[parts.length - 1])) continue;
    const v = ctx.world.rtnl.sysctl(ctx.ns, path);
    out += o.nameOnly ? `${name}\n` : o.valueOnly ? `${v}\n` : `${name} = ${v}\n`;
  }
  ctx.write(out);
  reportUnsupported(
    ctx,
    'sysctl -a lists only the keys netns-lab models (net.ipv4.ip_forward, net.ipv4.conf.*, net.ipv4.neigh.DEV.*, a few more net.ipv4 ones, the conntrack timeouts, tcp_loose and count); the kernel has hundreds more',
  );
  return 0;
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
  if (ctx.world.rtnl.sysctlReadOnly(ctx.ns, m[1])) {
    reportUnsupported(ctx, `writing the read-only ${path}`);
    return 2;
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
