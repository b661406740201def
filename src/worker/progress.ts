// Progress of long engine work. The engine runs synchronously in the worker, so while a big replay,
// a `sleep 86400` or a kubectl apply of many objects runs, the worker reads no messages: it can only
// speak. The engine's heartbeat (Clock.onBusy: every 4096 events and every command the shell runs)
// calls beat(), which posts what is being done once the work has gone on for PROGRESS_AFTER_MS
// without a pause, then every PROGRESS_EVERY_MS. The page shows it with a Cancel button; cancelling
// ends the worker (client.ts) and the editor's queue rebuilds the lab from its document (queue.ts).

import type { Session } from '../shell/session.ts';
import type { Progress } from './api.ts';

/** Work shorter than this says nothing (most operations take a few milliseconds). */
export const PROGRESS_AFTER_MS = 300;
export const PROGRESS_EVERY_MS = 200;
const COMMAND_SHOWN = 160;

export class ProgressReporter {
  private session?: Session;
  private command = '';
  private line = 0;
  private lines = 0;
  private events0 = 0;
  private started = 0;
  /** When the current stretch of uninterrupted work began. */
  private stretch = 0;
  private posted = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly sink: ((p: Progress) => void) | undefined,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** A call starts work on `session` (`lines` lines, 1 for a terminal line). */
  begin(session: Session, lines: number, command = ''): void {
    this.end();
    this.session = session;
    session.world.clock.onBusy = this.beat;
    this.lines = lines;
    this.line = lines === 1 ? 1 : 0;
    this.command = command.slice(0, COMMAND_SHOWN);
    this.events0 = session.world.clock.processed;
    this.started = this.stretch = this.now();
    this.posted = Number.NEGATIVE_INFINITY;
  }

  /** The replay reached line `index` (0-based) of the script. */
  at(index: number, command: string): void {
    this.line = index + 1;
    this.command = command.slice(0, COMMAND_SHOWN);
    this.beat();
  }

  /** The call waited (a paced ping between its slices): only a new long stretch is reported. */
  rested(): void {
    this.stretch = this.now();
  }

  end(): void {
    if (this.session) this.session.world.clock.onBusy = undefined;
    this.session = undefined;
  }

  readonly beat = (): void => {
    const s = this.session;
    if (!this.sink || !s) return;
    const t = this.now();
    if (t - this.stretch < PROGRESS_AFTER_MS || t - this.posted < PROGRESS_EVERY_MS) return;
    this.posted = t;
    const { clock } = s.world;
    this.sink({
      command: this.command,
      line: this.line,
      lines: this.lines,
      events: clock.processed - this.events0,
      virtualUs: clock.now,
      elapsedMs: Math.round(t - this.started),
    });
  };
}
