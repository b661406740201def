// iptables 1.8.9 (nf_tables backend) for the filter, nat, mangle and raw tables: -A -I -D -R -C -F
// -N -X -E -P -Z -L -S with -t, -n, -v, -x, --line-numbers; matches -s -d -i -o -p, tcp/udp/icmp,
// conntrack, state, comment, addrtype, mark, statistic, multiport, physdev, set, limit; targets
// ACCEPT DROP RETURN REJECT LOG NFLOG MARK MASQUERADE SNAT DNAT REDIRECT CT NOTRACK and user chains.
// Errors are iptables' own. The match options (-m NAME and its options) are read by iptables-match.ts.

import { NetError, STRERROR } from '../engine/errors.ts';
import { listChains, listRules, saveTable } from '../engine/netfilter/format.ts';
import { chainHolds, findRule } from '../engine/netfilter/rule-key.ts';
import {
  BUILTIN_CHAINS,
  type Chain,
  type Rule,
  type Table,
  type TableName,
  type Target,
} from '../engine/netfilter/table.ts';
import { XtChainError } from '../engine/rtnl.ts';
import { networkOf } from '../engine/wire/addr.ts';
import { PROTO_NAMES } from '../engine/wire/packet.ts';
import { type Ctx, Exit, writeErr } from './context.ts';
import { parseInetAddr } from './ip/util.ts';
import { die, dieNl, HELP, ifaceArg, num32, truncBytes, V } from './iptables-args.ts';
import { MatchOptions } from './iptables-match.ts';
import { unsupported } from './unsupported.ts';

/** Errors from the kernel side: one line, no hint. */
function dieKernel(ctx: Ctx, msg: string): never {
  writeErr(ctx, `${msg}\n`);
  throw new Exit(1);
}

/** A rejected nf_tables batch (nft_action: RESOURCE_PROBLEM): one line, exit 4. */
function dieBatch(ctx: Ctx, msg: string): never {
  writeErr(ctx, `${V}:  ${msg}\n`);
  throw new Exit(4);
}

/** -p names: iptables' `all` and the protocol table's names. */
const PROTOS: Record<string, number> = {
  all: 0,
  ...Object.fromEntries(Object.entries(PROTO_NAMES).map(([n, name]) => [name, Number(n)])),
};
const TARGETS = new Set([
  'ACCEPT',
  'DROP',
  'RETURN',
  'REJECT',
  'LOG',
  'NFLOG',
  'MARK',
  'MASQUERADE',
  'SNAT',
  'DNAT',
  'REDIRECT',
  'CT',
  'NOTRACK',
]);
const REJECT_WITH = new Set([
  'icmp-net-unreachable',
  'icmp-host-unreachable',
  'icmp-port-unreachable',
  'icmp-proto-unreachable',
  'icmp-net-prohibited',
  'icmp-host-prohibited',
  'icmp-admin-prohibited',
  'tcp-reset',
]);

/** The short names REJECT also accepts (libipt_REJECT's reject_table). */
const REJECT_ALIASES: Record<string, string> = {
  'net-unreach': 'icmp-net-unreachable',
  'host-unreach': 'icmp-host-unreachable',
  'proto-unreach': 'icmp-proto-unreachable',
  'port-unreach': 'icmp-port-unreachable',
  'net-prohib': 'icmp-net-prohibited',
  'host-prohib': 'icmp-host-prohibited',
  'admin-prohib': 'icmp-admin-prohibited',
  'tcp-rst': 'tcp-reset',
};

type Command = 'A' | 'I' | 'D' | 'C' | 'R' | 'F' | 'N' | 'X' | 'P' | 'Z' | 'L' | 'S' | 'E';

interface Parsed {
  cmd?: Command;
  chain?: string;
  num?: number;
  policy?: string;
  table: TableName;
  numeric: boolean;
  verbose: boolean;
  exact: boolean;
  lineNumbers: boolean;
  rule: Rule;
  targetName?: string;
  targetArgs: Record<string, string>;
  /** -i / -o was given (even "+", which makes no match). */
  viaIn?: boolean;
  viaOut?: boolean;
  /** xt_MARK (value, mask) from --set-mark/--set-xmark/--or-mark/--xor-mark/--and-mark. */
  mark?: [number, number];
  /** -E OLD NEW: the new name. */
  newName?: string;
  /** -L and -Z together: list, then zero. */
  listZero?: boolean;
}

function addrArg(ctx: Ctx, s: string): { addr: number; len: number } {
  const [a, l] = s.split('/', 2);
  const addr = parseInetAddr(a);
  const len = l === undefined ? 32 : /^\d+$/.test(l) && Number(l) <= 32 ? Number(l) : -1;
  if (addr === undefined || len < 0) die(ctx, `host/network \`${a}' not found`);
  return { addr: networkOf(addr, len), len };
}

/** Options a "!" may precede (xtables' inverse_for_options and each extension's XTOPT_INVERT). */
const INVERTIBLE = new Set([
  ...[
    '-s',
    '--source',
    '--src',
    '-d',
    '--destination',
    '--dst',
    '-i',
    '--in-interface',
    '-o',
    '--out-interface',
  ],
  ...['-p', '--protocol', '--ctstate', '--state', '--mark', '--probability', '--src-type', '--dst-type'],
  ...['--sport', '--source-port', '--dport', '--destination-port', '--tcp-flags', '--syn', '--icmp-type'],
  ...['--sports', '--source-ports', '--dports', '--destination-ports', '--ports'],
  ...['--physdev-in', '--physdev-out', '--physdev-is-in', '--physdev-is-out', '--physdev-is-bridged'],
  '--match-set',
]);
const COMMANDS =
  /^(-[AIDRFZLSXNP]|--(append|insert|delete|replace|flush|zero|list|list-rules|delete-chain|new-chain|policy))$/;
/** The extension that owns an option no "!" may precede, as its error names it. */
const OPTION_OWNER: Record<string, string> = {
  '--comment': 'comment',
  '--mode': 'statistic',
  '--log-prefix': 'LOG',
  '--reject-with': 'REJECT',
  '--to-source': 'SNAT',
  '--to-destination': 'DNAT',
  '--set-mark': 'MARK',
  '--set-xmark': 'MARK',
  '--or-mark': 'MARK',
  '--xor-mark': 'MARK',
  '--and-mark': 'MARK',
  '--notrack': 'CT',
  '--limit': 'limit',
  '--limit-burst': 'limit',
  '--nflog-group': 'NFLOG',
};

/** iptables' error for a "!" before option `a`, which cannot be inverted. */
function notInvertible(ctx: Ctx, a: string, target: string | undefined): never {
  if (COMMANDS.test(a)) die(ctx, "unexpected '!' flag");
  if (a === '-t' || a === '--table') die(ctx, 'unexpected ! flag before --table');
  if (a === '-m' || a === '--match') die(ctx, 'unexpected ! flag before --match');
  // set_option names the option by its short letter (-g is -j's; --line-numbers has none: "-0").
  const letter: Record<string, string> = {
    '-n': 'n',
    '--numeric': 'n',
    '-v': 'v',
    '--verbose': 'v',
    '-x': 'x',
    '--exact': 'x',
    '-j': 'j',
    '--jump': 'j',
    '-g': 'j',
    '--goto': 'j',
    '--line-numbers': '0',
  };
  if (letter[a] !== undefined) die(ctx, `cannot have ! before -${letter[a]}`);
  const owner = OPTION_OWNER[a] ?? (a === '--to-ports' ? (target ?? 'MASQUERADE') : undefined);
  if (owner !== undefined) dieNl(ctx, `${owner}: option "${a}" cannot be inverted.`);
  die(ctx, `unknown option "${a}"`);
}

/** The long options of the NAT targets (libxt_DNAT, libxt_SNAT, libxt_MASQUERADE, libxt_REDIRECT). */
const TARGET_LONG_OPTS: Record<string, string[]> = {
  DNAT: ['--to-destination', '--random', '--persistent'],
  SNAT: ['--to-source', '--random', '--random-fully', '--persistent'],
  MASQUERADE: ['--to-ports', '--random', '--random-fully'],
  REDIRECT: ['--to-ports', '--random'],
};

/**
 * The NAT target option `a` abbreviates (getopt_long: an unambiguous prefix), or undefined when `a`
 * is a whole option name already or no single option of the target starts with it.
 */
function targetOptionPrefix(target: string | undefined, a: string): string | undefined {
  const opts = target ? TARGET_LONG_OPTS[target] : undefined;
  if (!opts || !a.startsWith('--') || a.length < 3 || opts.includes(a)) return undefined;
  const hits = opts.filter((o) => o.startsWith(a));
  return hits.length === 1 ? hits[0] : undefined;
}

/** Short options that take no argument, a required one, or an optional one (XT_OPTSTRING). */
const SHORT_FLAGS = new Set(['n', 'v', 'x']);
const SHORT_WITH_ARG = new Set([
  'A',
  'C',
  'D',
  'R',
  'I',
  'N',
  'E',
  'P',
  'o',
  'p',
  's',
  'd',
  'j',
  'i',
  't',
  'm',
  'g',
]);
const SHORT_OPTIONAL_ARG = new Set(['L', 'S', 'F', 'Z', 'X']);

/**
 * getopt_long's bundled short options: "-nvL" is -n -v -L, and the rest of a bundle after an option
 * that takes an argument is that argument ("-tnat", "-LINPUT"). Undefined when `a` is not such a
 * bundle, or holds a letter this parser does not know (iptables then names the whole word).
 */
function splitShortOptions(a: string): string[] | undefined {
  if (a.length < 3 || a[0] !== '-' || a[1] === '-') return undefined;
  const out: string[] = [];
  for (let k = 1; k < a.length; k++) {
    const c = a[k];
    if (SHORT_FLAGS.has(c)) {
      out.push(`-${c}`);
      continue;
    }
    if (SHORT_WITH_ARG.has(c) || SHORT_OPTIONAL_ARG.has(c)) {
      out.push(`-${c}`);
      if (k + 1 < a.length) out.push(a.slice(k + 1));
      return out;
    }
    return undefined;
  }
  return out;
}

function parse(ctx: Ctx, argv: string[]): Parsed {
  const p: Parsed = {
    table: 'filter',
    numeric: false,
    verbose: false,
    exact: false,
    lineNumbers: false,
    rule: { protoInvert: false, pkts: 0, bytes: 0 },
    targetArgs: {},
  };
  let invert = false;
  const matches = new MatchOptions(ctx, p.rule);
  // set_option: each address option may be given once.
  const seen = new Set<string>();
  const once = (c: string) => {
    if (seen.has(c)) die(ctx, `multiple -${c} flags not allowed`);
    seen.add(c);
  };
  const setCmd = (c: Command) => {
    // -L and -Z together list, then zero (CMD_LIST_ZERO).
    if ((p.cmd === 'L' && c === 'Z') || (p.cmd === 'Z' && c === 'L')) {
      p.listZero = true;
      p.cmd = 'L';
      return;
    }
    if (p.cmd) die(ctx, `Cannot use -${c} with -${p.cmd}`);
    p.cmd = c;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = (): string => {
      const v = argv[++i];
      if (v === undefined) die(ctx, `option "${a}" requires an argument`);
      return v;
    };
    // xs_has_arg: an optional argument is the next word unless it starts with "-" or "!".
    const optional = (): string | undefined =>
      argv[i + 1] !== undefined && !/^[-!]/.test(argv[i + 1]) ? argv[++i] : undefined;
    const inv = () => {
      const v = invert;
      invert = false;
      return v;
    };
    if (a === '!') {
      if (invert) die(ctx, 'multiple consecutive ! not allowed');
      invert = true;
      continue;
    }
    // getopt_long takes any unambiguous prefix of a long option: `-j DNAT --to 172.17.0.2:80`.
    const full = targetOptionPrefix(p.targetName, a);
    if (full) {
      argv = [...argv.slice(0, i), full, ...argv.slice(i + 1)];
      i--;
      continue;
    }
    const bundle = splitShortOptions(a);
    if (bundle) {
      argv = [...argv.slice(0, i), ...bundle, ...argv.slice(i + 1)];
      i--;
      continue;
    }
    if (invert && !INVERTIBLE.has(a)) notInvertible(ctx, a, p.targetName);
    switch (a) {
      case '-t':
      case '--table': {
        const t = next();
        if (t !== 'filter' && t !== 'nat' && t !== 'mangle' && t !== 'raw')
          die(
            ctx,
            `can't initialize iptables table \`${t}': Table does not exist (do you need to insmod?)`,
            3,
          );
        p.table = t;
        break;
      }
      case '-A':
      case '--append':
        setCmd('A');
        p.chain = next();
        break;
      case '-I':
      case '--insert': {
        setCmd('I');
        p.chain = next();
        const n = optional();
        if (n !== undefined) {
          if (!/^\d+$/.test(n) || Number(n) < 1) die(ctx, `Invalid rule number \`${n}'`);
          p.num = Number(n);
        }
        break;
      }
      case '-D':
      case '--delete': {
        setCmd('D');
        p.chain = next();
        const n = optional();
        if (n !== undefined) {
          if (!/^\d+$/.test(n) || Number(n) < 1) die(ctx, `Invalid rule number \`${n}'`);
          p.num = Number(n);
        }
        break;
      }
      case '-C':
      case '--check':
        setCmd('C');
        p.chain = next();
        break;
      case '-R':
      case '--replace': {
        setCmd('R');
        p.chain = next();
        const n = next();
        if (!/^\d+$/.test(n) || Number(n) < 1) die(ctx, `Invalid rule number \`${n}'`);
        p.num = Number(n);
        break;
      }
      case '-F':
      case '--flush':
      case '-Z':
      case '--zero':
      case '-L':
      case '--list':
      case '-S':
      case '--list-rules':
      case '-X':
      case '--delete-chain': {
        const c = (
          a.startsWith('--')
            ? { flush: 'F', zero: 'Z', list: 'L', 'list-rules': 'S', 'delete-chain': 'X' }[a.slice(2)]
            : a[1]
        ) as Command;
        setCmd(c);
        p.chain = optional();
        // -L, -S and -Z take a rule number after the chain (xs_has_arg); it must be a number > 0.
        if (p.chain !== undefined && (c === 'L' || c === 'S' || c === 'Z')) {
          const n = optional();
          if (n !== undefined) {
            if (!/^\d+$/.test(n) || Number(n) < 1) die(ctx, `Invalid rule number \`${n}'`);
            p.num = Number(n);
          }
        }
        break;
      }
      case '-N':
      case '--new-chain':
        setCmd('N');
        p.chain = next();
        break;
      case '-E':
      case '--rename-chain': {
        setCmd('E');
        p.chain = next();
        const to = optional();
        if (to === undefined) die(ctx, '-E requires old-chain-name and new-chain-name');
        p.newName = to;
        break;
      }
      case '-P':
      case '--policy':
        setCmd('P');
        p.chain = next();
        p.policy = next();
        break;
      case '-n':
      case '--numeric':
        p.numeric = true;
        break;
      case '-v':
      case '--verbose':
        p.verbose = true;
        break;
      case '-x':
      case '--exact':
        p.exact = true;
        break;
      case '--line-numbers':
        p.lineNumbers = true;
        break;
      case '-s':
      case '--source':
      case '--src': {
        // An address with a /0 mask matches everything: iptables stores no match (-S prints none).
        once('s');
        const v = { ...addrArg(ctx, next()), invert: inv() };
        p.rule.src = v.len === 0 && !v.invert ? undefined : v;
        break;
      }
      case '-d':
      case '--destination':
      case '--dst': {
        once('d');
        const v = { ...addrArg(ctx, next()), invert: inv() };
        p.rule.dst = v.len === 0 && !v.invert ? undefined : v;
        break;
      }
      case '-i':
      case '--in-interface':
      case '-o':
      case '--out-interface': {
        const m = ifaceArg(ctx, next(), inv());
        // "+" matches every interface: iptables-nft adds no match for it (-S lists none).
        const any = m.wildcard && m.name === '' && !m.invert;
        if (a.startsWith('-i') || a === '--in-interface') {
          p.rule.in = any ? undefined : m;
          p.viaIn = true;
        } else {
          p.rule.out = any ? undefined : m;
          p.viaOut = true;
        }
        break;
      }
      case '-p':
      case '--protocol': {
        const v = next().toLowerCase();
        const n = v in PROTOS ? PROTOS[v] : /^\d+$/.test(v) ? Number(v) : undefined;
        if (n === undefined) die(ctx, `unknown protocol "${v}" specified`);
        p.rule.protoInvert = inv();
        p.rule.proto = n === 0 ? undefined : n;
        break;
      }
      case '--set-mark':
      case '--set-xmark':
      case '--or-mark':
      case '--xor-mark':
      case '--and-mark': {
        const [v, mk] = next().split('/');
        const value = num32(ctx, v);
        const given = mk === undefined ? undefined : num32(ctx, mk);
        if (a === '--or-mark') p.mark = [value, value];
        else if (a === '--xor-mark') p.mark = [value, 0];
        else if (a === '--and-mark') p.mark = [0, ~value >>> 0];
        else if (a === '--set-xmark') p.mark = [value, given ?? 0xffffffff];
        else p.mark = [value, given === undefined ? 0xffffffff : (value | given) >>> 0];
        break;
      }
      case '--nflog-group': {
        if (p.targetName !== 'NFLOG') die(ctx, `unknown option "${a}"`);
        const v = next();
        if (!/^\d+$/.test(v) || Number(v) > 65535) die(ctx, `Bad value for option "--nflog-group" (${v})`);
        p.targetArgs['nflog-group'] = v;
        break;
      }
      case '--nflog-prefix':
      case '--nflog-range':
      case '--nflog-size':
      case '--nflog-threshold':
        if (p.targetName !== 'NFLOG') die(ctx, `unknown option "${a}"`);
        return unsupported(ctx, `NFLOG ${a}`);
      case '-j':
      case '--jump':
      case '-g':
      case '--goto':
        p.targetName = next();
        if (a === '-g' || a === '--goto') p.targetArgs.goto = '1';
        break;
      case '--reject-with':
      case '--to-source':
      case '--to-destination':
      case '--to-ports':
        p.targetArgs[a.slice(2)] = next();
        break;
      case '--log-prefix': {
        // xt_LOG keeps 29 bytes of it (struct xt_log_info's prefix[30]); an empty one is refused.
        const v = next();
        if (v === '') dieNl(ctx, 'Argument must have a minimum length of 1 characters');
        p.targetArgs['log-prefix'] = truncBytes(v, 29);
        break;
      }
      case '--notrack':
        p.targetArgs.notrack = '1';
        break;
      case '--random':
      case '--persistent':
        // Valid for the NAT targets (NF_NAT_RANGE_PROTO_RANDOM, NF_NAT_RANGE_PERSISTENT).
        if (p.targetName && TARGET_LONG_OPTS[p.targetName]?.includes(a))
          return unsupported(ctx, `${p.targetName} ${a}`);
        die(ctx, `unknown option "${a}"`);
        break;
      case '--random-fully':
        if (p.targetName !== 'MASQUERADE') {
          if (p.targetName === 'SNAT' || p.targetName === 'DNAT' || p.targetName === 'REDIRECT') {
            return unsupported(ctx, `${p.targetName} --random-fully`);
          }
          die(ctx, `unknown option "${a}"`);
        }
        p.targetArgs['random-fully'] = '1';
        break;
      case '--zone':
      case '--zone-orig':
      case '--zone-reply':
      case '--helper':
      case '--ctevents':
      case '--expevents':
      case '--timeout':
        if (p.targetName !== 'CT') die(ctx, `unknown option "${a}"`);
        return unsupported(ctx, `CT ${a}`);
      default: {
        const args = { next, peek: () => argv[i + 1], take: () => void i++, inv };
        if (matches.option(a, args)) break;
        if (a.startsWith('-')) die(ctx, `unknown option "${a}"`);
        // xtables_error's PARAMETER_PROBLEM without the program name (xshared.c: "Bad argument").
        writeErr(ctx, `Bad argument \`${a}'\n${HELP}\n`);
        throw new Exit(2);
      }
    }
  }
  if (invert) die(ctx, 'nothing appropriate following !');
  matches.finish();
  return p;
}

/** __nft_chain_zero_counters with -v: a line for each chain nf_tables has. */
function zeroingSaid(ctx: Ctx, p: Parsed, table: Table): void {
  if (!p.verbose) return;
  const chains =
    p.chain !== undefined
      ? [p.chain]
      : table
          .ordered()
          .filter((c) => !c.builtin || c.created)
          .map((c) => c.name);
  for (const c of chains) ctx.write(`Zeroing chain \`${c}'\n`);
}

/**
 * The chain -L or -S lists. iptables-nft 1.8.9 says a missing one is "incompatible" (its
 * nft_is_table_compatible check runs before the chain is looked up), status 1 (measured).
 */
function listedChain(ctx: Ctx, tableName: string, table: Table, name: string): Chain {
  const c = table.chains.get(name);
  if (!c) dieKernel(ctx, `${V}: chain \`${name}' in table \`${tableName}' is incompatible, use 'nft' tool.`);
  return c;
}

function chainOf(ctx: Ctx, table: Table, name: string | undefined): Chain {
  const c = name === undefined ? undefined : table.chains.get(name);
  if (!c) die(ctx, `Chain '${name}' does not exist`, 1);
  return c;
}

function buildTarget(ctx: Ctx, p: Parsed, table: Table): Target | undefined {
  const name = p.targetName;
  if (name === undefined) return undefined;
  if (!TARGETS.has(name)) {
    if (!table.chains.has(name)) die(ctx, `Chain '${name}' does not exist`);
    if (BUILTIN_CHAINS[p.table].includes(name as never))
      die(ctx, `Couldn't load target \`${name}':No such file or directory`);
    return { kind: 'jump', chain: name, goto: p.targetArgs.goto === '1' };
  }
  switch (name) {
    case 'REJECT': {
      const given = p.targetArgs['reject-with'] ?? 'icmp-port-unreachable';
      const w = REJECT_ALIASES[given] ?? given;
      if (!REJECT_WITH.has(w)) die(ctx, `unknown reject type "${given}"`);
      return { kind: 'REJECT', with: w };
    }
    case 'SNAT': {
      const v = p.targetArgs['to-source'];
      if (!v) die(ctx, 'SNAT: option "--to-source" must be specified');
      // parse_to (libxt_SNAT): ADDR[-ADDR][:PORT[-PORT]].
      const colon = v.indexOf(':');
      const addrs = colon < 0 ? v : v.slice(0, colon);
      const [lo, hi] = addrs.split('-');
      const a = parseInetAddr(lo);
      if (a === undefined) die(ctx, `Bad IP address "${lo}"`);
      const b = hi === undefined ? a : parseInetAddr(hi);
      if (b === undefined) die(ctx, `Bad IP address "${hi}"`);
      const t: Target = { kind: 'SNAT', to: a };
      if (b !== a) t.toHi = b;
      if (colon >= 0) {
        if (p.rule.proto !== 6 && p.rule.proto !== 17)
          die(ctx, 'Need TCP, UDP, SCTP or DCCP with port specification');
        const m = /^(\d+)(?:-(\d+))?$/.exec(v.slice(colon + 1));
        if (!m || Number(m[1]) > 65535 || Number(m[2] ?? m[1]) > 65535)
          die(ctx, `Port \`${v.slice(colon + 1)}' not valid`);
        const pl = Number(m[1]);
        const ph = Number(m[2] ?? m[1]);
        if (ph < pl) die(ctx, `Port range \`${m[2]}' funky`);
        t.port = pl;
        if (ph !== pl) t.portHi = ph;
      }
      return t;
    }
    case 'NOTRACK':
      return { kind: 'CT', notrack: true, alias: 'NOTRACK' };
    case 'CT':
      return { kind: 'CT', notrack: p.targetArgs.notrack === '1' };
    case 'DNAT': {
      const v = p.targetArgs['to-destination'];
      if (!v) die(ctx, 'DNAT: option "--to-destination" must be specified');
      const [ip, port] = v.split(':');
      const a = parseInetAddr(ip);
      if (a === undefined) die(ctx, `Bad IP address "${ip}"`);
      if (port === undefined) return { kind: 'DNAT', to: a };
      const m = /^(\d+)(?:-(\d+))?$/.exec(port);
      const bad = (x: string | undefined) => x !== undefined && Number(x) > 65535;
      if (!m || bad(m[1]) || bad(m[2])) die(ctx, `Port \`${m ? (bad(m[1]) ? m[1] : m[2]) : port}' not valid`);
      if (p.rule.proto !== 6 && p.rule.proto !== 17)
        die(ctx, 'Need TCP, UDP, SCTP or DCCP with port specification');
      const lo = Number(m[1]);
      const hi = m[2] !== undefined ? Number(m[2]) : undefined;
      return { kind: 'DNAT', to: a, port: lo, hi: hi !== undefined && hi !== lo ? hi : undefined };
    }
    case 'REDIRECT':
    case 'MASQUERADE': {
      const v = p.targetArgs['to-ports'];
      const rf = p.targetArgs['random-fully'] === '1' ? { randomFully: true } : {};
      if (v === undefined) return name === 'REDIRECT' ? { kind: 'REDIRECT' } : { kind: 'MASQUERADE', ...rf };
      const m = /^(\d+)(?:-(\d+))?$/.exec(v);
      if (!m || Number(m[1]) > 65535 || Number(m[2] ?? m[1]) > 65535) die(ctx, `Port "${v}" not valid`);
      const lo = Number(m[1]);
      const hi = Number(m[2] ?? m[1]);
      return name === 'REDIRECT'
        ? { kind: 'REDIRECT', port: lo, hi }
        : { kind: 'MASQUERADE', port: lo, hi, ...rf };
    }
    case 'LOG':
      return { kind: 'LOG', prefix: p.targetArgs['log-prefix'] };
    case 'NFLOG':
      return { kind: 'NFLOG', group: Number(p.targetArgs['nflog-group'] ?? 0) };
    case 'MARK': {
      if (!p.mark)
        die(ctx, 'MARK target: Parameter --set-xmark/--set-mark/--and-mark/--or-mark/--xor-mark is required');
      return { kind: 'MARK', value: p.mark[0], mask: p.mark[1] };
    }
    default:
      return { kind: name as 'ACCEPT' | 'DROP' | 'RETURN' | 'MASQUERADE' };
  }
}

const RULE_OP = { A: 'RULE_APPEND', I: 'RULE_INSERT', R: 'RULE_REPLACE' } as const;
const INDEX_TOO_BIG = { A: 'insertion', I: 'insertion', R: 'replacement', D: 'deletion' } as const;
const NO_CHAIN = 'iptables: No chain/target/match by that name.';

/**
 * Runs one of world.rtnl's xtables operations and says a refusal as iptables-nft does: the kernel's
 * ENOENT as "No chain…", a rule number past the end as "Index of … too big", a rule the kernel
 * refused when the batch was committed with two spaces, no hint and status 4 (measured).
 */
function xt(ctx: Ctx, op: 'A' | 'I' | 'R' | 'D', chain: string, run: () => void): void {
  try {
    run();
  } catch (e) {
    if (!(e instanceof NetError)) throw e;
    if (e.errno === 'ENOENT') dieKernel(ctx, NO_CHAIN);
    if (e.errno === 'E2BIG') dieKernel(ctx, `iptables: Index of ${INDEX_TOO_BIG[op]} too big.`);
    if (op !== 'D' && (e.errno === 'EINVAL' || e.errno === 'EMLINK')) {
      writeErr(ctx, `${V}:  ${RULE_OP[op]} failed (${STRERROR[e.errno]}): rule in chain ${chain}\n`);
      throw new Exit(4);
    }
    throw e;
  }
}

export function iptables(ctx: Ctx, argv: string[]): number {
  const p = parse(ctx, argv);
  if (!p.cmd) die(ctx, 'no command specified');
  if (p.table === 'nat' && (p.policy === 'DROP' || p.targetName === 'DROP'))
    dieNl(ctx, '\nThe "nat" table is not intended for filtering, the use of DROP is therefore inhibited.\n');
  // Reading is the shell's; every change is an operation of world.rtnl, which checks it once.
  const rtnl = ctx.world.rtnl;
  const ns = ctx.ns;
  const table = ns.nf.table(p.table);
  const r = p.rule;
  const hook = p.chain as string;
  const checkIfaces = () => {
    if (p.viaOut && (hook === 'INPUT' || hook === 'PREROUTING')) dieNl(ctx, `Can't use -o with ${hook}`);
    if (p.viaIn && (hook === 'OUTPUT' || hook === 'POSTROUTING')) dieNl(ctx, `Can't use -i with ${hook}`);
  };
  switch (p.cmd) {
    case 'A':
    case 'I':
    case 'R': {
      if (!table.chains.has(p.chain!)) dieKernel(ctx, NO_CHAIN);
      const c = chainOf(ctx, table, p.chain);
      checkIfaces();
      r.target = buildTarget(ctx, p, table);
      const at = p.cmd === 'A' ? c.rules.length : (p.num ?? 1) - 1;
      const op = p.cmd;
      xt(ctx, op, c.name, () => rtnl.xtRuleAdd(ns, p.table, c.name, r, at, op === 'R'));
      return 0;
    }
    case 'D': {
      const c = table.chains.get(p.chain!);
      if (p.num !== undefined) {
        const at = p.num - 1;
        xt(ctx, 'D', p.chain!, () => rtnl.xtRuleDel(ns, p.table, p.chain!, at));
        return 0;
      }
      // No rule can jump to a built-in chain, so asking to delete one finds nothing.
      const jumpsToBuiltin = BUILTIN_CHAINS[p.table].includes(p.targetName as never);
      if (!jumpsToBuiltin) r.target = buildTarget(ctx, p, table);
      const i = c && !jumpsToBuiltin ? findRule(c, r) : -1;
      if (!c || i < 0) dieKernel(ctx, 'iptables: Bad rule (does a matching rule exist in that chain?).');
      xt(ctx, 'D', c.name, () => rtnl.xtRuleDel(ns, p.table, c.name, i));
      return 0;
    }
    case 'C': {
      // nft_cmd_rule_check: a missing chain is reported as a missing rule.
      const c = table.chains.get(p.chain!);
      r.target = buildTarget(ctx, p, table);
      if (!c || !chainHolds(c, r))
        dieKernel(ctx, 'iptables: Bad rule (does a matching rule exist in that chain?).');
      return 0;
    }
    case 'F':
    case 'Z': {
      if (p.chain !== undefined && !table.chains.has(p.chain)) dieKernel(ctx, NO_CHAIN);
      if (p.cmd === 'F') rtnl.xtFlush(ns, p.table, p.chain);
      else if (p.num !== undefined) {
        // -Z CHAIN N: that rule's counters. An empty chain has no rule to find; a number past the
        // end of a chain with rules zeroes nothing and succeeds (measured on iptables-nft 1.8.9).
        const n = table.chains.get(p.chain!)!.rules.length;
        if (n === 0) dieKernel(ctx, 'iptables: Bad rule (does a matching rule exist in that chain?).');
        if (p.num <= n) rtnl.xtZero(ns, p.table, p.chain, p.num - 1);
      } else {
        zeroingSaid(ctx, p, table);
        rtnl.xtZero(ns, p.table, p.chain);
      }
      return 0;
    }
    case 'N': {
      try {
        rtnl.xtChainAdd(ns, p.table, p.chain!);
      } catch (e) {
        if (!(e instanceof NetError)) throw e;
        if (e.errno === 'EEXIST') die(ctx, 'Chain already exists.', 1);
        die(ctx, `chain name \`${p.chain}' too long (must be under 29 chars)`);
      }
      return 0;
    }
    case 'X': {
      const names =
        p.chain === undefined
          ? [...table.chains.values()].filter((c) => !c.builtin).map((c) => c.name)
          : table.chains.has(p.chain)
            ? [p.chain]
            : dieKernel(ctx, NO_CHAIN);
      try {
        rtnl.xtChainDel(ns, p.table, names);
      } catch (e) {
        if (!(e instanceof XtChainError)) throw e;
        // A built-in chain nf_tables does not have yet cannot be found to be deleted.
        if (e.errno === 'ENOENT') dieKernel(ctx, NO_CHAIN);
        if (e.errno === 'EPERM') die(ctx, 'Cannot delete built-in chain', 1);
        // nf_tables_delchain: a chain still referenced or holding rules is busy.
        dieBatch(ctx, `CHAIN_DEL failed (Device or resource busy): chain ${e.chain}`);
      }
      return 0;
    }
    case 'E': {
      try {
        rtnl.xtChainRename(ns, p.table, p.chain!, p.newName!);
      } catch (e) {
        if (!(e instanceof NetError)) throw e;
        if (e.errno === 'ENOENT') dieKernel(ctx, NO_CHAIN);
        if (e.errno === 'EEXIST') dieKernel(ctx, 'iptables: File exists.');
        if (e.errno === 'EPERM') return unsupported(ctx, `renaming the built-in chain ${p.chain}`);
        die(ctx, `chain name \`${p.newName}' too long (must be under 29 chars)`);
      }
      return 0;
    }
    case 'P': {
      const c = table.chains.get(p.chain!);
      if (!c?.builtin) dieKernel(ctx, 'iptables: Bad built-in chain name.');
      if (p.policy !== 'ACCEPT' && p.policy !== 'DROP')
        die(ctx, `Bad policy name. Run \`iptables -h' for help.`);
      rtnl.xtPolicy(ns, p.table, c.name, p.policy);
      return 0;
    }
    case 'S': {
      if (p.chain !== undefined) listedChain(ctx, p.table, table, p.chain);
      ctx.write(listRules(table, p.chain, p.num));
      return 0;
    }
    case 'L': {
      // User chains are listed by name, as libiptc and iptables-nft list them.
      const chains = p.chain === undefined ? table.ordered() : [listedChain(ctx, p.table, table, p.chain)];
      ctx.write(
        listChains(table, chains, {
          numeric: p.numeric,
          verbose: p.verbose,
          exact: p.exact,
          lineNumbers: p.lineNumbers,
          ruleNum: p.num,
        }),
      );
      if (p.listZero) {
        rtnl.xtZero(ns, p.table, p.chain, undefined, true);
        zeroingSaid(ctx, p, table);
      }
      return 0;
    }
  }
  return 0;
}

/** ctime(3) of a simulated time (UTC): "Thu Jan  1 00:00:05 1970". */
function ctime(us: number): string {
  const d = new Date(Math.floor(us / 1000));
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()];
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][
    d.getUTCMonth()
  ];
  const two = (n: number) => String(n).padStart(2, '0');
  return `${day} ${mon} ${String(d.getUTCDate()).padStart(2, ' ')} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} ${d.getUTCFullYear()}`;
}

/**
 * iptables-save (nf_tables) [-t TABLE]: each table nf_tables has (one a rule, a policy or a chain put
 * there), in nft's table order, with every built-in chain's policy counters and the rules as -S
 * prints them, between "Generated"/"Completed" lines that carry the time.
 */
export function iptablesSave(ctx: Ctx, argv: string[]): number {
  let only: TableName | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-t' || a === '--table') {
      const t = argv[++i];
      if (t !== 'filter' && t !== 'nat' && t !== 'mangle' && t !== 'raw')
        return unsupported(ctx, `iptables-save -t ${t ?? ''}`);
      only = t;
    } else return unsupported(ctx, `iptables-save ${a}`);
  }
  const now = ctime(ctx.world.clock.now);
  for (const name of ['mangle', 'raw', 'filter', 'nat'] as const) {
    if (only !== undefined && name !== only) continue;
    const t = ctx.ns.nf.table(name);
    // A table asked for by name is listed even before nf_tables has it (its built-in chains, empty).
    const exists = only !== undefined || [...t.chains.values()].some((c) => !c.builtin || c.created);
    if (!exists) continue;
    ctx.write(`# Generated by iptables-save v1.8.9 (nf_tables) on ${now}\n`);
    ctx.write(saveTable(t));
    ctx.write(`# Completed on ${now}\n`);
  }
  return 0;
}
