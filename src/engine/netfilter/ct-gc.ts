// The conntrack garbage collector (nf_conntrack_core.c, gc_worker): one worker for the machine's
// whole table, every namespace's entries. An expired entry is only killed when something meets it
// (a packet's lookup, a dump) or when this worker passes, and that kill is what conntrack -E shows as
// [DESTROY]. The worker first runs a second after nf_conntrack is loaded (here: when the world
// starts) and then at the interval its pass works out: an average of the entries' remaining
// timeouts, each clamped to 1–300 s, biased by 100 make-believe entries at 60 s, clamped to 1–60 s.
// On a real machine its phase is wherever the module's load left it, so a [DESTROY] after a timeout
// comes up to a minute late there too, at a moment no recording can repeat.
//
// It only matters while someone listens (an expired entry is invisible to every listing), so it is
// only on the clock while a namespace with a listener holds entries; in between, its runs over an
// empty table (every 60 s less a jiffy) are counted, not simulated.

import { type Micros, SEC, type Timer } from '../sim/clock.ts';
import type { World } from '../world.ts';

/** CONFIG_HZ of the kernel the goldens come from: the worker counts in jiffies. */
const JIFFY = SEC / 250;
const INTERVAL_MAX = 60 * SEC;
const INTERVAL_MIN = 1 * SEC;
const INTERVAL_CLAMP = 300 * SEC;
const INITIAL_COUNT = 100;

export class CtGc {
  /** When the worker runs next (virtual µs). */
  private next: Micros = SEC;
  private timer?: Timer;
  /** conntrack -E sockets open anywhere: without one, arm() costs nothing per new entry. */
  private listeners = 0;

  constructor(private readonly world: World) {}

  /** world.rtnl counts the event sockets as they open and close. */
  listening(delta: 1 | -1): void {
    this.listeners += delta;
    if (delta > 0) this.arm();
  }

  /** Something may need reaping (an entry confirmed, a listener opened): be on the clock if so. */
  arm(): void {
    if (this.timer || this.listeners === 0 || !this.needed()) return;
    const now = this.world.clock.now;
    // Runs over an empty table: next_run stays at the 60 s bias, less the pass's jiffy.
    const idle = INTERVAL_MAX - JIFFY;
    if (this.next < now) this.next += Math.ceil((now - this.next) / idle) * idle;
    this.timer = this.world.clock.schedule(this.next - now, () => this.run());
  }

  private needed(): boolean {
    return this.namespaces().some((ns) => ns.nf.ct.listeners.length > 0 && ns.nf.ct.size > 0);
  }

  private namespaces() {
    return [this.world.host, ...this.world.named.values()];
  }

  /** One full pass: kill what expired, average what is left into the next interval. */
  private run(): void {
    this.timer = undefined;
    const now = this.world.clock.now;
    let nextRun = INTERVAL_MAX;
    let count = INITIAL_COUNT;
    for (const ns of this.namespaces())
      for (const e of ns.nf.ct.gc(now)) {
        const left = Math.min(Math.max(e.expires - now, INTERVAL_MIN), INTERVAL_CLAMP);
        nextRun += Math.trunc((left - nextRun) / ++count);
      }
    nextRun = Math.min(Math.max(nextRun, INTERVAL_MIN), INTERVAL_MAX);
    // The pass took a jiffy (delta_time is at least 1).
    this.next = now + Math.max(nextRun - JIFFY, JIFFY);
    this.arm();
  }
}
