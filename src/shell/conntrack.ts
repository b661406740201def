// conntrack (conntrack-tools 1.4.7): -L and -D with the tuple filters (-p PROTO, -s/-d/-r/-q
// ADDRESS, and after -p tcp|udp --sport/--dport/--reply-port-src/--reply-port-dst PORT), -F, -C,
// -S, and -E (conntrack-events.ts).
// The entries go to stdout, the summary line to stderr, which the transcript shows first because
// stdout is flushed at exit (so `> /dev/null` leaves the count: no timeouts that vary with time).

import type { CtEntry, Tuple } from '../engine/netfilter/conntrack.ts';
import { replyTuple } from '../engine/netfilter/conntrack.ts';
import { SEC } from '../engine/sim/clock.ts';
import { ip4ToString, parseIp4 } from '../engine/wire/addr.ts';
import { PROTO_NAMES, protoNumber } from '../engine/wire/packet.ts';
import { ctEvents, requester } from './conntrack-events.ts';
import type { Ctx } from './context.ts';
import { reportUnsupported } from './unsupported.ts';

export const HEAD = 'conntrack v1.4.7 (conntrack-tools): ';
export const HINT = "Try `conntrack -h' or 'conntrack --help' for more information.\n";

export function tupleText(t: Tuple, reply: boolean): string {
  const addrs = `src=${ip4ToString(t.src)} dst=${ip4ToString(t.dst)}`;
  if (t.proto === 1) return `${addrs} type=${reply ? 0 : 8} code=0 id=${t.sport}`;
  return `${addrs} sport=${t.sport} dport=${t.dport}`;
}

/** One line as conntrack -L prints it (the "%-8s %u" protocol column, then timeout and TCP state). */
export function formatCtEntry(e: CtEntry, now: number): string {
  const name = PROTO_NAMES[e.proto] ?? 'unknown';
  const secs = Math.floor((e.expires - now) / SEC);
  const state = e.tcp ? `${e.tcp} ` : '';
  return `${name.padEnd(8)} ${e.proto} ${secs} ${state}${tupleText(e.orig, false)} ${e.replied ? '' : '[UNREPLIED] '}${tupleText(replyTuple(e), true)} ${e.assured ? '[ASSURED] ' : ''}mark=0 use=1`;
}

export function conntrack(ctx: Ctx, argv: string[]): number {
  const nf = ctx.ns.nf;
  const now = ctx.world.clock.now;
  const cmd = argv[0] ?? '-L';
  const enc = new TextEncoder();
  const out = (t: string) => (ctx.streams?.out ? ctx.streams.out(enc.encode(t)) : ctx.write(t));
  const err = (t: string) => (ctx.streams?.err ? ctx.streams.err(enc.encode(t)) : ctx.write(t));
  if (cmd === '-F' || cmd === '--flush') {
    // The summary first: a listener's [DESTROY] lines come once the flushing process has printed.
    err(`${HEAD}connection tracking table has been emptied.\n`);
    const who = requester(ctx, nf.ct, 'flush');
    nf.ct.flush(now, who.portid, who.progname);
    return 0;
  }
  if (cmd === '-E' || cmd === '--event') {
    const f = parseFilter(ctx, argv, err, 'event');
    if (typeof f === 'number') return f;
    // Later events are written wherever the session's output is by then (a background job's).
    const later = (t: string) => (ctx.background ? (ctx.jobWrite ?? ctx.write) : ctx.write)(t);
    const to = (s: ((b: Uint8Array) => void) | undefined) => (s ? (t: string) => s(enc.encode(t)) : later);
    return ctEvents(ctx, f, to(ctx.streams?.out), to(ctx.streams?.err));
  }
  if (cmd === '-C' || cmd === '--count') {
    // -C takes no filter: conntrack names the first option by its long name.
    if (argv[1] === '-p' || argv[1] === '--proto') {
      err(`${HEAD}Illegal option \`--protonum' with this command\n${HINT}`);
      return 2;
    }
    if (argv.length > 1) {
      reportUnsupported(ctx, `conntrack -C with ${argv[1]}`);
      return 2;
    }
    out(`${nf.ct.entries(now).length}\n`);
    return 0;
  }
  if (cmd === '-S' || cmd === '--stats') {
    if (argv[1] === '-p' || argv[1] === '--proto') {
      err(`${HEAD}Illegal option \`--protonum' with this command\n${HINT}`);
      return 2;
    }
    if (argv.length > 1 && !argv[1].startsWith('-')) {
      if (argv[1] !== 'conntrack' && argv[1] !== 'expect') {
        err(`${HEAD}unknown type \`${argv[1]}'\n${HINT}`);
        return 2;
      }
    }
    if (argv.length > 1) {
      reportUnsupported(ctx, `conntrack -S with ${argv[1]}`);
      return 2;
    }
    out(statsText(nf.ct.stats));
    return 0;
  }
  if (cmd === '-L' || cmd === '--dump' || cmd === '-D' || cmd === '--delete') {
    const f = parseFilter(ctx, argv, err, cmd === '-D' || cmd === '--delete' ? 'delete' : 'list');
    if (typeof f === 'number') return f;
    const entries = nf.ct.dump(now).filter((e) => matches(f, e));
    // -o extended: the layer-3 protocol first ("%-8s %u ").
    const pre = f.extended ? 'ipv4     2 ' : '';
    const list = entries.map((e) => `${pre}${formatCtEntry(e, now)}\n`).join('');
    if (cmd === '-D' || cmd === '--delete') {
      err(`${HEAD}${entries.length} flow entries have been deleted.\n`);
      out(list);
      // Deleted through a second socket, whose port the kernel picks at random (netlink_autobind).
      const who = requester(ctx, nf.ct, 'delete');
      for (const e of entries) nf.ct.remove(e, now, who.portid);
      return entries.length ? 0 : 1;
    }
    err(`${HEAD}${entries.length} flow entries have been shown.\n`);
    out(list);
    return 0;
  }
  reportUnsupported(ctx, `conntrack ${cmd}`);
  return 2;
}

/**
 * The CPUs of the machine the goldens are recorded on (2); the kernel keeps the statistics per CPU
 * and conntrack -S prints a line for each (ctnetlink_dump_stat_cpu), counted here on the first.
 */
const NR_CPUS = 2;

/** conntrack -S: "cpu=%-4u\t" and the counters in ctnetlink's order, each followed by a space. */
function statsText(stats: { invalid: number }): string {
  let text = '';
  for (let cpu = 0; cpu < NR_CPUS; cpu++) {
    const v = (n: number) => (cpu === 0 ? n : 0);
    const fields: [string, number][] = [
      ['found', 0],
      ['invalid', v(stats.invalid)],
      ['insert', 0],
      ['insert_failed', 0],
      ['drop', 0],
      ['early_drop', 0],
      ['error', 0],
      ['search_restart', 0],
      ['clash_resolve', 0],
      ['chaintoolong', 0],
    ];
    text += `cpu=${String(cpu).padEnd(4)}\t${fields.map(([k, n]) => `${k}=${n} `).join('')}\n`;
  }
  return text;
}

/** What -L/-D/-E select: the protocol, and fields of the original and the reply tuple. */
export interface Filter {
  proto?: number;
  orig: Partial<Omit<Tuple, 'proto'>>;
  reply: Partial<Omit<Tuple, 'proto'>>;
  /** -n/--src-nat [IP], -g/--dst-nat [IP]: entries whose source (destination) was rewritten. */
  srcNat?: number | true;
  dstNat?: number | true;
  extended?: boolean;
  /** -E: -e's event groups (new, update, destroy); all three when -e is not given. */
  events?: Set<string>;
  /** -E -o timestamp: each event after the time it was read, as gettimeofday gives it. */
  timestamp?: boolean;
}

const ADDR_OPTS: Record<string, ['orig' | 'reply', 'src' | 'dst']> = {
  '-s': ['orig', 'src'],
  '--src': ['orig', 'src'],
  '--orig-src': ['orig', 'src'],
  '-d': ['orig', 'dst'],
  '--dst': ['orig', 'dst'],
  '--orig-dst': ['orig', 'dst'],
  '-r': ['reply', 'src'],
  '--reply-src': ['reply', 'src'],
  '-q': ['reply', 'dst'],
  '--reply-dst': ['reply', 'dst'],
};

/** The port options the tcp and udp modules add once -p names them. */
const PORT_OPTS: Record<string, ['orig' | 'reply', 'sport' | 'dport']> = {
  '--sport': ['orig', 'sport'],
  '--orig-port-src': ['orig', 'sport'],
  '--dport': ['orig', 'dport'],
  '--orig-port-dst': ['orig', 'dport'],
  '--reply-port-src': ['reply', 'sport'],
  '--reply-port-dst': ['reply', 'dport'],
};

/** The options after -L/-D/-E; a number is the exit status of a refusal already printed. */
function parseFilter(ctx: Ctx, argv: string[], err: (t: string) => void, command: Command): Filter | number {
  const event = command === 'event';
  const f: Filter = { orig: {}, reply: {} };
  const seen = new Set<string>();
  const unsupported = (what: string) => {
    reportUnsupported(ctx, `conntrack ${what}`);
    return 2;
  };
  /** The options given, as bits of OPTION_BITS; and the first one netns-lab does not model. */
  const given = new Set<number>();
  let unmodelled: string | undefined;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[i + 1];
    const bit = OPTION_BITS.findIndex(([, words]) => words.includes(a));
    if (bit >= 0) given.add(bit);
    if (bit >= 0 && OPTION_BITS[bit][2] !== 'modelled') {
      // Parsed for its place in the checks below: its argument is skipped, not read.
      const takes = OPTION_BITS[bit][2];
      if (takes === 1) {
        if (v === undefined) {
          err(`${HEAD}option \`${a}' requires an argument\n${HINT}`);
          return 2;
        }
        i++;
      } else if (takes === 'optional' && v !== undefined && !v.startsWith('-')) i++;
      unmodelled ??= a;
      continue;
    }
    if (a === '-p' || a === '--proto') {
      const n = v === undefined ? undefined : protoNumber(v.toLowerCase());
      if (n === undefined) {
        err(`${HEAD}\`${v ?? ''}' unsupported protocol\n${HINT}`);
        return 2;
      }
      f.proto = Number(n);
      i++;
      continue;
    }
    if (a === '-n' || a === '--src-nat' || a === '-g' || a === '--dst-nat') {
      // An optional address: the next word unless it is an option.
      let val: number | true = true;
      if (v !== undefined && !v.startsWith('-')) {
        const ip = parseIp4(v);
        if (ip === undefined)
          return unsupported(`${a} ${v} (netns-lab reads IPv4 addresses in dotted quads)`);
        val = ip;
        i++;
      }
      if (a === '-n' || a === '--src-nat') f.srcNat = val;
      else f.dstNat = val;
      continue;
    }
    if (a === '-o' || a === '--output') {
      if (v === undefined) {
        err(`${HEAD}option \`${a}' requires an argument\n${HINT}`);
        return 2;
      }
      const words = parseParameter(v, OUTPUT_NAMES, err);
      if (typeof words === 'number') return words;
      for (const w of words) {
        if (w === 'extended') f.extended = true;
        else if (w === 'timestamp' && event) f.timestamp = true;
        else if (w !== 'userspace') return unsupported(`-o ${w}`);
      }
      i++;
      continue;
    }
    if (a === '-e' || a === '--event-mask') {
      if (v === undefined) {
        err(`${HEAD}option \`${a}' requires an argument\n${HINT}`);
        return 2;
      }
      const mask = parseParameter(v, EVENT_NAMES, err);
      if (typeof mask === 'number') return mask;
      f.events = new Set(mask.flatMap((w) => (w === 'all' ? ['new', 'update', 'destroy'] : [w])));
      i++;
      continue;
    }
    if (event && i === 1 && a === 'conntrack') continue;
    const addr = ADDR_OPTS[a];
    const port = PORT_OPTS[a];
    if (port && f.proto !== 6 && f.proto !== 17) {
      err(`${HEAD}unknown option \`${a}'\n${HINT}`);
      return 2;
    }
    if (!addr && !port) return unsupported(`option ${a}`);
    const field = (addr ?? port).join(' ');
    if (seen.has(field)) return unsupported(`${a} given twice`);
    seen.add(field);
    if (v === undefined) return unsupported(`${a} without a value`);
    if (addr) {
      const ip = parseIp4(v);
      if (ip === undefined) return unsupported(`${a} ${v} (netns-lab reads IPv4 addresses in dotted quads)`);
      f[addr[0]][addr[1]] = ip;
    } else {
      if (!/^\d{1,5}$/.test(v) || Number(v) > 65535) return unsupported(`${a} ${v} (a port number)`);
      f[port[0]][port[1]] = Number(v);
    }
    i++;
  }
  // generic_opt_check: the first option, in conntrack's own order, the command does not take.
  for (const bit of [...given].sort((x, y) => x - y))
    if (LEGAL[command][bit] === '0') {
      err(`${HEAD}Illegal option \`--${OPTION_BITS[bit][0]}' with this command\n${HINT}`);
      return 2;
    }
  if (unmodelled) return unsupported(`option ${unmodelled}`);
  return f;
}

type Command = 'list' | 'delete' | 'event';

/**
 * conntrack's options in the order of its option bits (optflags): the name its messages use, the
 * words that give it, and what netns-lab does with it (parsed above, or only skipped with its
 * argument: one, or an optional one that is the next word unless that is an option).
 */
const OPTION_BITS: [string, string[], 'modelled' | 0 | 1 | 'optional'][] = [
  ['src', ['-s', '--src', '--orig-src'], 'modelled'],
  ['dst', ['-d', '--dst', '--orig-dst'], 'modelled'],
  ['reply-src', ['-r', '--reply-src'], 'modelled'],
  ['reply-dst', ['-q', '--reply-dst'], 'modelled'],
  ['protonum', ['-p', '--proto', '--protonum'], 'modelled'],
  ['timeout', ['-t', '--timeout'], 1],
  ['status', ['-u', '--status'], 1],
  ['zero', ['-z', '--zero'], 0],
  ['event-mask', ['-e', '--event-mask'], 'modelled'],
  ['tuple-src', ['--tuple-src'], 1],
  ['tuple-dst', ['--tuple-dst'], 1],
  ['mask-src', ['--mask-src'], 1],
  ['mask-dst', ['--mask-dst'], 1],
  ['nat-range', [], 1],
  ['mark', ['-m', '--mark'], 1],
  ['id', ['-i', '--id'], 'optional'],
  ['family', ['-f', '--family'], 1],
  ['src-nat', ['-n', '--src-nat'], 'modelled'],
  ['dst-nat', ['-g', '--dst-nat'], 'modelled'],
  ['output', ['-o', '--output'], 'modelled'],
  ['secmark', ['-c', '--secmark'], 1],
  ['buffer-size', ['-b', '--buffer-size'], 1],
  ['any-nat', ['-j', '--any-nat'], 'optional'],
  ['zone', ['-w', '--zone'], 1],
  ['label', ['-l', '--label'], 1],
  ['label-add', ['--label-add'], 1],
  ['label-del', ['--label-del'], 'optional'],
  ['orig-zone', ['--orig-zone'], 1],
  ['reply-zone', ['--reply-zone'], 1],
];

/** commands_v_options: per option bit, 0 where the command refuses the option. */
const LEGAL: Record<Command, string> = {
  list: '22222022000220202222202220022',
  delete: '22222220000220222222000220022',
  event: '22222000200220202222222220022',
};

export function matches(f: Filter, e: CtEntry): boolean {
  if (f.proto !== undefined && e.proto !== f.proto) return false;
  const same = (want: Filter['orig'], t: Tuple) =>
    (want.src === undefined || want.src === t.src) &&
    (want.dst === undefined || want.dst === t.dst) &&
    (want.sport === undefined || want.sport === t.sport) &&
    (want.dport === undefined || want.dport === t.dport);
  const r = replyTuple(e);
  if (f.srcNat !== undefined && !natFilter(f.srcNat, r.dst !== e.orig.src, r.dst, spat(e, r))) return false;
  if (f.dstNat !== undefined && !natFilter(f.dstNat, r.src !== e.orig.dst, r.src, dpat(e, r))) return false;
  return same(f.orig, e.orig) && same(f.reply, r);
}

/**
 * conntrack's --src-nat/--dst-nat: without an address, an entry whose address or port changed
 * (NFCT_GOPT_IS_SNAT/SPAT, IS_DNAT/DPAT); with one, an address changed to that address.
 */
function natFilter(want: number | true, addrChanged: boolean, addr: number, portChanged: boolean): boolean {
  return want === true ? addrChanged || portChanged : addrChanged && addr === want;
}

/**
 * libnetfilter_conntrack compares the raw 16-bit port fields (orig l4src with reply l4dst). An ICMP
 * tuple keeps its id on the source side and type/code on the destination side, so an echo entry
 * counts as port-translated unless its id happens to read as the reply's type/code (0) or the
 * request's (8/0, 0x0800).
 */
function spat(e: CtEntry, r: Tuple): boolean {
  return e.proto === 1 ? e.orig.sport !== 0 : e.orig.sport !== r.dport;
}
function dpat(e: CtEntry, r: Tuple): boolean {
  return e.proto === 1 ? r.sport !== 0x0800 : e.orig.dport !== r.sport;
}

/** The words -e takes, in the order conntrack compares a word's prefix with them (strncasecmp). */
const EVENT_NAMES = ['all', 'new', 'updates', 'destroy'];
/** The words -o takes (labels are not modelled, save prints -I/-D commands). */
const OUTPUT_NAMES = ['xml', 'extended', 'timestamp', 'id', 'ktimestamp', 'labels', 'userspace', 'save'];

/**
 * parse_parameter for -e and -o: comma-separated words, each read as a prefix of the first name it
 * begins (case aside; "upd" is updates, "e" extended), SRC_NAT and DST_NAT first (only warned
 * about); a word that begins no name is a bad parameter, reported with the rest of the list.
 */
function parseParameter(arg: string, names: string[], err: (t: string) => void): string[] | number {
  const out: string[] = [];
  let rest = arg;
  for (;;) {
    const comma = rest.indexOf(',');
    const word = (comma < 0 ? rest : rest.slice(0, comma)).toLowerCase();
    const begins = (name: string) => word.length <= name.length && name.startsWith(word);
    if (word === '') {
      err(`${HEAD}Bad parameter \`${rest}'\n${HINT}`);
      return 2;
    }
    if (begins('src_nat') || begins('dst_nat'))
      err(
        `WARNING: ignoring ${begins('src_nat') ? 'SRC_NAT, use --src-nat' : 'DST_NAT, use --dst-nat'} instead\n`,
      );
    else {
      const hit = names.find(begins);
      if (!hit) {
        err(`${HEAD}Bad parameter \`${rest}'\n${HINT}`);
        return 2;
      }
      out.push(hit === 'updates' ? 'update' : hit);
    }
    if (comma < 0) return out;
    rest = rest.slice(comma + 1);
  }
}
