// ss (iproute2 6.1, misc/ss.c) for TCP and UDP over IPv4: the option parser and the printer, pure.
// The caller collects the sockets (in the kernel's inet_diag dump order) and writes what comes back.
//
// How ss lays out a table when stdout is not a terminal (render_calc_width, compact output): every
// field of every line, the header included, is buffered first; each column is then exactly as wide
// as its longest field plus its one-space left delimiter, with no spreading of the screen width.

import { type ServiceProto, serviceName, servicePort } from './services.ts';
import { getopt, type LongOpt } from './text/getopt.ts';
import { unsupportedText } from './unsupported.ts';

export type SsState =
  | 'LISTEN'
  | 'ESTAB'
  | 'SYN-SENT'
  | 'SYN-RECV'
  | 'FIN-WAIT-1'
  | 'FIN-WAIT-2'
  | 'TIME-WAIT'
  | 'CLOSE'
  | 'CLOSE-WAIT'
  | 'LAST-ACK'
  | 'CLOSING'
  | 'UNCONN';

/** One socket as inet_diag reports it. A port of 0 or '*' prints as `*`. */
export interface SsRow {
  proto: 'tcp' | 'udp';
  /** TCP_CLOSE sockets (unconnected UDP, bound-only TCP) may be given as 'CLOSE' or 'UNCONN'. */
  state: SsState;
  recvQ: number;
  sendQ: number;
  /** "0.0.0.0", "10.0.0.1"; "*" for an IPv6 wildcard socket that also accepts IPv4. */
  localAddr: string;
  localPort: number | '*';
  peerAddr: string;
  peerPort: number | '*';
  /** The process holding it (-p): name, pid and descriptor; no fd when netns-lab does not model it. */
  owner?: { comm: string; pid: number; fd?: number };
}

/** The Process column for -p: ` users:(("nc",pid=250,fd=3))`, as proc_ctx_print writes it. */
function usersField(o: SsRow['owner']): string {
  if (!o) return '';
  if (o.fd === undefined) return ` ${unsupportedText(`the process of this socket (${o.comm})`)}`;
  return ` users:(("${o.comm}",pid=${o.pid},fd=${o.fd}))`;
}

/** A parsed `sport`/`dport` expression (ssfilter.y); `>`, `<` and `!=` are negations, as there. */
export type SsFilter =
  | { kind: 'port'; side: 'sport' | 'dport'; op: 'eq' | 'ge' | 'le'; port: number /* -1: any */ }
  | { kind: 'not'; expr: SsFilter }
  | { kind: 'and' | 'or'; left: SsFilter; right: SsFilter };

export interface SsOptions {
  /** -s: the summary (print_summary) first; with no table chosen and no filter, only that. */
  summary?: boolean;
  summaryOnly?: boolean;
  tcp: boolean;
  udp: boolean;
  /** -x: the unix socket tables (stream, dgram, seqpacket), which hold nothing in a lab's namespace. */
  unix?: boolean;
  /** -l: LISTEN and UNCONN sockets (and nothing else). */
  listening: boolean;
  /** -a: sockets in every state. */
  all: boolean;
  /** -n: no service names. */
  numeric: boolean;
  /** -H */
  noHeader: boolean;
  /** -p: the process holding each socket. */
  processes?: boolean;
  /** -4 / -6 (or -f inet / -f inet6); neither means both families. */
  ipv4?: boolean;
  ipv6?: boolean;
  /**
   * The state set ss asks for, as its filter->states: bit N is the kernel's TCP state N (ESTABLISHED 1
   * … CLOSING 11; bit 0 is "UNKNOWN"). parseSsArgs always sets it; when absent it is derived from
   * tcp/udp/listening/all as ss would. A single state hides the State column.
   */
  states?: number;
  filter?: SsFilter;
  /** net.ipv4.ip_local_port_range of the namespace: ss never names a port inside it (is_ephemeral). */
  localPortRange?: readonly [number, number];
}

/** A failed parse's message and status; `unsupported` when it says netns-lab does not model something. */
export type SsParse =
  | { ok: true; opts: SsOptions }
  | { ok: false; message: string; status: number; unsupported?: boolean };

// enum { SS_UNKNOWN, SS_ESTABLISHED, ... } in ss.c, the same numbers as the kernel's TCP_* states.
const SS_NAMES = [
  'UNKNOWN',
  'ESTAB',
  'SYN-SENT',
  'SYN-RECV',
  'FIN-WAIT-1',
  'FIN-WAIT-2',
  'TIME-WAIT',
  'UNCONN',
  'CLOSE-WAIT',
  'LAST-ACK',
  'LISTEN',
  'CLOSING',
] as const;
const SS_ESTABLISHED = 1;
const SS_SYN_SENT = 2;
const SS_SYN_RECV = 3;
const SS_TIME_WAIT = 6;
const SS_CLOSE = 7;
const SS_LISTEN = 10;
const SS_ALL = (1 << 12) - 1;
const SS_CONN = SS_ALL & ~((1 << SS_LISTEN) | (1 << SS_CLOSE) | (1 << SS_TIME_WAIT) | (1 << SS_SYN_RECV));
const UDP_DEFAULT_STATES = 1 << SS_ESTABLISHED;

function stateIndex(state: SsState): number {
  return state === 'CLOSE' ? SS_CLOSE : SS_NAMES.indexOf(state);
}

const VERSION = 'ss utility, iproute2-6.1.0\n';

// _usage() in ss.c, byte for byte.
const USAGE = `Usage: ss [ OPTIONS ]
       ss [ OPTIONS ] [ FILTER ]
   -h, --help          this message
   -V, --version       output version information
   -n, --numeric       don't resolve service names
   -r, --resolve       resolve host names
   -a, --all           display all sockets
   -l, --listening     display listening sockets
   -o, --options       show timer information
   -e, --extended      show detailed socket information
   -m, --memory        show socket memory usage
   -p, --processes     show process using socket
   -T, --threads       show thread using socket
   -i, --info          show internal TCP information
       --tipcinfo      show internal tipc socket information
   -s, --summary       show socket usage summary
       --tos           show tos and priority information
       --cgroup        show cgroup information
   -b, --bpf           show bpf filter socket information
   -E, --events        continually display sockets as they are destroyed
   -Z, --context       display task SELinux security contexts
   -z, --contexts      display task and socket SELinux security contexts
   -N, --net           switch to the specified network namespace name

   -4, --ipv4          display only IP version 4 sockets
   -6, --ipv6          display only IP version 6 sockets
   -0, --packet        display PACKET sockets
   -t, --tcp           display only TCP sockets
   -M, --mptcp         display only MPTCP sockets
   -S, --sctp          display only SCTP sockets
   -u, --udp           display only UDP sockets
   -d, --dccp          display only DCCP sockets
   -w, --raw           display only RAW sockets
   -x, --unix          display only Unix domain sockets
       --tipc          display only TIPC sockets
       --vsock         display only vsock sockets
       --xdp           display only XDP sockets
   -f, --family=FAMILY display sockets of type FAMILY
       FAMILY := {inet|inet6|link|unix|netlink|vsock|tipc|xdp|help}

   -K, --kill          forcibly close sockets, display what was closed
   -H, --no-header     Suppress header line
   -O, --oneline       socket's data printed on a single line
       --inet-sockopt  show various inet socket options

   -A, --query=QUERY, --socket=QUERY
       QUERY := {all|inet|tcp|mptcp|udp|raw|unix|unix_dgram|unix_stream|unix_seqpacket|packet|packet_raw|packet_dgram|netlink|dccp|sctp|vsock_stream|vsock_dgram|tipc|xdp}[,QUERY]

   -D, --diag=FILE     Dump raw information about TCP sockets to FILE
   -F, --filter=FILE   read filter information from FILE
       FILTER := [ state STATE-FILTER ] [ EXPRESSION ]
       STATE-FILTER := {all|connected|synchronized|bucket|big|TCP-STATES}
         TCP-STATES := {established|syn-sent|syn-recv|fin-wait-{1,2}|time-wait|closed|close-wait|last-ack|listening|closing}
          connected := {established|syn-sent|syn-recv|fin-wait-{1,2}|time-wait|close-wait|last-ack|closing}
       synchronized := {established|syn-recv|fin-wait-{1,2}|time-wait|close-wait|last-ack|closing}
             bucket := {syn-recv|time-wait}
                big := {established|syn-sent|fin-wait-{1,2}|closed|close-wait|last-ack|listening|closing}
`;

// ---------------------------------------------------------------------------------------------
// Options: glibc getopt_long (text/getopt.ts) over ss's optstring and long_opts (same order: it
// decides ambiguity messages), permuting operands to the end as GNU getopt does.

const SHORT_OPTS = 'dhaletuwxnro460spTbEf:mMiA:D:F:vVzZN:KHSO';
const LONG_OPTS: readonly LongOpt[] = (
  [
    ['numeric', false, 'n'],
    ['resolve', false, 'r'],
    ['options', false, 'o'],
    ['extended', false, 'e'],
    ['memory', false, 'm'],
    ['info', false, 'i'],
    ['processes', false, 'p'],
    ['threads', false, 'T'],
    ['bpf', false, 'b'],
    ['events', false, 'E'],
    ['dccp', false, 'd'],
    ['tcp', false, 't'],
    ['sctp', false, 'S'],
    ['udp', false, 'u'],
    ['raw', false, 'w'],
    ['unix', false, 'x'],
    ['tipc', false, 'tipc'],
    ['vsock', false, 'vsock'],
    ['all', false, 'a'],
    ['listening', false, 'l'],
    ['ipv4', false, '4'],
    ['ipv6', false, '6'],
    ['packet', false, '0'],
    ['family', true, 'f'],
    ['socket', true, 'A'],
    ['query', true, 'A'],
    ['summary', false, 's'],
    ['diag', true, 'D'],
    ['filter', true, 'F'],
    ['version', false, 'V'],
    ['help', false, 'h'],
    ['context', false, 'Z'],
    ['contexts', false, 'z'],
    ['net', true, 'N'],
    ['tipcinfo', false, 'tipcinfo'],
    ['tos', false, 'tos'],
    ['cgroup', false, 'cgroup'],
    ['kill', false, 'K'],
    ['no-header', false, 'H'],
    ['xdp', false, 'xdp'],
    ['mptcp', false, 'M'],
    ['oneline', false, 'O'],
    ['inet-sockopt', false, 'inet-sockopt'],
  ] as const
).map(([name, arg, key]) => ({ name, key, arg: arg ? 'required' : 'none' }));

const usageError = (message: string): SsParse => ({ ok: false, message: message + USAGE, status: 255 });
const unsupported = (what: string): SsParse => ({
  ok: false,
  message: `${unsupportedText(what)}\n`,
  status: 1,
  unsupported: true,
});

// filter_db_parse(): the -A names ss knows. Only tcp and udp are modelled.
const TABLE_IDS = new Set(
  'all inet udp dccp tcp mptcp sctp raw unix unix_stream u_str unix_dgram u_dgr unix_seqpacket u_seq packet packet_raw p_raw packet_dgram p_dgr netlink tipc vsock vsock_stream v_str vsock_dgram v_dgr xdp'.split(
    ' ',
  ),
);
const FAMILIES = new Set(['link', 'unix', 'netlink', 'tipc', 'vsock', 'xdp']);

// scan_state(): the words `state` and `exclude` take, case-insensitively.
const STATE_WORDS: Record<string, number> = {
  close: 1 << SS_CLOSE,
  closed: 1 << SS_CLOSE,
  'syn-rcv': 1 << SS_SYN_RECV,
  all: SS_ALL,
  connected: SS_ALL & ~((1 << SS_CLOSE) | (1 << SS_LISTEN)),
  synchronized: SS_ALL & ~((1 << SS_CLOSE) | (1 << SS_LISTEN) | (1 << SS_SYN_SENT)),
  bucket: (1 << SS_SYN_RECV) | (1 << SS_TIME_WAIT),
  big: SS_ALL & ~((1 << SS_SYN_RECV) | (1 << SS_TIME_WAIT)),
  unknown: 1 << 0,
  established: 1 << 1,
  'syn-sent': 1 << 2,
  'syn-recv': 1 << 3,
  'fin-wait-1': 1 << 4,
  'fin-wait-2': 1 << 5,
  'time-wait': 1 << 6,
  unconnected: 1 << 7,
  'close-wait': 1 << 8,
  'last-ack': 1 << 9,
  listening: 1 << 10,
  closing: 1 << 11,
};

export function parseSsArgs(argv: string[]): SsParse {
  const opts: SsOptions = {
    tcp: false,
    udp: false,
    listening: false,
    all: false,
    numeric: false,
    noHeader: false,
  };
  let stateFilter = 0; // main()'s state_filter
  let dbStates = 0; // current_filter.states before filter_states_set()
  let sawQuery = false;
  let notModelled: string | undefined;
  const g = getopt('ss', argv, SHORT_OPTS, LONG_OPTS, { ambiguity: 'message' });
  // ss acts on each option as getopt returns it: -h or -V before a bad option still wins.
  const items = g.ok ? g.opts : g.before;
  const operands = g.ok ? g.operands : [];
  for (const item of items) {
    switch (item.key) {
      case 'n':
        opts.numeric = true;
        break;
      case 'a':
        stateFilter = SS_ALL;
        break;
      case 'l':
        stateFilter = (1 << SS_LISTEN) | (1 << SS_CLOSE);
        break;
      case 't':
        opts.tcp = true;
        dbStates |= SS_CONN;
        break;
      case 'u':
        opts.udp = true;
        dbStates |= UDP_DEFAULT_STATES;
        break;
      case 'x':
        opts.unix = true;
        dbStates |= SS_CONN;
        break;
      case '4':
        opts.ipv4 = true;
        dbStates |= SS_CONN;
        break;
      case '6':
        opts.ipv6 = true;
        dbStates |= SS_CONN;
        break;
      case 'H':
        opts.noHeader = true;
        break;
      case 'p':
        opts.processes = true;
        break;
      case 'O': // only changes how -e/-i/-m details wrap
        break;
      case 's':
        opts.summary = true;
        break;
      case 'v':
      case 'V':
        return { ok: false, message: VERSION, status: 0 };
      case 'h':
        return { ok: false, message: USAGE, status: 0 };
      case 'f': {
        const fam = item.value!;
        if (fam === 'inet' || fam === 'inet6') {
          if (fam === 'inet') opts.ipv4 = true;
          else opts.ipv6 = true;
          dbStates |= SS_CONN;
        } else if (fam === 'help') return { ok: false, message: USAGE, status: 0 };
        else if (FAMILIES.has(fam)) notModelled ??= `ss ${item.as} ${fam}`;
        else return usageError(`ss: "${fam}" is invalid family\n`);
        break;
      }
      case 'A':
        if (!sawQuery) {
          opts.tcp = opts.udp = false;
          stateFilter ||= SS_CONN;
          sawQuery = true;
        }
        for (const id of item.value!.split(',')) {
          const enable = !id.startsWith('!');
          const name = enable ? id : id.slice(1);
          if (!TABLE_IDS.has(name)) return usageError(`ss: "${id}" is illegal socket table id\n`);
          if (name === 'tcp') {
            opts.tcp = enable;
            if (enable) dbStates |= SS_CONN;
          } else if (name === 'udp') {
            opts.udp = enable;
            if (enable) dbStates |= UDP_DEFAULT_STATES;
          } else if (enable) notModelled ??= `ss ${item.as} ${name}`;
        }
        break;
      default:
        notModelled ??= `ss option ${item.as}`;
    }
  }
  if (!g.ok) return usageError('message' in g ? g.message : `${g.unsupported}\n`);
  if (notModelled) return unsupported(notModelled);
  // main(): after the summary ss exits when nothing chose a table or family (do_default) and no
  // filter words follow.
  if (opts.summary && !opts.tcp && !opts.udp && !sawQuery && !opts.ipv4 && !opts.ipv6 && !operands.length) {
    opts.summaryOnly = true;
    return { ok: true, opts };
  }

  let i = 0;
  let sawStates = false;
  while (i < operands.length && ['state', 'exclude', 'excl'].includes(operands[i])) {
    const word = operands[i + 1];
    if (word === undefined)
      return { ok: false, message: 'Command line is not complete. Try option "help"\n', status: 255 };
    const bits = STATE_WORDS[word.toLowerCase()];
    if (bits === undefined) return { ok: false, message: `ss: wrong state name: ${word}\n`, status: 255 };
    if (operands[i] === 'state') {
      if (!sawStates) stateFilter = 0;
      stateFilter |= bits;
    } else {
      if (!sawStates) stateFilter = SS_ALL;
      stateFilter &= ~bits;
    }
    sawStates = true;
    i += 2;
  }

  // Without -t, -u or -A ss shows every table (unix, netlink, raw, ...), which is not modelled.
  if (opts.unix && (sawQuery || opts.ipv4 || opts.ipv6 || i < operands.length))
    return unsupported('ss -x with -A, -4/-6 or a filter');
  if (!opts.tcp && !opts.udp && !opts.unix && !sawQuery)
    return unsupported('ss without -t, -u, -x or -A tcp,udp');
  if (!opts.tcp && !opts.udp && !opts.unix)
    return { ok: false, message: 'ss: no socket tables to show with such filter.\n', status: 0 };
  opts.states = stateFilter || dbStates; // filter_states_set()
  opts.listening = stateFilter === ((1 << SS_LISTEN) | (1 << SS_CLOSE));
  opts.all = stateFilter === SS_ALL;

  const parsed = parseFilter(operands.slice(i), opts);
  if ('message' in parsed) return { ok: false, ...parsed };
  if (parsed.filter) opts.filter = parsed.filter;
  return { ok: true, opts };
}

// ---------------------------------------------------------------------------------------------
// Filters: ssfilter.y restricted to sport/dport. Its lexer reads words lazily (so a bad port is
// reported before a later syntax error), splits every argument at blanks, and keeps the last
// keyword to decide how a bare word is read. `a b` is `a and b`; `and` and `or` bind equally,
// left to right; `not` binds tightest.

type FilterFailure = { message: string; status: number; unsupported?: boolean };
type FilterResult = { filter?: SsFilter } | FilterFailure;
type Tok = { t: string; port?: number };

class FilterSyntaxError extends Error {}
class FilterFail extends Error {
  constructor(readonly result: FilterFailure) {
    super(result.message);
  }
}

const KEYWORDS: Record<string, string> = {
  '!': '!',
  not: '!',
  '&': '&',
  '&&': '&',
  and: '&',
  '|': '|',
  '||': '|',
  or: '|',
  '(': '(',
  ')': ')',
  dst: 'dst',
  src: 'src',
  dport: 'dport',
  sport: 'sport',
  dev: 'dev',
  fwmark: 'fwmark',
  cgroup: 'cgroup',
  '>=': 'ge',
  ge: 'ge',
  geq: 'ge',
  '<=': 'le',
  le: 'le',
  leq: 'le',
  '!=': 'ne',
  ne: 'ne',
  neq: 'ne',
  '=': '=',
  '==': '=',
  eq: '=',
  '>': 'gt',
  gt: 'gt',
  '<': 'lt',
  lt: 'lt',
  autobound: 'autobound',
};

// strtol(s, &end, 0) that must consume everything and fit an int: get_integer() in lib/utils.c.
function getInteger(s: string): number | undefined {
  const m = /^[ \t\n\v\f\r]*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.exec(s);
  if (!m) return undefined;
  const body = m[2];
  const v =
    body.length > 1 && body[0] === '0' && /[xX]/.test(body[1])
      ? parseInt(body, 16)
      : parseInt(body, body[0] === '0' ? 8 : 10);
  const n = m[1] === '-' ? -v : v;
  return n > 2147483647 || n < -2147483648 ? undefined : n;
}

function parseFilter(args: string[], opts: SsOptions): FilterResult {
  const words = args.flatMap((a) => a.split(/[ \t]+/).filter((w) => w !== ''));
  // get_token_from_line() lets a backslash escape anything; not modelled.
  if (words.some((w) => w.includes('\\')))
    return { message: `${unsupportedText('ss filter with \\')}\n`, status: 1, unsupported: true };
  let pos = 0;
  let tokType = '';
  let peeked: Tok | null | undefined;
  const fail = (message: string, status: number) => new FilterFail({ message, status });
  const filterUnsupported = (what: string) =>
    new FilterFail({ message: `${unsupportedText(what)}\n`, status: 1, unsupported: true });

  // parse_hostcond(word, is_port = true): the port after an optional ':'; '*' or nothing is any port.
  const portOf = (word: string): number => {
    if (/^(unix|link|netlink|vsock|inet6?):/.test(word) || word.startsWith('['))
      throw filterUnsupported(`ss filter ${word}`);
    const port = word.startsWith(':') ? word.slice(1) : word;
    if (port === '' || port.startsWith('*')) return -1;
    const n = getInteger(port);
    if (n !== undefined) return n;
    // getservbyname() for each table asked for. ss reports a name meaning different ports for udp
    // and tcp as ambiguous; no name in this services table does.
    const found =
      (opts.udp ? servicePort(port, 'udp') : undefined) ?? (opts.tcp ? servicePort(port, 'tcp') : undefined);
    if (found === undefined || found <= 0)
      throw fail(`Error: "${port}" does not look like a port.\nCannot parse dst/src address.\n`, 1);
    return found;
  };
  const lex = (): Tok | null => {
    const w = words[pos++];
    if (w === undefined) return null;
    const k = KEYWORDS[w];
    if (k) {
      if (['dst', 'src', 'dport', 'sport', 'dev', 'fwmark', 'cgroup', 'autobound'].includes(k)) tokType = k;
      return { t: k };
    }
    if (tokType !== 'sport' && tokType !== 'dport') throw filterUnsupported(`ss filter ${w}`);
    return { t: 'port', port: portOf(w) };
  };
  const peek = (): Tok | null => {
    if (peeked === undefined) peeked = lex();
    return peeked;
  };
  const next = (): Tok | null => {
    const t = peek();
    peeked = undefined;
    return t;
  };
  const startsExpr = (t: Tok | null) =>
    t !== null &&
    ['(', '!', 'sport', 'dport', 'dst', 'src', 'dev', 'fwmark', 'cgroup', 'autobound'].includes(t.t);

  const expr = (): SsFilter => {
    const t = next();
    if (t === null) throw new FilterSyntaxError();
    if (t.t === '(') {
      const inner = list();
      if (next()?.t !== ')') throw new FilterSyntaxError();
      return inner;
    }
    if (t.t === '!') return { kind: 'not', expr: expr() };
    if (t.t === 'sport' || t.t === 'dport') {
      const side = t.t;
      let op = peek()?.t ?? '';
      if (['=', 'ge', 'le', 'ne', 'gt', 'lt'].includes(op)) next();
      else op = '=';
      const value = next();
      if (value?.t !== 'port') throw new FilterSyntaxError();
      const port = value.port!;
      const cond = (o: 'eq' | 'ge' | 'le'): SsFilter => {
        if (o !== 'eq' && (port < 0 || port > 65535))
          throw filterUnsupported(`ss filter ${side} ${op} ${port}`);
        return { kind: 'port', side, op: o, port };
      };
      switch (op) {
        case 'ge':
          return cond('ge');
        case 'le':
          return cond('le');
        case 'gt':
          return { kind: 'not', expr: cond('le') };
        case 'lt':
          return { kind: 'not', expr: cond('ge') };
        case 'ne':
          return { kind: 'not', expr: cond('eq') };
        default:
          return cond('eq');
      }
    }
    if (startsExpr(t)) throw filterUnsupported(`ss filter ${t.t}`);
    throw new FilterSyntaxError();
  };
  const list = (): SsFilter => {
    let left = expr();
    for (;;) {
      const t = peek();
      if (t?.t === '&' || t?.t === '|') {
        next();
        left = { kind: t.t === '&' ? 'and' : 'or', left, right: expr() };
      } else if (startsExpr(t)) left = { kind: 'and', left, right: expr() };
      else return left;
    }
  };

  try {
    if (peek() === null) return {};
    const filter = list();
    if (peek() !== null) throw new FilterSyntaxError();
    return { filter };
  } catch (e) {
    if (e instanceof FilterFail) return e.result;
    if (e instanceof FilterSyntaxError)
      return {
        message: `ss: bison bellows (while parsing filter): "syntax error!" Sorry.\n${USAGE}`,
        status: 255,
      };
    throw e;
  }
}

function portNumber(p: number | '*'): number {
  return p === '*' ? 0 : p;
}

function matches(f: SsFilter, row: SsRow): boolean {
  switch (f.kind) {
    case 'not':
      return !matches(f.expr, row);
    case 'and':
      return matches(f.left, row) && matches(f.right, row);
    case 'or':
      return matches(f.left, row) || matches(f.right, row);
    case 'port': {
      const p = portNumber(f.side === 'sport' ? row.localPort : row.peerPort);
      if (f.op === 'ge') return p >= f.port;
      if (f.op === 'le') return p <= f.port;
      return f.port === -1 || p === f.port;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Printing.

function defaultStates(opts: SsOptions): number {
  if (opts.all) return SS_ALL;
  if (opts.listening) return (1 << SS_LISTEN) | (1 << SS_CLOSE);
  return (opts.tcp || opts.ipv4 || opts.ipv6 ? SS_CONN : 0) | (opts.udp ? UDP_DEFAULT_STATES : 0);
}

const isV6 = (addr: string) => addr === '*' || addr.includes(':');

interface Column {
  header: string;
  right: boolean;
  ldelim: string;
}

// columns[] in ss.c, Netid to the unnamed last one.
const COLUMNS: Column[] = [
  { header: 'Netid', right: false, ldelim: '' },
  { header: 'State', right: false, ldelim: ' ' },
  { header: 'Recv-Q', right: false, ldelim: ' ' },
  { header: 'Send-Q', right: false, ldelim: ' ' },
  { header: 'Local Address:', right: true, ldelim: ' ' },
  { header: 'Port', right: false, ldelim: '' },
  { header: 'Peer Address:', right: true, ldelim: ' ' },
  { header: 'Port', right: false, ldelim: '' },
  { header: 'Process', right: false, ldelim: '' },
  { header: '', right: false, ldelim: '' },
];

/** What print_summary reads from /proc/net/sockstat and /proc/net/snmp (IPv4 only here). */
export interface SsSummary {
  /** "sockets: used": the namespace's sockets of every family, kernel sockets not counted. */
  sockets: number;
  /** "TCP: inuse": hashed TCP sockets (listeners and connections, not time-wait or SYN-RECV). */
  tcpInuse: number;
  /** "TCP: orphan" and "alloc": counted over the whole machine, not per namespace. */
  tcpOrphans: number;
  tcpAlloc: number;
  /** "TCP: tw": the namespace's time-wait sockets. */
  tcpTimeWait: number;
  /** Tcp CurrEstab: ESTABLISHED and CLOSE-WAIT connections. */
  tcpEstab: number;
  udpInuse: number;
  rawInuse: number;
  fragInuse: number;
}

/** print_summary in ss.c. */
export function formatSummary(s: SsSummary): string {
  const row = (name: string, v4: number) =>
    `${name}\t  ${String(v4).padEnd(9)} ${String(v4).padEnd(9)} ${'0'.padEnd(9)}\n`;
  return (
    `Total: ${s.sockets}\n` +
    `TCP:   ${s.tcpAlloc + s.tcpTimeWait} (estab ${s.tcpEstab}, closed ${s.tcpAlloc - (s.tcpInuse - s.tcpTimeWait)}, orphaned ${s.tcpOrphans}, timewait ${s.tcpTimeWait})\n` +
    '\n' +
    'Transport Total     IP        IPv6\n' +
    row('RAW', s.rawInuse) +
    row('UDP', s.udpInuse) +
    row('TCP', s.tcpInuse) +
    row('INET', s.rawInuse + s.udpInuse + s.tcpInuse) +
    row('FRAG', s.fragInuse) +
    '\n'
  );
}

export function formatSs(rows: SsRow[], opts: SsOptions): string {
  const states = opts.states ?? defaultStates(opts);
  const bothFamilies = !opts.ipv4 && !opts.ipv6;
  const [lo, hi] = opts.localPortRange ?? [32768, 60999];
  const service = (port: number | '*', proto: ServiceProto): string => {
    const n = portNumber(port);
    if (n === 0) return '*';
    const name = opts.numeric || (n >= lo && n <= hi) ? undefined : serviceName(n, proto);
    return name ?? String(n);
  };
  const host = (addr: string) => (addr.includes(':') && !addr.startsWith('[') ? `[${addr}]` : addr);

  // A column is dropped when only one table or one state was asked for.
  const enabled = COLUMNS.map(
    // Netid goes when one table is shown (the unix family is three: u_str, u_dgr, u_seq).
    (_, i) =>
      !(i === 0 && !((opts.tcp && opts.udp) || opts.unix)) && !(i === 1 && (states & (states - 1)) === 0),
  );
  const lines: string[][] = [];
  if (!opts.noHeader) lines.push(COLUMNS.map((c) => c.header));
  // udp_show() runs before tcp_show(); each keeps the kernel's dump order.
  for (const proto of ['udp', 'tcp'] as const) {
    if (!opts[proto]) continue;
    for (const r of rows) {
      if (r.proto !== proto || !(states & (1 << stateIndex(r.state)))) continue;
      if (!bothFamilies && (isV6(r.localAddr) ? !opts.ipv6 : !opts.ipv4)) continue;
      if (opts.filter && !matches(opts.filter, r)) continue;
      lines.push([
        proto,
        SS_NAMES[stateIndex(r.state)],
        String(r.recvQ).padEnd(6),
        String(r.sendQ).padEnd(6),
        `${host(r.localAddr)}:`,
        service(r.localPort, proto),
        `${host(r.peerAddr)}:`,
        service(r.peerPort, proto),
        opts.processes ? usersField(r.owner) : '',
        '',
      ]);
    }
  }

  // render_calc_width(), compact output: the longest field plus the left delimiter, except for
  // the first column with any content.
  let first = true;
  // With -p the last row's users text is the buffer's final token, which field_flush never
  // measured: it does not widen the Process column (measured: one socket leaves "Process" unpadded).
  const measured = (l: string[], i: number, n: number) =>
    opts.processes && i === 8 && n === lines.length - 1 ? 0 : l[i].length;
  const widths = COLUMNS.map((c, i) => {
    if (!enabled[i]) return 0;
    const maxLen = Math.max(0, ...lines.map((l, n) => measured(l, i, n)));
    const width = !first && maxLen ? maxLen + c.ldelim.length : maxLen;
    if (width) first = false;
    return width;
  });

  // render(): the delimiter before every field but a line's first, then the field padded to width.
  let out = '';
  for (const line of lines) {
    let started = false;
    COLUMNS.forEach((c, i) => {
      if (!enabled[i]) return;
      const field = line[i];
      let printed = started ? c.ldelim.length : 0;
      let text = started ? c.ldelim : '';
      started = true;
      if (widths[i] && c.right) {
        const s = widths[i] - field.length - printed;
        if (s > 0) {
          text += ' '.repeat(s);
          printed += s;
        }
      }
      text += field;
      printed += field.length;
      if (widths[i] && !c.right && widths[i] - printed > 0) text += ' '.repeat(widths[i] - printed);
      out += text;
    });
    out += '\n';
  }
  return out;
}
