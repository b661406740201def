// What the lesson player does: open the course and a lesson (its lab becomes the editor's document
// while the learner's own lab waits, saved and untouched), run a section's commands through the
// editor's queue as the terminal would, run checks on a copy of the lab, and keep the progress.

import { lessonById } from '../../lessons/course.ts';
import type { Lesson } from '../../lessons/load.ts';
import type { Section } from '../../lessons/schema.ts';
import { eventMatches, labBefore, withLine } from '../../lessons/state.ts';
import { useDoc } from '../doc/docStore.ts';
import { emptyDocument, type LabDocument } from '../doc/document.ts';
import { useEditor } from '../doc/editorStore.ts';
import { documentNow, openDocument } from '../doc/engine.ts';
import { saveNow } from '../doc/persist.ts';
import { DEFAULT_PRESET } from '../doc/presets.ts';
import { serial, trafficSince } from '../doc/queue.ts';
import { useLang } from '../i18n/index.ts';
import { changeLab, goTo, refreshTrace, runCommands, send } from '../step/actions.ts';
import { openDock } from '../step/dock.ts';
import { useStep } from '../step/store.ts';
import { changesTopology } from '../terminal/classify.ts';
import { useTerminal } from '../terminal/store.ts';
import { checker } from './checker.ts';
import { LESSON_PREFIX } from './keys.ts';
import { freshLesson, type LessonProgress, loadProgress, saveProgress } from './progress.ts';
import { patchRun, type Ran, useCourse } from './store.ts';
import { markVisited } from './visit.ts';

/** The pause between two commands of a steps section, so the canvas visibly builds one at a time. */
const STEP_PAUSE_MS = 250;

function current(): { lesson: Lesson; section: Section; index: number } | undefined {
  const { lessonId, index } = useCourse.getState();
  const lesson = lessonId ? lessonById(lessonId) : undefined;
  const section = lesson?.def.sections[index];
  return lesson && section ? { lesson, section, index } : undefined;
}

function updateProgress(
  id: string,
  fn: (p: LessonProgress) => LessonProgress,
  current?: string | null,
): void {
  const { progress } = useCourse.getState();
  const next = {
    lessons: { ...progress.lessons, [id]: fn(progress.lessons[id] ?? freshLesson()) },
    current: current === null ? undefined : (current ?? progress.current),
  };
  saveProgress(next);
  useCourse.setState({ progress: next });
}

/** Keeps the learner's own lab aside (saved now) before a lesson's lab replaces it on the canvas. */
async function setOwnLabAside(): Promise<void> {
  if (useEditor.getState().lesson) return;
  const previous = await documentNow();
  await saveNow(previous);
  useEditor.getState().set({ lesson: { previous } });
}

/** The canvas fits the drawing again (it is narrower beside the course, or has grown). */
function refit(): void {
  const { epoch, set } = useEditor.getState();
  set({ epoch: epoch + 1 });
}

export function openCourse(): void {
  markVisited();
  useCourse.setState({ mode: 'list' });
  refit();
}

/** Back to the editor, with the learner's own lab as it was. */
export async function closeCourse(): Promise<void> {
  const aside = useEditor.getState().lesson;
  useCourse.setState({ mode: 'off', lessonId: undefined, runs: {}, marks: new Set() });
  const { progress } = useCourse.getState();
  const next = { ...progress, current: undefined };
  saveProgress(next);
  useCourse.setState({ progress: next });
  if (location.hash.startsWith(LESSON_PREFIX))
    history.replaceState(null, '', location.pathname + location.search);
  if (!aside) return;
  if (aside.previous) await openDocument(aside.previous);
  else await openDocument(DEFAULT_PRESET.doc, DEFAULT_PRESET.traffic);
  useEditor.getState().set({ lesson: undefined });
}

/** The document of a lesson's lab at `index` (an exercise's start already applied). */
function labAt(lesson: Lesson, index: number): { doc: LabDocument; traffic: string[] } {
  let state = labBefore(lesson.def, index);
  const s = lesson.def.sections[index];
  if (s?.kind === 'exercise') for (const line of s.start) state = withLine(state, line);
  const roles: LabDocument['roles'] = {};
  for (const [name, role] of Object.entries(lesson.def.roles)) roles[name] = { role };
  const doc: LabDocument = {
    ...emptyDocument(lesson.text[useLang.getState().lang === 'zh' ? 'zh-CN' : 'en'].title),
    seed: state.seed,
    script: state.script.join('\n'),
    roles,
  };
  return { doc, traffic: state.traffic };
}

/** Opens a lesson at `index` (or where the learner left it). */
export async function openLesson(id: string, index?: number): Promise<void> {
  const lesson = lessonById(id);
  if (!lesson || lesson.def.status !== 'ready') return;
  markVisited();
  const saved = useCourse.getState().progress.lessons[id] ?? freshLesson();
  const at = Math.min(index ?? saved.reached, lesson.def.sections.length - 1);
  useCourse.setState({ mode: 'lesson', lessonId: id, index: at, runs: {}, opening: true, marks: new Set() });
  // A new lab: the terminal's screens of the last one would only confuse.
  useTerminal.setState({ screens: {} });
  // Sections before `at` are done; an exercise at `at` is set up by the lab it opens with.
  const runs: Record<string, { ran: boolean }> = {};
  lesson.def.sections.slice(0, at + 1).forEach((s, i) => {
    if (i < at || s.kind === 'exercise') runs[s.id] = { ran: true };
  });
  useCourse.setState({ runs });
  updateProgress(id, (p) => ({ ...p, reached: Math.max(p.reached, at) }), id);
  if (location.hash !== `${LESSON_PREFIX}${id}`) history.replaceState(null, '', `${LESSON_PREFIX}${id}`);
  try {
    await setOwnLabAside();
    const { doc, traffic } = labAt(lesson, at);
    await openDocument(doc, traffic);
    await refreshTrace();
  } finally {
    useCourse.setState({ opening: false });
  }
}

/** Starts a lesson over: its progress cleared, its lab as it begins. */
export async function resetLesson(): Promise<void> {
  const id = useCourse.getState().lessonId;
  if (!id) return;
  updateProgress(id, () => freshLesson());
  await openLesson(id, 0);
}

/** Runs one line as the terminal would: a change becomes a document line, the rest runs on top. */
async function runLine(line: string, sendIt = false): Promise<Ran> {
  if (changesTopology(line)) {
    const r = await changeLab(line);
    return { command: line, output: r.output, ok: r.ok };
  }
  const output = sendIt ? await send(line) : await runCommands(line);
  return { command: line, output, ok: true };
}

async function runAll(
  id: string,
  lines: string[],
  opts: { send?: boolean; pause?: boolean } = {},
): Promise<Ran[]> {
  const out: Ran[] = [];
  patchRun(id, { busy: true, lines: out, error: undefined });
  try {
    for (const [i, line] of lines.entries()) {
      if (opts.pause && i > 0) await new Promise((r) => setTimeout(r, STEP_PAUSE_MS));
      out.push(await runLine(line, opts.send));
      patchRun(id, { lines: [...out] });
    }
  } catch (e) {
    patchRun(id, { error: e instanceof Error ? e.message : String(e) });
  } finally {
    patchRun(id, { busy: false });
  }
  return out;
}

/** Runs the current section: its steps, the traffic after a prediction, the packet, the table. */
export async function runSection(): Promise<void> {
  const at = current();
  if (!at) return;
  const { section: s } = at;
  const run = useCourse.getState().runs[s.id];
  if (run?.busy || run?.ran) return;
  if (s.kind === 'steps') {
    await runAll(s.id, s.commands, { pause: true });
    refit();
  } else if (s.kind === 'table') await runAll(s.id, s.run);
  else if (s.kind === 'predict') {
    if (!run?.chosen) return;
    await openDock('steps');
    await runAll(s.id, s.run, { send: true });
  } else if (s.kind === 'packet') {
    await openDock('steps');
    const before = useStep.getState().nextSeq;
    await runAll(s.id, s.run, { send: true });
    const steps = useStep
      .getState()
      .events.filter((e) => e.seq >= before && s.highlight.some((m) => eventMatches(e, m)))
      .slice(0, 12);
    patchRun(s.id, { steps });
    useCourse.setState({ marks: new Set(steps.map((e) => e.seq)) });
    if (steps[0]) await goTo(steps[0].seq);
  }
  patchRun(s.id, { ran: true });
}

export function choose(choice: string): void {
  const at = current();
  if (!at || at.section.kind !== 'predict' || useCourse.getState().runs[at.section.id]?.ran) return;
  patchRun(at.section.id, { chosen: choice });
}

/** Submits the prediction: recorded, then the engine shows what happens. */
export async function submitPrediction(): Promise<void> {
  const at = current();
  if (!at || at.section.kind !== 'predict') return;
  const chosen = useCourse.getState().runs[at.section.id]?.chosen;
  if (!chosen) return;
  const sid = at.section.id;
  updateProgress(at.lesson.def.id, (p) => ({ ...p, answers: { ...p.answers, [sid]: chosen } }));
  await runSection();
}

/** Runs the exercise's checks on a copy of the lab as it is now (document and traffic). */
export async function check(): Promise<void> {
  const at = current();
  if (!at || at.section.kind !== 'exercise') return;
  const s = at.section;
  const before = useCourse.getState().runs[s.id];
  patchRun(s.id, { busy: true, error: undefined });
  try {
    const state = await serial(async () => {
      const { doc } = useDoc.getState();
      return { seed: doc.seed, script: [doc.script], traffic: [...trafficSince()] };
    });
    const results = await checker().runChecks(state, s.checks);
    patchRun(s.id, { results, checks: (before?.checks ?? 0) + 1 });
    if (results.every((r) => r.pass))
      updateProgress(at.lesson.def.id, (p) => ({ ...p, solved: [...new Set([...p.solved, s.id])] }));
  } catch (e) {
    patchRun(s.id, { error: e instanceof Error ? e.message : String(e) });
  } finally {
    patchRun(s.id, { busy: false });
  }
}

export function showHint(): void {
  const at = current();
  if (!at || at.section.kind !== 'exercise') return;
  const shown = useCourse.getState().runs[at.section.id]?.hints ?? 0;
  patchRun(at.section.id, { hints: Math.min(shown + 1, at.section.hints) });
}

export function showSolution(): void {
  const at = current();
  if (at?.section.kind === 'exercise') patchRun(at.section.id, { solution: true });
}

/** Runs the solution's commands in the lab (the learner then checks). */
export async function applySolution(): Promise<void> {
  const at = current();
  if (!at || at.section.kind !== 'exercise') return;
  await runAll(at.section.id, at.section.solution);
}

/** On to the next section (an exercise is set up as it is reached), or the lesson is done. */
export async function next(): Promise<void> {
  const at = current();
  if (!at) return;
  const { lesson, index } = at;
  const id = lesson.def.id;
  const last = index + 1 >= lesson.def.sections.length;
  if (last) {
    updateProgress(id, (p) => ({ ...p, done: true, reached: index }));
    useCourse.setState({ index: index + 1 });
    return;
  }
  useCourse.setState({ index: index + 1 });
  updateProgress(id, (p) => ({ ...p, reached: Math.max(p.reached, index + 1) }));
  const s = lesson.def.sections[index + 1];
  if (s.kind === 'exercise') {
    await openDock('terminal');
    await runAll(s.id, s.start);
    patchRun(s.id, { ran: true, lines: [] });
  }
}

/** The link that opens this lesson (from its start, or where the visitor left it). */
export function shareLink(id: string): string {
  return `${location.origin}${location.pathname}${LESSON_PREFIX}${encodeURIComponent(id)}`;
}

/**
 * At startup (after the editor opened the learner's own lab): a `#lesson=` link opens that lesson,
 * otherwise the lesson the learner was in when they left. Later `#lesson=` links open too.
 */
export function startCourse(): () => void {
  useCourse.setState({ progress: loadProgress() });
  const fromHash = () => {
    if (!location.hash.startsWith(LESSON_PREFIX)) return false;
    const id = decodeURIComponent(location.hash.slice(LESSON_PREFIX.length));
    if (lessonById(id)?.def.status === 'ready') {
      void openLesson(id);
      return true;
    }
    useCourse.setState({ mode: 'list' });
    return true;
  };
  if (!fromHash()) {
    const { current } = useCourse.getState().progress;
    if (current && lessonById(current)?.def.status === 'ready') void openLesson(current);
  }
  const onHash = () => {
    if (location.hash !== `${LESSON_PREFIX}${useCourse.getState().lessonId}`) fromHash();
  };
  addEventListener('hashchange', onHash);
  return () => removeEventListener('hashchange', onHash);
}
