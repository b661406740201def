// tcpdump (4.99.3, libpcap 1.10.3) over the engine's packet taps: `-i DEV` captures what Linux shows
// at that device (src/engine/link/packet-tap.ts), `-i any` with the LINUX_SLL2 cooked header, `-w`
// writes a real pcap into the session's files, `-r` reads one back. Messages go where tcpdump sends
// them: packets to stdout, "listening on …" and the closing counts to stderr.
//
// In the foreground a capture runs the virtual clock until -c packets passed, `timeout` sends it
// SIGTERM, or nothing more can happen (then netns-lab says so: a real tcpdump would wait forever).
// With "&" it keeps capturing while later commands run, until -c is reached or `pkill tcpdump`.

import type { Device } from '../../engine/link/device.ts';
import { SEC } from '../../engine/sim/clock.ts';
import {
  LINKTYPE_ETHERNET,
  LINKTYPE_LINUX_SLL,
  LINKTYPE_LINUX_SLL2,
  MAXIMUM_SNAPLEN,
  PcapFormatError,
  parsePcap,
  pcapFileHeader,
  pcapRecord,
} from '../../engine/wire/pcap.ts';
import type { Ctx, Target } from '../context.ts';
import { FileStore, StdioStream, utf8 } from '../files.ts';
import { unsupportedText } from '../unsupported.ts';
import { Capture } from './capture.ts';
import { compileFilter, type Filter, FilterError, FilterUnsupported } from './filter.ts';
import { parseArgs, type TcpdumpOpts, USAGE } from './options.ts';
import { Printer } from './print.ts';

export const LINKTYPE_NAMES: Record<number, string> = {
  [LINKTYPE_ETHERNET]: 'EN10MB (Ethernet)',
  [LINKTYPE_LINUX_SLL]: 'LINUX_SLL (Linux cooked v1)',
  [LINKTYPE_LINUX_SLL2]: 'LINUX_SLL2 (Linux cooked v2)',
};

/** Thrown to end the command with tcpdump's exit status after its message. */
class Quit extends Error {
  constructor(readonly status: number) {
    super(String(status));
  }
}

export function tcpdump(ctx: Ctx, argv: string[]): number {
  const term: Target = (b) => (ctx.jobWrite ?? ctx.write)(new TextDecoder().decode(b));
  const out = ctx.streams?.out ?? term;
  const err = ctx.streams?.err ?? term;
  const say = (t: Target, s: string) => t(utf8.encode(s));
  const parsed = parseArgs(argv);
  if (parsed.ok === 'unsupported') {
    notModelled(ctx, err, parsed.what);
    return 2;
  }
  if (parsed.ok === 'info') {
    say(out, parsed.text);
    return 0;
  }
  if (parsed.ok === false) {
    say(err, `tcpdump: ${parsed.error}\n${parsed.usage ? USAGE : ''}`);
    return 1;
  }
  const o = parsed.opts;
  try {
    if (o.read !== undefined) return readFile(ctx, o, out, err);
    return live(ctx, o, out, err);
  } catch (e) {
    if (e instanceof Quit) return e.status;
    throw e;
  }
}

/** Says (on tcpdump's stderr) that netns-lab does not model `what`, and marks the line. */
function notModelled(ctx: Ctx, err: Target, what: string): void {
  err(utf8.encode(`${unsupportedText(what)}\n`));
  ctx.noteUnsupported?.();
}

/** Resolves a file argument (`-r`'s or `-w`'s), or says why it cannot be opened or netns-lab cannot tell. */
function fileKey(ctx: Ctx, path: string, err: Target, mode: 'r' | 'w'): string | undefined {
  if (path === '/dev/null') return path;
  if (path === '') {
    err(utf8.encode('tcpdump: : No such file or directory\n'));
    throw new Quit(1);
  }
  if (FileStore.isDirectory(path)) {
    // pcap_open_offline opens a directory and fails reading it; fopen(…, "w") fails with EISDIR.
    err(
      utf8.encode(
        mode === 'r'
          ? 'tcpdump: error reading dump file: Is a directory\n'
          : `tcpdump: ${path}: Is a directory\n`,
      ),
    );
    throw new Quit(1);
  }
  const r = FileStore.resolve(path);
  if (!r.ok && r.noDir) {
    err(utf8.encode(`tcpdump: ${path}: No such file or directory\n`));
    throw new Quit(1);
  }
  if (!r.ok) {
    notModelled(ctx, err, `${r.unsupported}`);
    throw new Quit(2);
  }
  if (!ctx.files) {
    notModelled(ctx, err, 'files in this session');
    throw new Quit(2);
  }
  return r.key;
}

function compile(ctx: Ctx, o: TcpdumpOpts, linktype: number, err: Target): Filter | undefined {
  try {
    return compileFilter(o.expr, linktype);
  } catch (e) {
    if (e instanceof FilterError) {
      err(utf8.encode(`tcpdump: ${e.message}\n`));
      throw new Quit(1);
    }
    if (e instanceof FilterUnsupported) {
      notModelled(ctx, err, `${e.message}`);
      throw new Quit(2);
    }
    throw e;
  }
}

// --- -r FILE ------------------------------------------------------------------------------------

function readFile(ctx: Ctx, o: TcpdumpOpts, out: Target, err: Target): number {
  const key = fileKey(ctx, o.read!, err, 'r')!;
  const data = key === '/dev/null' ? new Uint8Array(0) : ctx.files!.read(key);
  if (!data) {
    err(utf8.encode(`tcpdump: ${o.read}: No such file or directory\n`));
    return 1;
  }
  const written = o.write === undefined ? undefined : FileStore.resolve(o.write);
  if (written?.ok && written.key === key && data.length > 4096) {
    // -w truncates the file -r is reading: what libpcap reads past its first stdio buffer depends on
    // when each side reads and writes.
    notModelled(ctx, err, '-w to the file -r reads, past its first 4096 bytes');
    return 2;
  }
  let file: ReturnType<typeof parsePcap>;
  try {
    file = parsePcap(data);
  } catch (e) {
    if (!(e instanceof PcapFormatError)) throw e;
    err(utf8.encode(`tcpdump: ${e.message}\n`));
    return 1;
  }
  const lt = LINKTYPE_NAMES[file.linktype];
  err(
    utf8.encode(
      `reading from file ${o.read}, link-type ${lt ?? file.linktype}, snapshot length ${file.snaplen}\n${file.linktype === LINKTYPE_LINUX_SLL2 ? 'Warning: interface names might be incorrect\n' : ''}`,
    ),
  );
  if (!lt) {
    notModelled(ctx, err, `reading link-type ${file.linktype}`);
    return 2;
  }
  const filter = compile(ctx, o, file.linktype, err);
  const sink = packetSink(ctx, o, file.linktype, out, err, file.snaplen);
  let n = 0;
  for (const r of file.records) {
    if (o.count !== undefined && n >= o.count) break;
    if (filter && !filter(r.data, r.len)) continue;
    sink.packet(r.t, r.data, r.len ?? r.data.length, r.ts);
    n++;
  }
  sink.close(false);
  if (file.truncated && (o.count === undefined || n < o.count)) {
    err(utf8.encode(`tcpdump: pcap_loop: ${file.truncated}\n`));
    return 1;
  }
  return 0;
}

// --- where captured packets go: printed, or written with -w -----------------------------------

interface PacketSink {
  /** `ts`: the seconds and microseconds a file's record holds (tcpdump -r prints them as they are). */
  packet(t: number, data: Uint8Array, length: number, ts?: { sec: number; usec: number }): void;
  /** End of capture; `interrupted` prints tcpdump's extra newline after printed packets. */
  close(interrupted: boolean): void;
}

function packetSink(
  ctx: Ctx,
  o: TcpdumpOpts,
  linktype: number,
  out: Target,
  err: Target,
  snaplen: number,
): PacketSink {
  if (o.write !== undefined) return pcapSink(ctx, o, linktype, err, snaplen);
  return textSink(ctx, o, linktype, out);
}

function textSink(ctx: Ctx, o: TcpdumpOpts, linktype: number, out: Target): PacketSink {
  const printer = new Printer(
    { nflag: o.nflag > 0, eflag: o.eflag, vflag: o.vflag, absoluteSeq: o.absoluteSeq, dump: o.dump },
    (i) => ctx.ns.devByIndex(i)?.name,
  );
  const stdout = new StdioStream(out, o.lineBuffered ? 'line' : 'full');
  const print = (text: string) => stdout.write(utf8.encode(text));
  let first: number | undefined;
  let prev: number | undefined;
  let n = 0;
  /** A damaged time stamp was read: -ttt and -ttttt count from it (not modelled) from then on. */
  let damaged = false;
  return {
    packet(t, data, length, raw) {
      n++;
      const num = o.number ? `${String(n).padStart(5)}  ` : '';
      const invalid = invalidHeader(data.length, length);
      if (invalid) {
        print(`${num}${invalid}\n`);
        return;
      }
      first ??= t;
      if (raw && !plainTime(raw)) damaged = true;
      const ts =
        raw && (!plainTime(raw) || (damaged && (o.tflag === 3 || o.tflag === 5)))
          ? rawTimestamp(o.tflag, raw)
          : timestamp(o.tflag, t, prev ?? t, first);
      prev = t;
      print(`${num}${ts}${printer.packet(linktype, data, length)}\n`);
    },
    close(interrupted) {
      if (interrupted) print('\n');
      stdout.flush();
    },
  };
}

function pcapSink(ctx: Ctx, o: TcpdumpOpts, linktype: number, err: Target, snaplen: number): PacketSink {
  const key = fileKey(ctx, o.write!, err, 'w')!;
  const files = ctx.files!;
  // pcap_dump_open: fopen(name, "w"), so another writer of the same file overwrites (files.ts).
  const target: Target = key === '/dev/null' ? () => {} : files.open(key);
  const file = new StdioStream(target, 'full');
  file.write(pcapFileHeader(linktype, snaplen));
  if (o.packetBuffered) file.flush();
  return {
    packet(t, data, length) {
      file.write(pcapRecord({ t, data, len: length }, snaplen));
      if (o.packetBuffered) file.flush();
    },
    close() {
      file.flush();
    },
  };
}

/**
 * pretty_print_packet's sanity checks on a record's lengths: what it prints instead of the packet
 * (without a time stamp), or undefined for a record it prints.
 */
function invalidHeader(caplen: number, len: number): string | undefined {
  const why: string[] = [];
  if (caplen === 0) why.push('caplen==0');
  if (len === 0) why.push('len==0');
  else if (len < caplen) why.push(`len(${len}) < caplen(${caplen})`);
  if (caplen > MAXIMUM_SNAPLEN) why.push(`caplen(${caplen}) > ${MAXIMUM_SNAPLEN}`);
  if (len > MAXIMUM_SNAPLEN) why.push(`len(${len}) > ${MAXIMUM_SNAPLEN}`);
  return why.length ? `[Invalid header: ${why.join(', ')}]` : undefined;
}

/** A time stamp the virtual clock could have made: seconds within time_t's 32 bits, µs under 10^6. */
function plainTime(ts: { sec: number; usec: number }): boolean {
  return ts.sec <= 0x7fffffff && ts.usec < SEC;
}

/**
 * ts_print of a damaged record's time stamp: tcpdump prints the microseconds as they are (7 digits
 * and more), and a second count past 2^31 - 1 as "[Error converting time]". Differences between
 * such time stamps (-ttt, -ttttt) are not modelled.
 */
function rawTimestamp(tflag: number, { sec, usec }: { sec: number; usec: number }): string {
  if (tflag === 1) return '';
  if (tflag === 3 || tflag === 5) return `[${unsupportedText('-ttt/-ttttt between damaged time stamps')}] `;
  if (sec > 0x7fffffff) return '[Error converting time] ';
  return absoluteTime(tflag, sec, usec);
}

/** ts_print of an absolute time (no -t, -tt, -tttt), the microseconds as they are (a damaged file: 7 digits). */
function absoluteTime(tflag: number, sec: number, usec: number): string {
  const frac = String(usec).padStart(6, '0');
  if (tflag === 2) return `${sec}.${frac} `;
  const hms = `${two(Math.floor(sec / 3600) % 24)}:${two(Math.floor(sec / 60) % 60)}:${two(sec % 60)}.${frac}`;
  if (tflag === 0) return `${hms} `;
  const d = new Date(sec * 1000);
  return `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())} ${hms} `;
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/** ts_print: the time stamp before a packet, for each -t count. */
function timestamp(tflag: number, t: number, prev: number, first: number): string {
  const hms = (us: number) => {
    const s = Math.floor(us / SEC);
    return `${two(Math.floor(s / 3600) % 24)}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}.${String(us % SEC).padStart(6, '0')}`;
  };
  switch (tflag) {
    case 1:
      return '';
    // A damaged file's time can go back: the sign replaces the space, then the absolute difference.
    case 3:
      return `${t < prev ? '-' : ' '}${hms(Math.abs(t - prev))} `;
    case 5:
      return `${t < first ? '-' : ' '}${hms(Math.abs(t - first))} `;
    default:
      return absoluteTime(tflag, Math.floor(t / SEC), t % SEC);
  }
}

// --- live capture ------------------------------------------------------------------------------

/** pcap_findalldevs' order (get_figure_of_merit): running, up, connected, not loopback; "any" before lo. */
function defaultDevice(ctx: Ctx): string {
  const merit = (d: Device) =>
    (d.up && d.carrier ? 0 : 0x80000000) +
    (d.up ? 0 : 0x40000000) +
    (d.carrier ? 0 : 0x20000000) +
    (d.kind === 'loopback' ? 0x10000000 : 0);
  const devs = ctx.ns.devices().map((d) => ({ name: d.name, m: merit(d) }));
  devs.push({ name: 'any', m: 0x08000000 });
  let best = devs[0];
  for (const d of devs) if (d.m < best.m) best = d;
  return best.name;
}

function live(ctx: Ctx, o: TcpdumpOpts, out: Target, err: Target): number {
  const name = o.iface ?? defaultDevice(ctx);
  const any = name === 'any';
  if (!any && name.startsWith('any')) {
    notModelled(ctx, err, `capturing on "${name}" (libpcap treats names starting with "any" specially)`);
    return 2;
  }
  let dev: Device | undefined;
  if (!any) {
    dev = ctx.ns.dev(name);
    if (!dev) {
      err(utf8.encode(`tcpdump: ${name}: No such device exists\n(No such device exists)\n`));
      return 1;
    }
    if (!dev.up) {
      err(utf8.encode(`tcpdump: ${name}: That device is not up\n`));
      return 1;
    }
  }
  // tcpdump asks for cooked v2 on a device it was told is "any"; one it picked itself stays v1.
  const linktype = !any
    ? LINKTYPE_ETHERNET
    : o.iface === undefined
      ? LINKTYPE_LINUX_SLL
      : LINKTYPE_LINUX_SLL2;
  if (linktype === LINKTYPE_LINUX_SLL2) err(utf8.encode('tcpdump: data link type LINUX_SLL2\n'));
  const filter = compile(ctx, o, linktype, err);
  const sink = packetSink(ctx, o, linktype, out, err, o.snaplen);
  const verbose = o.vflag > 0 || o.write !== undefined;
  err(
    utf8.encode(
      `${verbose ? 'tcpdump: ' : 'tcpdump: verbose output suppressed, use -v[v]... for full protocol decode\n'}listening on ${name}, link-type ${LINKTYPE_NAMES[linktype]}, snapshot length ${o.snaplen} bytes\n`,
    ),
  );
  let status = 0;
  const cap = new Capture(ctx.world, ctx.ns, dev, {
    linktype,
    promisc: !o.noPromisc && !any,
    filter,
    count: o.count,
    snaplen: o.snaplen,
    packet: (t, data, length) => sink.packet(t, data, length),
    closed: (why) => {
      sink.close(why === 'signal');
      if (why === 'gone') err(utf8.encode('tcpdump: pcap_loop: The interface disappeared\n'));
      err(
        utf8.encode(
          `${plural(cap.captured, 'captured')}\n${plural(cap.received, 'received by filter')}\n${plural(0, 'dropped by kernel')}\n`,
        ),
      );
      if (why === 'gone') status = 1;
      job && ctx.jobs?.remove(job);
    },
  });
  const written = o.write === undefined ? undefined : FileStore.resolve(o.write);
  const job = ctx.background
    ? {
        name: 'tcpdump',
        signal: () => cap.close('signal'),
        capture: { ns: ctx.ns.name, dev: name, ...(written?.ok ? { file: written.key } : {}) },
      }
    : undefined;
  cap.open();
  if (job) {
    ctx.jobs?.add(job);
    const to = ctx.timeout;
    if (to)
      ctx.world.clock.schedule(to.at - ctx.world.clock.now, () => {
        to.fired = !cap.done;
        cap.close('signal');
      });
    return 0;
  }
  const clock = ctx.world.clock;
  // A real tcpdump blocks until -c is reached or a signal comes; without either it never returns.
  const bound = ctx.timeout?.at ?? clock.now + 3600 * SEC;
  while (!cap.done) {
    const next = clock.peek();
    if (next === undefined || next > bound) break;
    clock.runUntil(next, () => cap.done);
  }
  if (cap.done) return status;
  if (ctx.timeout) {
    clock.runUntil(ctx.timeout.at);
    ctx.timeout.fired = true;
    cap.close('signal');
    return status;
  }
  sink.close(false);
  cap.abandon();
  notModelled(
    ctx,
    err,
    `this tcpdump would keep waiting for packets${o.count ? ` (${cap.captured} of ${o.count} so far)` : ''}; stop it with -c N, "timeout SECONDS tcpdump …" or run it in the background with "&"`,
  );
  return 2;
}

function plural(n: number, what: string): string {
  return `${n} packet${n === 1 ? '' : 's'} ${what}`;
}
