// Stepping through packets (issue 5). The lab remembers every command line it ran since reset; the
// engine is deterministic, so the world as it was at any trace event is recomputed by replaying that
// history in a fresh Session and capturing the tables from TraceLog.onEmit when the event is emitted
// (the world is then exactly in the state the event describes), then stopping the replay.

import type { ForegroundJob } from '../shell/context.ts';
import { scriptLines } from '../shell/lexer.ts';
import { type LineResult, Session } from '../shell/session.ts';
import type {
  NsTables,
  StepAt,
  StepCommand,
  StepEvent,
  StepRequest,
  StepState,
  TraceChunk,
} from './step-api.ts';
import { captureTables, diffTables, TableMemo } from './tables.ts';
import { TraceSerializer } from './trace-serial.ts';

interface Capture {
  t: number;
  tables: NsTables[];
}

/** Events captured around a miss, so that stepping on (or back) is served from the cache. */
const WINDOW = 64;
const CACHE_LIMIT = 4096;
const EVENT_LIMIT = 100_000;
let histories = 0;

export class Stepping {
  private readonly history: string[] = [];
  /** For each history line interrupted by Ctrl+C in a terminal, the virtual time it happened (µs). */
  private readonly interrupts: (number | undefined)[] = [];
  private readonly commands: StepCommand[] = [];
  private events: StepEvent[] = [];
  private readonly serializer = new TraceSerializer();
  private serializedTo = 0;
  private readonly cache = new Map<string, Capture>();
  private lastSeq = -1;
  /** Replays run so far (the tests check that stepping is served from the cache). */
  replays = 0;
  /** History lines run by replays and by the spare, all told (the tests check the spare saves them). */
  linesReplayed = 0;
  /**
   * A replay session run ahead in idle time (`prepare`) up to the start of line `spareTarget`: a miss
   * whose first wanted line is at or after it goes on from there instead of replaying the whole
   * history (on a 1,000-namespace lab, the topology: ~170 ms). The replay that uses it consumes it.
   */
  private spare?: { session: Session; next: number };
  private spareTarget = 0;
  readonly id = ++histories;

  constructor(
    readonly session: Session,
    private readonly seed: number,
  ) {}

  /** Runs a script line by line (as Session.run does), recording each line and the events it emitted. */
  run(script: string): string {
    return this.runLines(script)
      .map((r) => `$ ${r.command}\n${r.output}`)
      .join('');
  }

  /**
   * Session.runLines, recording each line and the events it emitted; `onLine` hears of each line
   * before it runs (progress).
   */
  runLines(script: string, onLine?: (index: number, count: number, text: string) => void): LineResult[] {
    const log = this.session.world.log;
    const out: LineResult[] = [];
    const lines = scriptLines(script);
    for (const [i, l] of lines.entries()) {
      onLine?.(i, lines.length, l.text);
      const firstSeq = log.count;
      out.push({ line: l.line, command: l.text, ...this.session.exec(l.text) });
      this.history.push(l.text);
      this.interrupts.push(undefined);
      this.commands.push({ command: l.text, firstSeq, endSeq: log.count });
    }
    this.serializeNew();
    this.aim(this.history.length - lines.length);
    return out;
  }

  /**
   * Runs one line as a terminal does: output passed on as it is written, and a command that runs for a
   * while (ping) advanced in real time, one virtual second per second, until it ends or `interrupted()`
   * says Ctrl+C was pressed. The virtual time of the interrupt is kept with the line, so a replay of
   * the history stops it at the same event.
   */
  async runInteractive(
    text: string,
    onOutput: (text: string) => void,
    interrupted: () => boolean,
    sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
    now: () => number = () => performance.now(),
  ): Promise<LineResult> {
    const { log, clock } = this.session.world;
    const firstSeq = log.count;
    let output = '';
    const onWrite = (t: string) => {
      output += t;
      onOutput(t);
    };
    let job: ForegroundJob | undefined;
    const r = this.session.exec(text, '', { onWrite, foreground: (j) => (job = j) });
    let status = r.status;
    let interruptAt: number | undefined;
    if (job) {
      const v0 = clock.now;
      const t0 = now();
      for (;;) {
        if (interrupted()) {
          job.interrupt();
          interruptAt = clock.now;
          break;
        }
        if (job.advance(v0 + Math.floor((now() - t0) * 1000))) break;
        await sleep(25);
      }
      status = job.finish();
      this.session.world.settle();
    }
    this.history.push(text);
    this.interrupts.push(interruptAt);
    this.commands.push({ command: text, firstSeq, endSeq: log.count });
    this.serializeNew();
    this.aim(this.history.length - 1);
    return { line: 1, command: text, output, status, ...(r.unsupported ? { unsupported: true } : {}) };
  }

  /**
   * Where the spare should wait after lines `from`… ran: at the first of them that emitted an event
   * (stepping will ask for its events), or, if none did, at the last line (the live view's "before").
   */
  private aim(from: number): void {
    let at = this.history.length - 1;
    for (let i = from; i < this.history.length; i++)
      if (this.commands[i].endSeq > this.commands[i].firstSeq) {
        at = i;
        break;
      }
    if (at > this.spareTarget) this.spareTarget = at;
  }

  /**
   * Runs the spare on towards its line for about `budgetMs` (one line at least); true while work
   * remains. The worker calls it when it has nothing else to do.
   */
  prepare(budgetMs: number, now: () => number = () => performance.now()): boolean {
    const target = this.spareTarget;
    if (!this.spare) {
      if (target <= 0) return false;
      this.spare = { session: new Session({ seed: this.seed, traceLimit: 1 }), next: 0 };
    }
    const spare = this.spare;
    const t0 = now();
    // At least one line a slice, however small the budget.
    while (spare.next < target) {
      this.replayLine(spare.session, spare.next++);
      if (now() - t0 >= budgetMs) break;
    }
    return spare.next < target;
  }

  private replayLine(s: Session, i: number): void {
    this.linesReplayed++;
    s.exec(this.history[i], '', { interruptAt: this.interrupts[i] });
  }

  /** Serialises the events emitted since the last call (only those the ring still holds). */
  private serializeNew(): void {
    const log = this.session.world.log;
    for (const e of log.since(this.serializedTo)) this.events.push(this.serializer.serialize(e));
    this.serializedTo = log.count;
    if (this.events.length > EVENT_LIMIT) this.events = this.events.slice(-EVENT_LIMIT);
  }

  /** Events with seq ≥ fromSeq and the command lines from index `fromCommand` on. */
  trace(fromSeq = 0, fromCommand = 0): TraceChunk {
    let lo = 0;
    let hi = this.events.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.events[mid].seq < fromSeq) lo = mid + 1;
      else hi = mid;
    }
    return {
      history: this.id,
      events: this.events.slice(lo),
      commands: this.commands.slice(fromCommand),
      nextSeq: this.session.world.log.count,
    };
  }

  /**
   * The tables of `namespaces` just after event `seq` was emitted (or now, 'live'), with the rows that
   * changed since the step before: the previous event of the same command line, or the state before
   * that line ran. For 'live', the change is what the last command line did.
   */
  stateAt(at: StepAt, namespaces: readonly string[]): StepState {
    const names = [...namespaces];
    const n = this.history.length;
    if (at === 'live') {
      const before = n > 0 ? this.point(`l${n - 1}`, names, { line: n - 1 }) : undefined;
      const tables = captureTables(this.session.world, names);
      return { at, t: this.session.world.clock.now, namespaces: diffTables(before?.tables, tables) };
    }
    const oldest = this.events[0]?.seq ?? this.serializedTo;
    if (!Number.isInteger(at) || at < oldest || at >= this.serializedTo)
      throw new RangeError(`no trace event ${at} (events ${oldest}–${this.serializedTo - 1} are kept)`);
    const line = this.commandOf(at);
    const prevKey = at > this.commands[line].firstSeq ? `e${at - 1}` : `l${line}`;
    const backwards = at < this.lastSeq;
    this.lastSeq = at;
    const after = this.point(`e${at}`, names, { seq: at, backwards });
    const before = this.point(prevKey, names, { seq: at, backwards, line });
    return { at, t: after.t, namespaces: diffTables(before.tables, after.tables) };
  }

  /**
   * stateAt for several points in one call: how the UI prefetches the steps ahead of the cursor, so a
   * playback costs one message per window rather than one per step. One replay serves a whole window.
   */
  statesAt(requests: readonly StepRequest[]): StepState[] {
    return requests.map((r) => this.stateAt(r.at, r.namespaces));
  }

  private commandOf(seq: number): number {
    let lo = 0;
    let hi = this.commands.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.commands[mid].firstSeq <= seq) lo = mid;
      else hi = mid - 1;
    }
    // Commands that emitted nothing share their firstSeq with the next one; the emitting one is last.
    while (lo + 1 < this.commands.length && this.commands[lo + 1].firstSeq <= seq) lo++;
    return lo;
  }

  private point(
    key: string,
    names: string[],
    want: { seq?: number; line?: number; backwards?: boolean },
  ): Capture {
    const ck = `${key}|${names.join('\u0001')}`;
    let hit = this.cache.get(ck);
    if (!hit) {
      const seq = want.seq ?? -1;
      // Forwards, the event before is wanted only as the "before" of this one, which for a line's
      // first event is the line's start: the line before need not be replayed with captures.
      const lineStart = seq >= 0 ? this.commands[this.commandOf(seq)].firstSeq : seq;
      const lo = want.backwards ? seq - WINDOW : Math.max(seq - 1, lineStart);
      const hi = Math.min(this.serializedTo - 1, want.backwards ? seq : seq + WINDOW);
      this.replay(names, lo, seq >= 0 ? hi : -1, want.line);
      hit = this.cache.get(ck);
      if (!hit) throw new Error(`replay did not reach ${key}`);
    } else {
      // LRU: a hit moves to the back.
      this.cache.delete(ck);
      this.cache.set(ck, hit);
    }
    return hit;
  }

  /**
   * Replays the history in a fresh Session, capturing the tables at every event in [lo, hi] and at the
   * start of every line whose events overlap that range (and of line `line`), then stops.
   */
  private replay(names: string[], lo: number, hi: number, line?: number): void {
    this.replays++;
    const suffix = `|${names.join('\u0001')}`;
    const put = (key: string, c: Capture) => {
      this.cache.set(key + suffix, c);
      if (this.cache.size > CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value!);
    };
    const lastLine = line ?? -1;
    const wanted = (i: number) => {
      const c = this.commands[i];
      return i === lastLine || (c.endSeq > lo && c.firstSeq <= hi && c.endSeq > c.firstSeq);
    };
    let first = 0;
    while (first < this.history.length && !wanted(first)) first++;
    // The spare, if it has not run past the first line wanted; else a fresh session from the start,
    // and the spare waits from now on no later than this line (the learner went back this far).
    let s: Session;
    let start = 0;
    if (this.spare && this.spare.next <= first) {
      s = this.spare.session;
      start = this.spare.next;
      this.spare = undefined;
    } else {
      s = new Session({ seed: this.seed, traceLimit: 1 });
      if (first < this.spareTarget) {
        this.spareTarget = first;
        if (this.spare && this.spare.next > first) this.spare = undefined;
      }
    }
    const world = s.world;
    const memo = new TableMemo(world);
    let done = false;
    // Once the last wanted event is captured the clock is halted: the command being replayed finds
    // nothing left to wait for and returns on its own (no exception through the engine), and the
    // lines after it are not run.
    world.log.onEmit = (e) => {
      if (hi < 0 || done) return; // only line starts are wanted, or all is captured
      memo.emitted(e);
      if (e.seq >= lo && e.seq <= hi) put(`e${e.seq}`, { t: e.t, tables: memo.capture(names) });
      if (e.seq >= hi) {
        done = true;
        world.clock.halt();
      }
    };
    for (let i = start; i < this.history.length && !done; i++) {
      memo.reset();
      if (wanted(i)) put(`l${i}`, { t: world.clock.now, tables: memo.capture(names) });
      if (hi < 0 && i >= lastLine) break;
      this.replayLine(s, i);
    }
  }
}
