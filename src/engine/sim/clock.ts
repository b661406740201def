// The virtual clock and its event queue. Time is an integer number of microseconds; nothing in the
// engine reads a wall clock. Events at the same instant run in the order they were scheduled, which
// keeps every run of a script byte-for-byte identical.

export type Micros = number;
export const MS = 1000;
export const SEC = 1_000_000;

interface Entry {
  at: Micros;
  seq: number;
  fn: () => void;
  cancelled: boolean;
}

export interface Timer {
  cancel(): void;
  readonly at: Micros;
}

export class Clock {
  now: Micros = 0;
  private heap: Entry[] = [];
  private seq = 0;
  /** Events run so far; the benchmark reports it. */
  processed = 0;
  /** Safety net: running past this many events throws instead of hanging the caller. */
  limit = Number.POSITIVE_INFINITY;

  schedule(delay: Micros, fn: () => void): Timer {
    const e: Entry = { at: this.now + Math.max(0, Math.round(delay)), seq: this.seq++, fn, cancelled: false };
    this.push(e);
    return {
      cancel: () => {
        e.cancelled = true;
      },
      get at() {
        return e.at;
      },
    };
  }

  /** Runs every event due at or before `until`, then leaves the clock at `until`. */
  runUntil(until: Micros, stop?: () => boolean): void {
    while (this.heap.length > 0 && this.heap[0].at <= until) {
      const e = this.pop();
      if (e.cancelled) continue;
      this.now = e.at;
      if (++this.processed > this.limit)
        throw new Error('the simulation ran more events than allowed for one command (a loop?)');
      e.fn();
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

  private push(e: Entry): void {
    const h = this.heap;
    h.push(e);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(h[i], h[p])) break;
      [h[i], h[p]] = [h[p], h[i]];
      i = p;
    }
  }

  private pop(): Entry {
    const h = this.heap;
    const top = h[0];
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.less(h[l], h[m])) m = l;
        if (r < h.length && this.less(h[r], h[m])) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m], h[i]];
        i = m;
      }
    }
    return top;
  }
}
