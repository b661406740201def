// Parts of the page that show only now and then (the busy bar during long engine work, the question
// before a lab is replaced, the notice that the lab is not being saved): chunks of their own, fetched once the first lab is painted
// (firstDraw.ts) so they are there when needed, and rendered only while they have something to show.
// The English strings the page did not start with come then too (i18n/index.ts).

import { lazy, Suspense } from 'react';
import { useBusy } from './doc/busy.ts';
import { usePersist } from './doc/persist.ts';
import { useReplace } from './editor/replace.ts';
import { afterFirstDraw } from './firstDraw.ts';
import { loadEnglish, withEnglish } from './i18n/index.ts';

const busyBar = () => import('./BusyBar.tsx').then((m) => ({ default: m.BusyBar }));
const saveNotice = () => import('./editor/SaveNotice.tsx').then((m) => ({ default: m.SaveNotice }));
const replaceDialog = () =>
  withEnglish(import('./editor/ReplaceDialog.tsx')).then((m) => ({ default: m.ReplaceDialog }));
void afterFirstDraw().then(() => Promise.all([busyBar(), replaceDialog(), saveNotice(), loadEnglish()]));

const BusyBarBody = lazy(busyBar);
const ReplaceDialogBody = lazy(replaceDialog);
const SaveNoticeBody = lazy(saveNotice);

/** The busy bar (BusyBar.tsx), while a task reports progress. */
export function BusyBar() {
  const shown = useBusy((s) => s.task !== undefined && s.progress !== undefined);
  return shown ? (
    <Suspense fallback={null}>
      <BusyBarBody />
    </Suspense>
  ) : null;
}

/** The question before a lab is replaced (ReplaceDialog.tsx), while it is asked. */
export function ReplaceDialog() {
  const asked = useReplace((s) => s.pending !== undefined);
  return asked ? (
    <Suspense fallback={null}>
      <ReplaceDialogBody />
    </Suspense>
  ) : null;
}

/** The notice that the lab is not being saved (SaveNotice.tsx decides what it says, if anything). */
export function SaveNotice() {
  const maybe = usePersist((s) => s.role === 'lost' || s.otherTab || s.state === 'failed');
  return maybe ? (
    <Suspense fallback={null}>
      <SaveNoticeBody />
    </Suspense>
  ) : null;
}
