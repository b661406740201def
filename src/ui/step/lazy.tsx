// The step-through view's parts that the first drawing does not need, loaded as their own chunk
// right after the first lab is painted (the dock: firstDraw.ts) or the first time a step is shown
// (the marks on the canvas).
// The dock's styles stay with the page, so its place is kept while the chunk arrives.

import './step.css';
import { lazy, Suspense, useDeferredValue } from 'react';
import { useFirstDrawn } from '../firstDraw.ts';
import { withEnglish } from '../i18n/index.ts';
import { useDock } from './dock.ts';
import { reducedMotion } from './motion.ts';
import { useLaterCopy, useStep, useStepEdge } from './store.ts';

// Each with the step view's English strings (i18n/index.ts).
const Dock = lazy(() => withEnglish(import('./StepDock.tsx')).then((m) => ({ default: m.StepDock })));
const Overlay = lazy(() =>
  withEnglish(import('./CanvasMarks.tsx')).then((m) => ({ default: m.StepOverlay })),
);
const Packet = lazy(() => withEnglish(import('./CanvasMarks.tsx')).then((m) => ({ default: m.StepPacket })));

export function StepDock() {
  const collapsed = useDock((s) => s.collapsed);
  const drawn = useFirstDrawn();
  const place = <section className={`step-dock${collapsed ? ' collapsed' : ''}`} />;
  return drawn ? (
    <Suspense fallback={place}>
      <Dock />
    </Suspense>
  ) : (
    place
  );
}

/** The acting device's outline and the packet beside it, while a step is shown. */
export function StepOverlay() {
  const acting = useStep((s) => s.highlight.acting !== undefined);
  return acting ? (
    <Suspense fallback={null}>
      <Overlay />
    </Suspense>
  ) : null;
}

/**
 * The envelope on a wire the current step uses. A flood's later copies (a hundred at a big bridge,
 * unseen when the step is first painted) come in a render of their own, after the step's: React
 * renders a deferred value in the background, in slices, so the step is on screen first.
 */
export function StepPacket({ id, path }: { id: string; path: string }) {
  const now = useStepEdge(id);
  const later = useLaterCopy(id) && !reducedMotion();
  const deferred = useDeferredValue(now);
  const dir = later ? deferred : now;
  return dir ? (
    <Suspense fallback={null}>
      <Packet id={id} path={path} laterCopy={later} />
    </Suspense>
  ) : null;
}
