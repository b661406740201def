// The course is a chunk of its own, loaded after the page starts (or when the course is opened):
// its lessons' words, the loader and the player are not part of the first drawing.

import { lazy, Suspense, useState } from 'react';
import { afterFirstDraw, useFirstDrawn } from '../firstDraw.ts';
import { withEnglish } from '../i18n/index.ts';
import { LESSON_PREFIX, PROGRESS_KEY } from './keys.ts';
import { useCourse } from './store.ts';
import { firstVisit } from './visit.ts';

type Actions = typeof import('./actions.ts');
let actions: Promise<Actions> | undefined;

/** The player's actions (open, close, start at a #lesson= link), in the order they were asked for. */
export const lessonActions = (): Promise<Actions> => {
  actions ??= withEnglish(import('./actions.ts'));
  return actions;
};

const Panel = lazy(() => withEnglish(import('./LessonPanel.tsx')).then((m) => ({ default: m.LessonPanel })));

/** The course beside the canvas; its place is kept while the chunk arrives. */
export function LessonPanel() {
  return (
    <Suspense fallback={<aside className="lesson-panel" />}>
      <Panel />
    </Suspense>
  );
}

/** Whether the page opens on a lesson: a #lesson= link, or the lesson left open (progress.ts). */
function opensOnLesson(): boolean {
  if (location.hash.startsWith(LESSON_PREFIX)) return true;
  try {
    const raw = globalThis.localStorage?.getItem(PROGRESS_KEY);
    return !!raw && !!(JSON.parse(raw) as { current?: unknown } | null)?.current;
  } catch {
    return false;
  }
}

/**
 * Starts the course at startup (a #lesson= link, or the lesson left open) at once; otherwise its
 * chunk comes after the first drawing (firstDraw.ts). Returns its clean-up.
 */
export function startCourseLater(): () => void {
  let stop: (() => void) | undefined;
  let stopped = false;
  void (opensOnLesson() ? Promise.resolve() : afterFirstDraw()).then(lessonActions).then((a) => {
    if (!stopped) stop = a.startCourse();
  });
  return () => {
    stopped = true;
    stop?.();
  };
}

const OfferBody = lazy(() =>
  withEnglish(import('./CourseOffer.tsx')).then((m) => ({ default: m.CourseOfferBody })),
);

/** The course offered to a first-time visitor (nothing of ours in this browser yet), after the first drawing. */
export function CourseOffer() {
  const [shown, setShown] = useState(firstVisit);
  const mode = useCourse((s) => s.mode);
  const drawn = useFirstDrawn();
  if (!shown || mode !== 'off' || !drawn) return null;
  return (
    <Suspense fallback={null}>
      <OfferBody onDone={() => setShown(false)} />
    </Suspense>
  );
}
