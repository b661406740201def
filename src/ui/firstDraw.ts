// The page's first drawing: the chunks it does not need (the step dock and its actions, the course)
// wait for it, so they neither delay it on the network nor take the main thread from it. They load
// right after the first lab is painted, or at once when the user reaches for them earlier.

import { useSyncExternalStore } from 'react';
import { useLab } from './store.ts';

/** Past this, the chunks load anyway (a lab that takes long to run, or fails). */
const AT_MOST_MS = 3000;

let drawn = false;
const listeners = new Set<() => void>();
let resolve: () => void = () => {};
const done = new Promise<void>((r) => {
  resolve = r;
});

function markDrawn(): void {
  if (drawn) return;
  drawn = true;
  resolve();
  for (const l of listeners) l();
}

/** Starts watching for the first painted lab (once, from main.tsx). */
export function watchFirstDraw(): void {
  if (drawn || typeof requestAnimationFrame !== 'function') {
    markDrawn();
    return;
  }
  const painted = () => requestAnimationFrame(() => requestAnimationFrame(markDrawn));
  const timer = setTimeout(markDrawn, AT_MOST_MS);
  const stop = useLab.subscribe((s) => {
    if (s.status !== 'ready' && s.status !== 'error') return;
    stop();
    clearTimeout(timer);
    painted();
  });
}

/** Resolves once the first lab has been painted (or was given up on). */
export function afterFirstDraw(): Promise<void> {
  return done;
}

/** Whether the first lab has been painted; re-renders the caller when it has. */
export function useFirstDrawn(): boolean {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => drawn,
  );
}
