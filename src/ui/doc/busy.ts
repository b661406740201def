// Long engine work as the page sees it: which task of the queue is running (queue.ts says when one
// starts and ends, and whether it may be cancelled) and the worker's last progress report during it
// (src/worker/progress.ts). The busy bar (src/ui/BusyBar.tsx) shows it with a Cancel button.

import { create } from 'zustand';
import type { Progress } from '../../worker/api.ts';
import { Cancelled } from '../../worker/client.ts';

export interface BusyState {
  /**
   * The queue's task now running. Opening the user's lab at start and rebuilding it after the
   * engine stopped are not cancellable: they are what a cancel falls back to.
   */
  task?: { cancellable: boolean };
  /** The worker's last report during that task, and when it came (performance.now()). */
  progress?: Progress & { at: number };
}

export const useBusy = create<BusyState>()(() => ({}));

/** A report counts as "working now" this long after it came (the worker reports every 200 ms). */
export const FRESH_MS = 1000;

/** A task starts; pass what this returns to taskEnded. */
export function taskStarted(cancellable: boolean): NonNullable<BusyState['task']> {
  const task = { cancellable };
  useBusy.setState({ task, progress: undefined });
  return task;
}

/**
 * A task ended. A cancelled task ends after the engine that replaces it has started rebuilding the
 * lab, so only the task still shown is cleared.
 */
export function taskEnded(task: NonNullable<BusyState['task']>): void {
  if (useBusy.getState().task === task) useBusy.setState({ task: undefined, progress: undefined });
}

/** The worker's report; one that arrives when no task runs (a late message) is dropped. */
export function reportProgress(p: Progress): void {
  if (useBusy.getState().task) useBusy.setState({ progress: { ...p, at: performance.now() } });
}

/** Whether the engine is in the middle of long synchronous work right now (it reads no message). */
export function workingNow(): boolean {
  const { task, progress } = useBusy.getState();
  return !!task && !!progress && performance.now() - progress.at < FRESH_MS;
}

/**
 * A cancelled operation's promise rejects with Cancelled, which the notice explains; nobody has to
 * handle it, so it is not reported as an unhandled rejection. Returns the remover.
 */
export function quietCancellations(
  target: Pick<Window, 'addEventListener' | 'removeEventListener'>,
): () => void {
  const quiet = (e: PromiseRejectionEvent) => {
    if (e.reason instanceof Cancelled) e.preventDefault();
  };
  target.addEventListener('unhandledrejection', quiet);
  return () => target.removeEventListener('unhandledrejection', quiet);
}
