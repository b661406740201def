// nc (netcat-openbsd 1.219, Debian 12): TCP and UDP listeners (`nc -l [-k] [-u] [addr] port &`) that
// live until the session ends, and port probes (`nc -z [-v] [-u] [-w secs] host port[-port]`) with
// netcat's own messages. A TCP connection sends what stdin gives (a redirection such as
// `< /proc/sys/…`; otherwise stdin is /dev/null in a script, as in the sandbox) and prints what arrives.
//
// What nc does, as measured on the kernel:
// - TCP -z: connect(); success → "Connection to H P port [tcp/NAME] succeeded!" (with -v) and close;
//   refused → "nc: connect to H port P (tcp) failed: Connection refused"; -w expiry → "... timed out:
//   Operation now in progress". Messages need -v; exit status 0 when any port answered.
// - UDP -z with -v (udptest; without -v nc sends nothing at all): write "X", write "X", then for each second of -w (3 without) sleep 1 s and write
//   "X"; a write failing with ECONNREFUSED (an ICMP port unreachable came back) means closed, and
//   nc prints nothing at all. Otherwise it reports success.
// - A TCP listener accepts one connection (or, with -k, one after another), reads until the peer
//   closes, then closes too. A UDP listener connects to the first sender and prints what it reads.

import { STRERROR } from '../engine/errors.ts';
import type { SockErrno } from '../engine/ipv4/sock-errors.ts';
import type { TcpListener, TcpSock, TcpTable } from '../engine/ipv4/tcp.ts';
import type { SockOwner, UdpSocket } from '../engine/ipv4/udp.ts';
import { MS, SEC } from '../engine/sim/clock.ts';
import { type Ip4, ip4ToString } from '../engine/wire/addr.ts';
import type { World } from '../engine/world.ts';
import type { Ctx } from './context.ts';
import { GAI_STRERROR, getaddrinfo, nameAndAddr } from './hosts.ts';
import { serviceName, servicePort } from './services.ts';
import { reportUnsupported } from './unsupported.ts';

interface NcOpts {
  /** This nc's process id (ss -p). */
  pid?: number;
  listen: boolean;
  keep: boolean;
  udp: boolean;
  zero: boolean;
  verbose: boolean;
  numeric: boolean;
  /** -4: getaddrinfo with AF_INET (the default, AF_UNSPEC, never asks for a name of digits and dots to be refused). */
  inet: boolean;
  /** -N: shutdown(SHUT_WR) when the input ends. */
  shutdownOnEof: boolean;
  wait?: number;
  /** -s: the local address bound before connect() (listening: the address to listen on). */
  sourceAddr?: string;
  /** -p as written: with -l the port Debian's netcat listens on, else the local port it binds. */
  portOpt?: string;
  args: string[];
}

const WITH_ARG = new Set(['I', 'i', 'M', 'm', 'O', 'P', 'p', 'q', 's', 'T', 'V', 'W', 'w', 'X', 'x']);
const NO_ARG = new Set([
  '4',
  '6',
  'C',
  'D',
  'd',
  'F',
  'h',
  'k',
  'l',
  'N',
  'n',
  'r',
  'S',
  't',
  'U',
  'u',
  'v',
  'Z',
  'z',
]);
const MODELLED = new Set(['4', 'k', 'l', 'n', 'u', 'v', 'z', 'w', 'N', 'q', 'p', 's']);

function usage(ctx: Ctx, msg: string): never {
  ctx.write(`nc: ${msg}\n`);
  throw new NcExit(1);
}

const USAGE_LINES =
  'usage: nc [-46CDdFhklNnrStUuvZz] [-I length] [-i interval] [-M ttl]\n\t  [-m minttl] [-O length] [-P proxy_username] [-p source_port]\n\t  [-q seconds] [-s sourceaddr] [-T keyword] [-V rtable] [-W recvlimit]\n\t  [-w timeout] [-X proxy_protocol] [-x proxy_address[:port]]\n\t  [destination] [port]\n';

/** usage(1) without a message: the option summary, status 1. */
function usageLines(ctx: Ctx): never {
  ctx.write(USAGE_LINES);
  throw new NcExit(1);
}

class NcExit extends Error {
  constructor(readonly status: number) {
    super('nc exit');
  }
}

/** getopt(3) over netcat's option string; operands may follow options (GNU permutation). */
function parseOpts(ctx: Ctx, argv: string[]): NcOpts {
  const o: NcOpts = {
    listen: false,
    keep: false,
    udp: false,
    zero: false,
    verbose: false,
    numeric: false,
    inet: false,
    shutdownOnEof: false,
    args: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      o.args.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith('-') || a === '-') {
      o.args.push(a);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j];
      if (!WITH_ARG.has(c) && !NO_ARG.has(c))
        usage(ctx, `invalid option -- '${c}'\n${USAGE_LINES.slice(0, -1)}`);
      let val: string | undefined;
      if (WITH_ARG.has(c)) {
        val = j + 1 < a.length ? a.slice(j + 1) : argv[++i];
        if (val === undefined) usage(ctx, `option requires an argument -- '${c}'`);
        j = a.length;
      }
      if (!MODELLED.has(c)) {
        reportUnsupported(ctx, `nc -${c}`);
        throw new NcExit(2);
      }
      if (c === 'l') o.listen = true;
      else if (c === 'k') o.keep = true;
      else if (c === 'u') o.udp = true;
      else if (c === 'z') o.zero = true;
      else if (c === 'v') o.verbose = true;
      else if (c === 'n') o.numeric = true;
      else if (c === '4') o.inet = true;
      else if (c === 'N') o.shutdownOnEof = true;
      else if (c === 'p') o.portOpt = val;
      else if (c === 's') o.sourceAddr = val;
      else if (c === 'w') {
        const n = /^\d+$/.test(val!) ? Number(val) : Number.NaN;
        if (!(n >= 0) || n > 2147483)
          usage(ctx, `timeout ${/^\d+$/.test(val!) ? 'too large' : 'invalid'}: ${val}`);
        o.wait = n;
      }
    }
  }
  return o;
}

/**
 * The local end of -s/-p (0.0.0.0 and an ephemeral port when not given). netcat resolves -s with
 * getaddrinfo when it connects, in the family of the peer's address (AF_INET) and without -n's
 * AI_NUMERICHOST.
 */
function localOf(ctx: Ctx, o: NcOpts, proto: 'tcp' | 'udp'): { addr?: Ip4; port?: number } {
  // Port 0 is no port: bind() lets the kernel pick one.
  const port = o.portOpt === undefined ? undefined : serviceOf(ctx, o.portOpt, proto) || undefined;
  if (o.sourceAddr === undefined) return port === undefined ? {} : { port };
  const r = getaddrinfo(o.sourceAddr, { inet: true });
  if (typeof r === 'string') usage(ctx, `getaddrinfo: ${GAI_STRERROR[r]}`);
  return port === undefined ? { addr: r.addr } : { addr: r.addr, port };
}

/**
 * Whether a connect() failure was the bind() before it (-s/-p): an address that is not ours, a port
 * taken. netcat then stops with err(1, "bind failed").
 */
function bindFailed(ctx: Ctx, o: NcOpts, r: SockErrno): boolean {
  if (
    !(
      (r === 'EADDRINUSE' && o.portOpt !== undefined) ||
      (r === 'EADDRNOTAVAIL' && o.sourceAddr !== undefined)
    )
  )
    return false;
  ctx.write(`nc: bind failed: ${STRERROR[r]}\n`);
  return true;
}

/**
 * How netcat names a peer in its messages: as given, followed by the address getnameinfo prints
 * when that is another string and -n is not given ("localhost (127.0.0.1)", "127.1 (127.0.0.1)").
 */
function peerName(o: NcOpts, name: string, addr: Ip4): string {
  return o.numeric || name === ip4ToString(addr) ? name : nameAndAddr(name, addr);
}

/** strtoport: a number in 1–65535 or a service name. */
function parsePort(ctx: Ctx, s: string, proto: 'tcp' | 'udp'): number {
  if (/^\d+$/.test(s)) {
    const n = Number(s);
    if (n > 65535) usage(ctx, `port number too large: ${s}`);
    if (n < 1) usage(ctx, `port number too small: ${s}`);
    return n;
  }
  const p = servicePort(s, proto);
  if (p === undefined) usage(ctx, `port number invalid: ${s}`);
  return p;
}

/**
 * -p's service, as getaddrinfo reads it (Debian's netcat hands it over as a string, listening or
 * binding before connect): digits are a number cut to 16 bits (0 is a port the kernel picks),
 * anything else a service name of the protocol.
 */
function serviceOf(ctx: Ctx, s: string, proto: 'tcp' | 'udp'): number {
  if (/^\d+$/.test(s)) {
    if (s.length > 15) {
      reportUnsupported(ctx, `nc -p ${s} (a number of more than 15 digits)`);
      throw new NcExit(2);
    }
    return Number(BigInt(s) & 0xffffn);
  }
  const p = servicePort(s, proto);
  if (p === undefined) usage(ctx, `getaddrinfo: ${GAI_STRERROR.EAI_SERVICE}`);
  return p;
}

/** A port operand: "80", "http" or a range "20-25". */
function parsePorts(ctx: Ctx, s: string, proto: 'tcp' | 'udp'): number[] {
  const m = /^([^-]+)-([^-]+)$/.exec(s);
  if (!m) return [parsePort(ctx, s, proto)];
  let lo = parsePort(ctx, m[1], proto);
  let hi = parsePort(ctx, m[2], proto);
  if (lo > hi) [lo, hi] = [hi, lo];
  const out: number[] = [];
  for (let p = lo; p <= hi; p++) out.push(p);
  return out;
}

/** Runs the clock until `done()` or until nothing is left to happen (or `deadline`). */
function runUntil(world: World, done: () => boolean, deadline = Number.POSITIVE_INFINITY): void {
  while (!done()) {
    const next = world.clock.peek();
    if (next === undefined || next > deadline) break;
    world.clock.runUntil(next, done);
  }
  if (!done() && deadline !== Number.POSITIVE_INFINITY && world.clock.now < deadline)
    world.clock.runUntil(deadline);
}

/** Bytes as netcat writes them to its output (text here). */
function text(b: Uint8Array): string {
  return new TextDecoder().decode(b);
}

/** netcat's readwrite loop for its input: the bytes out, then with -N shutdown(SHUT_WR) at its end. */
function sendInput(ctx: Ctx, o: NcOpts, tcp: TcpTable, s: TcpSock): void {
  if (ctx.stdin?.length) {
    tcp.send(s, ctx.stdin);
    // The next read() of the input (its end) comes after the peer's quick ACK has landed: on the
    // kernel the data crosses the veth and is ACKed before write() returns, so -N's FIN follows it.
    if (o.shutdownOnEof) settleNetwork(ctx.world);
  }
  if (o.shutdownOnEof) tcp.shutdown(s);
}

/** Lets frames in flight (the close handshake, an ICMP error) land: the kernel does this in microseconds. */
function settleNetwork(world: World): void {
  world.clock.runUntil(world.clock.now + MS);
}

export function nc(ctx: Ctx, argv: string[]): number {
  try {
    const o = parseOpts(ctx, argv);
    o.pid = ctx.world.nextPid();
    return o.listen ? listen(ctx, o) : probe(ctx, o);
  } catch (e) {
    if (e instanceof NcExit) return e.status;
    throw e;
  }
}

function listen(ctx: Ctx, o: NcOpts): number {
  const proto = o.udp ? 'udp' : 'tcp';
  let port: number;
  let addr = 0;
  if (o.portOpt !== undefined || o.sourceAddr !== undefined) {
    // Debian's netcat: `nc -l [-s ADDR] -p PORT` listens at -s and -p, and then takes no operand.
    if (o.args.length > 0) usageLines(ctx);
    if (o.portOpt === undefined) usage(ctx, 'missing port number');
    port = serviceOf(ctx, o.portOpt, proto);
    if (o.sourceAddr !== undefined) {
      const r = getaddrinfo(o.sourceAddr, { inet: o.inet, numericHost: o.numeric });
      if (typeof r === 'string') usage(ctx, `getaddrinfo: ${GAI_STRERROR[r]}`);
      addr = r.addr;
    }
  } else {
    if (o.args.length === 0) usage(ctx, 'missing port number');
    if (o.args.length > 2) usage(ctx, 'cannot use -l with more than one port');
    port = parsePort(ctx, o.args[o.args.length - 1], proto);
    if (o.args.length === 2) {
      const r = getaddrinfo(o.args[0], { inet: o.inet, numericHost: o.numeric });
      if (typeof r === 'string') usage(ctx, `getaddrinfo: ${GAI_STRERROR[r]}`);
      addr = r.addr;
    }
  }
  if (!ctx.background) {
    reportUnsupported(ctx, 'a foreground nc -l would wait forever; start listeners with "&"');
    return 2;
  }
  const out = (b: Uint8Array) => {
    if (ctx.streams?.out) ctx.streams.out(b);
    else if (!ctx.stdoutNull) (ctx.jobWrite ?? ctx.write)(text(b));
  };
  const stack = ctx.ns.stack;
  if (o.udp) {
    // netcat's local_listen sets SO_REUSEADDR and SO_REUSEPORT: two of them can share a port.
    const s = stack.udp.bind(addr, port, true);
    if (typeof s === 'string') {
      ctx.write(`nc: ${STRERROR[s]}\n`);
      return 1;
    }
    s.owner = owner(o, 3);
    s.onDatagram = (from, d, to) => {
      // netcat connects to its first peer (which also fixes the local address); from then on only
      // that peer's datagrams reach it.
      if (!s.remote && !o.keep) {
        s.remote = { ...from };
        s.local.addr = to;
      }
      out(new TextEncoder().encode('X'.repeat(d.dataLen)));
    };
    return 0;
  }
  const l = stack.tcp.listen(addr, port, 1, true);
  if (typeof l === 'string') {
    ctx.write(`nc: ${STRERROR[l]}\n`);
    return 1;
  }
  // The listening socket is descriptor 3; an accepted connection is 4 while it is served.
  l.owner = owner(o, 3);
  // netcat serves one connection at a time; meanwhile others finish their handshake in the kernel
  // and wait in the accept queue. Without -k the process (and its listening socket) ends with the
  // first connection.
  const serve = (lis: TcpListener) => {
    const conn = stack.tcp.accept(lis);
    if (!conn) return;
    conn.owner = owner(o, 4);
    lis.onReady = undefined;
    const done = () => {
      if (!o.keep) stack.tcp.closeListener(lis);
      else if (!lis.closed) {
        lis.onReady = () => serve(lis);
        if (lis.acceptQueue.length) serve(lis);
      }
    };
    conn.cb = {
      eof: () => {
        stack.tcp.close(conn);
        done();
      },
      error: done,
      data: (b) => out(b),
    };
    // What netcat read from its input goes out first; with -N its end shuts the sending side.
    sendInput(ctx, o, stack.tcp, conn);
    if (conn.finUnread) stack.tcp.readEof(conn);
  };
  l.onReady = () => serve(l);
  return 0;
}

function probe(ctx: Ctx, o: NcOpts): number {
  const proto = o.udp ? 'udp' : 'tcp';
  if (o.args.length === 0) usage(ctx, 'missing hostname and port');
  if (o.args.length === 1) usage(ctx, 'missing port number');
  const name = o.args[0];
  const ports = o.args.slice(1).flatMap((p) => parsePorts(ctx, p, proto));
  const r = getaddrinfo(name, { inet: o.inet, numericHost: o.numeric });
  if (typeof r === 'string') {
    ctx.write(`nc: getaddrinfo for host "${name}" port ${ports[0]}: ${GAI_STRERROR[r]}\n`);
    return 1;
  }
  const dst = r.addr;
  const host = peerName(o, name, dst);
  if (!o.zero) return connectSession(ctx, o, host, dst, ports);
  if (ctx.background) {
    reportUnsupported(ctx, 'nc -z in the background');
    return 2;
  }
  let ok = false;
  for (const port of ports) {
    const res = o.udp ? udpProbe(ctx, dst, port, o) : tcpProbe(ctx, dst, port, o);
    if (res !== 'ok' && res !== 'silent' && res !== 'timeout' && bindFailed(ctx, o, res)) return 1;
    if (res === 'ok') ok = true;
    if (res !== 'silent' && o.verbose) ctx.write(connectMessage(host, port, proto, res, o.numeric));
  }
  return ok ? 0 : 1;
}

/** What nc -v says about one port: success, a timeout, or a failed connect. */
function connectMessage(
  host: string,
  port: number,
  proto: 'tcp' | 'udp',
  r: 'ok' | 'timeout' | SockErrno,
  numeric: boolean,
): string {
  // -n: no getservbyport either, so the service reads "*".
  if (r === 'ok')
    return `Connection to ${host} ${port} port [${proto}/${(numeric ? undefined : serviceName(port, proto)) ?? '*'}] succeeded!\n`;
  if (r === 'timeout')
    return `nc: connect to ${host} port ${port} (${proto}) timed out: Operation now in progress\n`;
  return `nc: connect to ${host} port ${port} (${proto}) failed: ${STRERROR[r]}\n`;
}

function tcpProbe(ctx: Ctx, addr: number, port: number, o: NcOpts): 'ok' | 'timeout' | SockErrno {
  const world = ctx.world;
  const tcp = ctx.ns.stack.tcp;
  let result: 'ok' | SockErrno | undefined;
  const s = tcp.connect(
    { addr, port },
    {
      connected: () => {
        result = 'ok';
      },
      error: (e) => {
        result = e;
      },
    },
    localOf(ctx, o, 'tcp'),
  );
  if (typeof s === 'string') return s;
  // poll() times out just before a retransmission due at the same instant (measured: -w 1 sends one SYN).
  const deadline = o.wait !== undefined && o.wait > 0 ? world.clock.now + o.wait * SEC - 1 : undefined;
  runUntil(world, () => result !== undefined, deadline);
  if (result === undefined) {
    tcp.close(s);
    return 'timeout';
  }
  if (result === 'ok') {
    tcp.close(s);
    settleNetwork(world);
  }
  return result;
}

function udpProbe(ctx: Ctx, addr: number, port: number, o: NcOpts): 'ok' | 'silent' | SockErrno {
  const world = ctx.world;
  const udp = ctx.ns.stack.udp;
  const s: UdpSocket | SockErrno = udp.connect({ addr, port }, localOf(ctx, o, 'udp'));
  if (typeof s === 'string') return s;
  if (!o.verbose) {
    udp.close(s);
    return 'ok';
  }
  const write = (): boolean => {
    const e = udp.send(s, 1);
    settleNetwork(world);
    return e !== 'ECONNREFUSED';
  };
  try {
    if (!write() || !write()) return 'silent';
    const secs = o.wait !== undefined && o.wait > 0 ? o.wait : 3;
    for (let i = 0; i < secs; i++) {
      runUntil(world, () => false, world.clock.now + SEC);
      if (!write()) return 'silent';
    }
    return 'ok';
  } finally {
    udp.close(s);
  }
}

/**
 * nc HOST PORT without -z: connect and then relay stdin (empty in a script unless redirected).
 * netcat does not close on the end of its input (no -N), so the connection stays ESTABLISHED until
 * the peer closes, or until -w seconds pass with nothing to read. In the background it lives until
 * the session ends.
 */
function connectSession(ctx: Ctx, o: NcOpts, host: string, addr: number, ports: number[]): number {
  const world = ctx.world;
  if (ports.length > 1 || (o.udp && o.verbose)) {
    reportUnsupported(ctx, 'nc without -z to several ports, or -u -v without -z');
    return 2;
  }
  const forever = () =>
    reportUnsupported(
      ctx,
      'this nc would wait forever (its input is empty and nothing closes the connection); add -w SECONDS or start it with "&"',
    );
  if (!ctx.background && o.wait === undefined && o.udp) {
    forever();
    return 2;
  }
  const port = ports[0];
  const idle = (o.wait ?? 0) * SEC;
  if (o.udp) {
    const s = ctx.ns.stack.udp.connect({ addr, port }, localOf(ctx, o, 'udp'));
    if (typeof s === 'string') {
      bindFailed(ctx, o, s);
      return 1;
    }
    s.owner = owner(o, 3);
    if (ctx.background) return 0;
    runUntil(world, () => false, world.clock.now + idle);
    ctx.ns.stack.udp.close(s);
    return 0;
  }
  const tcp = ctx.ns.stack.tcp;
  let result: 'ok' | SockErrno | undefined;
  let closed = false;
  const s = tcp.connect(
    { addr, port },
    {
      connected: () => {
        result = 'ok';
      },
      error: (e) => {
        if (result === undefined) result = e;
        closed = true;
      },
      eof: () => {
        closed = true;
        tcp.close(s as TcpSock);
      },
      data: (b) => {
        if (ctx.streams?.out) ctx.streams.out(b);
        else if (!ctx.stdoutNull) (ctx.background ? (ctx.jobWrite ?? ctx.write) : ctx.write)(text(b));
      },
    },
    localOf(ctx, o, 'tcp'),
  );
  if (typeof s !== 'string') s.owner = owner(o, 3);
  const say = (t: string) => (ctx.background ? (ctx.jobWrite ?? ctx.write)(t) : ctx.write(t));
  const report = (r: 'ok' | 'timeout' | SockErrno) => {
    if (o.verbose) say(connectMessage(host, port, 'tcp', r, o.numeric));
  };
  if (typeof s === 'string') {
    if (!bindFailed(ctx, o, s)) report(s);
    return 1;
  }
  if (ctx.background) {
    // The job goes on by itself; what it prints lands wherever output is being collected then.
    s.cb.connected = () => {
      result = 'ok';
      report('ok');
      sendInput(ctx, o, tcp, s);
    };
    s.cb.error = (e) => {
      if (result === undefined) report(e);
    };
    return 0;
  }
  const deadline = o.wait ? world.clock.now + o.wait * SEC - 1 : undefined;
  runUntil(world, () => result !== undefined, deadline);
  if (result === undefined) {
    tcp.close(s);
    report('timeout');
    return 1;
  }
  report(result);
  if (result !== 'ok') return 1;
  sendInput(ctx, o, tcp, s);
  // -w: with nothing to read for that long, netcat closes the connection and exits. Without -w it
  // ends when the peer closes (a listener answering -N's FIN with its own); a connection nothing
  // closes within FOREVER would hang the kernel's nc, which netns-lab says instead of hanging.
  runUntil(world, () => closed, world.clock.now + (o.wait === undefined ? FOREVER : idle));
  if (!closed) tcp.close(s);
  settleNetwork(world);
  if (!closed && o.wait === undefined) {
    forever();
    return 2;
  }
  return 0;
}

function owner(o: NcOpts, fd: number): SockOwner {
  return { comm: 'nc', pid: o.pid ?? 0, fd };
}

/** How long a foreground nc without -w waits for its peer to close before netns-lab gives up on it. */
const FOREVER = 600 * SEC;
