// The expansion of a docker command: every kernel-facing step Docker Engine takes, run as the plain
// ip / sysctl / iptables command that does the same thing, through the same shell, and echoed under
// the docker command like `set -x` ("  + ip link add …"). A failing step stops the docker command.

import type { Ctx } from '../context.ts';
import { shellQuote } from '../lexer.ts';
import { execArgv } from '../session.ts';

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
  /** Every command run so far, for tests and the UI. */
  readonly log: string[][] = [];

  constructor(private readonly ctx: Ctx) {}

  /** A comment line: which part of Docker is at work. */
  note(text: string): void {
    this.ctx.write(`  # ${text}\n`);
  }

  /** Runs `argv` in the host namespace (commands that target a container use `ip -n` / `ip netns exec`). */
  run(argv: string[], redirect?: string): void {
    this.ctx.write(`  + ${argv.map(shellQuote).join(' ')}${redirect ? ` > ${redirect}` : ''}\n`);
    this.log.push(redirect ? [...argv, '>', redirect] : argv);
    let out = '';
    const host = this.ctx.world.host;
    const status = execArgv({ world: this.ctx.world, ns: host, write: (t) => (out += t) }, argv, redirect);
    this.ctx.world.settle();
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
