// Cancelling long engine work (issue 9): the worker is ended in the middle of a task, the task
// rejects with Cancelled and is not run again, and the lab is rebuilt from the document, which the
// task had not changed. The engine here is the real lab with a worker's death as client.ts gives it.

import { beforeEach, describe, expect, it } from 'vitest';
import { CANCELLED, Cancelled, EngineStopped } from '../../worker/client.ts';
import { createLab } from '../../worker/lab.ts';
import { useLab } from '../store.ts';
import { reportProgress, useBusy, workingNow } from './busy.ts';
import { cmd } from './commands.ts';
import { useDoc } from './docStore.ts';
import { useEditor } from './editorStore.ts';
import {
  attachLab,
  cancelRunning,
  edit,
  exportCurrent,
  importScript,
  interruptForeground,
  runInTerminal,
  runTraffic,
  syncEngine,
  undo,
} from './engine.ts';
import { DEFAULT_PRESET } from './presets.ts';

/** The real lab, whose calls can be held in flight (long work) and which cancel() ends as client.ts does. */
const cancellable = (born?: Promise<void>) => {
  const real = createLab();
  let end: (reason: string) => void = () => {};
  const dead = new Promise<string>((r) => {
    end = r;
  });
  const stopped = dead.then((reason) => {
    throw reason === CANCELLED ? new Cancelled() : new EngineStopped(reason);
  });
  stopped.catch(() => undefined);
  let hold: Promise<void> | undefined = born;
  const guard = <T>(p: () => Promise<T>) => Promise.race([(hold ?? Promise.resolve()).then(p), stopped]);
  return {
    dead,
    disposed: false,
    calls: 0,
    cancel() {
      end(CANCELLED);
    },
    dispose() {
      this.disposed = true;
    },
    /** The next calls wait (the worker busy with long work) until the returned function is called. */
    stall(): () => void {
      let go: () => void = () => {};
      hold = new Promise<void>((r) => (go = r));
      return () => {
        hold = undefined;
        go();
      };
    },
    reset: (seed?: number) => guard(() => real.reset(seed)),
    run: (s: string) => guard(() => real.run(s)),
    snapshot: () => guard(() => real.snapshot()),
    replay: (s: string, seed?: number, from?: number) => guard(() => real.replay(s, seed, from)),
    runInteractive: (l: string, out: (t: string) => void) => guard(() => real.runInteractive(l, out)),
    interrupt: () => guard(() => real.interrupt()),
    exportScript: () => guard(() => real.exportScript()),
    files: () => guard(() => real.files()),
    readFile: (p: string) => guard(() => real.readFile(p)),
    trace: (a?: number, b?: number) => guard(() => real.trace(a, b)),
    stateAt: (...a: Parameters<typeof real.stateAt>) => guard(() => real.stateAt(...a)),
    statesAt: (...a: Parameters<typeof real.statesAt>) => guard(() => real.statesAt(...a)),
  };
};

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('cancelling long engine work', () => {
  let made: ReturnType<typeof cancellable>[];
  let detach: () => void;
  /** When set, the next engine made starts busy (its first task waits for this). */
  let born: Promise<void> | undefined;
  beforeEach(async () => {
    useDoc.setState({ doc: DEFAULT_PRESET.doc });
    useDoc.temporal.getState().clear();
    useEditor.getState().set({ toast: undefined });
    made = [];
    detach?.();
    detach = attachLab(() => {
      made.push(cancellable(born));
      born = undefined;
      return made.at(-1)!;
    });
    await syncEngine();
    expect(await edit(cmd.addNetns('a'))).toEqual({ ok: true });
  });

  it('an import cancelled in the middle leaves the document, the history and the lab as they were', async () => {
    const before = useDoc.getState().doc;
    const past = useDoc.temporal.getState().pastStates.length;
    const exported = await exportCurrent();
    expect(cancelRunning()).toBe(false); // nothing runs
    const release = made[0].stall();
    const big = Array.from({ length: 5000 }, (_, i) => `ip netns add big${i}`).join('\n');
    const imported = importScript(big, 'big.sh');
    await tick();
    expect(useBusy.getState().task).toEqual({ cancellable: true });
    expect(cancelRunning()).toBe(true);
    await expect(imported).rejects.toBeInstanceOf(Cancelled);
    release();
    expect(useEditor.getState().toast).toEqual({ key: 'engine.cancelled' });
    // A new engine holds the document as it was before the import.
    expect(made).toHaveLength(2);
    expect(made[0].disposed).toBe(true);
    expect(useDoc.getState().doc).toBe(before);
    expect(useDoc.temporal.getState().pastStates).toHaveLength(past);
    expect(await exportCurrent()).toBe(exported);
    expect(useLab.getState().snapshot!.namespaces.map((n) => n.name)).toContain('a');
    expect(useLab.getState().snapshot!.namespaces.map((n) => n.name)).not.toContain('big0');
    expect(useBusy.getState().task).toBeUndefined();
    // The lab goes on: an edit, and undo back to before it.
    expect(await edit(cmd.addNetns('b'))).toEqual({ ok: true });
    await undo();
    expect(useDoc.getState().doc.script).toBe(before.script);
  });

  it('a cancelled edit is not run again and changes nothing; cancelling is not counted as a failing engine', async () => {
    const before = useDoc.getState().doc;
    // Five cancels in a row: the queue restarts the engine each time (four deaths would make it give up).
    for (let i = 0; i < 5; i++) {
      const release = made.at(-1)!.stall();
      const r = edit(cmd.addNetns(`x${i}`));
      await tick();
      expect(cancelRunning()).toBe(true);
      await expect(r).rejects.toBeInstanceOf(Cancelled);
      release();
    }
    expect(made).toHaveLength(6);
    expect(useDoc.getState().doc).toBe(before);
    expect(useEditor.getState().toast?.key).toBe('engine.cancelled');
    expect(await edit(cmd.addNetns('after'))).toEqual({ ok: true });
    expect(await exportCurrent()).toContain('ip netns add after\n');
    expect(await exportCurrent()).not.toContain('x0');
  });

  it('Ctrl+C on a terminal line the engine is busy with cancels it; tasks queued behind it still run', async () => {
    const release = made[0].stall();
    const line = runInTerminal('sleep 86400', () => {});
    const queued = edit(cmd.addNetns('queued'));
    await tick();
    expect(workingNow()).toBe(false); // no report yet: Ctrl+C is sent to the line first
    reportProgress({
      command: 'sleep 86400',
      line: 1,
      lines: 1,
      events: 4096,
      virtualUs: 1e9,
      elapsedMs: 400,
    });
    expect(workingNow()).toBe(true);
    interruptForeground();
    await expect(line).rejects.toBeInstanceOf(Cancelled);
    release();
    expect(await queued).toEqual({ ok: true });
    expect(made).toHaveLength(2);
    expect(await exportCurrent()).toContain('ip netns add queued\n');
  });

  it('rebuilding the lab after a cancel cannot itself be cancelled', async () => {
    const release = made[0].stall();
    let rebuilt: () => void = () => {};
    born = new Promise<void>((r) => (rebuilt = r));
    const r = edit(cmd.addNetns('y'));
    await tick();
    expect(cancelRunning()).toBe(true);
    await expect(r).rejects.toBeInstanceOf(Cancelled);
    // The replacement is replaying the document (its first task): nothing to cancel.
    const later = exportCurrent();
    await tick();
    expect(made).toHaveLength(2);
    expect(useBusy.getState().task).toEqual({ cancellable: false });
    expect(cancelRunning()).toBe(false);
    rebuilt();
    release();
    expect(await later).toContain('ip netns add a\n');
  });

  it('the traffic run before a cancelled operation is run again: transcript, tables and trace are back', async () => {
    expect(await runTraffic(cmd.ping('c1', '172.17.0.3'))).toContain('1 packets transmitted, 1 received');
    const transcript = useLab.getState().transcript;
    const neigh = useLab.getState().snapshot!.namespaces.map((n) => n.neigh);
    expect(neigh.flat().join('\n')).toContain('172.17.0.3 dev eth0 lladdr');
    const trace = await made[0].trace();
    // An edit cancelled, then a ping cancelled: neither is kept, the first ping is.
    for (const op of [() => edit(cmd.addNetns('y')), () => runTraffic(cmd.ping('c1', '172.17.0.2', 3))]) {
      const release = made.at(-1)!.stall();
      const r = op();
      await tick();
      expect(cancelRunning()).toBe(true);
      await expect(r).rejects.toBeInstanceOf(Cancelled);
      release();
      await syncEngine();
      expect(useLab.getState().transcript).toBe(transcript);
      expect(useLab.getState().snapshot!.namespaces.map((n) => n.neigh)).toEqual(neigh);
      const again = await made.at(-1)!.trace();
      expect(again.events.map((e) => e.text)).toEqual(trace.events.map((e) => e.text));
      expect(again.commands.map((c) => c.command)).toEqual(trace.commands.map((c) => c.command));
    }
    expect(made).toHaveLength(3);
  });
});
