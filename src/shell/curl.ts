// curl 7.88.1 (Debian 12) for http:// URLs: one TCP connection, an HTTP/1.1 GET (HEAD with -I), the
// answer read to its Content-Length, then the connection closed. Messages, exit statuses and the
// request's bytes were taken from the real curl in the conformance sandbox; without -s it prints no
// progress meter, as when its output is a terminal (the terminal here is one).

import type { SockErrno } from '../engine/ipv4/sock-errors.ts';
import type { TcpSock } from '../engine/ipv4/tcp.ts';
import { MS, SEC } from '../engine/sim/clock.ts';
import { parseIp4 } from '../engine/wire/addr.ts';
import type { World } from '../engine/world.ts';
import { type Ctx, writeErr } from './context.ts';
import { existingDockerState } from './docker/state.ts';
import { EXIT } from './exit.ts';
import { reportUnsupported } from './unsupported.ts';

interface CurlOpts {
  silent: boolean;
  showError: boolean;
  head: boolean;
  maxTime?: number;
  /** --connect-timeout: seconds for the connection alone. */
  connectTimeout?: number;
  output?: string;
  url?: string;
}

class CurlExit extends Error {
  constructor(readonly status: number) {
    super(`curl exit ${status}`);
  }
}

/** How often a connecting curl looks at the socket (its multi loop's wakeups). */
const WAKEUP = 200 * MS;

const HINT = "curl: try 'curl --help' or 'curl --manual' for more information\n";

function parse(ctx: Ctx, argv: string[]): CurlOpts {
  const o: CurlOpts = { silent: false, showError: false, head: false };
  const bad = (msg: string): never => {
    writeErr(ctx, `curl: ${msg}\n${HINT}`);
    throw new CurlExit(2);
  };
  const setMaxTime = (v: string | undefined, name: string) => {
    if (v === undefined) bad(`option ${name}: requires parameter`);
    if (!/^(\d+(\.\d*)?|\.\d+)$/.test(v!)) bad(`option ${name}: expected a proper numerical parameter`);
    o.maxTime = Number(v);
  };
  const setConnectTimeout = (v: string | undefined, name: string) => {
    if (v === undefined) bad(`option ${name}: requires parameter`);
    if (!/^(\d+(\.\d*)?|\.\d+)$/.test(v!)) bad(`option ${name}: expected a proper numerical parameter`);
    o.connectTimeout = Number(v);
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      if (a === '--silent') o.silent = true;
      else if (a === '--show-error') o.showError = true;
      else if (a === '--head') o.head = true;
      else if (a === '--max-time') setMaxTime(argv[++i], a);
      else if (a === '--connect-timeout') setConnectTimeout(argv[++i], a);
      else if (a === '--output') o.output = argv[++i];
      else throw new NotModelled(`curl ${a}`);
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j];
        if (c === 's') o.silent = true;
        else if (c === 'S') o.showError = true;
        else if (c === 'I') o.head = true;
        else if (c === 'm' || c === 'o') {
          const v = j + 1 < a.length ? a.slice(j + 1) : argv[++i];
          if (c === 'm') setMaxTime(v, '-m');
          else o.output = v;
          break;
        } else throw new NotModelled(`curl -${c}`);
      }
      continue;
    }
    if (o.url !== undefined) throw new NotModelled('curl with more than one URL');
    o.url = a;
  }
  return o;
}

class NotModelled extends Error {}

/** The parts of a URL curl needs here, or curl's own error. */
function parseUrl(url: string): { host: string; port: number; path: string } | { code: number; msg: string } {
  const m = /^(?:([a-zA-Z][a-zA-Z0-9+.-]*):\/\/)?([^/:?#]*)(?::([^/?#]*))?([/?#].*)?$/.exec(url);
  if (!m) return { code: 3, msg: 'URL using bad/illegal format or missing URL' };
  const scheme = (m[1] ?? 'http').toLowerCase();
  if (scheme !== 'http') {
    if (scheme === 'https' || scheme === 'ftp') throw new NotModelled(`curl ${scheme}:// URLs`);
    return { code: 1, msg: `Protocol "${m[1]}" not supported or disabled in libcurl` };
  }
  const port = m[3] === undefined || m[3] === '' ? 80 : /^\d+$/.test(m[3]) ? Number(m[3]) : -1;
  if (port < 0 || port > 65535 || m[2] === '')
    return { code: 3, msg: 'URL using bad/illegal format or missing URL' };
  let path = m[4] ?? '/';
  if (path.startsWith('?') || path.startsWith('#')) path = `/${path}`;
  return { host: m[2], port, path: path.replace(/#.*/, '') };
}

function runUntil(world: World, done: () => boolean, deadline: number): void {
  while (!done()) {
    const next = world.clock.peek();
    if (next === undefined || next > deadline) break;
    world.clock.runUntil(next, done);
  }
  if (!done() && deadline !== Number.POSITIVE_INFINITY && world.clock.now < deadline)
    world.clock.runUntil(deadline);
}

export function curl(ctx: Ctx, argv: string[]): number {
  try {
    return run(ctx, argv);
  } catch (e) {
    if (e instanceof CurlExit) return e.status;
    if (e instanceof NotModelled) {
      reportUnsupported(ctx, e.message);
      return EXIT.UNSUPPORTED;
    }
    throw e;
  }
}

function run(ctx: Ctx, argv: string[]): number {
  const o = parse(ctx, argv);
  const fail = (code: number, msg: string): number => {
    if (!o.silent || o.showError) writeErr(ctx, `curl: (${code}) ${msg}\n`);
    return code;
  };
  if (o.url === undefined) {
    writeErr(ctx, HINT);
    return 2;
  }
  if (o.output !== undefined && o.output !== '/dev/null') throw new NotModelled(`curl -o ${o.output}`);
  // Into a pipe (or -o) curl shows its progress meter on stderr, which netns-lab does not draw.
  if (ctx.stdoutPipe && !o.silent)
    throw new NotModelled("curl's progress meter (its output goes into a pipe); add -s");
  const u = parseUrl(o.url);
  if ('code' in u) return fail(u.code, u.msg);
  let addr = parseIp4(u.host);
  if (u.host === 'localhost') addr = 0x7f000001;
  if (addr === undefined) {
    // Docker's embedded DNS would answer for container names on user-defined networks.
    if (existingDockerState(ctx.world)?.containers.some((c) => c.ns === ctx.ns.name && c.ns !== ''))
      throw new NotModelled(`curl ${u.host}: names (Docker's embedded DNS is not modelled)`);
    return fail(6, `Could not resolve host: ${u.host}`);
  }
  const world = ctx.world;
  const tcp = ctx.ns.stack.tcp;
  const start = world.clock.now;
  const deadline = o.maxTime !== undefined ? start + Math.round(o.maxTime * SEC) : Number.POSITIVE_INFINITY;
  const elapsedMs = () => Math.floor((world.clock.now - start) / MS);
  // The timer fires a little after the limit (curl checks it on its next wakeup): measured 1001–1094 ms for -m 1.
  const timedOutMs = () => Math.floor((deadline - start) / MS) + 1;
  let connected = false;
  let failed: SockErrno | undefined;
  let eof = false;
  let reset = false;
  let got = new Uint8Array(0);
  const s = tcp.connect(
    { addr, port: u.port },
    {
      connected: () => {
        connected = true;
      },
      error: (e) => {
        if (connected) reset = true;
        else failed = e;
      },
      eof: () => {
        eof = true;
      },
      data: (b) => {
        const n = new Uint8Array(got.length + b.length);
        n.set(got);
        n.set(b, got.length);
        got = n;
      },
    },
  );
  // A connect the kernel gave up on (ETIMEDOUT) is curl's error 28, any other failure 7 (measured).
  const connectFailed = () =>
    fail(
      failed === 'ETIMEDOUT' ? 28 : 7,
      `Failed to connect to ${u.host} port ${u.port} after ${elapsedMs()} ms: Couldn't connect to server`,
    );
  if (typeof s === 'string') return connectFailed();
  // curl wakes up now and then while connecting and asks SO_ERROR, which also reports a soft error
  // (a local ARP failure leaves one while the kernel goes on retrying the SYN): measured on Linux 6.18,
  // unresolved neighbours fail curl after about 3 s with error 7.
  // Its -m timer expires just before a SYN retransmission due at the same instant (measured: -m 1
  // sends one SYN), as nc's poll() does.
  const connectLimit =
    o.connectTimeout !== undefined && o.connectTimeout > 0
      ? start + Math.round(o.connectTimeout * SEC)
      : Number.POSITIVE_INFINITY;
  const connectDeadline = Math.min(deadline, connectLimit) - 1;
  while (!connected && failed === undefined && world.clock.now < connectDeadline) {
    runUntil(
      world,
      () => connected || failed !== undefined,
      Math.min(connectDeadline, world.clock.now + WAKEUP),
    );
    if (!connected && failed === undefined && s.softErr !== undefined) {
      failed = s.softErr;
      tcp.close(s);
    }
    if (
      world.clock.peek() === undefined &&
      !connected &&
      failed === undefined &&
      connectDeadline === Number.POSITIVE_INFINITY
    )
      break;
  }
  if (failed !== undefined) return connectFailed();
  if (!connected) {
    tcp.close(s);
    world.clock.runUntil(world.clock.now + MS);
    // --connect-timeout ran out first: curl names the connection (measured: "after 1000 ms").
    if (connectLimit < deadline)
      return fail(
        28,
        `Failed to connect to ${u.host} port ${u.port} after ${Math.floor((connectLimit - start) / MS)} ms: Timeout was reached`,
      );
    return fail(28, `Connection timed out after ${timedOutMs()} milliseconds`);
  }
  const hostHeader = u.port === 80 ? u.host : `${u.host}:${u.port}`;
  const request = `${o.head ? 'HEAD' : 'GET'} ${u.path} HTTP/1.1\r\nHost: ${hostHeader}\r\nUser-Agent: curl/7.88.1\r\nAccept: */*\r\n\r\n`;
  tcp.send(s, new TextEncoder().encode(request));
  const response = () => parseResponse(got, o.head);
  runUntil(world, () => eof || reset || response().complete || response().notHttp, deadline);
  const r = response();
  const finish = (code: number, msg?: string) => {
    tcp.close(s as TcpSock);
    world.clock.runUntil(world.clock.now + MS);
    return msg === undefined ? code : fail(code, msg);
  };
  if (r.notHttp) return finish(1, 'Received HTTP/0.9 when not allowed');
  if (r.complete) {
    if (o.output === undefined) ctx.write(o.head ? r.head : r.body);
    return finish(0);
  }
  if (reset) return fail(56, 'Recv failure: Connection reset by peer');
  if (eof && got.length === 0) return finish(52, 'Empty reply from server');
  if (eof) throw new NotModelled('curl: a response cut short by the server');
  const received =
    r.length !== undefined
      ? `${r.bodyBytes} out of ${r.length} bytes received`
      : `${got.length} bytes received`;
  return finish(28, `Operation timed out after ${timedOutMs()} milliseconds with ${received}`);
}

interface Response {
  complete: boolean;
  notHttp: boolean;
  head: string;
  body: string;
  length?: number;
  bodyBytes: number;
}

/** How much of an HTTP/1.1 answer has arrived (Content-Length bodies; HEAD has none). */
function parseResponse(b: Uint8Array, head: boolean): Response {
  const text = new TextDecoder('latin1').decode(b);
  const notHttp = text.length >= 5 ? !text.startsWith('HTTP/') : text.length > 0 && !'HTTP/'.startsWith(text);
  const end = text.indexOf('\r\n\r\n');
  if (end < 0) return { complete: false, notHttp, head: '', body: '', bodyBytes: 0 };
  const headers = text.slice(0, end + 4);
  const m = /\r\ncontent-length:\s*(\d+)/i.exec(headers);
  const length = m ? Number(m[1]) : undefined;
  const body = text.slice(end + 4);
  if (head) return { complete: true, notHttp, head: headers, body: '', length, bodyBytes: 0 };
  if (length === undefined) throw new NotModelled('curl: a response without Content-Length');
  return {
    complete: body.length >= length,
    notHttp,
    head: headers,
    body: body.slice(0, length),
    length,
    bodyBytes: body.length,
  };
}
