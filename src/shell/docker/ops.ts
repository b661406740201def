// The expansion of a docker command: every kernel-facing step Docker Engine takes, run as the plain
// ip / sysctl / iptables command that does the same thing, through the same shell, and echoed under
// the docker command like `set -x` ("  + ip link add …"). A failing step stops the docker command.

import type { Ctx } from '../context.ts';
import { shellQuote } from '../lexer.ts';
import { execArgv } from '../session.ts';

/** A word as the expansion shows it: quoted for the shell, but iptables' "!" bare, as people write it. */
export function showWord(w: string): string {
  return w === '!' ? w : shellQuote(w);
}

/** One step failed: its output (already shown) and status. */
export class OpFailed extends Error {
  constructor(
    readonly argv: string[],
    readonly output: string,
    readonly status: number,
  ) {
    super(`${argv.join(' ')}: ${output.trim()}`);
  }
}

export class Ops {
  /** `record` hears every command run, as the line a script would hold. */
  constructor(
    readonly ctx: Ctx,
    private readonly record?: (line: string) => void,
  ) {}

  get world() {
    return this.ctx.world;
  }

  /** A comment line: which part of Docker is at work. */
  note(text: string): void {
    this.ctx.write(`  # ${text}\n`);
  }

  /** Runs a check Docker makes before changing something (`iptables -C`, `-n -L`): not echoed. */
  check(argv: string[]): boolean {
    const host = this.ctx.world.host;
    return execArgv({ world: this.ctx.world, ns: host, write: () => {} }, argv) === 0;
  }

  /**
   * Runs `argv` in the host namespace (commands that target a container use `ip -n` / `ip netns
   * exec`). A failure stops the docker command, unless Docker ignores it (`ignoreErrors`).
   */
  run(argv: string[], redirect?: string, ignoreErrors = false): void {
    const line = `${argv.map(showWord).join(' ')}${redirect ? ` > ${redirect}` : ''}`;
    this.ctx.write(`  + ${line}\n`);
    this.record?.(line);
    let out = '';
    const host = this.ctx.world.host;
    const status = execArgv({ world: this.ctx.world, ns: host, write: (t) => (out += t) }, argv, redirect);
    this.ctx.world.settle();
    if (out) this.ctx.write(out.replace(/^(?=.)/gm, '    '));
    if (status !== 0 && !ignoreErrors) throw new OpFailed(argv, out, status);
  }

  /**
   * Starts a process that goes on running (`cmd … > /dev/null &`): what `docker exec -d` starts in a
   * container. Only nc listens in the background in netns-lab.
   */
  spawn(argv: string[]): void {
    const line = `${argv.map(showWord).join(' ')} > /dev/null &`;
    this.ctx.write(`  + ${line}\n`);
    this.record?.(line);
    let out = '';
    const host = this.ctx.world.host;
    const ctx = {
      world: this.ctx.world,
      ns: host,
      write: (t: string) => (out += t),
      background: true,
      stdoutNull: true,
    };
    const status = execArgv(ctx, argv, '/dev/null');
    if (out) this.ctx.write(out.replace(/^(?=.)/gm, '    '));
    if (status !== 0) throw new OpFailed(argv, out, status);
  }

  /** `ip -n NS …`, or plain `ip …` for the host. */
  ip(ns: string, ...args: string[]): void {
    this.run(ns === '' ? ['ip', ...args] : ['ip', '-n', ns, ...args]);
  }

  iptables(...args: string[]): void {
    this.run(['iptables', ...args]);
  }
}
