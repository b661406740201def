// ipset 7.17 (protocol 7) for the hash:ip and hash:net types, family inet: create, add, del, test,
// list (-n, -t), save, flush, destroy, swap, with -exist. Messages and listings as ipset prints them
// (measured on the kernel); other types, commands and options say they are not modelled.

import {
  findEntry,
  IPSET_MAX_NAME,
  IPSET_REVISION,
  type IpSet,
  type IpSetBody,
  type IpSetEntry,
  type IpSetType,
  IpsetError,
  ipsetElement,
  ipsetMemsize,
  ipsetTest,
} from '../engine/netfilter/ipset.ts';
import { ip4ToString } from '../engine/wire/addr.ts';
import { type Ctx, Exit, writeErr } from './context.ts';
import { parseInetAddr } from './ip/util.ts';
import { unsupported } from './unsupported.ts';

const V = 'ipset v7.17';
const HELP = "Try `ipset help' for more information.";

/** A parameter problem: the message and the hint, status 2. */
function usage(ctx: Ctx, msg: string): never {
  writeErr(ctx, `${V}: ${msg}\n${HELP}\n`);
  throw new Exit(2);
}

/** An error the kernel or the type's parser reports: one line, status 1. */
function fail(ctx: Ctx, msg: string): never {
  writeErr(ctx, `${V}: ${msg}\n`);
  throw new Exit(1);
}

/** Every type ipset 7.17 knows (`ipset help` lists them); the two modelled are hash:ip and hash:net. */
const KNOWN_TYPES = [
  'bitmap:ip',
  'bitmap:ip,mac',
  'bitmap:port',
  'hash:ip',
  'hash:mac',
  'hash:ip,mac',
  'hash:net',
  'hash:net,net',
  'hash:ip,port',
  'hash:net,port',
  'hash:ip,port,ip',
  'hash:ip,port,net',
  'hash:ip,mark',
  'hash:net,port,net',
  'hash:net,iface',
  'list:set',
];

const COMMANDS: Record<string, string> = {
  create: 'create',
  '-N': 'create',
  n: 'create',
  add: 'add',
  '-A': 'add',
  a: 'add',
  del: 'del',
  '-D': 'del',
  d: 'del',
  test: 'test',
  '-T': 'test',
  t: 'test',
  destroy: 'destroy',
  '-X': 'destroy',
  x: 'destroy',
  flush: 'flush',
  '-F': 'flush',
  f: 'flush',
  list: 'list',
  '-L': 'list',
  l: 'list',
  save: 'save',
  '-S': 'save',
  s: 'save',
  swap: 'swap',
  '-W': 'swap',
  w: 'swap',
  rename: 'rename',
  '-E': 'rename',
  e: 'rename',
  restore: 'restore',
  '-R': 'restore',
  r: 'restore',
  help: 'help',
  version: 'version',
  '-v': 'version',
  '-V': 'version',
};

/** The error ipset prints for what the kernel refused. */
function refused(ctx: Ctx, e: unknown): never {
  if (!(e instanceof IpsetError)) throw e;
  switch (e.code) {
    case 'no-set':
      return fail(ctx, 'The set with the given name does not exist');
    case 'set-exists':
      return fail(ctx, 'Set cannot be created: set with the same name already exists');
    case 'busy':
      return fail(ctx, 'Set cannot be destroyed: it is in use by a kernel component');
    case 'elem-exists':
      return fail(ctx, "Element cannot be added to the set: it's already added");
    case 'elem-missing':
      return fail(ctx, "Element cannot be deleted from the set: it's not added");
    case 'type-mismatch':
      return fail(ctx, 'The sets cannot be swapped: their type does not match');
    case 'no-timeout':
      return fail(ctx, 'Timeout cannot be used: set was created without timeout support');
    case 'hash-full':
      return unsupported(ctx, 'ipset: a set past its maxelem');
    case 'no-memory':
      return fail(ctx, 'Kernel error received: Cannot allocate memory');
  }
}

export function ipset(ctx: Ctx, argv: string[]): number {
  // Global options may come anywhere; -exist is the one the modelled commands use.
  let exist = false;
  let names = false;
  let terse = false;
  const words: string[] = [];
  for (const a of argv) {
    if (a === '-exist' || a === '--exist') exist = true;
    else if (a === '-n' || a === '-name' || a === '--name') names = true;
    else if (a === '-t' || a === '-terse' || a === '--terse') terse = true;
    else if (/^--?(output|o|quiet|q|resolve|r|sorted|s|file|f)$/.test(a) && words.length > 0)
      return unsupported(ctx, `ipset ${a}`);
    else words.push(a);
  }
  const [word, ...args] = words;
  if (word === undefined) usage(ctx, 'No command specified.');
  const cmd = COMMANDS[word];
  if (!cmd) usage(ctx, `No command specified: unknown argument ${word}`);
  const ns = ctx.ns;
  const rtnl = ctx.world.rtnl;
  const sets = ns.nf.ipsets;
  const missing = (n: number, what: string) => {
    if (args.length < n)
      usage(ctx, `Missing ${n === 1 ? '' : 'second '}mandatory argument to command ${what}`);
  };
  const named = (name: string): IpSet => {
    const s = sets.get(name);
    if (!s) fail(ctx, 'The set with the given name does not exist');
    return s;
  };
  try {
    switch (cmd) {
      case 'create': {
        missing(1, 'create');
        missing(2, 'create');
        const [name, type, ...opts] = args;
        checkName(ctx, name);
        if (!KNOWN_TYPES.includes(type)) fail(ctx, `Syntax error: typename '${type}' is unknown`);
        if (type !== 'hash:ip' && type !== 'hash:net')
          return unsupported(ctx, `ipset type ${type} (netns-lab models hash:ip and hash:net)`);
        const body = createOptions(ctx, type, opts);
        rtnl.ipsetCreate(ns, name, body, exist);
        return 0;
      }
      case 'add':
      case 'del':
      case 'test': {
        missing(1, cmd);
        missing(2, cmd);
        const [name, elem, ...opts] = args;
        const s = named(name);
        const e = element(ctx, s, elem, opts, cmd);
        if (cmd === 'add') rtnl.ipsetAdd(ns, name, e, exist);
        else if (cmd === 'del') rtnl.ipsetDel(ns, name, e, exist);
        else {
          // A single address is looked up as the set match would; a prefix, as an element.
          const hit = elem.includes('/')
            ? findEntry(s, e) >= 0 && !s.entries[findEntry(s, e)].nomatch
            : ipsetTest(s, e.addr);
          if (!hit) {
            writeErr(ctx, `${elem} is NOT in set ${name}.\n`);
            return 1;
          }
          writeErr(ctx, `Warning: ${elem} is in set ${name}.\n`);
        }
        return 0;
      }
      case 'destroy':
      case 'flush': {
        if (args.length > 1) usage(ctx, `Unknown argument: \`${args[1]}'`);
        if (args[0] !== undefined) named(args[0]);
        if (cmd === 'destroy') rtnl.ipsetDestroy(ns, args[0]);
        else rtnl.ipsetFlush(ns, args[0]);
        return 0;
      }
      case 'list':
      case 'save': {
        if (args.length > 1) usage(ctx, `Unknown argument: \`${args[1]}'`);
        const list = args[0] === undefined ? sets.all() : [named(args[0])];
        if (cmd === 'save') {
          for (const s of list) ctx.write(saveSet(s));
          return 0;
        }
        if (names) {
          for (const s of list) ctx.write(`${s.name}\n`);
          return 0;
        }
        ctx.write(list.map((s) => listSet(s, ns.nf.setReferences(s.name), terse)).join('\n'));
        return 0;
      }
      case 'swap': {
        missing(1, 'swap');
        missing(2, 'swap');
        rtnl.ipsetSwap(ns, args[0], args[1]);
        return 0;
      }
      default:
        return unsupported(
          ctx,
          `ipset ${word} (netns-lab models create, add, del, test, list, save, flush, destroy, swap)`,
        );
    }
  } catch (e) {
    if (e instanceof Exit) throw e;
    refused(ctx, e);
  }
}

function checkName(ctx: Ctx, name: string): void {
  if (name.length > IPSET_MAX_NAME)
    fail(ctx, `Syntax error: setname '${name}' is longer than ${IPSET_MAX_NAME} characters`);
}

/** family, hashsize, maxelem and timeout (0 only: a timeout that runs out is not modelled). */
function createOptions(ctx: Ctx, type: IpSetType, opts: string[]): Omit<IpSetBody, 'initval' | 'entries'> {
  const body: Omit<IpSetBody, 'initval' | 'entries'> = { type, hashsize: 1024, maxelem: 65536 };
  for (let i = 0; i < opts.length; i++) {
    const o = opts[i];
    const v = opts[i + 1];
    const value = () => {
      if (v === undefined) usage(ctx, `Missing mandatory value to option ${o}`);
      i++;
      return v;
    };
    if (o === 'family') {
      const f = value();
      if (f !== 'inet') return unsupported(ctx, `ipset family ${f} (netns-lab models inet)`);
    } else if (o === 'hashsize' || o === 'maxelem') {
      const n = value();
      if (!/^\d+$/.test(n) || Number(n) === 0 || Number(n) > 0xffffffff)
        fail(ctx, `Syntax error: '${n}' is invalid as number`);
      if (o === 'hashsize' && (Number(n) < 64 || (Number(n) & (Number(n) - 1)) !== 0))
        return unsupported(ctx, `ipset hashsize ${n} (netns-lab takes a power of two from 64)`);
      body[o] = Number(n);
    } else if (o === 'timeout') {
      const n = value();
      if (!/^\d+$/.test(n)) fail(ctx, `Syntax error: '${n}' is invalid as number`);
      if (Number(n) !== 0) return unsupported(ctx, 'ipset timeout other than 0 (elements that expire)');
      body.timeout = 0;
    } else if (o === 'bucketsize') {
      // What `ipset save` prints back (kube-router re-creates sets with those words); 12 is the default.
      const n = value();
      if (n !== '12') return unsupported(ctx, `ipset bucketsize ${n} (netns-lab models the default, 12)`);
    } else return unsupported(ctx, `ipset create option ${o}`);
  }
  return body;
}

/** An element of the set's type: IP (hash:ip, /32 at most) or IP[/CIDR] (hash:net), with options. */
function element(ctx: Ctx, s: IpSet, text: string, opts: string[], cmd: string): IpSetEntry {
  if (text.includes('-')) return unsupported(ctx, 'ipset ranges (FROM-TO)');
  const [a, l] = text.split('/', 2);
  const addr = parseInetAddr(a);
  if (addr === undefined) fail(ctx, `Syntax error: cannot parse ${text}: resolving to IPv4 address failed`);
  let len = 32;
  if (l !== undefined) {
    if (!/^\d+$/.test(l) || Number(l) > 32) fail(ctx, `Syntax error: '${l}' is out of range 0-32`);
    len = Number(l);
  }
  if (s.type === 'hash:ip' && len !== 32 && cmd !== 'test')
    return unsupported(ctx, 'ipset: a prefix added to a hash:ip set (each address of it becomes an element)');
  if (s.type === 'hash:ip' && len !== 32) return unsupported(ctx, 'ipset test of a prefix in a hash:ip set');
  if (s.type === 'hash:net' && len === 0)
    fail(ctx, 'The value of the CIDR parameter of the IP address is invalid');
  let nomatch = false;
  for (let i = 0; i < opts.length; i++) {
    const o = opts[i];
    if (o === 'nomatch' && s.type === 'hash:net') nomatch = true;
    else if (o === 'timeout') {
      const n = opts[++i];
      if (n === undefined) usage(ctx, 'Missing mandatory value to option timeout');
      if (s.timeout === undefined) throw new IpsetError('no-timeout');
      if (n !== '0') return unsupported(ctx, 'ipset timeout other than 0 (elements that expire)');
    } else usage(ctx, `Unknown argument: \`${o}'`);
  }
  return ipsetElement(s.type, addr, len, nomatch);
}

function elementText(s: IpSet, e: IpSetEntry): string {
  let t = ip4ToString(e.addr);
  if (s.type === 'hash:net' && e.len !== 32) t += `/${e.len}`;
  if (s.timeout !== undefined) t += ' timeout 0';
  if (e.nomatch) t += ' nomatch';
  return t;
}

function header(s: IpSet): string {
  const timeout = s.timeout !== undefined ? `timeout ${s.timeout} ` : '';
  return `family inet hashsize ${s.hashsize} maxelem ${s.maxelem} ${timeout}bucketsize 12 initval 0x${s.initval.toString(16).padStart(8, '0')}`;
}

/** One set as `ipset list` shows it (members in insertion order; the kernel's follow its buckets). */
function listSet(s: IpSet, refs: number, terse: boolean): string {
  const l = [
    `Name: ${s.name}`,
    `Type: ${s.type}`,
    `Revision: ${IPSET_REVISION[s.type]}`,
    `Header: ${header(s)}`,
    `Size in memory: ${ipsetMemsize(s)}`,
    `References: ${refs}`,
    `Number of entries: ${s.entries.length}`,
  ];
  if (!terse) l.push('Members:', ...s.entries.map((e) => elementText(s, e)));
  return l.map((x) => `${x}\n`).join('');
}

function saveSet(s: IpSet): string {
  const l = [
    `create ${s.name} ${s.type} ${header(s)}`,
    ...s.entries.map((e) => `add ${s.name} ${elementText(s, e)}`),
  ];
  return l.map((x) => `${x}\n`).join('');
}
