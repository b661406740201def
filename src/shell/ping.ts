// ping (iputils 20221126) over the virtual clock: raw-socket ICMP echo, the probe connect() that picks
// the source address, IP_RECVERR errors, the -c/-i/-W/-w/-t/-I/-s/-q options, and the exact summary.

import { STRERROR } from '../engine/errors.ts';
import type { PmtuDisc } from '../engine/ipv4/output.ts';
import type { Device } from '../engine/link/device.ts';
import { MS, SEC } from '../engine/sim/clock.ts';
import { type Ip4, ip4ToString } from '../engine/wire/addr.ts';
import {
  ECHO_TIMEVAL_LEN,
  ICMP_DEST_UNREACH,
  ICMP_ECHO,
  ICMP_FRAG_NEEDED,
  ICMP_HEADER_LEN,
  ICMP_REDIRECT,
  ICMP_TIME_EXCEEDED,
  type IcmpPacket,
  type Ipv4Packet,
} from '../engine/wire/packet.ts';
import type { Ctx } from './context.ts';
import { utf8 } from './files.ts';
import { inetAton, nameAndAddr, resolveName, reverseName } from './hosts.ts';
import { reportUnsupported } from './unsupported.ts';

const USAGE = '\nUsage\n  ping [options] <destination>\n';

/** iputils' usage(), printed after an unknown option. */
const FULL_USAGE = `
Usage
  ping [options] <destination>

Options:
  <destination>      dns name or ip address
  -a                 use audible ping
  -A                 use adaptive ping
  -B                 sticky source address
  -c <count>         stop after <count> replies
  -C                 call connect() syscall on socket creation
  -D                 print timestamps
  -d                 use SO_DEBUG socket option
  -e <identifier>    define identifier for ping session, default is random for
                     SOCK_RAW and kernel defined for SOCK_DGRAM
                     Imply using SOCK_RAW (for IPv4 only for identifier 0)
  -f                 flood ping
  -h                 print help and exit
  -I <interface>     either interface name or address
  -i <interval>      seconds between sending each packet
  -L                 suppress loopback of multicast packets
  -l <preload>       send <preload> number of packages while waiting replies
  -m <mark>          tag the packets going out
  -M <pmtud opt>     define mtu discovery, can be one of <do|dont|want>
  -n                 no dns name resolution
  -O                 report outstanding replies
  -p <pattern>       contents of padding byte
  -q                 quiet output
  -Q <tclass>        use quality of service <tclass> bits
  -s <size>          use <size> as number of data bytes to be sent
  -S <size>          use <size> as SO_SNDBUF socket option value
  -t <ttl>           define time to live
  -U                 print user-to-user latency
  -v                 verbose output
  -V                 print version and exit
  -w <deadline>      reply wait <deadline> in seconds
  -W <timeout>       time to wait for response

IPv4 options:
  -4                 use IPv4
  -b                 allow pinging broadcast
  -R                 record route
  -T <timestamp>     define timestamp, can be one of <tsonly|tsandaddr|tsprespec>

IPv6 options:
  -6                 use IPv6
  -F <flowlabel>     define flow label, default is random
  -N <nodeinfo opt>  use icmp6 node info query, try <help> as argument

For more details see ping(8).
`;

/** Every option letter iputils 20221126 knows (getopt's "h?4bRT:6F:N:aABc:CdDe:fi:I:l:Lm:M:nOp:qQ:rs:S:t:UvVw:W:"). */
const PING_OPTIONS = new Set('h4bRT6FNaABcCdDefiIlLmMnOpqQrsStUvVwW'.split(''));

/** printf("%g") for the loss percentage. */
function fmtG(x: number): string {
  if (x === 0) return '0';
  const s = x.toPrecision(6);
  return s.includes('e') ? s : s.replace(/\.?0+$/, '');
}

function fmtMs(us: number): string {
  const t = Math.round(us);
  if (t >= 100000 - 50) return `${Math.floor(t / 1000)}`;
  if (t >= 10000 - 5) return `${Math.floor(t / 1000)}.${Math.floor((t % 1000) / 100)}`;
  if (t >= 1000) return `${Math.floor(t / 1000)}.${String(Math.floor((t % 1000) / 10)).padStart(2, '0')}`;
  return `${Math.floor(t / 1000)}.${String(t % 1000).padStart(3, '0')}`;
}

function fmt3(us: number): string {
  const t = Math.floor(us);
  return `${Math.floor(t / 1000)}.${String(t % 1000).padStart(3, '0')}`;
}

/** iputils pr_icmph: the words after "From ADDR icmp_seq=N ". */
function icmpText(icmp: IcmpPacket): string {
  const { type, code } = icmp;
  if (type === ICMP_DEST_UNREACH) {
    if (code === ICMP_FRAG_NEEDED) return `Frag needed and DF set (mtu = ${icmp.mtu ?? 0})`;
    return (
      [
        'Destination Net Unreachable',
        'Destination Host Unreachable',
        'Destination Protocol Unreachable',
        'Destination Port Unreachable',
        '',
        'Source Route Failed',
        'Destination Net Unknown',
        'Destination Host Unknown',
        'Source Host Isolated',
        'Destination Net Prohibited',
        'Destination Host Prohibited',
        'Destination Net Unreachable for Type of Service',
        'Destination Host Unreachable for Type of Service',
        'Packet filtered',
        'Precedence Violation',
        'Precedence Cutoff',
      ][code] ?? `Dest Unreachable, Bad Code: ${code}`
    );
  }
  if (type === ICMP_TIME_EXCEEDED)
    return code === 0 ? 'Time to live exceeded' : 'Frag reassembly time exceeded';
  if (type === ICMP_REDIRECT) {
    const gw = ip4ToString(icmp.gw ?? 0);
    return (
      [
        `Redirect Network(New nexthop: ${gw})`,
        `Redirect Host(New nexthop: ${gw})`,
        `Redirect Type of Service and Network(New nexthop: ${gw})`,
        `Redirect Type of Service and Host(New nexthop: ${gw})`,
      ][code] ?? `Redirect, Bad Code: ${code}(New nexthop: ${gw})`
    );
  }
  return `Bad ICMP type: ${type}`;
}

/**
 * The most probes one ping sends here. iputils has no such limit, but a lab command must end: past it
 * ping stops as if interrupted (SIGINT) and says so.
 */
export const PING_MAX_PROBES = 100_000;
/**
 * Without -c or -w, ping stops (as Ctrl+C would) after this much virtual time: a learner who types
 * `ping 172.17.0.3` as a blog post does sees ten replies, not an hour of them.
 */
export const PING_MAX_UNBOUNDED = 10 * SEC;

/** iputils' MAX_DUP_CHK: the received-sequence bitmap covers every 16-bit sequence number. */
const MAX_DUP_CHK = 0x10000;

/**
 * ping's streams: its "ping: …" messages go to stderr, everything else (the header, replies, errors
 * reported per packet, statistics) to stdout; a background ping speaks when its packets come back.
 */
function pingStreams(ctx: Ctx): Ctx {
  const term = (t: string) => (ctx.background ? (ctx.jobWrite ?? ctx.write) : ctx.write)(t);
  const out = ctx.stdoutNull
    ? () => {}
    : ctx.streams?.out
      ? (t: string) => ctx.streams!.out!(utf8.encode(t))
      : term;
  const err = ctx.streams?.err ? (t: string) => ctx.streams!.err!(utf8.encode(t)) : term;
  return { ...ctx, write: (t) => (t.startsWith('ping: ') || t.startsWith('netns-lab: ') ? err : out)(t) };
}

export function ping(ctx0: Ctx, argv: string[]): number {
  const ctx = pingStreams(ctx0);
  let count = 0;
  let interval = 1000; // ms
  let linger = 10; // s (MAXWAIT)
  let deadline = 0;
  let ttl: number | undefined;
  let iface: string | undefined;
  let datalen = 56;
  let quiet = false;
  let pmtudisc: PmtuDisc | undefined;
  let numericOpt = false;
  let broadcast = false;
  const targets: string[] = [];
  const optArg = (i: number, a: string, letter: string): [string, number] => {
    if (a.length > 2) return [a.slice(2), i];
    const v = argv[i + 1];
    if (v === undefined) {
      ctx.write(`ping: option requires an argument -- '${letter}'${USAGE}`);
      throw new PingExit(2);
    }
    return [v, i + 1];
  };
  try {
    for (let i = 0; i < argv.length; i++) {
      const a = argv[i];
      if (!a.startsWith('-') || a === '-') {
        targets.push(a);
        continue;
      }
      const letter = a[1];
      let v: string;
      switch (letter) {
        case 'c':
          [v, i] = optArg(i, a, 'c');
          count = numArg(ctx, v, 1, 2 ** 31 - 1, 'invalid argument');
          break;
        case 'i': {
          [v, i] = optArg(i, a, 'i');
          const f = Number(v);
          if (!Number.isFinite(f) || f < 0) badArg(ctx, v, 'bad timing interval');
          interval = Math.round(f * 1000);
          break;
        }
        case 'W': {
          [v, i] = optArg(i, a, 'W');
          const f = Number(v);
          if (!Number.isFinite(f) || f < 0) badArg(ctx, v, 'bad linger time');
          linger = f;
          break;
        }
        case 'w':
          [v, i] = optArg(i, a, 'w');
          deadline = numArg(ctx, v, 0, 2 ** 31 - 1, 'invalid argument');
          break;
        case 't':
          [v, i] = optArg(i, a, 't');
          ttl = numArg(ctx, v, 0, 255, 'invalid argument');
          break;
        case 's':
          [v, i] = optArg(i, a, 's');
          datalen = numArg(ctx, v, 0, 2 ** 31 - 1, 'invalid argument');
          break;
        case 'M':
          [v, i] = optArg(i, a, 'M');
          if (v === 'do' || v === 'dont' || v === 'want') pmtudisc = v;
          else if (v === 'probe') {
            reportUnsupported(ctx, 'ping -M probe');
            return 2;
          } else {
            ctx.write(`ping: invalid -M argument: ${v}\n`);
            return 2;
          }
          break;
        case 'I':
          [v, i] = optArg(i, a, 'I');
          iface = v;
          break;
        case 'q':
          quiet = true;
          break;
        case 'n':
          numericOpt = true;
          break;
        case 'b':
          broadcast = true;
          break;
        case '4':
          break;
        default:
          if (!PING_OPTIONS.has(letter)) {
            ctx.write(`ping: invalid option -- '${letter}'\n${FULL_USAGE}`);
            return 2;
          }
          reportUnsupported(ctx, `ping option ${a}`);
          return 2;
      }
    }
    if (targets.length === 0) {
      ctx.write(`ping: usage error: Destination address required\n`);
      return 1;
    }
    if (targets.length > 1) {
      reportUnsupported(ctx, 'ping with more than one destination (source routing)');
      return 2;
    }
    let target = targets[0];
    let dst = inetAton(target);
    // A numeric destination turns name lookups off (-n implied); a name comes from /etc/hosts.
    const numeric = dst !== undefined || numericOpt;
    if (dst === undefined) {
      const r = /[:]/.test(target) ? undefined : resolveName(target);
      if (r === undefined || r === 'EAI_AGAIN') {
        ctx.write(
          `ping: ${target}: ${r === undefined ? 'Address family for hostname not supported' : 'Temporary failure in name resolution'}\n`,
        );
        return 2;
      }
      dst = r.addr;
      target = r.canon ?? target;
    }
    return run(ctx, {
      dst,
      target,
      count,
      interval,
      linger,
      deadline,
      ttl,
      iface,
      datalen,
      quiet,
      pmtudisc,
      numeric,
      broadcast,
    });
  } catch (e) {
    if (e instanceof PingExit) return e.status;
    throw e;
  }
}

class PingExit extends Error {
  constructor(readonly status: number) {
    super('ping exit');
  }
}

/** iputils strtol_or_err: "invalid argument: 'X'", or out of range with the bounds. */
function numArg(ctx: Ctx, v: string, lo: number, hi: number, msg: string): number {
  if (!/^\s*[+-]?\d+$/.test(v)) {
    ctx.write(`ping: ${msg}: '${v}'\n`);
    throw new PingExit(1);
  }
  const n = Number(v);
  if (!Number.isSafeInteger(n) || Math.abs(n) > 2 ** 63) {
    ctx.write(`ping: ${msg}: '${v}': Numerical result out of range\n`);
    throw new PingExit(1);
  }
  if (n < lo || n > hi) {
    ctx.write(`ping: ${msg}: '${v}': out of range: ${lo} <= value <= ${hi}\n`);
    throw new PingExit(1);
  }
  return n;
}

function badArg(ctx: Ctx, v: string, msg: string): never {
  ctx.write(`ping: ${msg}: ${v}\n`);
  throw new PingExit(1);
}

interface PingOpts {
  dst: Ip4;
  target: string;
  count: number;
  interval: number;
  linger: number;
  deadline: number;
  ttl?: number;
  iface?: string;
  datalen: number;
  quiet: boolean;
  pmtudisc?: PmtuDisc;
  /** No reverse lookups (a numeric destination, or -n). */
  numeric: boolean;
  /** -b: SO_BROADCAST, so a broadcast destination is allowed. */
  broadcast: boolean;
}

function run(ctx: Ctx, o: PingOpts): number {
  // pr_addr: "name (address)" when the address has a name in /etc/hosts and lookups are on.
  const prAddr = (a: Ip4) => {
    const name = o.numeric ? undefined : reverseName(a);
    return name ? nameAndAddr(name, a) : ip4ToString(a);
  };
  const { world, ns } = ctx;
  const stack = ns.stack;
  let oif: Device | undefined;
  let source: Ip4 | undefined;
  if (o.iface !== undefined) {
    const asAddr = inetAton(o.iface);
    if (asAddr !== undefined && /^[\d.]+$/.test(o.iface)) {
      if (!stack.isLocal(asAddr)) {
        ctx.write('ping: bind icmp socket: Cannot assign requested address\n');
        return 2;
      }
      source = asAddr;
    } else {
      oif = ns.dev(o.iface);
      if (!oif) {
        ctx.write(`ping: SO_BINDTODEVICE ${o.iface}: No such device\n`);
        return 2;
      }
    }
  }
  // The probe UDP connect(): a route must exist; it also fixes the source address. A broadcast
  // destination (or a prohibit route) makes connect() fail with EACCES without SO_BROADCAST, which
  // iputils reads as "you meant -b"; with -b it warns and connects again with SO_BROADCAST.
  // ping4_run probes only when no source address was given (-I ADDR skips it: a send that then
  // fails is silent, see sendOne).
  const ro =
    source !== undefined
      ? ({ src: source, probeSkipped: true } as const)
      : stack.routeConnect(o.dst, { src: source, oif });
  const bcast =
    'probeSkipped' in ro
      ? !!o.broadcast
      : !ro.error && (o.dst === 0xffffffff || ro.route.type === 'broadcast');
  if ('probeSkipped' in ro) {
    // no probe, no broadcast question
  } else if (ro.error === 'EACCES' || bcast) {
    if (!o.broadcast) {
      ctx.write('ping: Do you want to ping broadcast? Then -b. If not, check your local firewall rules\n');
      return 2;
    }
    ctx.write('WARNING: pinging broadcast address\n');
  }
  if ('error' in ro && ro.error) {
    ctx.write(`ping: connect: ${STRERROR[ro.error]}\n`);
    return 2;
  }
  const src = ro.src;
  const fromPart = o.iface !== undefined ? `from ${ip4ToString(src)} ${oif ? oif.name : ''}: ` : '';
  ctx.write(
    `PING ${o.target} (${ip4ToString(o.dst)}) ${fromPart}${o.datalen}(${o.datalen + 28}) bytes of data.\n`,
  );

  // iputils takes getpid() & 0xffff; a pid is the world's, so a replay gives the same identifier.
  const ident = (0x4000 + (world.nextPid() - 1) * 7919) & 0xffff;
  const start = world.clock.now;
  // Per-sequence state is bounded as in iputils: the send time (iputils reads it back from the
  // reply's payload) and the rcvd_tbl bit, both indexed by the 16-bit sequence number. The tables
  // grow to the highest sequence sent (at most MAX_DUP_CHK), so a one-probe ping does not fill 512 KiB.
  let sentAt = new Float64Array(64).fill(Number.NaN);
  let rcvd = new Uint8Array(64 / 8);
  const reserve = (seq: number) => {
    if (seq < sentAt.length) return;
    let n = sentAt.length;
    while (n <= seq) n *= 2;
    const grown = new Float64Array(Math.min(n, MAX_DUP_CHK)).fill(Number.NaN);
    grown.set(sentAt);
    sentAt = grown;
    const bits = new Uint8Array(grown.length / 8);
    bits.set(rcvd);
    rcvd = bits;
  };
  const rcvdTest = (seq: number) => (rcvd[seq >> 3] & (1 << (seq & 7))) !== 0;
  let ntransmitted = 0;
  let nreceived = 0;
  let nerrors = 0;
  let nrepeats = 0;
  let pipesize = -1;
  let tmin = Number.POSITIVE_INFINITY;
  let tmax = 0;
  let tsum = 0;
  let tsum2 = 0;
  let exitAt: number | undefined = o.deadline ? start + o.deadline * SEC : undefined;
  let waitScheduled = false;
  let lastSend = start;
  const timing = o.datalen >= 16;

  const acknowledge = (seq: number) => {
    const diff = (ntransmitted - seq) & 0xffff;
    if (diff <= 0x7fff && diff + 1 > pipesize) pipesize = diff + 1;
  };

  const socket = {
    id: ident,
    onReply(pkt: Ipv4Packet) {
      if (pkt.payload.kind !== 'icmp') return;
      const seq = pkt.payload.seq;
      const at = seq < sentAt.length ? sentAt[seq] : Number.NaN;
      if (Number.isNaN(at)) return;
      const dup = rcvdTest(seq);
      if (dup) {
        nrepeats++;
        nreceived--;
      }
      nreceived++;
      acknowledge(seq);
      const rtt = world.clock.now - at;
      if (!dup) {
        tsum += rtt;
        tsum2 += rtt * rtt;
        tmin = Math.min(tmin, rtt);
        tmax = Math.max(tmax, rtt);
      }
      rcvd[seq >> 3] |= 1 << (seq & 7);
      if (!o.quiet) {
        ctx.write(
          `${o.datalen + 8} bytes from ${prAddr(pkt.src)}: icmp_seq=${seq} ttl=${pkt.ttl}${timing ? ` time=${fmtMs(rtt)} ms` : ''}${dup && !bcast ? ' (DUP!)' : ''}\n`,
        );
      }
      watch();
    },
    onError(from: Ip4, icmp: IcmpPacket) {
      const inner = icmp.inner!;
      const echo = inner.payload;
      if (inner.dst !== o.dst || echo.kind !== 'icmp' || echo.type !== ICMP_ECHO) return;
      acknowledge(echo.seq);
      nerrors++;
      if (!o.quiet) ctx.write(`From ${prAddr(from)} icmp_seq=${echo.seq} ${icmpText(icmp)}\n`);
      watch();
    },
    onRedirect(from: Ip4, icmp: IcmpPacket) {
      // ping4_parse_reply: a redirect about our request is printed (with a colon), not counted.
      const echo = icmp.inner?.payload;
      if (icmp.inner?.dst !== o.dst || echo?.kind !== 'icmp' || o.quiet) return;
      ctx.write(`From ${prAddr(from)}: icmp_seq=${echo.seq} ${icmpText(icmp)}\n`);
    },
  };
  stack.pingSockets.set(ident, socket);

  // Set when ping stops as if interrupted; the reason is printed before the statistics.
  let interrupted: string | undefined;
  /** A background ping checks whether it is done after each of its own events. */
  let watch = () => {};
  const done = () =>
    interrupted !== undefined ||
    (o.count > 0 && nreceived + nerrors >= o.count) ||
    (exitAt !== undefined && world.clock.now >= exitAt) ||
    (o.deadline > 0 && nerrors > 0);

  let oomCount = 0;
  const sendOne = () => {
    if (done()) return;
    if (o.count > 0 && ntransmitted >= o.count) return;
    if (ntransmitted >= PING_MAX_PROBES) {
      interrupted = `ping stopped after ${PING_MAX_PROBES} probes (the most one command sends here), as if interrupted`;
      return;
    }
    // The ICMP sequence is 16 bits on the wire and printed as such: after 65535 comes 0.
    const seq = (ntransmitted + 1) & 0xffff;
    const at = world.clock.now;
    reserve(seq);
    sentAt[seq] = at;
    rcvd[seq >> 3] &= ~(1 << (seq & 7));
    const r = stack.output({
      src,
      dst: o.dst,
      ttl: o.ttl,
      oif,
      pmtudisc: o.pmtudisc,
      payload: {
        kind: 'icmp',
        type: ICMP_ECHO,
        code: 0,
        id: ident,
        seq,
        dataLen: o.datalen,
        // rts->timing: the send time as a timeval at the start of the data (gettimeofday; here the
        // virtual clock, whose epoch tcpdump's time stamps share).
        ...(o.datalen >= ECHO_TIMEVAL_LEN ? { stamp: at } : {}),
      },
    });
    if (!r.ok && r.errno === 'ENOBUFS') {
      // pinger(): the device queue is full; try again every min(interval/2, 500) ms until the linger
      // time is used up, then give up on this probe as a hard local error.
      const nores = Math.min(500, Math.max(10, Math.floor(o.interval / 2)));
      oomCount++;
      if (oomCount * nores < o.linger * 1000) {
        world.clock.schedule(nores * MS, sendOne);
        return;
      }
    }
    ntransmitted++;
    lastSend = at;
    if (r.ok) oomCount = 0;
    else if (r.errno === 'EMSGSIZE') {
      // ip_local_error: the socket's error queue says how large the path allows. A datagram over
      // 64 KiB is refused by sendmsg() before that, and iputils says nothing.
      if ('mtu' in r && ICMP_HEADER_LEN + o.datalen <= 0xffff) {
        if (!o.quiet) ctx.write(`ping: local error: message too long, mtu=${r.mtu}\n`);
        nerrors++;
      }
    } else if (r.errno === 'ENOBUFS') {
      ctx.write(`ping: sendmsg: ${STRERROR[r.errno]}\n`);
      oomCount = 0;
    }
    // Any other sendmsg() error (EINVAL for a 127.0.0.1 source leaving a real device, a route gone
    // since the probe): pinger() finds the error queue empty (EAGAIN), so the probe counts as sent
    // and nothing is printed or counted as an error.
    if (o.count === 0 || ntransmitted < o.count) world.clock.schedule(o.interval * MS, sendOne);
    else if (!waitScheduled) {
      // schedule_exit: after the last probe, wait 2×max RTT (at least one interval) if anything came back, else the linger time.
      waitScheduled = true;
      const wait = nreceived ? Math.max(2 * tmax, o.interval * MS) : o.linger * SEC;
      const at = world.clock.now + wait;
      exitAt = exitAt === undefined ? at : Math.min(exitAt, at);
      world.clock.schedule(wait, () => watch());
    }
    watch();
  };

  world.clock.schedule(0, sendOne);
  const summary = () => {
    stack.pingSockets.delete(ident);
    if (interrupted) {
      ctx.write(`netns-lab: ${interrupted}\n`);
      ctx.noteStopped?.(interrupted);
    }
    ctx.write(`\n--- ${o.target} ping statistics ---\n`);
    let line = `${ntransmitted} packets transmitted, ${nreceived} received`;
    if (nrepeats) line += `, +${nrepeats} duplicates`;
    if (nerrors) line += `, +${nerrors} errors`;
    if (ntransmitted) {
      line += `, ${fmtG(((ntransmitted - nreceived) * 100) / ntransmitted)}% packet loss`;
      line += `, time ${Math.round((lastSend - start) / MS)}ms`;
    }
    ctx.write(`${line}\n`);
    let tail = '';
    let comma = '';
    if (nreceived && timing) {
      const total = nreceived + nrepeats;
      const avg = Math.floor(tsum / total);
      const mdev = Math.floor(Math.sqrt(Math.max(0, tsum2 / total - (tsum / total) ** 2)));
      tail += `rtt min/avg/max/mdev = ${fmt3(tmin)}/${fmt3(avg)}/${fmt3(tmax)}/${fmt3(mdev)} ms`;
      comma = ', ';
    }
    if (pipesize > 1) tail += `${comma}pipe ${pipesize}`;
    ctx.write(`${tail}\n`);
    return nreceived === 0 || (o.deadline > 0 && nreceived < o.count) ? 1 : 0;
  };
  if (ctx.background) {
    // It runs on with the clock while later commands do; SIGINT/SIGTERM (pkill) ends it with its summary.
    let finished = false;
    const job = {
      name: 'ping',
      signal: () => {
        if (finished) return;
        finished = true;
        ctx.jobs?.remove(job);
        summary();
      },
    };
    watch = () => {
      if (done()) job.signal();
    };
    if (exitAt !== undefined) world.clock.schedule(exitAt - world.clock.now, () => watch());
    ctx.jobs?.add(job);
    return 0;
  }
  const limit = o.count === 0 && !o.deadline ? start + PING_MAX_UNBOUNDED : Number.POSITIVE_INFINITY;
  // SIGINT (Ctrl+C): from a terminal, or at the moment a replayed line was interrupted.
  let sigint = false;
  /** Runs what is due up to virtual time `until`; true once ping is done. */
  const advance = (until: number): boolean => {
    for (;;) {
      if (done() || sigint) return true;
      const next = world.clock.peek();
      if (next === undefined) return true;
      if (exitAt !== undefined && next > exitAt) {
        if (exitAt > until) break;
        world.clock.runUntil(exitAt);
        return true;
      }
      // Stopped before the probe due at the limit, as a Ctrl+C a moment earlier would have.
      if (next >= limit) {
        interrupted = `ping stopped after ${PING_MAX_UNBOUNDED / SEC} s without -c or -w, as Ctrl+C would stop it (give -c COUNT to choose how many)`;
        return true;
      }
      if (next > until) break;
      world.clock.runUntil(next, done);
    }
    world.clock.runUntil(until);
    return false;
  };
  const job = {
    advance,
    interrupt: () => {
      sigint = true;
    },
    finish: summary,
  };
  if (ctx.foreground) {
    ctx.foreground(job);
    return 0;
  }
  if (ctx.interruptAt !== undefined) {
    if (!advance(ctx.interruptAt)) sigint = true;
  } else advance(Number.POSITIVE_INFINITY);
  return summary();
}
