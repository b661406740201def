// A shell session over one simulated machine: runs scripts line by line and produces the transcript
// the real tools would print. This is what the CLI, the worker and the conformance tests drive.

import { NetError, STRERROR } from '../engine/errors.ts';
import type { TopologySnapshot } from '../engine/snapshot.ts';
import { snapshotWorld } from '../engine/snapshot-builder.ts';
import { World } from '../engine/world.ts';
import { brctl } from './brctl.ts';
import { bridgeCmd } from './bridge.ts';
import { conntrack } from './conntrack.ts';
import { type CommandFn, type Ctx, Exit } from './context.ts';
import { docker } from './docker/commands.ts';
import { ip } from './ip/index.ts';
import { iptables } from './iptables.ts';
import { LexError, parseCommand, scriptLines } from './lexer.ts';
import { setBuiltin, sleep } from './misc.ts';
import { nc } from './nc.ts';
import { ping } from './ping.ts';
import { ss } from './ss.ts';
import { procWrite, sysctl } from './sysctl.ts';

const COMMANDS: Record<string, CommandFn> = {
  ip,
  bridge: bridgeCmd,
  brctl,
  sysctl,
  ping,
  iptables,
  conntrack,
  nc,
  ss,
  docker,
  sleep,
  set: setBuiltin,
  true: () => 0,
  false: () => 1,
};

export interface LineResult {
  line: number;
  command: string;
  output: string;
  status: number;
  /** Set when netns-lab could not model the command (it printed "netns-lab: unsupported: ..."). */
  unsupported?: boolean;
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

export class Session {
  world: World;
  private seed: number;
  private jobSink: (text: string) => void = () => {};

  constructor(opts: { seed?: number; traceLimit?: number } = {}) {
    this.seed = opts.seed ?? 1;
    this.world = new World({ seed: this.seed, traceLimit: opts.traceLimit });
  }

  reset(seed = this.seed): void {
    this.seed = seed;
    this.world = new World({ seed });
  }

  /** Runs a whole script; returns its transcript (see formatTranscript). */
  run(script: string): string {
    return formatTranscript(this.runLines(script));
  }

  runLines(script: string): LineResult[] {
    return scriptLines(script).map((l) => ({ line: l.line, command: l.text, ...this.exec(l.text) }));
  }

  /** Runs one command line in the host namespace (or `ns`). Never throws. */
  exec(text: string, nsName = ''): { output: string; status: number; unsupported?: boolean } {
    let out = '';
    const ns = this.world.netns(nsName) ?? this.world.host;
    const write = (t: string) => {
      out += t;
    };
    // Background jobs write into whichever command's output is being collected when they speak.
    this.jobSink = write;
    const ctx: Ctx = { world: this.world, ns, write, jobWrite: (t) => this.jobSink(t) };
    let status = 0;
    let unsupported = false;
    // No single command may run more than this many events: a bug must not hang the UI or CI.
    this.world.clock.limit = this.world.clock.processed + 20_000_000;
    try {
      const cmd = parseCommand(text);
      if (cmd.background) {
        if (innerCommand(cmd.argv) !== 'nc')
          throw new LexError('netns-lab: unsupported: background jobs ("&") other than nc listeners');
        ctx.background = true;
      }
      if (cmd.argv.length === 0) return { output: '', status: 0 };
      status = runArgv(ctx, cmd.argv, cmd.redirect);
    } catch (e) {
      if (e instanceof Exit) status = e.status;
      else if (e instanceof LexError) {
        out += e.message.startsWith('netns-lab:') ? `${e.message}\n` : `bash: -c: line 1: ${e.message}\n`;
        unsupported = e.message.startsWith('netns-lab:');
        status = 2;
      } else if (e instanceof NetError) {
        out += `${e.extack ? `Error: ${e.extack}` : `RTNETLINK answers: ${STRERROR[e.errno]}`}\n`;
        status = 2;
      } else {
        // A bug in netns-lab must never take the user's session down with it.
        out += `netns-lab: internal error: ${(e as Error).message}\n`;
        status = 70;
      }
    }
    this.world.settle();
    if (out.startsWith('netns-lab: unsupported')) unsupported = true;
    return { output: out, status, unsupported };
  }

  snapshot(): TopologySnapshot {
    return snapshotWorld(this.world);
  }
}

/** The command a line really runs: `nc` for `ip netns exec NS nc ...`. */
function innerCommand(argv: string[]): string | undefined {
  if (argv[0] === 'ip' && argv[1] === 'netns' && argv[2] === 'exec') return argv[4];
  return argv[0];
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
      ctx.write(`${e.extack ? `Error: ${e.extack}` : `RTNETLINK answers: ${STRERROR[e.errno]}`}\n`);
      return 2;
    }
    if (e instanceof LexError) {
      ctx.write(`${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

export function runArgv(ctx: Ctx, argv: string[], redirect?: string): number {
  if (redirect === '/dev/null' && innerCommand(argv) === 'nc') {
    // nc's messages go to stderr and still show; only what it reads from the network is discarded.
    return runArgv({ ...ctx, stdoutNull: true }, argv);
  }
  if (redirect !== undefined) {
    if (argv[0] === 'echo') return procWrite(ctx, argv.slice(1).join(' '), redirect);
    ctx.write(`netns-lab: unsupported: output redirection for ${argv[0]}\n`);
    return 2;
  }
  const fn = COMMANDS[argv[0]];
  if (!fn) {
    if (argv[0] === 'echo') {
      ctx.write(`${argv.slice(1).join(' ')}\n`);
      return 0;
    }
    ctx.write(
      `netns-lab: unsupported: ${argv[0]} (netns-lab models ip, bridge, brctl, iptables, conntrack, sysctl, ping, nc, ss, sleep, docker)\n`,
    );
    return 127;
  }
  return fn(ctx, argv.slice(1));
}
