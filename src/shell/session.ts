// A shell session over one simulated machine: runs scripts line by line and produces the transcript
// the real tools would print. This is what the CLI, the worker and the conformance tests drive.

import { NetError } from '../engine/errors.ts';
import type { Netns } from '../engine/netns/netns.ts';
import { EventLimitError, MS } from '../engine/sim/clock.ts';
import type { TopologySnapshot } from '../engine/snapshot.ts';
import { snapshotWorld } from '../engine/snapshot-builder.ts';
import { World } from '../engine/world.ts';
import { brctl } from './brctl.ts';
import { bridgeCmd } from './bridge.ts';
import { conntrack } from './conntrack.ts';
import {
  type CommandFn,
  type Ctx,
  Exit,
  type ForegroundJob,
  netlinkErrorLine,
  type Target,
  writeErr,
} from './context.ts';
import { curl } from './curl.ts';
import { docker } from './docker/commands.ts';
import { EXIT } from './exit.ts';
import { FileStore } from './files.ts';
import { ip } from './ip/index.ts';
import { netnsExecTarget } from './ip/netns.ts';
import { ipset } from './ipset.ts';
import { iptables, iptablesSave } from './iptables.ts';
import { JobTable } from './jobs.ts';
import { kubectl } from './k8s/kubectl.ts';
import { type ClusterView, clusterView } from './k8s/view.ts';
import { type Command, LexError, scriptLines, Unsupported } from './lexer.ts';
import { setBuiltin, sleep } from './misc.ts';
import { nc } from './nc.ts';
import { arp, ifconfig, netstat, route } from './net-tools.ts';
import { ping } from './ping.ts';
import { parsePipeline, stripPrefixes } from './prefix.ts';
import { cat, finalCommand, pkill, timeout } from './process.ts';
import { ss } from './ss.ts';
import { procWrite, sysctl } from './sysctl.ts';
import { tcpdump } from './tcpdump/index.ts';
import { echoText } from './text/echo.ts';
import { TEXT_COMMANDS } from './text/index.ts';
import { InputTooLarge, MAX_INPUT } from './text/input.ts';
import { reportUnsupported } from './unsupported.ts';

const COMMANDS: Record<string, CommandFn> = {
  ip,
  bridge: bridgeCmd,
  brctl,
  sysctl,
  ping,
  iptables,
  ipset,
  'iptables-save': iptablesSave,
  conntrack,
  nc,
  ss,
  docker,
  kubectl,
  tcpdump,
  timeout,
  pkill,
  cat,
  curl,
  sleep,
  route,
  arp,
  ifconfig,
  netstat,
  set: setBuiltin,
  ...TEXT_COMMANDS,
  true: () => 0,
  false: () => 1,
};

/** The most simulation events one command may run (frames, timers); past it the command stops. */
export const MAX_COMMAND_EVENTS = 20_000_000;

export interface LineResult {
  line: number;
  command: string;
  output: string;
  status: number;
  /** Set when netns-lab could not model the command (it printed "netns-lab: unsupported: ..."). */
  unsupported?: boolean;
  /** Set when the command hit one of netns-lab's bounds: what stopped it. */
  stopped?: string;
}

/**
 * A transcript as conformance/record.sh writes the kernel's: "$ cmd", its output, then "[exit N]" when
 * a foreground command exits non-zero (a background job's status is not known when it starts).
 */
export function formatTranscript(lines: readonly LineResult[]): string {
  return lines
    .map((r) => {
      const exit = r.status !== 0 && !/&\s*$/.test(r.command) ? `[exit ${r.status}]\n` : '';
      return `$ ${r.command}\n${r.output}${exit}`;
    })
    .join('');
}

/** How a terminal runs a line (Session.exec): output as it comes, and Ctrl+C. */
export interface ExecOptions {
  /** Called with each piece of output as the command writes it. */
  onWrite?(text: string): void;
  /** A command that runs for a while hands its job over here (see ForegroundJob in context.ts). */
  foreground?(job: ForegroundJob): void;
  /** Replaying a line that was interrupted: Ctrl+C when the virtual clock reaches this (µs). */
  interruptAt?: number;
}

export class Session {
  world: World;
  /** The files commands wrote (tcpdump -w, redirections): `netns-lab run --out` and the UI read them. */
  files = new FileStore();
  /** Background processes (tcpdump … &) that pkill can reach. */
  jobs = new JobTable();
  private seed: number;
  private jobSink: (text: string) => void = () => {};

  constructor(opts: { seed?: number; traceLimit?: number } = {}) {
    this.seed = opts.seed ?? 1;
    this.world = new World({ seed: this.seed, traceLimit: opts.traceLimit });
  }

  reset(seed = this.seed): void {
    this.seed = seed;
    this.world = new World({ seed });
    this.files = new FileStore();
    this.jobs = new JobTable();
  }

  /** Runs a whole script; returns its transcript (see formatTranscript). */
  run(script: string): string {
    return formatTranscript(this.runLines(script));
  }

  runLines(script: string): LineResult[] {
    return scriptLines(script).map((l) => ({ line: l.line, command: l.text, ...this.exec(l.text) }));
  }

  /** Runs one command line in the host namespace (or `ns`). Never throws. */
  exec(
    text: string,
    nsName = '',
    opts: ExecOptions = {},
  ): { output: string; status: number; unsupported?: boolean; stopped?: string } {
    let out = '';
    const ns = this.world.netns(nsName) ?? this.world.host;
    const write = (t: string) => {
      out += t;
      opts.onWrite?.(t);
    };
    // Background jobs write into whichever command's output is being collected when they speak.
    this.jobSink = write;
    const ctx: Ctx = {
      world: this.world,
      ns,
      write,
      jobWrite: (t) => this.jobSink(t),
      files: this.files,
      jobs: this.jobs,
      ...(opts.foreground ? { foreground: opts.foreground } : {}),
      ...(opts.interruptAt !== undefined ? { interruptAt: opts.interruptAt } : {}),
      noteUnsupported: () => {
        unsupported = true;
      },
      noteStopped: (why) => {
        stopped ??= why;
      },
    };
    let status = 0;
    let unsupported = false;
    let stopped: string | undefined;
    // No single command may run more than this many events: a loop must not hang the UI or CI.
    this.world.clock.limit = this.world.clock.processed + MAX_COMMAND_EVENTS;
    try {
      // A here-document's body follows its command on the lines after it.
      const nl = text.indexOf('\n');
      const head = nl < 0 ? text : text.slice(0, nl);
      const stages = parsePipeline(head, isCommand);
      const hdStages = stages.filter((c) => c.hereDoc);
      if (hdStages.length > 1) throw new Unsupported('more than one here-document on a line');
      const hereDoc = hdStages[0]?.hereDoc;
      if (hereDoc) {
        const hd = hereDoc;
        const rest = nl < 0 ? [] : text.slice(nl + 1).split('\n');
        const body: string[] = [];
        for (const b of rest) {
          const l = hd.strip ? b.replace(/^\t+/, '') : b;
          if (l === hd.delim) {
            hd.terminated = true;
            break;
          }
          body.push(l);
        }
        if (!hd.terminated)
          write(
            `bash: line 1: warning: here-document at line 1 delimited by end-of-file (wanted \`${hd.delim}')\n`,
          );
        hd.body = body.map((l) => `${l}\n`).join('');
        if (!hd.quoted && /[$`\\]/.test(hd.body))
          throw new Unsupported(
            "expansion in an unquoted here-document ($, ` or \\ in its body); quote the delimiter (<<'EOF')",
          );
      } else if (nl >= 0) throw new Unsupported('a command over several lines');
      status = stages.length > 1 ? this.pipeline(ctx, stages) : this.single(ctx, stages[0]);
    } catch (e) {
      if (e instanceof Exit) status = e.status;
      else if (e instanceof Unsupported) {
        out += `${e.message}\n`;
        unsupported = true;
        status = EXIT.UNSUPPORTED;
      } else if (e instanceof LexError) {
        out += e.text ?? `bash: -c: line 1: ${e.message}\n`;
        status = EXIT.ERROR;
      } else if (e instanceof EventLimitError) {
        stopped ??= `the command ran more than ${MAX_COMMAND_EVENTS} simulation events`;
        out += `netns-lab: stopped: ${stopped}\n`;
        status = EXIT.ERROR;
      } else if (e instanceof NetError) {
        out += netlinkErrorLine(e);
        status = EXIT.ERROR;
      } else {
        // A bug in netns-lab must never take the user's session down with it.
        out += `netns-lab: internal error: ${(e as Error).message}\n`;
        status = EXIT.INTERNAL;
      }
    }
    this.world.settle();
    // A job just started in the background runs until it waits (the kernel's recorder waits for
    // that too: a connect's handshake, an ARP exchange and a first echo reply take microseconds),
    // so what it printed by then belongs to this line and the next line sees the state it left.
    if (ctx.background && status === 0) {
      try {
        this.world.clock.runUntil(this.world.clock.now + MS);
        this.world.settle();
      } catch (e) {
        if (!(e instanceof EventLimitError)) throw e;
      }
    }
    return { output: out, status, unsupported, ...(stopped !== undefined ? { stopped } : {}) };
  }

  /** One command (no pipe): its prefixes, redirections and here-document, then the command. */
  private single(ctx: Ctx, line: Command): number {
    const pre = stripPrefixes(line.argv, isCommand);
    if ('unsupported' in pre) throw new Unsupported(pre.unsupported);
    // Notes that a blog post's prompt or sudo was left out come first; what follows is the command's.
    for (const n of pre.notes) ctx.write(`${n}\n`);
    const cmd = { ...line, argv: pre.argv };
    const program = finalCommand(cmd.argv);
    if (cmd.background) {
      if (
        program !== 'nc' &&
        program !== 'tcpdump' &&
        program !== 'ping' &&
        !(program === 'conntrack' && (cmd.argv.includes('-E') || cmd.argv.includes('--event')))
      )
        throw new Unsupported('background jobs ("&") other than nc, ping, tcpdump and conntrack -E');
      ctx.background = true;
    }
    if (cmd.argv.length === 0) return 0;
    if (cmd.input !== undefined) ctx.stdin = readInput(this.world, ctx.ns, cmd.input, this.files);
    if (line.hereDoc) ctx.stdin = new TextEncoder().encode(line.hereDoc.body);
    // tcpdump, ping and conntrack keep stdout and stderr apart, so their redirections are
    // modelled; so is nc's `> F` (what it reads from the network goes to F, its messages still show).
    const ncToFile =
      program === 'nc' &&
      cmd.redirect !== undefined &&
      cmd.redirect !== '/dev/null' &&
      cmd.stderr === undefined;
    if (
      ((program === 'tcpdump' || program === 'ping' || program === 'conntrack') &&
        (cmd.redirect !== undefined || cmd.stderr !== undefined)) ||
      ncToFile
    ) {
      const s = this.streams(cmd);
      if (s instanceof Unsupported) throw s;
      if (typeof s === 'string') {
        // bash could not open the redirection: the command does not run.
        ctx.write(`${s}\n`);
        return 1;
      }
      ctx.streams = s;
      return runArgv(ctx, cmd.argv);
    }
    if (
      program !== undefined &&
      REDIRECTABLE.has(program) &&
      (cmd.redirect !== undefined || cmd.stderr !== undefined)
    ) {
      const s = this.streams(cmd);
      if (s instanceof Unsupported) throw s;
      if (typeof s === 'string') {
        ctx.write(`${s}\n`);
        return 1;
      }
      return runStage(redirected(ctx, s), cmd.argv);
    }
    if (cmd.stderr !== undefined) throw new Unsupported(`redirecting the standard error of ${program}`);
    return runArgv(ctx, cmd.argv, cmd.redirect);
  }

  /**
   * `a | b | c`: each command runs to its end with the stdout of the one before as its stdin, as
   * bash runs them when the output fits a pipe's buffer; the line's status is the last command's
   * (no pipefail: each line here is its own `bash -c`). Every stderr goes to the transcript as the
   * command writes it, which is before the next command has printed anything. A command may feed a
   * pipe only when netns-lab keeps its stdout and stderr apart (PIPE_SOURCES), or with `2>&1`.
   */
  private pipeline(ctx: Ctx, stages: Command[]): number {
    const term = ctx.write;
    const cmds = stages.map((line, k) => {
      const pre = stripPrefixes(line.argv, isCommand);
      if ('unsupported' in pre) throw new Unsupported(pre.unsupported);
      const cmd = { ...line, argv: pre.argv, notes: pre.notes };
      const program = finalCommand(cmd.argv) ?? '';
      const last = k === stages.length - 1;
      if (cmd.background) throw new Unsupported('a pipeline in the background ("&")');
      if (cmd.argv.length === 0) throw new Unsupported('a pipeline with a command of redirections only');
      if (cmd.redirect !== undefined) throw new Unsupported('output redirection (">") in a pipeline');
      if (cmd.stderr !== undefined && cmd.stderr !== '/dev/null')
        throw new Unsupported('redirecting the standard error of a command in a pipeline to a file');
      // docker and kubectl write netns-lab's account of what they amount to between their output.
      if (program === 'docker' || program === 'kubectl')
        throw new Unsupported(
          `${program} in a pipeline (its expansion notes would be piped with its output)`,
        );
      const apart = PIPE_SOURCES.has(program);
      if (!apart && (cmd.stderr !== undefined || (!last && !cmd.errToOut)))
        throw new Unsupported(
          `piping the output of ${program}: netns-lab keeps its stdout and stderr apart only for ${[...PIPE_SOURCES].filter((p) => !TEXT_FILTERS.has(p)).join(', ')} (write ${program} … 2>&1 | to pipe both)`,
        );
      return cmd;
    });
    // Notes that a prompt or sudo was left out come first, as for one command.
    for (const c of cmds) for (const n of c.notes) term(`${n}\n`);
    const { foreground: _fg, ...base } = ctx;
    let input: Uint8Array | undefined;
    let status = 0;
    for (let k = 0; k < cmds.length; k++) {
      const cmd = cmds[k];
      const last = k === cmds.length - 1;
      let piped = '';
      let overflow = false;
      // A pipe holds at most what a filter reads (MAX_INPUT): a runaway command cannot fill memory.
      const out = last
        ? term
        : (t: string) => {
            if (piped.length + t.length > MAX_INPUT) overflow = true;
            else piped += t;
          };
      const err: Target =
        cmd.stderr === '/dev/null' ? () => {} : (b) => (cmd.errToOut ? out : term)(utf8d.decode(b));
      const sctx: Ctx = {
        ...(last ? ctx : base),
        write: out,
        note: term,
        streams: last ? { err } : { out: (b) => out(utf8d.decode(b)), err },
        ...(last ? {} : { stdoutPipe: true }),
        ...(input ? { stdin: input } : {}),
      };
      if (!input) delete sctx.stdin;
      if (cmd.input !== undefined) sctx.stdin = readInput(this.world, ctx.ns, cmd.input, this.files);
      if (cmd.hereDoc) sctx.stdin = utf8e.encode(cmd.hereDoc.body);
      status = runStage(sctx, cmd.argv);
      if (overflow) {
        const why = `a command wrote more than ${MAX_INPUT} bytes into a pipe`;
        term(`netns-lab: stopped: ${why}\n`);
        ctx.noteStopped?.(why);
        return EXIT.ERROR;
      }
      input = utf8e.encode(piped);
    }
    return status;
  }

  /**
   * The shell opens (and truncates) a line's redirections before the command runs; a background job
   * keeps writing to them later. /dev/null swallows; a missing target stays the transcript. A
   * string is bash's own error (a missing directory): the command does not run.
   */
  private streams(cmd: Command): { out?: Target; err?: Target } | Unsupported | string {
    const open = (path: string): Target | Unsupported | string => {
      if (path === '/dev/null') return () => {};
      const r = FileStore.resolve(path);
      if (!r.ok && r.noDir) return `bash: line 1: ${path}: No such file or directory`;
      if (!r.ok) return new Unsupported(`redirection to ${r.unsupported}`);
      return this.files.open(r.key);
    };
    const out = cmd.redirect === undefined ? undefined : open(cmd.redirect);
    if (out instanceof Unsupported || typeof out === 'string') return out;
    const err = cmd.stderr === undefined ? undefined : cmd.stderr === cmd.redirect ? out : open(cmd.stderr);
    if (err instanceof Unsupported || typeof err === 'string') return err;
    return { out, err };
  }

  /** The kernel's objects, and the Kubernetes cluster's when kubectl ran (k8s/view.ts). */
  snapshot(): TopologySnapshot & { cluster?: ClusterView } {
    const snap = snapshotWorld(this.world);
    const cluster = clusterView(this.world);
    return cluster ? { ...snap, cluster } : snap;
  }
}

const utf8e = new TextEncoder();
const utf8d = new TextDecoder();

/** The filters a pipe feeds (grep, head, …): they keep their stdout and stderr apart. */
const TEXT_FILTERS = new Set(Object.keys(TEXT_COMMANDS));

/**
 * Commands whose every message on stderr goes through writeErr (or their own streams), so their
 * stdout alone can feed a pipe. Checked against the kernel: a failing command's message in front of
 * a `| grep` stays on the terminal (scenario 140-pipelines).
 */
const PIPE_SOURCES = new Set([
  'ip',
  'iptables',
  'iptables-save',
  'ipset',
  'bridge',
  'ss',
  'sysctl',
  'conntrack',
  'ping',
  'tcpdump',
  'curl',
  'cat',
  'echo',
  'arp',
  'route',
  'netstat',
  'ifconfig',
  'true',
  'false',
  ...TEXT_FILTERS,
]);

/**
 * Commands whose stdout is everything they write with ctx.write and whose stderr is everything they
 * write with writeErr (PIPE_SOURCES), so `> F` and `2> F` can be given to them by swapping the two;
 * tcpdump, ping and conntrack take their streams themselves, echo and cat redirect in runArgv.
 */
const REDIRECTABLE = new Set(
  [...PIPE_SOURCES].filter((p) => !['tcpdump', 'ping', 'conntrack', 'echo', 'cat'].includes(p)),
);

/** The command's view of a line's redirections: stdout and stderr where they go, notes on the terminal. */
function redirected(ctx: Ctx, s: { out?: Target; err?: Target }): Ctx {
  const term = ctx.write;
  const { out, err } = s;
  return {
    ...ctx,
    write: out ? (t) => out(utf8e.encode(t)) : term,
    streams: { err: err ?? ((b) => term(utf8d.decode(b))) },
    note: ctx.note ?? term,
    ...(out ? { stdoutPipe: true } : {}),
  };
}

/** One command of a pipeline: its failures become its stderr and status, as execArgv's do. */
function runStage(ctx: Ctx, argv: string[]): number {
  try {
    return runArgv(ctx, argv);
  } catch (e) {
    if (e instanceof Exit) return e.status;
    if (e instanceof Unsupported) {
      (ctx.note ?? ctx.write)(`${e.message}\n`);
      ctx.noteUnsupported?.();
      return EXIT.UNSUPPORTED;
    }
    if (e instanceof NetError) {
      writeErr(ctx, netlinkErrorLine(e));
      return EXIT.ERROR;
    }
    if (e instanceof InputTooLarge) {
      (ctx.note ?? ctx.write)(`netns-lab: stopped: ${e.message}\n`);
      ctx.noteStopped?.(e.message);
      return EXIT.ERROR;
    }
    throw e;
  }
}

/** Index of the command `ip netns exec NS …` chains end in (0 when the line is no such chain). */
function execChainEnd(argv: string[]): number {
  let i = 0;
  while (argv[i] === 'ip' && argv[i + 1] === 'netns' && argv[i + 2] === 'exec') i += 4;
  return i;
}

/**
 * The files a command's input can come from in netns-lab: /dev/null, the one-number files of
 * /proc/sys, and the files the session wrote. The shell opens them, so /proc/sys/net shows the shell's namespace even for
 * `ip netns exec NS cmd < file`.
 */
function readInput(world: World, ns: Netns, path: string, files: FileStore): Uint8Array {
  if (path === '/dev/null') return new Uint8Array(0);
  const m = /^\/proc\/sys\/(net\/.+)$/.exec(path);
  if (m) {
    const v = world.rtnl.sysctl(ns, m[1]);
    if (typeof v === 'number') return new TextEncoder().encode(`${v}\n`);
  }
  const r = FileStore.resolve(path);
  const data = r.ok ? files.read(r.key) : undefined;
  if (!data) throw new Unsupported(`input from ${path}`);
  return data;
}

/** `echo WORDS > FILE` into the session's files (-n and -e as bash's echo reads them). */
function echoToFile(ctx: Ctx, words: string[], path: string): number {
  const text = echoText(words);
  if (text === undefined) {
    reportUnsupported(ctx, 'echo -e with an escape for a character that is not ASCII');
    return EXIT.UNSUPPORTED;
  }
  if (path === '/dev/null') return 0;
  const r = FileStore.resolve(path);
  if (!r.ok && r.noDir) {
    ctx.write(`bash: line 1: ${path}: No such file or directory\n`);
    return 1;
  }
  if (!r.ok || !ctx.files) {
    reportUnsupported(ctx, `writing to ${path}`);
    return EXIT.UNSUPPORTED;
  }
  ctx.files.write(r.key, new TextEncoder().encode(text));
  return 0;
}

/** Whether netns-lab runs commands called `word` (the shell's commands and echo). */
export function isCommand(word: string): boolean {
  return Object.hasOwn(COMMANDS, word) || word === 'echo';
}

/** The command a line really runs: `nc` for `ip netns exec NS nc ...`. */
function innerCommand(argv: string[]): string | undefined {
  return argv[execChainEnd(argv)];
}

/**
 * Runs one command as a separate line would (errors become its output and exit status), for tools
 * that run other commands on the user's behalf (docker's expansion).
 */
export function execArgv(ctx: Ctx, argv: string[], redirect?: string): number {
  try {
    return runArgv(ctx, argv, redirect);
  } catch (e) {
    if (e instanceof Exit) return e.status;
    if (e instanceof NetError) {
      ctx.write(netlinkErrorLine(e));
      return EXIT.ERROR;
    }
    if (e instanceof LexError) {
      ctx.write(`${e.message}\n`);
      if (e instanceof Unsupported) ctx.noteUnsupported?.();
      return EXIT.ERROR;
    }
    throw e;
  }
}

/**
 * How deeply commands may run one another (`ip -n A netns exec B ip …` recurses). The plain
 * `ip netns exec NS CMD` chain is a loop (the tool execs CMD) and does not count.
 */
export const MAX_COMMAND_DEPTH = 100;

export function runArgv(ctx: Ctx, argv: string[], redirect?: string): number {
  if (redirect === '/dev/null' && innerCommand(argv) === 'nc') {
    // nc's messages go to stderr and still show; only what it reads from the network is discarded.
    return runArgv({ ...ctx, stdoutNull: true }, argv);
  }
  if (redirect !== undefined) {
    if (argv[0] === 'echo' && !redirect.startsWith('/proc/')) return echoToFile(ctx, argv.slice(1), redirect);
    if (argv[0] === 'echo') return procWrite(ctx, argv.slice(1).join(' '), redirect);
    // `cat > FILE <<'EOF'`: the here-document (or other input) becomes the file.
    if (argv[0] === 'cat' && argv.length === 1 && ctx.stdin && ctx.files) {
      const r = FileStore.resolve(redirect);
      if (!r.ok) {
        reportUnsupported(ctx, `redirection to ${r.unsupported}`);
        return EXIT.UNSUPPORTED;
      }
      ctx.files.write(r.key, ctx.stdin);
      return 0;
    }
    reportUnsupported(ctx, `output redirection for ${argv[0]}`);
    return EXIT.UNSUPPORTED;
  }
  // `ip netns exec NS CMD…` replaces itself with CMD in NS (execvp), so a chain of them is a loop.
  const end = execChainEnd(argv);
  if (end > 0) {
    let ns = ctx.ns;
    for (let i = 0; i < end; i += 4) ns = netnsExecTarget({ ...ctx, ns }, argv, i + 3);
    ctx = { ...ctx, ns };
    argv = argv.slice(end);
  }
  // A heartbeat per command: docker and kubectl expansions run many commands in one line.
  ctx.world.clock.onBusy?.();
  const depth = (ctx.depth ?? 0) + 1;
  if (depth > MAX_COMMAND_DEPTH) {
    const why = `commands nested more than ${MAX_COMMAND_DEPTH} deep`;
    ctx.write(`netns-lab: stopped: ${why}\n`);
    ctx.noteStopped?.(why);
    return EXIT.ERROR;
  }
  ctx = { ...ctx, depth };
  const fn = COMMANDS[argv[0]];
  if (!fn) {
    if (argv[0] === 'echo') {
      const text = echoText(argv.slice(1));
      if (text === undefined) {
        reportUnsupported(ctx, 'echo -e with an escape for a character that is not ASCII');
        return EXIT.UNSUPPORTED;
      }
      ctx.write(text);
      return 0;
    }
    reportUnsupported(
      ctx,
      `${argv[0]} (netns-lab models ip, bridge, brctl, iptables, ipset, conntrack, sysctl, ping, nc, ss, tcpdump, sleep, docker, kubectl, curl, route, arp, ifconfig, netstat, and grep, head, tail, wc, sort, awk, column, less, more for pipelines)`,
    );
    return EXIT.NOT_FOUND;
  }
  return fn(ctx, argv.slice(1));
}
