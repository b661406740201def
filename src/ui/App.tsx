import { useEffect } from 'react';
import type { LabApi } from '../worker/api.ts';
import { nextLabClient } from '../worker/client.ts';
import { quietCancellations, reportProgress } from './doc/busy.ts';
import { useDoc } from './doc/docStore.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { startEditor } from './editor/bootstrap.ts';
import { EditorBar, Toast } from './editor/EditorBar.tsx';
import { Inspector } from './editor/Inspector.tsx';
import { ConnectDialog, SharedBanner } from './editor/lazy.tsx';
import { Palette } from './editor/Palette.tsx';
import { trackOpened } from './editor/replace.ts';
import { SideFold, useSideFolded } from './editor/SideFold.tsx';
import { afterFirstDraw, watchFirstDraw } from './firstDraw.ts';
import { useLang, useT } from './i18n/index.ts';
import { shownTitle } from './i18n/titles.ts';
import { listenKeys } from './keys.ts';
import { BusyBar, ReplaceDialog, SaveNotice } from './lazyParts.tsx';
import { LessonPanel, lessonActions, startCourseLater } from './lessons/lazy.tsx';
import { useCourse } from './lessons/store.ts';
import { stepActions } from './step/later.ts';
import { StepDock } from './step/lazy.tsx';
import { useLab } from './store.ts';
import { Topology } from './Topology.tsx';
import { Transcript } from './Transcript.tsx';

/** The step view is told about every new engine (its chunk arrives after the first drawing). */
const attachStepLab = (lab: LabApi | undefined) =>
  void afterFirstDraw()
    .then(stepActions)
    .then((a) => a.attachLab(lab));
/** Each engine worker reports long work to the busy bar. */
const makeEngine = () => nextLabClient({ onProgress: reportProgress });

export function App() {
  const courseOpen = useCourse((s) => s.mode !== 'off');
  const folded = useSideFolded();
  useEffect(() => {
    watchFirstDraw();
    // Which labs exist elsewhere (a preset, a file), so opening over other work asks first.
    const opened = trackOpened();
    // A worker that dies is replaced by a new one (the editor's queue replays the lab into it).
    const stop = startEditor(makeEngine, attachStepLab);
    const quiet = quietCancellations(window);
    const keys = listenKeys();
    const course = startCourseLater();
    return () => {
      opened();
      quiet();
      course();
      keys();
      stop(); // disposes of the worker
      attachStepLab(undefined);
    };
  }, []);

  return (
    <div className={`app${courseOpen ? ' course-on' : ''}`}>
      {/* Each region fails alone: the others, and the lab, stay as they are. */}
      <ErrorBoundary region="topbar">
        <TopBar />
      </ErrorBoundary>
      <ErrorBoundary region="main">
        <main
          className={`main ${courseOpen ? 'lesson-main' : 'editor-main'}${!courseOpen && folded ? ' side-folded' : ''}`}
        >
          {/* The course replaces the palette and the inspector; the canvas and the dock stay. */}
          {!courseOpen && <Palette />}
          <Topology />
          {courseOpen ? (
            <LessonPanel />
          ) : folded ? (
            <SideFold folded />
          ) : (
            <div className="side-stack">
              <SideFold folded={false} />
              <Inspector />
              <Transcript />
            </div>
          )}
          <SharedBanner />
          <SaveNotice />
          <BusyBar />
          <Toast />
          <ConnectDialog />
          <ReplaceDialog />
        </main>
      </ErrorBoundary>
      <ErrorBoundary region="dock">
        <StepDock />
      </ErrorBoundary>
    </div>
  );
}

function TopBar() {
  const status = useLab((s) => s.status);
  const snapshot = useLab((s) => s.snapshot);
  const namespaces = snapshot ? snapshot.namespaces.length - 1 : 0;
  const links = snapshot ? snapshot.namespaces.reduce((n, ns) => n + ns.links.length, 0) : 0;
  const lang = useLang((s) => s.lang);
  const title = shownTitle(
    useDoc((s) => s.doc.title),
    lang,
  );
  const t = useT();
  return (
    <header className="topbar">
      <div className="brand">
        <img src="./favicon.svg" alt="" width="22" height="22" />
        <span className="brand-name">netns-lab</span>
        <CourseToggle />
        <span className="brand-tag">{t('app.tagline')}</span>
      </div>
      <div className="topbar-right">
        <EditorBar />
        <span className="example" title={title} data-testid="doc-title">
          {title}
        </span>
        <span className={`status status-${status}`} data-testid="status">
          <span className="status-dot" aria-hidden="true" />
          {status === 'ready' && snapshot
            ? t(namespaces === 1 ? 'status.readyOne' : 'status.ready', {
                namespaces,
                links,
                time: snapshot.timeMs,
              })
            : t(`status.${status}`)}
        </span>
      </div>
    </header>
  );
}

/** Opens the course, or leaves it for the editor (the learner's own lab comes back). */
function CourseToggle() {
  const open = useCourse((s) => s.mode !== 'off');
  const t = useT();
  return (
    <button
      type="button"
      className={`btn btn-small btn-course${open ? ' open' : ''}`}
      data-testid="course-toggle"
      title={t(open ? 'course.closeTitle' : 'course.openTitle')}
      onClick={() => void lessonActions().then((a) => (open ? a.closeCourse() : a.openCourse()))}
    >
      {t(open ? 'course.close' : 'course.open')}
    </button>
  );
}
