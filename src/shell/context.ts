import { type NetError, STRERROR } from '../engine/errors.ts';
import type { Netns } from '../engine/netns/netns.ts';
import type { World } from '../engine/world.ts';
import type { FileStore } from './files.ts';
import type { JobTable } from './jobs.ts';

/** Where a stream's bytes go: the transcript, a file, or nowhere. */
export type Target = (data: Uint8Array) => void;

/** What a running command sees: the machine, the namespace it runs in, and where its output goes. */
export interface Ctx {
  world: World;
  ns: Netns;
  /** stdout and stderr interleaved, as the transcript records them (2>&1). */
  write(text: string): void;
  /** The command was started with `&`: it keeps running after its line returns (nc listeners). */
  background?: boolean;
  /** stdout goes to /dev/null (`> /dev/null`); messages on stderr still show. */
  stdoutNull?: boolean;
  /** How many commands run this one (`ip … netns exec … CMD`); bounded by MAX_COMMAND_DEPTH. */
  depth?: number;
  /** What `< path` gives the command to read (no `<`: stdin is empty, as /dev/null). */
  stdin?: Uint8Array;
  /** Where a background job writes later: the output of whichever command is running then. */
  jobWrite?(text: string): void;
  /** The session's files (tcpdump -w, redirections). */
  files?: FileStore;
  /** Background processes pkill can signal. */
  jobs?: JobTable;
  /** stdout and stderr when the command line redirects them (`> F`, `2> F`, `2>&1`); commands that
   *  separate their streams (tcpdump) write through these, others ignore them. */
  streams?: { out?: Target; err?: Target };
  /** stdout is a pipe into the next command of a pipeline (not a terminal). */
  stdoutPipe?: boolean;
  /** Where netns-lab's own notes (unsupported) go when stdout is not the transcript: the terminal. */
  note?(text: string): void;
  /** Marks the line as one netns-lab does not model (unsupported.ts calls it). */
  noteUnsupported?(): void;
  /** Marks the line as stopped by one of netns-lab's bounds (`why`: what the transcript says). */
  noteStopped?(why: string): void;
  /** `timeout N CMD`: when CMD gets SIGTERM (virtual µs); CMD sets `fired` when it was stopped by it. */
  timeout?: { at: number; fired: boolean };
  /**
   * A terminal runs the line: a command that runs for a while (ping) hands its job over here instead
   * of running to the end, and the terminal advances it in real time and can interrupt it (Ctrl+C).
   */
  foreground?(job: ForegroundJob): void;
  /** Replaying a line that was interrupted: SIGINT comes when the virtual clock reaches this (µs). */
  interruptAt?: number;
}

/** A command that runs for a while, driven by a terminal: how Ctrl+C reaches it. */
export interface ForegroundJob {
  /** Runs every event due up to virtual time `until` (µs); true once the command has finished. */
  advance(until: number): boolean;
  /** SIGINT: the command stops where it is, as Ctrl+C stops it. */
  interrupt(): void;
  /** Prints what the command prints when it ends (ping's statistics); returns its exit status. */
  finish(): number;
}

const utf8 = new TextEncoder();

/**
 * Writes what the tool prints on standard error: to the stream the line gives it when stdout and
 * stderr go apart (a pipeline, `2>`), else into the transcript with stdout.
 */
export function writeErr(ctx: Ctx, text: string): void {
  if (ctx.streams?.err) ctx.streams.err(utf8.encode(text));
  else ctx.write(text);
}

/** Raised by a command to stop with an exit status after printing its message. */
export class Exit extends Error {
  constructor(readonly status: number) {
    super(`exit ${status}`);
  }
}

/** How iproute2 and bridge report a refused netlink request: the extack message, else strerror. */
export function netlinkErrorLine(e: NetError): string {
  return `${e.extack ? `Error: ${e.extack}` : `RTNETLINK answers: ${STRERROR[e.errno]}`}\n`;
}

export type CommandFn = (ctx: Ctx, argv: string[]) => number;
