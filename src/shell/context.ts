import type { Netns } from '../engine/netns/netns.ts';
import type { World } from '../engine/world.ts';

/** What a running command sees: the machine, the namespace it runs in, and where its output goes. */
export interface Ctx {
  world: World;
  ns: Netns;
  /** stdout and stderr interleaved, as the transcript records them (2>&1). */
  write(text: string): void;
}

/** Raised by a command to stop with an exit status after printing its message. */
export class Exit extends Error {
  constructor(readonly status: number) {
    super(`exit ${status}`);
  }
}

export type CommandFn = (ctx: Ctx, argv: string[]) => number;
