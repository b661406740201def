// tcpdump 4.99's command line, read the way its getopt_long loop reads it (GNU getopt: options and
// the expression's words may be mixed, "--" ends the options, short flags may be bundled).

export interface TcpdumpOpts {
  iface?: string;
  read?: string;
  write?: string;
  count?: number;
  /** -n count (tcpdump treats -n and -nn alike for every name netns-lab prints). */
  nflag: number;
  eflag: boolean;
  /** -t count: 0 time of day, 1 none, 2 epoch, 3 delta, 4 date and time, 5 since the first packet. */
  tflag: number;
  vflag: number;
  /** -p: do not put the interface in promiscuous mode. */
  noPromisc: boolean;
  /** -U: write each packet to the -w file as it arrives. */
  packetBuffered: boolean;
  /** -l: line-buffered stdout. */
  lineBuffered: boolean;
  /** -s: snapshot length (0 means the default 262144). */
  snaplen: number;
  /** -S: absolute TCP sequence numbers. */
  absoluteSeq: boolean;
  /** -K: do not verify checksums. */
  noChecksum: boolean;
  /** -# / --number: a packet number before each line. */
  number: boolean;
  /** -x, -X, -A counts: the packet's bytes after its line (hexdump.ts). */
  dump: { x: number; X: number; A: number };
  expr: string;
}

export const VERSION =
  'tcpdump version 4.99.3\nlibpcap version 1.10.3 (with TPACKET_V3)\nOpenSSL 3.0.19 27 Jan 2026\n';

export const USAGE = `${VERSION}Usage: tcpdump [-AbdDefhHIJKlLnNOpqStuUvxX#] [ -B size ] [ -c count ] [--count]
\t\t[ -C file_size ] [ -E algo:secret ] [ -F file ] [ -G seconds ]
\t\t[ -i interface ] [ --immediate-mode ] [ -j tstamptype ]
\t\t[ -M secret ] [ --number ] [ --print ] [ -Q in|out|inout ]
\t\t[ -r file ] [ -s snaplen ] [ -T type ] [ --version ]
\t\t[ -V file ] [ -w file ] [ -W filecount ] [ -y datalinktype ]
\t\t[ --time-stamp-precision precision ] [ --micro ] [ --nano ]
\t\t[ -z postrotate-command ] [ -Z user ] [ expression ]
`;

/** SHORTOPTS as Debian builds it; a letter followed by ":" takes an argument. */
const SHORTOPTS = 'aAbB:c:C:dDeE:fF:G:hHi:Ij:JKlLm:M:nNOpqQ:r:s:StT:uUvV:w:W:xXy:Yz:Z:#';
const SUPPORTED = new Set('ceilnprsStUvwhK#xXA'.split(''));
const LONG: Record<string, { arg: boolean; supported: boolean }> = {
  'buffer-size': { arg: true, supported: false },
  'list-interfaces': { arg: false, supported: false },
  'list-time-stamp-types': { arg: false, supported: false },
  interface: { arg: true, supported: true },
  'time-stamp-type': { arg: true, supported: false },
  'immediate-mode': { arg: false, supported: true },
  'time-stamp-precision': { arg: true, supported: false },
  micro: { arg: false, supported: false },
  nano: { arg: false, supported: false },
  'relinquish-privileges': { arg: true, supported: false },
  'fp-type': { arg: false, supported: false },
  number: { arg: false, supported: true },
  count: { arg: false, supported: false },
  print: { arg: false, supported: false },
  'print-sampling': { arg: true, supported: false },
  lengths: { arg: false, supported: false },
  version: { arg: false, supported: true },
  direction: { arg: true, supported: false },
  'packet-buffered': { arg: false, supported: true },
};

export type Parsed =
  | { ok: true; opts: TcpdumpOpts }
  /** Print `text` to stdout and exit 0 (-h, --version). */
  | { ok: 'info'; text: string }
  /** getopt's message, then the usage, exit 1. */
  | { ok: false; error: string; usage: boolean }
  | { ok: 'unsupported'; what: string };

export function parseArgs(argv: string[]): Parsed {
  const o: TcpdumpOpts = {
    nflag: 0,
    eflag: false,
    tflag: 0,
    vflag: 0,
    noPromisc: false,
    packetBuffered: false,
    lineBuffered: false,
    snaplen: 262144,
    absoluteSeq: false,
    noChecksum: false,
    number: false,
    dump: { x: 0, X: 0, A: 0 },
    expr: '',
  };
  const words: string[] = [];
  const apply = (c: string, arg: string | undefined): Parsed | undefined => {
    switch (c) {
      case 'c': {
        // tcpdump 4.99 reads the count with atoi: "5x" is 5, "1e3" is 1, 99999999999 wraps to 1215752191.
        const n = atoi(arg!);
        if (n <= 0) return { ok: false, error: `invalid packet count ${arg}`, usage: false };
        o.count = n;
        return;
      }
      case 'e':
        o.eflag = true;
        return;
      case 'i':
        o.iface = arg;
        return;
      case 'l':
        o.lineBuffered = true;
        return;
      case 'n':
        o.nflag++;
        return;
      case 'p':
        o.noPromisc = true;
        return;
      case 'r':
        o.read = arg;
        return;
      case 's': {
        const n = strtol(arg!);
        if (n === undefined || n < 0 || n > 262144)
          return { ok: false, error: `invalid snaplen ${arg} (must be >= 0 and <= 262144)`, usage: false };
        o.snaplen = n === 0 ? 262144 : n;
        return;
      }
      case 'S':
        o.absoluteSeq = true;
        return;
      case 't':
        o.tflag++;
        return;
      case 'U':
        o.packetBuffered = true;
        return;
      case 'v':
        o.vflag++;
        return;
      case 'w':
        o.write = arg;
        return;
      case 'K':
        o.noChecksum = true;
        return;
      case 'x':
      case 'X':
      case 'A':
        o.dump[c]++;
        return;
      case '#':
        o.number = true;
        return;
      case 'h':
        return { ok: 'info', text: USAGE };
    }
  };
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      words.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split(/=(.*)/s, 2);
      const matches = Object.keys(LONG).filter((k) => k.startsWith(name));
      const exact = LONG[name] ? name : matches.length === 1 ? matches[0] : undefined;
      if (!exact) {
        const error =
          matches.length > 1
            ? `option '--${name}' is ambiguous; possibilities:${matches.map((m) => ` '--${m}'`).join('')}`
            : `unrecognized option '${a}'`;
        return { ok: false, error, usage: true };
      }
      const spec = LONG[exact];
      let arg = inline;
      if (spec.arg && arg === undefined) {
        if (i + 1 >= argv.length)
          return { ok: false, error: `option '--${exact}' requires an argument`, usage: true };
        arg = argv[++i];
      }
      if (!spec.supported) return { ok: 'unsupported', what: `tcpdump --${exact}` };
      if (exact === 'version') return { ok: 'info', text: VERSION };
      if (exact === 'interface') o.iface = arg;
      else if (exact === 'number') o.number = true;
      else if (exact === 'packet-buffered') o.packetBuffered = true;
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j];
        const at = SHORTOPTS.indexOf(c);
        if (at < 0 || c === ':') return { ok: false, error: `invalid option -- '${c}'`, usage: true };
        const takesArg = SHORTOPTS[at + 1] === ':';
        let arg: string | undefined;
        if (takesArg) {
          if (j + 1 < a.length) arg = a.slice(j + 1);
          else if (i + 1 < argv.length) arg = argv[++i];
          else return { ok: false, error: `option requires an argument -- '${c}'`, usage: true };
        }
        if (!SUPPORTED.has(c)) return { ok: 'unsupported', what: `tcpdump -${c}` };
        const r = apply(c, arg);
        if (r) return r;
        if (takesArg) break;
      }
      continue;
    }
    words.push(a);
  }
  o.expr = words.join(' ');
  return { ok: true, opts: o };
}

/** glibc's atoi, (int) strtol(s, NULL, 10): digits up to the first other character; a value past a long's range is clamped to it, then cut to its low 32 bits. */
function atoi(s: string): number {
  const m = /^[ \t\n\v\f\r]*([+-]?)([0-9]*)/.exec(s)!;
  const digits = m[2].replace(/^0+/, '');
  const LONG_MAX = 2n ** 63n - 1n;
  let v = digits.length > 19 ? LONG_MAX + 1n : BigInt(digits || '0');
  if (m[1] === '-') v = -v;
  if (v > LONG_MAX) v = LONG_MAX;
  if (v < -LONG_MAX - 1n) v = -LONG_MAX - 1n;
  return Number(BigInt.asIntN(32, v));
}

/** strtol(s, &end, 0) accepting only a whole string: decimal, 0x hex or 0 octal, with a sign. */
function strtol(s: string): number | undefined {
  const m = /^[ \t\n\v\f\r]*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.exec(s);
  if (!m) return undefined;
  const body = m[2];
  const v = /^0[xX]/.test(body)
    ? Number.parseInt(body.slice(2), 16)
    : body.startsWith('0')
      ? Number.parseInt(body, 8) || 0
      : Number(body);
  const n = m[1] === '-' ? -v : v;
  return n > 2 ** 31 - 1 || n < -(2 ** 31) ? undefined : n;
}
