// The course is a chunk of its own, loaded after the page starts (or when the course is opened):
// its lessons' words, the loader and the player are not part of the first drawing.

import { lazy, Suspense, useState } from 'react';
import { useCourse } from './store.ts';
import { firstVisit } from './visit.ts';

type Actions = typeof import('./actions.ts');
let actions: Promise<Actions> | undefined;

/** The player's actions (open, close, start at a #lesson= link), in the order they were asked for. */
export const lessonActions = (): Promise<Actions> => {
  actions ??= import('./actions.ts');
  return actions;
};

const Panel = lazy(() => import('./LessonPanel.tsx').then((m) => ({ default: m.LessonPanel })));

/** The course beside the canvas; its place is kept while the chunk arrives. */
export function LessonPanel() {
  return (
    <Suspense fallback={<aside className="lesson-panel" />}>
      <Panel />
    </Suspense>
  );
}

/** Starts the course at startup (a #lesson= link, or the lesson left open); returns its clean-up. */
export function startCourseLater(): () => void {
  let stop: (() => void) | undefined;
  let stopped = false;
  void lessonActions().then((a) => {
    if (!stopped) stop = a.startCourse();
  });
  return () => {
    stopped = true;
    stop?.();
  };
}

const OfferBody = lazy(() => import('./CourseOffer.tsx').then((m) => ({ default: m.CourseOfferBody })));

/** The course offered to a first-time visitor (nothing of ours in this browser yet). */
export function CourseOffer() {
  const [shown, setShown] = useState(firstVisit);
  const mode = useCourse((s) => s.mode);
  if (!shown || mode !== 'off') return null;
  return (
    <Suspense fallback={null}>
      <OfferBody onDone={() => setShown(false)} />
    </Suspense>
  );
}
