// The editor's one queue to the engine. Every operation on the lab is a task run in the order it was
// issued: opening a document (preset, file, link, import, the autosave at startup), an edit, undo and
// redo, traffic, and every read — the export, the share link, the JSON file, a terminal command. A
// task starts when every earlier one has finished, sees the document they left, and before it reads
// the engine the engine is replayed to that document (reset(seed) + run(script): deterministic,
// milliseconds). So whatever the worker's timing, a read issued after an edit describes the edited
// lab, and the canvas, the export, the link, the file and the terminal describe one document.
//
// The queue also keeps the engine alive: when the worker dies (client.ts notices), a new one is
// started, the document is replayed into it, the task that was running is run again once, and the
// user is told. Cancelling long work (cancelRunning) is the same path on purpose: the worker is ended
// in the middle of the task, the task rejects with Cancelled and is not run again, and the new engine
// replays the document, which the task had not changed yet (an edit, an import or an open changes
// the document only once the engine has run it), and then the traffic that was run on top of it
// before the task began, so the lab, its tables and its trace are back as they were before the
// operation. The operations themselves are in engine.ts.

import type { TopologySnapshot } from '../../engine/snapshot.ts';
import type { LabApi, ReplayResult } from '../../worker/api.ts';
import { CANCELLED, Cancelled, EngineStopped } from '../../worker/client.ts';
import { useLab } from '../store.ts';
import { taskEnded, taskStarted, useBusy } from './busy.ts';
import { useDoc } from './docStore.ts';
import type { LabDocument } from './document.ts';
import { useEditor } from './editorStore.ts';

/** A LabApi that may die (the worker client) and be disposed of; in Node, a plain LabApi. */
export interface Engine extends LabApi {
  readonly dead?: Promise<string>;
  dispose?(): void;
  /** Ends the engine in the middle of its work (the worker client's cancel). */
  cancel?(): void;
}

/** The document the engine holds (before any traffic run on top), and its replayed topology. */
let replayed: { script: string; seed: number; snapshot: TopologySnapshot } | undefined;
/** Traffic run on top of the replayed document since: run again after a refused edit, so the trace stays. */
let sent: string[] = [];
/** What the engine held when the running task began: the document, and the traffic run on top. */
let before: { script: string; seed: number; traffic: string[] } | undefined;
let queue: Promise<unknown> = Promise.resolve();

function deferred<T>() {
  let resolve: (v: T) => void = () => {};
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  const d = {
    promise,
    settled: false,
    resolve(v: T) {
      d.settled = true;
      resolve(v);
    },
  };
  return d;
}

/**
 * Resolves to the engine once it is attached and its first task (opening the user's lab, or
 * replaying it into a restarted engine) is done: a task issued before that, however early, waits.
 */
let gate = deferred<Engine>();
let active: Engine | undefined;

/** Runs `fn` after every task issued before it; the tasks never interleave. */
export function serial<T>(fn: (lab: LabApi) => Promise<T>): Promise<T> {
  const run = queue.then(async () => {
    const api = await gate.promise;
    const task = taskStarted(true);
    before = replayed && { script: replayed.script, seed: replayed.seed, traffic: [...sent] };
    try {
      return await fn(api);
    } catch (e) {
      // The engine died under this task: once it is restarted from the document, run it again once.
      // A cancelled task is not run again.
      if (!(e instanceof EngineStopped) || e instanceof Cancelled) throw e;
      const next = await gate.promise;
      if (next === api) throw e;
      return fn(next);
    } finally {
      taskEnded(task);
    }
  });
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Replays `doc`; `commit` runs in the same tick as the new snapshot is published, so a document
 * that opens (new snapshot, new drawing) renders once, not twice.
 */
export async function replay(api: LabApi, doc: LabDocument, commit?: () => void): Promise<ReplayResult> {
  useLab.getState().started(doc.title);
  try {
    replayed = undefined; // until it answers, the engine holds no known document
    const r = await api.replay(doc.script, doc.seed);
    replayed = { script: doc.script, seed: doc.seed, snapshot: r.snapshot };
    sent = [];
    commit?.();
    useLab.getState().finished(r);
    return r;
  } catch (e) {
    useLab.getState().failed(e instanceof Error ? e.message : String(e));
    throw e;
  }
}

/** Records that the engine holds `script` (an edit replayed it itself), or nothing known (undefined). */
export function holding(state: typeof replayed): void {
  replayed = state;
  sent = [];
}

/** Runs traffic on top of the engine's document, publishes the result and remembers it. */
export async function runOnTop(api: LabApi, lines: string[]): Promise<string> {
  const r = await api.run(lines.join('\n'));
  sent.push(...lines);
  const { transcript, finished } = useLab.getState();
  finished({ transcript: transcript + r.transcript, snapshot: r.snapshot });
  return r.transcript;
}

/** The traffic run on top since the engine last replayed a document. */
export const trafficSince = (): string[] => sent;

/** A line run on top by other means (a terminal's interactive line), remembered as traffic. */
export function noteTraffic(line: string): void {
  sent.push(line);
}

/** The engine kept what it held (an edit it refused): the document, with the traffic sent since. */
export function restore(state: NonNullable<typeof replayed>, traffic: string[]): void {
  replayed = state;
  sent = traffic;
}

/** The engine tasks run on, for what must not wait for them (Ctrl+C reaching the running line). */
export const activeEngine = (): LabApi | undefined => active;

const holds = (doc: LabDocument) => replayed?.script === doc.script && replayed.seed === doc.seed;

/** Brings the engine to the current document if it is not there; returns that document's topology. */
export async function current(api: LabApi): Promise<{ doc: LabDocument; snapshot: TopologySnapshot }> {
  const { doc } = useDoc.getState();
  if (!holds(doc)) await replay(api, doc);
  return { doc, snapshot: replayed!.snapshot };
}

/**
 * Cancels the task running now, when it may be cancelled: the engine is ended in the middle of it and
 * rebuilt from the document. False when there is nothing to cancel.
 */
export function cancelRunning(): boolean {
  if (!useBusy.getState().task?.cancellable || !active?.cancel) return false;
  active.cancel();
  return true;
}

/** Whether the engine already holds `doc` (undo to a document with the same script). */
export const engineHolds = holds;

export interface AttachOptions {
  /** The first task (the editor opening the user's lab): every other one runs after it. */
  first?: (api: LabApi) => Promise<void>;
  /** Told of every engine attached, the first and each restarted one (the step view uses it). */
  onEngine?: (api: LabApi) => void;
}

/** An engine that answers every call with EngineStopped: what is left once restarting is given up. */
function stopped(reason: string): Engine {
  const fail = () => Promise.reject(new EngineStopped(reason));
  // `then` stays undefined: the gate resolves to this object and must not take it for a promise.
  return new Proxy({} as Engine, { get: (_, key) => (key === 'then' ? undefined : fail) });
}

/** How many deaths in a minute the queue restarts the engine for before it gives up. */
const RESTARTS_PER_MINUTE = 3;

/**
 * Attaches the engine (or a function that makes one, so a dead one can be replaced) and keeps it
 * following the document (undo, redo, load, restore).
 */
export function attachLab(engine: Engine | (() => Engine), opts: AttachOptions = {}): () => void {
  const make = typeof engine === 'function' ? engine : undefined;
  const deaths: number[] = [];
  let detached = false;

  const start = (api: Engine, first: (api: LabApi) => Promise<void>) => {
    active = api;
    replayed = undefined;
    // Tasks already waiting keep waiting on this gate; it opens once `first` is done.
    if (gate.settled) gate = deferred();
    const mine = gate;
    opts.onEngine?.(api);
    const task = taskStarted(false);
    void first(api)
      .catch(() => undefined) // the status line shows a failed replay; the queue goes on
      // Only an engine still attached opens the gate: one detached meanwhile (React StrictMode runs
      // the effect, its cleanup and the effect again at once) was disposed of, and the gate it
      // shares with the next attach is that one's to open.
      .then(() => {
        taskEnded(task);
        if (!detached && active === api) mine.resolve(api);
      });
    void api.dead?.then((reason) => {
      if (detached || active !== api) return;
      api.dispose?.();
      const cancelled = reason === CANCELLED;
      // A cancel goes back to before the operation, traffic included.
      const back = cancelled ? before : undefined;
      const now = Date.now();
      if (!cancelled) deaths.push(now); // cancelling is no sign of a failing engine
      while (deaths[0] < now - 60_000) deaths.shift();
      // From here on, tasks wait for the replacement (the one running is retried on it).
      if (gate.settled) gate = deferred();
      if (!make || deaths.length > RESTARTS_PER_MINUTE) {
        active = undefined;
        useLab.getState().failed(reason);
        useEditor.getState().set({ toast: { key: 'engine.gaveUp' } });
        gate.resolve(stopped(reason)); // every task fails at once with the reason, none waits forever
        return;
      }
      useEditor.getState().set({ toast: { key: cancelled ? 'engine.cancelled' : 'engine.restarted' } });
      start(make(), async (next) => {
        const doc = useDoc.getState().doc;
        await replay(next, doc);
        if (back?.traffic.length && back.script === doc.script && back.seed === doc.seed)
          await runOnTop(next, back.traffic);
      });
    });
  };
  start(make ? make() : (engine as Engine), opts.first ?? (async () => {}));

  const unsub = useDoc.subscribe((s, prev) => {
    if (s.doc.script !== prev.doc.script || s.doc.seed !== prev.doc.seed) void syncEngine();
  });
  return () => {
    detached = true;
    unsub();
    active?.dispose?.();
    active = undefined;
    if (gate.settled) gate = deferred();
  };
}

/** Replays the document if the engine does not hold it (after a change made outside the queue). */
export function syncEngine(): Promise<void> {
  return serial(async (api) => {
    await current(api);
  });
}
