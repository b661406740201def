// The virtual clock and its event queue. Time is an integer number of microseconds; nothing in the
// engine reads a wall clock. Events at the same instant run in the order they were scheduled, which
// keeps every run of a script byte-for-byte identical.

export type Micros = number;
export const MS = 1000;
export const SEC = 1_000_000;

export interface Timer {
  cancel(): void;
  readonly at: Micros;
}

/** A scheduled event, which is also its own Timer: one allocation per event. */
class Entry implements Timer {
  cancelled = false;
  constructor(
    readonly at: Micros,
    readonly seq: number,
    // biome-ignore lint/suspicious/noExplicitAny: the argument's type is checked by schedule's signature
    public fn: (arg: any) => void,
    public arg: unknown,
  ) {}
  cancel(): void {
    this.cancelled = true;
    this.fn = noop; // what it captured can be collected before the entry leaves the heap
    this.arg = undefined;
  }
}

const noop = () => {};

/** Clock.onBusy runs every 4096 events. */
const BEAT_MASK = 4095;

/** Thrown when one command runs more events than Clock.limit allows (a storm or a loop). */
export class EventLimitError extends Error {
  constructor() {
    super('the simulation ran more events than allowed for one command');
  }
}

export class Clock {
  now: Micros = 0;
  private heap: Entry[] = [];
  private seq = 0;
  /** Events run so far; the benchmark reports it. */
  processed = 0;
  /** Safety net: running past this many events throws instead of hanging the caller. */
  limit = Number.POSITIVE_INFINITY;
  /** Set by halt(): nothing scheduled runs any more. */
  halted = false;
  /**
   * A heartbeat for the host: called every BEAT events (and by the shell for each command it runs),
   * so the worker can report progress on long work while it runs synchronously. It must not touch
   * the simulation.
   */
  onBusy?: () => void;

  /**
   * Ends the simulation cooperatively: pending events are dropped and new ones are not queued, so a
   * command waiting on the clock (ping, nc, sleep) finds nothing left to happen and returns normally.
   * A step-back replay (src/worker/replay.ts) halts once it has captured the events it wanted.
   */
  halt(): void {
    this.halted = true;
    this.heap.length = 0;
  }

  /**
   * Runs `fn(arg)` after `delay`. Passing the argument (as setTimeout does) lets a hot path such as a
   * frame crossing a link schedule a long-lived function instead of allocating a closure per event.
   */
  schedule<T>(delay: Micros, fn: (arg: T) => void, arg: T): Timer;
  schedule(delay: Micros, fn: () => void): Timer;
  schedule(delay: Micros, fn: (arg: unknown) => void, arg?: unknown): Timer {
    const e = new Entry(this.now + Math.max(0, Math.round(delay)), this.seq++, fn, arg);
    if (!this.halted) this.push(e);
    return e;
  }

  /** Runs every event due at or before `until`, then leaves the clock at `until`. */
  runUntil(until: Micros, stop?: () => boolean): void {
    while (this.heap.length > 0 && this.heap[0].at <= until) {
      const e = this.pop();
      if (e.cancelled) continue;
      this.now = e.at;
      if (++this.processed > this.limit) throw new EventLimitError();
      if ((this.processed & BEAT_MASK) === 0) this.onBusy?.();
      e.fn(e.arg);
      if (stop?.()) return;
    }
    if (until > this.now) this.now = until;
  }

  /** Time of the next pending event, or undefined when idle. */
  peek(): Micros | undefined {
    while (this.heap.length > 0 && this.heap[0].cancelled) this.pop();
    return this.heap[0]?.at;
  }

  private less(a: Entry, b: Entry): boolean {
    return a.at < b.at || (a.at === b.at && a.seq < b.seq);
  }

  // A binary heap; sifting moves the hole and writes the entry once (no swaps).
  private push(e: Entry): void {
    const h = this.heap;
    let i = h.length;
    h.push(e);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(e, h[p])) break;
      h[i] = h[p];
      i = p;
    }
    h[i] = e;
  }

  private pop(): Entry {
    const h = this.heap;
    const top = h[0];
    const last = h.pop()!;
    const n = h.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const m = r < n && this.less(h[r], h[l]) ? r : l;
        if (!this.less(h[m], last)) break;
        h[i] = h[m];
        i = m;
      }
      h[i] = last;
    }
    return top;
  }
}
