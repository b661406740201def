// The UI's handle on the engine worker: the LabApi, typed, plus a way to shut it down and a promise
// that settles if the worker dies.
//
// A worker that dies (a crash, out of memory, closed) gives no event of its own, and its pending
// calls would wait forever. worker.ts holds a Web Lock named after the worker while it lives; the
// page queues a request for the same lock once the worker says it holds it, and that request is
// granted exactly when the worker is gone. A worker that fails to start reports an error event, and
// one that dies before it takes the lock never says it holds it (a timeout). Either way every
// pending and later call rejects with EngineStopped. cancel() ends the worker on purpose (the page's
// Cancel for long engine work): the calls then reject with Cancelled.

import { proxy, releaseProxy, wrap } from 'comlink';
import type { LabApi, Progress } from './api.ts';

export class EngineStopped extends Error {
  constructor(reason: string) {
    super(`the engine stopped (${reason})`);
  }
}

/** The reason `dead` gives for a worker ended by cancel(). */
export const CANCELLED = 'cancelled';

/** What the calls pending on a cancelled worker reject with. */
export class Cancelled extends EngineStopped {
  constructor() {
    super(CANCELLED);
  }
}

export interface LabClient extends LabApi {
  /** Settles with a reason when the worker has died; never settles while it lives. */
  readonly dead: Promise<string>;
  /**
   * Ends the worker in the middle of whatever it runs (it reads no message while the engine works):
   * every pending call rejects with Cancelled and `dead` settles with CANCELLED.
   */
  cancel(): void;
  dispose(): void;
}

export interface LabClientOptions {
  /** What long work is doing, as the worker reports it while it runs (src/worker/progress.ts). */
  onProgress?(p: Progress): void;
}

let workers = 0;
const HELD_MS = 10_000;

/** A worker index.html started while the page's own modules were still loading (vite.config.ts). */
interface EarlyWorker {
  worker: Worker;
  name: string;
  /** Its load error, if it failed before anyone listened. */
  error?: string;
}

export function createLabClient(opts: LabClientOptions = {}, pre?: EarlyWorker): LabClient {
  const name = pre?.name ?? `netns-lab-engine ${Date.now().toString(36)}.${++workers}`;
  const worker = pre?.worker ?? new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name });
  const remote = wrap<LabApi & { held(): Promise<void> }>(worker);
  let disposed = false;
  let die: (reason: string) => void = () => {};
  const dead = new Promise<string>((r) => {
    die = (reason) => !disposed && r(reason);
  });
  let started = false;
  if (pre?.error !== undefined) die(`it could not start: ${pre.error}`);
  worker.addEventListener('error', (e) => {
    // After start an uncaught error does not end the thread (the lock tells when it does).
    if (!started) die(`it could not start: ${e.message || 'error loading the worker'}`);
  });
  // The worker takes its lock within milliseconds of starting; one that has not after HELD_MS died
  // before it could (or hangs), and is replaced the same way.
  const timeout = setTimeout(() => die('it did not start'), HELD_MS);
  worker.addEventListener('message', (e: MessageEvent) => {
    const p = (e.data as { progress?: Progress } | undefined)?.progress;
    if (p && !disposed) opts.onProgress?.(p);
  });
  void remote.held().then(() => {
    clearTimeout(timeout);
    started = true;
    const locks = globalThis.navigator?.locks;
    void locks?.request(name, () => die('its thread ended'));
  });
  const stopped = dead.then((reason) => {
    throw reason === CANCELLED ? new Cancelled() : new EngineStopped(reason);
  });
  stopped.catch(() => undefined); // observed by every call below, not an unhandled rejection
  const guard = <T>(p: Promise<T>): Promise<T> => Promise.race([p, stopped]);
  return {
    dead,
    reset: (seed) => guard(remote.reset(seed)),
    run: (script) => guard(remote.run(script)),
    snapshot: () => guard(remote.snapshot()),
    trace: (fromSeq, fromCommand) => guard(remote.trace(fromSeq, fromCommand)),
    stateAt: (at, namespaces) => guard(remote.stateAt(at, namespaces)),
    statesAt: (requests) => guard(remote.statesAt(requests)),
    replay: (script, seed, onlyIfFrom) => guard(remote.replay(script, seed, onlyIfFrom)),
    // The output callback runs in this thread: Comlink passes it to the worker as a proxy.
    runInteractive: (line, onOutput) => guard(remote.runInteractive(line, proxy(onOutput))),
    interrupt: () => guard(remote.interrupt()),
    exportScript: () => guard(remote.exportScript()),
    files: () => guard(remote.files()),
    readFile: (path) => guard(remote.readFile(path)),
    cancel() {
      die(CANCELLED);
      worker.terminate();
    },
    dispose() {
      disposed = true;
      clearTimeout(timeout);
      remote[releaseProxy]();
      worker.terminate();
    },
  };
}

let early: { client: LabClient; progress: LabClientOptions } | undefined;

/**
 * Starts the first engine at once (main.tsx, before the page's first render), so the worker's
 * download and start overlap the page's own instead of following its first commit. The production
 * build starts it even earlier, from an inline script in index.html that runs before the page's
 * modules are fetched (vite.config.ts, earlyEngine); this takes that worker over.
 */
export function startEarly(): void {
  if (early) return;
  const g = globalThis as { netnsLabEngine?: EarlyWorker };
  const pre = g.netnsLabEngine;
  g.netnsLabEngine = undefined;
  // Its progress goes to whoever takes it (nextLabClient's options).
  const progress: LabClientOptions = {};
  early = { client: createLabClient({ onProgress: (p) => progress.onProgress?.(p) }, pre), progress };
}

/** The engine started early the first time it is asked for, a new one every time after. */
export function nextLabClient(opts: LabClientOptions = {}): LabClient {
  const e = early;
  early = undefined;
  if (!e) return createLabClient(opts);
  e.progress.onProgress = opts.onProgress;
  return e.client;
}
